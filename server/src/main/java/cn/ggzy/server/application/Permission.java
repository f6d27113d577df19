package cn.ggzy.server.application;

import cn.ggzy.server.domain.model.account.Role;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a role may do, decided here once: the use cases check it (and refuse), the faces ask it to
 * offer only what will be allowed ({@link Caller#may}). Scope (own department, the region, the
 * office tenant) is the use case's further check on the data concerned.
 */
public enum Permission {
  /** Handle cases, work on credit records and inspection tasks: every officer, not a pure platform administrator. */
  OFFICER_WORK(EnumSet.complementOf(EnumSet.of(Role.SYSTEM_ADMIN))),
  /** Approve a department's case steps (non-acceptance, decision, closing) as its head. */
  APPROVE_CASES(EnumSet.of(Role.DEPARTMENT_HEAD)),
  /** Follow the timeliness of case handling (office roles; a department head for the department). */
  FOLLOW_TIMELINESS(EnumSet.of(Role.OFFICE_LEADER, Role.OFFICE_OFFICER, Role.DEPARTMENT_HEAD)),
  /** The supervision office's own work (region-wide inboxes and lists, the red list) when in the office tenant. */
  OFFICE_WORK(EnumSet.of(Role.OFFICE_LEADER, Role.OFFICE_OFFICER)),
  /** Approve credit records, decide credit repairs. */
  DECIDE_CREDIT(EnumSet.of(Role.DEPARTMENT_HEAD, Role.OFFICE_LEADER)),
  /** Administer accounts (the platform's, the region's or the department's, by role). */
  ADMINISTER_ACCOUNTS(EnumSet.of(Role.SYSTEM_ADMIN, Role.OFFICE_LEADER, Role.DEPARTMENT_HEAD)),
  /** Verify the audit trail's hash chains. */
  VERIFY_AUDIT(EnumSet.of(Role.SYSTEM_ADMIN, Role.OFFICE_LEADER, Role.OFFICE_OFFICER, Role.DEPARTMENT_HEAD)),
  /** Keep the working-day calendars and the region's legal periods. */
  KEEP_CALENDARS(EnumSet.of(Role.SYSTEM_ADMIN, Role.OFFICE_LEADER)),
  /** Keep inspection rosters and plans, draw and publish. */
  MANAGE_INSPECTIONS(EnumSet.of(Role.DEPARTMENT_HEAD, Role.OFFICE_LEADER, Role.OFFICE_OFFICER)),
  /** Review bid-rigging warnings and co-bidding groups. */
  REVIEW_WARNINGS(EnumSet.of(Role.OFFICE_LEADER, Role.OFFICE_OFFICER, Role.DEPARTMENT_HEAD)),
  /** Keep the region's pool of evaluation experts (review applications, suspend, review, exit), in the office tenant. */
  MANAGE_EXPERTS(EnumSet.of(Role.OFFICE_LEADER, Role.OFFICE_OFFICER)),
  /** Request and draw evaluation experts for a tender section, and unseal the panel once the evaluation starts. */
  DRAW_EXPERTS(EnumSet.of(Role.OFFICE_LEADER, Role.OFFICE_OFFICER, Role.DEPARTMENT_HEAD, Role.DEPARTMENT_OFFICER)),
  /** Review tender documents: upload, decide findings, issue rectification notices (own department; the office all). */
  REVIEW_DOCUMENTS(EnumSet.of(Role.OFFICE_LEADER, Role.OFFICE_OFFICER, Role.DEPARTMENT_HEAD, Role.DEPARTMENT_OFFICER)),
  /** Edit the region's rule book of the clause review, in the office tenant. */
  KEEP_RULE_BOOK(EnumSet.of(Role.OFFICE_LEADER, Role.OFFICE_OFFICER)),
  /** 督查: the board of departments' and officers' performance and accesses (office roles). */
  OVERSEE(EnumSet.of(Role.OFFICE_LEADER, Role.OFFICE_OFFICER)),
  /** 督办: issue a notice to a department that it must answer (office leaders). */
  ISSUE_SUPERVISION_NOTICES(EnumSet.of(Role.OFFICE_LEADER)),
  /** 统筹调度: the dashboards (office roles all departments, a department head the own) and the leading group's reports. */
  DISPATCH(EnumSet.of(Role.OFFICE_LEADER, Role.OFFICE_OFFICER, Role.DEPARTMENT_HEAD)),
  /** 代理机构考核: keep the agency register, compute assessments, enter on-site scores and appeals (office roles). */
  ASSESS_AGENCIES(EnumSet.of(Role.OFFICE_LEADER, Role.OFFICE_OFFICER)),
  /** Publish the assessment method and results, decide appeals, make results final (office leaders). */
  DECIDE_AGENCY_ASSESSMENTS(EnumSet.of(Role.OFFICE_LEADER)),
  /** 数据交换: import and export batches of the national format and OCDS. */
  EXCHANGE_DATA(EnumSet.of(Role.OFFICE_LEADER, Role.OFFICE_OFFICER, Role.DEPARTMENT_HEAD)),
  /** 标后监管: register supervised projects, enrol key personnel, read check-ins and attendance (every officer). */
  SUPERVISE_SITES(EnumSet.of(Role.OFFICE_LEADER, Role.OFFICE_OFFICER, Role.DEPARTMENT_HEAD, Role.DEPARTMENT_OFFICER)),
  /** Approve a replacement of key personnel (变更) and set the department's attendance rules (department heads). */
  APPROVE_SITE_CHANGES(EnumSet.of(Role.DEPARTMENT_HEAD)),
  /**
   * Reveal the identity of a case's filer and write to them on any case of the region, not only the
   * own department's (the department handling a case may always).
   */
  CONTACT_ANY_FILER(EnumSet.of(Role.OFFICE_LEADER));

  private final Set<Role> roles;

  Permission(Set<Role> roles) {
    this.roles = roles;
  }

  /** The roles that carry this permission. */
  public Set<Role> roles() {
    return EnumSet.copyOf(roles);
  }

  boolean grantedTo(Set<Role> held) {
    return held.stream().anyMatch(roles::contains);
  }
}
