/** Configuration and background work of the public channel (投诉举报). */
package cn.ggzy.server.infrastructure.intake;
