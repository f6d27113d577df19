package cn.ggzy.server.domain.model.agency;

import cn.ggzy.tenants.RegionCode;
import cn.ggzy.tenants.TenantId;
import java.time.LocalDate;
import java.util.List;

/**
 * A tender agency (招标代理机构) in a region's register: its unified social credit code, name, staff with
 * their certificates, qualifications, the projects it ran (by project code, the department supervising
 * each) and, after a poor grade, until when it is restricted (no new mandates on the platform's lists).
 */
public record Agency(RegionCode region, String creditCode, String name, String contact, List<Staff> staff,
    List<String> qualifications, List<Project> projects, LocalDate restrictedUntil, String restrictionReason,
    long version) {
  public Agency {
    staff = List.copyOf(staff);
    qualifications = List.copyOf(qualifications);
    projects = List.copyOf(projects);
  }

  /** A member of staff: name, role (e.g. 项目负责人) and certificate number. */
  public record Staff(String name, String role, String certificate) {}

  /** A project the agency ran for its employer. */
  public record Project(String projectCode, String projectName, TenantId department) {}

  public boolean restrictedOn(LocalDate day) {
    return restrictedUntil != null && !day.isAfter(restrictedUntil);
  }

  public Agency restricted(LocalDate until, String reason, long newVersion) {
    return new Agency(region, creditCode, name, contact, staff, qualifications, projects, until, reason, newVersion);
  }
}
