/**
 * 统筹调度: the counted facts behind the office's and leading group's dashboards and periodic reports,
 * kept per department and day as things are stored, and the reports generated from them.
 */
package cn.ggzy.server.domain.model.dispatch;
