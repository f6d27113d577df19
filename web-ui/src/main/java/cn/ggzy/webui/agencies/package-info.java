/** 代理机构考核 in the console: the register, the period's ranking with each point explained, scoring, publishing, appeals. */
package cn.ggzy.webui.agencies;
