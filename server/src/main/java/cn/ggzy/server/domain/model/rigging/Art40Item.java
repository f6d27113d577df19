package cn.ggzy.server.domain.model.rigging;

/**
 * The items of 《招标投标法实施条例》 art. 40 (deemed collusion among bidders); each names the
 * message code of its legal basis.
 */
public enum Art40Item {
  /** (一) 不同投标人的投标文件由同一单位或者个人编制. */
  SAME_PREPARER(1),
  /** (二) 不同投标人委托同一单位或者个人办理投标事宜. */
  SAME_AGENT(2),
  /** (三) 不同投标人的投标文件载明的项目管理成员为同一人. */
  SAME_PROJECT_MEMBER(3),
  /** (四) 不同投标人的投标文件异常一致或者投标报价呈规律性差异. */
  ABNORMALLY_CONSISTENT(4),
  /** (五) 不同投标人的投标文件相互混装. */
  FILES_MIXED_UP(5),
  /** (六) 不同投标人的投标保证金从同一单位或者个人的账户转出. */
  SAME_BOND_ACCOUNT(6);

  private final int number;

  Art40Item(int number) {
    this.number = number;
  }

  public int number() {
    return number;
  }

  /** Message code of the legal basis text (zh-CN and English in the rigging bundle). */
  public String legalBasis() {
    return "rigging.basis.art40." + number;
  }
}
