package cn.ggzy.server.domain.model.account;

/** What an officer may do. Office roles only for accounts of the supervision office. */
public enum Role {
  /** 系统管理员: regions, departments, all accounts, calendars. */
  SYSTEM_ADMIN,
  /** 监管办领导: sees every department of the region, approves extensions. */
  OFFICE_LEADER,
  /** 监管办工作人员. */
  OFFICE_OFFICER,
  /** 部门负责人: manages the accounts of the department, approves within it. */
  DEPARTMENT_HEAD,
  /** 部门执法人员. */
  DEPARTMENT_OFFICER;

  public boolean officeWide() {
    return this == SYSTEM_ADMIN || this == OFFICE_LEADER || this == OFFICE_OFFICER;
  }
}
