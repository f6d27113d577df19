/** 统筹调度 over HTTP: the dashboard, the lists behind its figures, the leading group's reports. */
package cn.ggzy.mobileapi.dispatch;
