package cn.ggzy.server.domain.model.tender;

import cn.ggzy.tenants.TenantId;
import java.util.List;
import java.util.Optional;

/** Bid-document and template texts of one department, kept apart from the bids (they are large). */
public interface SectionTextRepository {

  /** Stores the text under its natural key; an identical text already stored is left as it is. */
  Stored store(TenantId tenant, SectionText text);

  /** The bid documents of one section, in the order of their bidders' codes. */
  List<SectionText> bids(TenantId tenant, SectionKey section);

  Optional<SectionText> template(TenantId tenant, SectionKey section);
}
