package cn.ggzy.server.domain.model.enforcement;

import cn.ggzy.tenants.TenantId;
import java.time.Instant;

/** One department's opinion in a joint consultation. */
public record Opinion(TenantId department, String by, String byName, Instant at, String text) {}
