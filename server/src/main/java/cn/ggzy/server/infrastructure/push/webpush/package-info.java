/** Web Push for the installed PWA: VAPID (RFC 8292) and aes128gcm message encryption (RFC 8291). */
package cn.ggzy.server.infrastructure.push.webpush;
