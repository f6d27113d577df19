/** The public channel's use cases (投诉举报): filing, uploads, tracking, officers' side, case registration. */
package cn.ggzy.server.application.internal.intake;
