/** The in-app inbox: the bell with the unread count (updated by server push) and the notifications page. */
package cn.ggzy.webui.notifications;
