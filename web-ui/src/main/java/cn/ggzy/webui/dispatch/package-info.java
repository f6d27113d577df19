/** 统筹调度: the dispatch dashboard with its charts (server-drawn SVG), the lists behind its figures, the reports. */
package cn.ggzy.webui.dispatch;
