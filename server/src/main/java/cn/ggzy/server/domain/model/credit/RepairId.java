package cn.ggzy.server.domain.model.credit;

import cn.ggzy.server.domain.model.NotFoundException;

/** The identity of a credit-repair application (24 hex digits); also the applicant's receipt number. */
public record RepairId(String value) {
  public RepairId {
    if (value == null || !value.matches("[0-9a-f]{24}")) {
      throw new NotFoundException("repairId");
    }
  }
}
