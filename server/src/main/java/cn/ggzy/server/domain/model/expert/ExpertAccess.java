package cn.ggzy.server.domain.model.expert;

import cn.ggzy.tenants.RegionCode;
import java.time.Instant;
import java.util.Optional;

/**
 * The experts' own page without an account: an expert asks with resident ID and phone, the link
 * goes by message to the phone on file, and its token (stored only as SHA-256) opens the page
 * until it expires.
 */
public interface ExpertAccess {
  /** Keeps a fresh token's hash for the expert until {@code until}. */
  void grant(RegionCode region, String tokenHash, String expertId, Instant until);

  /** The expert a token's hash opens at {@code now}, if it has not expired. */
  Optional<Grant> open(String tokenHash, Instant now);

  /** Whose page a token opens. */
  record Grant(RegionCode region, String expertId, Instant until) {}
}
