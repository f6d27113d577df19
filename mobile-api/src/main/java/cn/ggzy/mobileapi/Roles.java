package cn.ggzy.mobileapi;

/** Role names as they appear in the token's {@code groups} claim. */
public final class Roles {
  public static final String SYSTEM_ADMIN = "SYSTEM_ADMIN";
  public static final String OFFICE_LEADER = "OFFICE_LEADER";
  public static final String OFFICE_OFFICER = "OFFICE_OFFICER";
  public static final String DEPARTMENT_HEAD = "DEPARTMENT_HEAD";
  public static final String DEPARTMENT_OFFICER = "DEPARTMENT_OFFICER";

  private Roles() {}
}
