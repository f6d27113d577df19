package cn.ggzy.server.domain.model.notification;

/** How a device is reached. A domestic push service would be one more constant and one adapter. */
public enum DeviceChannel {
  /** Firebase Cloud Messaging (Android and iOS apps): the address is the registration token. */
  FCM,
  /** Web Push (the installed PWA): the address is the subscription's endpoint. */
  WEB_PUSH
}
