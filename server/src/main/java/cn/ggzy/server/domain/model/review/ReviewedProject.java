package cn.ggzy.server.domain.model.review;

import cn.ggzy.server.domain.model.DomainException;
import java.math.BigDecimal;

/**
 * The project a reviewed document belongs to: its code and name, the section, the employer (招标人)
 * and the agency (招标代理机构, may be empty) to whom a rectification notice goes, and the estimate
 * and contract amount in yuan when known (checks of bonds and grades use them).
 */
public record ReviewedProject(String projectCode, String projectName, String sectionName, String employer,
    String agency, BigDecimal estimate, BigDecimal contractAmount) {

  public ReviewedProject {
    projectCode = required(projectCode, "projectCode", 64);
    projectName = required(projectName, "projectName", 200);
    sectionName = optional(sectionName, "sectionName", 200);
    employer = required(employer, "employer", 200);
    agency = optional(agency, "agency", 200);
    if (estimate != null && estimate.signum() <= 0) {
      throw new DomainException("review.project.estimate", "estimate");
    }
    if (contractAmount != null && contractAmount.signum() <= 0) {
      throw new DomainException("review.project.contractAmount", "contractAmount");
    }
  }

  /** What the checks know of this project. */
  public ProjectFacts facts() {
    return ProjectFacts.of(estimate, contractAmount);
  }

  private static String required(String value, String field, int max) {
    String v = optional(value, field, max);
    if (v.isEmpty()) {
      throw new DomainException("review.project." + field, field);
    }
    return v;
  }

  private static String optional(String value, String field, int max) {
    String v = value == null ? "" : value.strip();
    if (v.length() > max) {
      throw new DomainException("review.project." + field, field);
    }
    return v;
  }
}
