package cn.ggzy.server.domain.model.notification;

import cn.ggzy.tenants.TenantId;

/**
 * The case a notification is about, as the recipient sees it (no personal data); {@code titleEn}
 * is the English of a title the platform wrote (null for a title typed by an officer).
 */
public record CaseRef(String caseId, String number, String title, TenantId owner, String titleEn) {
  public CaseRef(String caseId, String number, String title, TenantId owner) {
    this(caseId, number, title, owner, null);
  }

  /** The title in the reader's language, where the platform wrote it. */
  public String title(boolean english) {
    return english && titleEn != null ? titleEn : title;
  }
}
