/** 我的投诉: a real-name filer's own submissions, after a one-time code by SMS. */
package cn.ggzy.webui.publicsite.my;
