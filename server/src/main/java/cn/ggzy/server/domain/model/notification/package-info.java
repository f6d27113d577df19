/** Notifications to officers: what happened to which case, who hears of it, on which devices. */
package cn.ggzy.server.domain.model.notification;
