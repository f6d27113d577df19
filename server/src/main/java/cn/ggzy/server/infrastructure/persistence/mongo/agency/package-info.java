/** Agencies, the assessment method and assessments in MongoDB ({@code agencies}, {@code agency_methods}, {@code agency_assessments}). */
package cn.ggzy.server.infrastructure.persistence.mongo.agency;
