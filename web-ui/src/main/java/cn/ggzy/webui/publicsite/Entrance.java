package cn.ggzy.webui.publicsite;

import com.vaadin.flow.component.icon.VaadinIcon;

/** The public services, each with its own page; texts under {@code entrance.<key>.*}. */
public enum Entrance {
  /** 投诉: by a party with a stake in the procurement, under real name. */
  COMPLAINT("complaint", "complaints/new", VaadinIcon.COMMENT_ELLIPSIS),
  /** 举报: by anyone, may be anonymous. */
  REPORT("report", "reports/new", VaadinIcon.MEGAPHONE),
  /** 进度查询: with receipt number and access code. */
  TRACKING("tracking", "tracking", VaadinIcon.SEARCH),
  /** 我的投诉: a real-name filer's submissions, by mobile number and a code sent by SMS. */
  MY("my", "my", VaadinIcon.USER_CHECK),
  /** 红名单/黑名单. */
  CREDIT("credit", "credit", VaadinIcon.LIST),
  /** 双随机 inspection results. */
  INSPECTIONS("inspections", "inspections", VaadinIcon.CLIPBOARD_CHECK),
  /** 专家入库申请: anyone qualified applies to the pool of evaluation experts. */
  EXPERTS("experts", "experts/apply", VaadinIcon.ACADEMY_CAP);

  private final String key;
  private final String path;
  private final VaadinIcon icon;

  Entrance(String key, String path, VaadinIcon icon) {
    this.key = key;
    this.path = path;
    this.icon = icon;
  }

  public String key() {
    return key;
  }

  public String path() {
    return path;
  }

  public VaadinIcon icon() {
    return icon;
  }

  /** The element id of its card on the home page, e.g. {@code entrance-complaint}. */
  public String elementId() {
    return "entrance-" + key;
  }

  public String text(String part) {
    return "entrance." + key + "." + part;
  }
}
