package cn.ggzy.server.domain.model.notification;

import cn.ggzy.tenants.TenantId;
import java.util.Objects;

/**
 * Who is to hear of something, resolved to officers only when it is delivered: one officer, the
 * heads of a department, all officers of a department, or the leaders of a supervision office; or
 * the filer of the complaint or report behind a case of the department (by SMS, not an officer).
 */
public record Audience(Group group, TenantId tenant, String login) {
  public enum Group { OFFICER, DEPARTMENT_HEADS, DEPARTMENT_OFFICERS, OFFICE_LEADERS, FILER }

  public Audience {
    Objects.requireNonNull(group);
    Objects.requireNonNull(tenant);
    if ((group == Group.OFFICER) != (login != null)) {
      throw new IllegalArgumentException("a login names exactly one officer");
    }
  }

  public static Audience officer(TenantId tenant, String login) {
    return new Audience(Group.OFFICER, tenant, login);
  }

  public static Audience heads(TenantId department) {
    return new Audience(Group.DEPARTMENT_HEADS, department, null);
  }

  public static Audience officers(TenantId department) {
    return new Audience(Group.DEPARTMENT_OFFICERS, department, null);
  }

  /** The filer of the submission behind the notification's case, which the department owns. */
  public static Audience filer(TenantId department) {
    return new Audience(Group.FILER, department, null);
  }

  /** The leaders of the supervision office whose tenant is given. */
  public static Audience officeLeaders(TenantId office) {
    return new Audience(Group.OFFICE_LEADERS, office, null);
  }
}
