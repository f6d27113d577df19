package cn.ggzy.server.domain.model.inspection;

import cn.ggzy.server.domain.model.DomainException;

/** A rule of random inspections refused an input. */
public class InspectionException extends DomainException {
  public InspectionException(String code, String field) {
    super(code, field);
  }
}
