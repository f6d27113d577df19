/** The use cases of evaluation experts: the pool and the draws. */
package cn.ggzy.server.application.internal.expert;
