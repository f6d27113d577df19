package cn.ggzy.server.domain.model.enforcement;

import cn.ggzy.tenants.TenantId;
import java.time.Instant;

/** 转办: the case moved from one department to another, with the reason. */
public record Transfer(TenantId from, TenantId to, Instant at, String by, String reason) {}
