/** 标后监管: supervised projects, key personnel, check-ins decided on the server, attendance. */
package cn.ggzy.server.application.internal.site;
