/** 代理机构考核: the register, the method, computing, publishing, appeals and the effects of a final grade. */
package cn.ggzy.server.application.internal.agency;
