package cn.ggzy.server.domain.model.expert;

import cn.ggzy.tenants.TenantId;
import java.util.List;
import java.util.Optional;

/** The office's requests to cancel experts' qualifications. */
public interface DisqualificationRepository {
  String nextId();

  Optional<Disqualification> find(TenantId tenant, String id);

  /** Inserts (version 0) or replaces at the version read. */
  Disqualification store(TenantId tenant, Disqualification request);

  /** Newest first. */
  List<Disqualification> list(TenantId tenant, int offset, int limit);

  long count(TenantId tenant);

  /** The tenant's requests about one expert, newest first. */
  List<Disqualification> ofExpert(TenantId tenant, String expertId);
}
