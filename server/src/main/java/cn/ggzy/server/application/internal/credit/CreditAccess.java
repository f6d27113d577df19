package cn.ggzy.server.application.internal.credit;

import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.Permission;
import cn.ggzy.server.application.TenantDirectory;
import cn.ggzy.server.domain.model.AccessDeniedException;
import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.service.WorkingCalendar;
import cn.ggzy.tenants.Department;
import cn.ggzy.tenants.RegionCode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Who may do what with credit: every officer (not the platform administrator) works on the records
 * of the own department; department heads and the office leader decide (approve records, list,
 * decide repairs); office officers and the office leader keep the red list.
 */
final class CreditAccess {
  private CreditAccess() {}

  static void officer(Caller caller) {
    if (!caller.may(Permission.OFFICER_WORK)) {
      throw new AccessDeniedException("credit");
    }
  }

  static boolean mayDecide(Caller caller) {
    return caller.may(Permission.DECIDE_CREDIT);
  }

  static void decider(Caller caller, String action) {
    if (!mayDecide(caller)) {
      throw new AccessDeniedException(action);
    }
  }

  /** An office officer or leader in the region's supervision office. */
  static void office(Caller caller, TenantDirectory directory, String action) {
    boolean officeTenant = directory.department(caller.tenant()).map(Department::isOffice).orElse(false);
    if (!officeTenant || !caller.may(Permission.OFFICE_WORK)) {
      throw new AccessDeniedException(action);
    }
  }

  static LocalDate today(Clock clock) {
    return LocalDate.ofInstant(clock.instant(), WorkingCalendar.ZONE);
  }

  static LocalDate day(Instant at) {
    return LocalDate.ofInstant(at, WorkingCalendar.ZONE);
  }

  /** A region code typed by the public: unknown or malformed is {@code region.unknown}. */
  static RegionCode region(String value, TenantDirectory directory) {
    try {
      RegionCode code = RegionCode.of(value == null ? "" : value.strip());
      if (directory.region(code).isPresent()) {
        return code;
      }
    } catch (IllegalArgumentException e) {
      // not six digits
    }
    throw new DomainException("region.unknown", "region");
  }

  static int limit(int limit) {
    return limit <= 0 ? 20 : Math.min(limit, 200);
  }
}
