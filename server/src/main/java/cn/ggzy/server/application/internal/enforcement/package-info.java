/** The case register (案件): commands, legal clocks, texts, views and timeliness figures. */
package cn.ggzy.server.application.internal.enforcement;
