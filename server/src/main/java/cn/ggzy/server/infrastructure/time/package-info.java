/** The injected clock (Asia/Shanghai). */
package cn.ggzy.server.infrastructure.time;
