package cn.ggzy.server.infrastructure.persistence.mongo.enforcement;

import cn.ggzy.server.domain.model.enforcement.EnforcementCase;
import cn.ggzy.server.infrastructure.persistence.mongo.VersionedWrites;
import org.bson.Document;
import org.eclipse.jnosql.mapping.semistructured.EntityConverter;

/**
 * The stored form of a case exactly as production writes it ({@link CaseDocument#of} mapped by
 * JNoSQL's converter), for tools outside this package such as the inbox benchmark.
 */
public final class StoredForms {
  private StoredForms() {}

  public static Document caseDocument(EnforcementCase c, EntityConverter converter) {
    return VersionedWrites.toDocument(converter.toCommunication(CaseDocument.of(c, c.version() + 1)).elements());
  }

  /** The inbox line ({@link CaseInbox}) of a stored case, or null when the case is closed. */
  public static Document inboxLine(Document caseDocument) {
    if (!Boolean.TRUE.equals(caseDocument.getBoolean("open"))) {
      return null;
    }
    Document line = new Document("_id", caseDocument.get("_id"));
    CaseInbox.FIELDS.forEach(f -> line.append(f, caseDocument.get(f)));
    return line;
  }
}
