package cn.ggzy.server.domain.model.notification;

import cn.ggzy.tenants.TenantId;

/** An officer who receives a notification. */
public record Recipient(TenantId tenant, String login) {}
