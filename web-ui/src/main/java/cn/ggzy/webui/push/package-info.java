/** Server push that no vanished browser can stall: closing a connection never holds a session's lock. */
package cn.ggzy.webui.push;
