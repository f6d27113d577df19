package cn.ggzy.server.infrastructure.persistence.mongo.enforcement;

import cn.ggzy.server.domain.model.notification.Audience;
import cn.ggzy.server.domain.model.notification.CaseRef;
import cn.ggzy.server.domain.model.notification.NotificationIntent;
import cn.ggzy.server.domain.model.notification.NotificationKind;
import cn.ggzy.tenants.TenantId;
import jakarta.nosql.Column;
import jakarta.nosql.Embeddable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A notification waiting in a case's outbox (embedded in the case document, so written in the same
 * atomic replace as the change that caused it). Audiences are stored as "GROUP|tenant|login".
 */
@Embeddable(Embeddable.EmbeddableType.GROUPING)
public class OutboxDoc {
  @Column String id;
  @Column String kind;
  @Column String caseId;
  @Column String number;
  @Column String title;
  /** The English of a title the platform wrote; absent for a typed one. */
  @Column String titleEn;
  @Column String owner;
  @Column long at;
  @Column String actor;
  @Column String actorName;
  @Column Long due;
  @Column List<String> audiences;
  /** APPROVED or REFUSED for an approval's result; absent otherwise. */
  @Column String outcome;

  public OutboxDoc() {}

  static OutboxDoc of(NotificationIntent n) {
    OutboxDoc d = new OutboxDoc();
    d.id = n.id();
    d.kind = n.kind().name();
    d.caseId = n.subject().caseId();
    d.number = n.subject().number();
    d.title = n.subject().title();
    d.titleEn = n.subject().titleEn();
    d.owner = n.subject().owner().value();
    d.at = n.at().toEpochMilli();
    d.actor = n.actor();
    d.actorName = n.actorName();
    d.due = n.due() == null ? null : n.due().toEpochMilli();
    d.audiences = new ArrayList<>(n.audiences().stream().map(OutboxDoc::audience).toList());
    d.outcome = n.outcome();
    return d;
  }

  NotificationIntent toIntent() {
    return new NotificationIntent(id, NotificationKind.valueOf(kind),
        new CaseRef(caseId, number, title, TenantId.of(owner), titleEn), Instant.ofEpochMilli(at), actor, actorName,
        due == null ? null : Instant.ofEpochMilli(due),
        audiences == null ? List.of() : audiences.stream().map(OutboxDoc::audience).toList(), outcome);
  }

  static String audience(Audience a) {
    return a.group().name() + "|" + a.tenant().value() + "|" + (a.login() == null ? "" : a.login());
  }

  static Audience audience(String stored) {
    String[] parts = stored.split("\\|", 3);
    return new Audience(Audience.Group.valueOf(parts[0]), TenantId.of(parts[1]),
        parts[2].isEmpty() ? null : parts[2]);
  }
}
