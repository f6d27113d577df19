/** 代理机构考核 over HTTP: the register, the method, the period's results and their steps. */
package cn.ggzy.mobileapi.agencies;
