package cn.ggzy.server.domain.model.inspection;

import cn.ggzy.server.domain.model.draw.CanonicalJson;
import cn.ggzy.server.domain.model.draw.Hashes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Everything a draw depends on, as published before it: the plan, the objects in scope with their
 * weights, the certified inspectors, the conflict pairs and the recent inspections. Its canonical
 * JSON ({@link #canonicalJson()}) is what the commitment hashes; lists are in canonical order
 * (objects and inspectors by id, pairs by inspector then object, history by inspector, object,
 * date). Inspectors are known publicly by their certificate number; reasons of declared conflicts
 * are not published.
 */
public record DrawDocument(Plan plan, List<ObjectEntry> objects, List<InspectorEntry> inspectors,
    List<Pair> conflicts, List<Visit> history) {
  public static final String FORMAT = "ggzy-random-inspection/1";

  /** The plan's parameters that the draw uses (and what the public needs to read them). */
  public record Plan(String id, String region, String owner, String title, LocalDate committedOn,
      LocalDate periodFrom, LocalDate periodTo, List<String> departments, List<String> objectKinds,
      Selection selection, int complaintWeight, int lowCreditWeight, int teamSize, boolean jointTeams,
      int recusalMonths) {
    public Plan {
      departments = List.copyOf(new TreeSet<>(departments));
      objectKinds = List.copyOf(new TreeSet<>(objectKinds));
    }
  }

  /** An object in scope; {@code supervisingUnit} is "" when none; {@code weight} ≥ 1. */
  public record ObjectEntry(String id, String kind, String name, String department, String supervisingUnit,
      long weight) {}

  /** A certified inspector, known by the certificate number. */
  public record InspectorEntry(String id, String name, String department, LocalDate validUntil) {}

  /** This inspector must not inspect this object (declared interest or the plan's conflict list). */
  public record Pair(String inspector, String object) {}

  /** This inspector was drawn for this object on this date (recusal for the plan's months). */
  public record Visit(String inspector, String object, LocalDate date) {}

  public DrawDocument {
    objects = objects.stream().sorted(Comparator.comparing(ObjectEntry::id)).toList();
    inspectors = inspectors.stream().sorted(Comparator.comparing(InspectorEntry::id)).toList();
    conflicts = conflicts.stream().distinct()
        .sorted(Comparator.comparing(Pair::inspector).thenComparing(Pair::object)).toList();
    history = history.stream().distinct().sorted(Comparator.comparing(Visit::inspector)
        .thenComparing(Visit::object).thenComparing(Visit::date)).toList();
  }

  public String canonicalJson() {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("format", FORMAT);
    root.put("plan", plan(plan));
    root.put("objects", objects.stream().map(o -> (Object) Map.of("id", o.id(), "kind", o.kind(), "name", o.name(),
        "department", o.department(), "supervisingUnit", o.supervisingUnit(), "weight", o.weight())).toList());
    root.put("inspectors", inspectors.stream().map(i -> (Object) Map.of("id", i.id(), "name", i.name(),
        "department", i.department(), "validUntil", i.validUntil().toString())).toList());
    root.put("conflicts", conflicts.stream().map(p -> (Object) Map.of("inspector", p.inspector(),
        "object", p.object())).toList());
    root.put("history", history.stream().map(v -> (Object) Map.of("inspector", v.inspector(), "object", v.object(),
        "date", v.date().toString())).toList());
    return CanonicalJson.write(root);
  }

  /** The commitment: SHA-256 of the canonical JSON in UTF-8, lowercase hex. */
  public String hash() {
    return Hashes.sha256(canonicalJson());
  }

  private static Map<String, Object> plan(Plan p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", p.id());
    m.put("region", p.region());
    m.put("owner", p.owner());
    m.put("title", p.title());
    m.put("committedOn", p.committedOn().toString());
    m.put("periodFrom", p.periodFrom().toString());
    m.put("periodTo", p.periodTo().toString());
    m.put("departments", new ArrayList<Object>(p.departments()));
    m.put("objectKinds", new ArrayList<Object>(p.objectKinds()));
    m.put("selection", Map.of("mode", p.selection().mode().name(), "value", p.selection().value()));
    m.put("complaintWeight", p.complaintWeight());
    m.put("lowCreditWeight", p.lowCreditWeight());
    m.put("teamSize", p.teamSize());
    m.put("jointTeams", p.jointTeams());
    m.put("recusalMonths", p.recusalMonths());
    return m;
  }

  /** Reads a published document; a document that is not one is refused ({@code inspection.verify.document.invalid}). */
  public static DrawDocument parse(String json) {
    return DrawDocumentJson.read(json);
  }
}
