package cn.ggzy.server.domain.model.expert;

import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.draw.CanonicalJson;
import cn.ggzy.server.domain.model.draw.Hashes;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What is committed to before a round of an expert draw, and published with the seed once the
 * evaluation has started: the round's quotas and the eligible candidates (after recusal), each by
 * the expert's pool id, an employer group (the first 16 hex digits of SHA-256 of the draw id, "|"
 * and the employer's normal name: equal for colleagues, and no employer name published) and the
 * specialties. {@code excludedGroups} are the groups already on the panel (replacement rounds).
 * Its SHA-256 over the canonical JSON (RFC 8785) is the commitment.
 */
public record ExpertDrawDocument(String drawId, int round, String region, String section, String committedOn,
    List<SpecialtyQuota> quotas, List<Candidate> candidates, List<String> excludedGroups) {
  public static final String FORMAT = "ggzy-expert-draw/1";

  /** One eligible expert. */
  public record Candidate(String id, String group, List<String> specialties) {
    public Candidate {
      specialties = specialties.stream().sorted().toList();
    }
  }

  public ExpertDrawDocument {
    quotas = quotas.stream().sorted(Comparator.comparing(SpecialtyQuota::specialty)).toList();
    candidates = candidates.stream().sorted(Comparator.comparing(Candidate::id)).toList();
    excludedGroups = excludedGroups.stream().sorted().distinct().toList();
  }

  /** The employer group of an employer within one draw. */
  public static String group(String drawId, String employer) {
    return Hashes.sha256(drawId + "|" + Employers.normal(employer)).substring(0, 16);
  }

  public String canonicalJson() {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("format", FORMAT);
    root.put("draw", drawId);
    root.put("round", round);
    root.put("region", region);
    root.put("section", section);
    root.put("committedOn", committedOn);
    root.put("quotas", quotas.stream().map(q -> (Object) Map.of("specialty", q.specialty(), "count", q.count()))
        .toList());
    root.put("candidates", candidates.stream().map(c -> (Object) Map.of("id", c.id(), "group", c.group(),
        "specialties", c.specialties())).toList());
    root.put("excludedGroups", excludedGroups);
    return CanonicalJson.write(root);
  }

  /** The commitment: SHA-256 of the canonical JSON, hex. */
  public String hash() {
    return Hashes.sha256(canonicalJson());
  }

  /** Reads a published document; anything else is refused ({@code expert.verify.document.invalid}). */
  public static ExpertDrawDocument parse(String json) {
    try {
      JsonObject root = Json.createReader(new StringReader(json == null ? "" : json)).readObject();
      if (!FORMAT.equals(root.getString("format"))) {
        throw invalid();
      }
      List<SpecialtyQuota> quotas = new ArrayList<>();
      for (JsonValue v : root.getJsonArray("quotas")) {
        JsonObject q = v.asJsonObject();
        quotas.add(new SpecialtyQuota(q.getString("specialty"), q.getInt("count")));
      }
      List<Candidate> candidates = new ArrayList<>();
      for (JsonValue v : root.getJsonArray("candidates")) {
        JsonObject c = v.asJsonObject();
        candidates.add(new Candidate(c.getString("id"), c.getString("group"), strings(c.getJsonArray("specialties"))));
      }
      return new ExpertDrawDocument(root.getString("draw"), root.getInt("round"), root.getString("region"),
          root.getString("section"), root.getString("committedOn"), quotas, candidates,
          strings(root.getJsonArray("excludedGroups")));
    } catch (JsonException | ClassCastException | NullPointerException | IllegalStateException e) {
      throw invalid();
    }
  }

  private static List<String> strings(JsonArray array) {
    return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
  }

  private static DomainException invalid() {
    return new DomainException("expert.verify.document.invalid", "document");
  }
}
