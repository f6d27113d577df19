/** The officer's own console: who am I, and the password change. */
package cn.ggzy.webui.console;
