package cn.ggzy.server.domain.model.site;

import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.tenants.TenantId;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A department's roles of key personnel and the attendance rule of each. Until the department sets its
 * own, {@link #standard} applies: the five roles of a construction bid, two check-ins a day six hours
 * apart, the project manager and technical lead four working days a week, the others five.
 */
public record AttendancePolicy(TenantId department, List<AttendanceRule> rules, long version) {
  public AttendancePolicy {
    rules = List.copyOf(rules);
    if (rules.isEmpty()) {
      throw new DomainException("site.rule.none", "rules");
    }
    Set<String> seen = new HashSet<>();
    for (AttendanceRule r : rules) {
      if (!seen.add(r.role())) {
        throw new DomainException("site.rule.duplicate", "role");
      }
    }
  }

  public static AttendancePolicy standard(TenantId department) {
    return new AttendancePolicy(department, List.of(
        new AttendanceRule("PROJECT_MANAGER", "项目经理", "Project manager", 2, 6, 4),
        new AttendanceRule("TECHNICAL_LEAD", "技术负责人", "Technical lead", 2, 6, 4),
        new AttendanceRule("SAFETY_OFFICER", "安全员", "Safety officer", 2, 6, 5),
        new AttendanceRule("QUALITY_OFFICER", "质量员", "Quality officer", 2, 6, 5),
        new AttendanceRule("SITE_ENGINEER", "施工员", "Site engineer", 2, 6, 5)), 0);
  }

  public Optional<AttendanceRule> rule(String role) {
    return rules.stream().filter(r -> r.role().equals(role)).findFirst();
  }
}
