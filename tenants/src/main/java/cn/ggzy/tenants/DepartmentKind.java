package cn.ggzy.tenants;

/** What part a department plays in its region's joint supervision. */
public enum DepartmentKind {
  /** 监管办: the shared supervision office; sees every department of its region. */
  SUPERVISION_OFFICE,
  /** An industry department with its own cases (住建, 交通, 水利, 农业农村). */
  INDUSTRY_DEPARTMENT,
  /** A member department without industry cases of its own (发改, 财政). */
  MEMBER_DEPARTMENT
}
