/**
 * 统筹调度: the facts each stored thing contributes to the dispatch counters (recorded by decorators of
 * the repositories, so every write path counts), the dashboards read from them and the periodic
 * reports for the leading group.
 */
package cn.ggzy.server.application.internal.dispatch;
