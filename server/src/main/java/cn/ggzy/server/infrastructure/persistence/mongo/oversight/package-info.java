/** 督办 notices in MongoDB ({@code oversight_notices}). */
package cn.ggzy.server.infrastructure.persistence.mongo.oversight;
