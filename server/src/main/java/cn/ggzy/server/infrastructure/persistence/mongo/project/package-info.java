/** The register of approved projects (应进必进、应招必招). */
package cn.ggzy.server.infrastructure.persistence.mongo.project;
