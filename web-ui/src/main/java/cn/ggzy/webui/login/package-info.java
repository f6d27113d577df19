/** The officers' login. */
package cn.ggzy.webui.login;
