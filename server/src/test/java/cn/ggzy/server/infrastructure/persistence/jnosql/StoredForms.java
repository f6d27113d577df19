package cn.ggzy.server.infrastructure.persistence.jnosql;

import cn.ggzy.server.domain.model.enforcement.EnforcementCase;
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
}
