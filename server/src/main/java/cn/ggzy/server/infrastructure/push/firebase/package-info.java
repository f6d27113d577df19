/** Firebase Cloud Messaging (HTTP v1) through the Firebase Admin SDK, for the phone apps. */
package cn.ggzy.server.infrastructure.push.firebase;
