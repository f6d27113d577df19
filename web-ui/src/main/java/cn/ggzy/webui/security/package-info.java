/** Protections of every HTTP answer (response headers). */
package cn.ggzy.webui.security;
