package cn.ggzy.server.domain.model.review;

import cn.ggzy.tenants.RegionCode;
import java.time.Instant;
import java.util.List;

/**
 * A model text (招标文件范本, e.g. the province's standard construction tender documents) the office
 * imported for its region, kept as clauses with their places, to compare documents with it; a list
 * reads it without its clauses, and {@code clauseCount} still tells how many it has.
 */
public record ModelText(String id, RegionCode region, String name, String fileName, List<Clause> clauses,
    int clauseCount, String by, Instant at) {

  public ModelText {
    clauses = List.copyOf(clauses);
  }

  /** A model text with all its clauses. */
  public ModelText(String id, RegionCode region, String name, String fileName, List<Clause> clauses, String by,
      Instant at) {
    this(id, region, name, fileName, clauses, clauses.size(), by, at);
  }
}
