/** The use cases of the tender-document review: upload and review, decisions, notices, corrections, the rule book. */
package cn.ggzy.server.application.internal.review;
