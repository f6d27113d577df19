/** Notifications: the outbox, the fan-out to devices, delivery with back-off and deadline scans. */
package cn.ggzy.server.application.internal.notification;
