package cn.ggzy.server.domain.model.site;

import cn.ggzy.server.domain.model.DomainException;

/**
 * A department's attendance rule for one role of key personnel: a day on site needs
 * {@code checkInsPerDay} check-ins decided present, the first and the last at least
 * {@code hoursApart} hours apart (when more than one is needed); the person must be on site at least
 * {@code daysPerWeek} working days of each Monday–Sunday week (never more than the week's working days
 * on the region's calendar, so a week with holidays or 调休 asks for what it has).
 */
public record AttendanceRule(String role, String nameZh, String nameEn, int checkInsPerDay, int hoursApart,
    int daysPerWeek) {
  public AttendanceRule {
    if (role == null || !role.matches("[A-Z][A-Z_]{1,39}")) {
      throw new DomainException("site.rule.role", "role");
    }
    if (nameZh == null || nameZh.isBlank() || nameZh.length() > 20) {
      throw new DomainException("site.rule.name", "nameZh");
    }
    if (nameEn == null || nameEn.isBlank() || nameEn.length() > 40) {
      throw new DomainException("site.rule.name", "nameEn");
    }
    if (checkInsPerDay < 1 || checkInsPerDay > 4) {
      throw new DomainException("site.rule.checkIns", "checkInsPerDay");
    }
    if (hoursApart < 0 || hoursApart > 12) {
      throw new DomainException("site.rule.hoursApart", "hoursApart");
    }
    if (daysPerWeek < 0 || daysPerWeek > 7) {
      throw new DomainException("site.rule.daysPerWeek", "daysPerWeek");
    }
  }
}
