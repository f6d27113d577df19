package cn.ggzy.server.infrastructure.persistence.mongo.notification;

import cn.ggzy.server.domain.model.notification.CaseRef;
import cn.ggzy.server.domain.model.notification.Notification;
import cn.ggzy.server.domain.model.notification.NotificationKind;
import cn.ggzy.tenants.TenantId;
import java.time.Instant;
import java.util.Date;
import org.bson.Document;

/** The stored form of a notification (times as epoch millis, like every other document). */
final class NotificationDocuments {
  private NotificationDocuments() {}

  static Document of(Notification n) {
    return new Document("_id", n.id())
        .append("tenantId", n.recipientTenant().value())
        .append("recipient", n.recipient())
        .append("intentId", n.intentId())
        .append("kind", n.kind().name())
        .append("caseId", n.subject().caseId())
        .append("number", n.subject().number())
        .append("title", n.subject().title())
        .append("titleEn", n.subject().titleEn())
        .append("owner", n.subject().owner().value())
        .append("at", n.at().toEpochMilli())
        .append("actorName", n.actorName())
        .append("due", n.due() == null ? null : n.due().toEpochMilli())
        .append("read", n.read())
        .append("outcome", n.outcome());
  }

  static Notification from(Document d) {
    return new Notification(d.getString("_id"), TenantId.of(d.getString("tenantId")), d.getString("recipient"),
        d.getString("intentId"), NotificationKind.valueOf(d.getString("kind")),
        new CaseRef(d.getString("caseId"), d.getString("number"), d.getString("title"),
            TenantId.of(d.getString("owner")), d.getString("titleEn")),
        instant(d.get("at")), d.getString("actorName"), instant(d.get("due")), Boolean.TRUE.equals(d.getBoolean("read")),
        d.getString("outcome"));
  }

  static Instant instant(Object value) {
    if (value == null) {
      return null;
    }
    return value instanceof Date date ? date.toInstant() : Instant.ofEpochMilli(((Number) value).longValue());
  }
}
