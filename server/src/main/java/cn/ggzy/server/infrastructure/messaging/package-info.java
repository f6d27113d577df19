/** Messages to people without a console account (evaluation experts, filers): SMS and voice adapters, and the stand-ins. */
package cn.ggzy.server.infrastructure.messaging;
