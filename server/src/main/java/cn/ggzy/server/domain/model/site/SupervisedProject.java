package cn.ggzy.server.domain.model.site;

import cn.ggzy.server.domain.model.geography.Geofence;
import cn.ggzy.tenants.TenantId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A project supervised after its award, owned by the department that supervises it: the section
 * awarded, the employer (建设单位) and its contact phone for warnings, the winning bidder, the contract's amount and period, the site as a
 * polygon with its address, and the working hours in which a check-in counts.
 */
public record SupervisedProject(TenantId department, String id, String projectCode, String sectionName,
    String employer, String employerPhone, String winnerCode, String winnerName, BigDecimal contractAmount, LocalDate startDay,
    LocalDate endDay, Geofence site, String address, LocalTime workStart, LocalTime workEnd, State state,
    Instant createdAt, String createdBy, long version) {

  /** Under construction (its people check in) or finished (no more check-ins, not in 挂证 screens). */
  public enum State { ACTIVE, FINISHED }

  /** Whether the contract period covers the day and the project is not finished. */
  public boolean activeOn(LocalDate day) {
    return state == State.ACTIVE && !day.isBefore(startDay) && (endDay == null || !day.isAfter(endDay));
  }

  /** Whether a time of day lies within the site's working hours (inclusive). */
  public boolean withinHours(LocalTime time) {
    return !time.isBefore(workStart) && !time.isAfter(workEnd);
  }

  public SupervisedProject finished(long newVersion) {
    return new SupervisedProject(department, id, projectCode, sectionName, employer, employerPhone, winnerCode, winnerName,
        contractAmount, startDay, endDay, site, address, workStart, workEnd, State.FINISHED, createdAt, createdBy,
        newVersion);
  }
}
