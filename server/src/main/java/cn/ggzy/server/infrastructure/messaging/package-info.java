/** Messages to people without a console account (evaluation experts): SMS and voice adapters, and the console stub. */
package cn.ggzy.server.infrastructure.messaging;
