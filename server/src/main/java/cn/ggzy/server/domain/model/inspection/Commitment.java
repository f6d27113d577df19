package cn.ggzy.server.domain.model.inspection;

import java.time.Instant;
import java.util.Map;

/**
 * What the office publishes before the draw: the canonical document, its SHA-256 and the SHA-256
 * of the secret seed. The seed itself ({@code secretSeed}, hex) is kept until the draw reveals it;
 * {@code logins} (certificate number → officer login) stays internal and turns the drawn teams
 * into tasks.
 */
public record Commitment(String document, String documentHash, String seedHash, String secretSeed,
    Instant committedAt, String committedBy, Map<String, String> logins) {
  public Commitment {
    logins = Map.copyOf(logins);
  }
}
