package cn.ggzy.webui.reviews;

import cn.ggzy.server.application.DocumentReviews.Detail;
import cn.ggzy.server.application.DocumentReviews.FileView;
import cn.ggzy.server.application.DocumentReviews.FindingView;
import cn.ggzy.server.application.DocumentReviews.RectificationView;
import cn.ggzy.server.application.DocumentReviews.SpanView;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Reviews as {@code DocumentReviews} answers them (the translations: {@code UiTexts}). */
final class ReviewTestData {
  static final Instant UPLOADED = Instant.parse("2026-12-14T02:05:00Z");
  static final Instant DECIDED = Instant.parse("2026-12-14T03:00:00Z");
  static final String BRANCH = "2. 投标人须在本市设立分公司。";
  static final String BOND = "3. 投标保证金为投标总价的3%。";
  static final String BRAND = "4. 电梯须采用三菱品牌。";

  private ReviewTestData() {}

  static FindingView branch(String state) {
    return new FindingView(1, 1, 3, 2, BRANCH, List.of(new SpanView(7, 15)), "region.local-entity", 1, "region",
        "HIGH", "要求在本地注册或设立分支机构", "Requires local registration or a local branch",
        "招标投标法第六条；招标投标法实施条例第三十二条", "Tendering Law art. 6; Regulation art. 32",
        "删除对注册地、分支机构的要求。", "Remove the requirement on place of registration or branches.", "", state,
        "OPEN".equals(state) ? null : "jtj.li", "OPEN".equals(state) ? null : DECIDED, null);
  }

  static FindingView bond(String state) {
    return new FindingView(2, 1, 4, 3, BOND, List.of(new SpanView(3, 8), new SpanView(14, 16)), "bond.bid-bond-ratio", 1,
        "bond", "HIGH", "投标保证金超过估算价的2%", "Bid bond above 2 % of the estimate", "招标投标法实施条例第二十六条",
        "Regulation art. 26", "投标保证金不超过招标项目估算价的2%。", "At most 2 % of the estimate.", "3% > 2%", state,
        "OPEN".equals(state) ? null : "jtj.li", "OPEN".equals(state) ? null : DECIDED, null);
  }

  static FindingView brand(String state, String reason) {
    return new FindingView(3, 2, 1, 4, BRAND, List.of(new SpanView(8, 12)), "brand.designated", 1, "brand", "MEDIUM",
        "指定品牌", "A designated brand", "招标投标法实施条例第三十二条第二款第（五）项", "Regulation art. 32(2)(v)",
        "写明技术参数，或注明“或相当于”。", "State the technical needs, or add “or equivalent”.", "", state,
        "OPEN".equals(state) ? null : "jtj.li", "OPEN".equals(state) ? null : DECIDED, reason);
  }

  static FileView file(String name) {
    return new FileView(name, 12_800, "ab12", 2, 7, 5, 0, "jtj.li", UPLOADED);
  }

  static Detail detail(String state, List<FindingView> findings, RectificationView rectification, List<FileView> files) {
    return new Detail("R0123456789abcdef", "421181-jtj", "麻城市交通运输局", "MC-2026-G230", "G230 改建工程", "一标段",
        "麻城市交通运输局", "湖北某招标代理有限公司", new BigDecimal("20000000"), null, state, files, findings, rectification, 3);
  }

  static Detail detail(String state, List<FindingView> findings) {
    return detail(state, findings, null, List.of(file("招标文件.txt")));
  }

  static RectificationView notice(boolean rectified, boolean overdue, List<String> remaining) {
    return new RectificationView("审查整改〔2026〕01234567号", "麻城市交通运输局、湖北某招标代理有限公司", "jtj.li",
        Instant.parse("2026-12-14T04:00:00Z"), LocalDate.of(2026, 12, 21), rectified, overdue,
        rectified ? Instant.parse("2026-12-17T06:30:00Z") : null, remaining);
  }
}
