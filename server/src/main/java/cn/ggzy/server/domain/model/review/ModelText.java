package cn.ggzy.server.domain.model.review;

import cn.ggzy.tenants.RegionCode;
import java.time.Instant;
import java.util.List;

/**
 * A model text (招标文件范本, e.g. the province's standard construction tender documents) the office
 * imported for its region, kept as clauses with their places, to compare documents with it.
 */
public record ModelText(String id, RegionCode region, String name, String fileName, List<Clause> clauses,
    String by, Instant at) {

  public ModelText {
    clauses = List.copyOf(clauses);
  }
}
