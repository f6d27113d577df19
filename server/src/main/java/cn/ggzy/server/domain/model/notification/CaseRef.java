package cn.ggzy.server.domain.model.notification;

import cn.ggzy.tenants.TenantId;

/** The case a notification is about, as the recipient sees it (no personal data). */
public record CaseRef(String caseId, String number, String title, TenantId owner) {}
