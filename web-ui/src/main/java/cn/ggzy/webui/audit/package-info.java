/** The console's audit page: the own department's audit trail and the tamper check of the chains. */
package cn.ggzy.webui.audit;
