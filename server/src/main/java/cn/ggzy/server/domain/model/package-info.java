/** The domain model: one package per aggregate, plus the exceptions every aggregate shares. */
package cn.ggzy.server.domain.model;
