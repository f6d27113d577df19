package cn.ggzy.server.domain.model.rigging;

import java.util.Random;

/** Test texts of bid files: a tender template and independent prose that no two bids share by chance. */
public final class BidTexts {
  public static final String TEMPLATE =
      "第三章 施工要求。混凝土浇筑完成后应及时覆盖养护，养护时间不少于七天。钢筋进场应有出厂合格证。";
  private static final String POOL = "工程施工质量安全进度管理组织设计方案技术措施保证体系人员机械材料设备验收检测环境保护"
      + "文明现场监理单位业主合同工期计划控制协调沟通风险应急预案培训交底记录资料档案整改复查考核奖惩制度责任落实监督检查";

  private BidTexts() {}

  /** Random sentences of 15–34 characters from a pool of common characters, each ending with 。. */
  public static String prose(long seed, int sentences) {
    Random r = new Random(seed);
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < sentences; i++) {
      int n = 15 + r.nextInt(20);
      for (int k = 0; k < n; k++) {
        s.append(POOL.charAt(r.nextInt(POOL.length())));
      }
      s.append("。");
    }
    return s.toString();
  }
}
