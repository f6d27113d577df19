package cn.ggzy.server.domain.model.inspection;

/** The identity of an inspection plan. */
public record PlanId(String value) {
  public PlanId {
    if (value == null || value.isBlank() || value.length() > 64) {
      throw new InspectionException("notFound", "planId");
    }
  }
}
