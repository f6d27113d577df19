/**
 * Push devices and the notification inbox for the phone apps. Devices belong to the logged-in
 * officer. Complainants' devices are the documented next step: a public
 * {@code POST /api/v1/public/devices} that proves a case receipt and registers the device under
 * a {@code DeviceOwner} named after the receipt (see {@code DeviceOwner}).
 */
package cn.ggzy.mobileapi.notifications;
