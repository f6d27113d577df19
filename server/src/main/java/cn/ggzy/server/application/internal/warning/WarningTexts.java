package cn.ggzy.server.application.internal.warning;

import cn.ggzy.server.application.Messages;
import cn.ggzy.server.domain.model.warning.Evidence;
import cn.ggzy.server.domain.model.warning.RiggingWarning;
import cn.ggzy.server.domain.model.warning.SectionEvidence;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The case texts written from a warning: title, summary with the evidence and basis, respondents. */
final class WarningTexts {
  private static final int SUMMARY_MAX = 4000;

  private WarningTexts() {}

  static String title(RiggingWarning.Finding f) {
    String title = "围标串标预警：" + f.projectName() + (f.sectionName() == null ? "" : " " + f.sectionName());
    return title.length() > 200 ? title.substring(0, 200) : title;
  }

  static String summary(RiggingWarning w) {
    RiggingWarning.Finding f = w.data().finding();
    Map<String, String> names = f.bidders().stream()
        .collect(Collectors.toMap(RiggingWarning.Bidder::code, RiggingWarning.Bidder::name, (a, b) -> a));
    Function<String, String> name = code -> names.getOrDefault(code, code) + "（" + code + "）";
    StringBuilder s = new StringBuilder();
    s.append("预警编号 ").append(w.id()).append("；项目 ").append(f.section().projectCode()).append(" 标段 ")
        .append(f.section().sectionCode()).append("；风险分 ").append(f.score()).append("。\n证据：\n");
    for (Evidence e : f.evidence()) {
      s.append("- ").append(Messages.chinese(e.code()));
      if (!e.bidders().isEmpty()) {
        s.append("：").append(e.bidders().stream().map(name).collect(Collectors.joining("、")));
      }
      if (e.detail() != null) {
        s.append("（").append(e.detail()).append("）");
      }
      e.passages().stream().limit(1).forEach(p -> s.append("：“").append(p.text()).append("”"));
      s.append('\n');
    }
    s.append("依据：\n");
    f.items().forEach(i -> s.append("- ").append(Messages.chinese(i.legalBasis())).append('\n'));
    if (f.evaluationEvidence()) {
      s.append("- ").append(Messages.chinese(SectionEvidence.EVALUATION_BASIS)).append('\n');
    }
    s.append(Messages.chinese("rigging.notice"));
    return s.length() > SUMMARY_MAX ? s.substring(0, SUMMARY_MAX) : s.toString();
  }

  /** The bidders the evidence names (all bidders when only the model spoke), by name. */
  static String respondent(RiggingWarning.Finding f) {
    Set<String> codes = new LinkedHashSet<>();
    f.evidence().forEach(e -> codes.addAll(e.bidders()));
    if (codes.isEmpty()) {
      f.bidders().forEach(b -> codes.add(b.code()));
    }
    Map<String, String> names = f.bidders().stream()
        .collect(Collectors.toMap(RiggingWarning.Bidder::code, RiggingWarning.Bidder::name, (a, b) -> a));
    String text = codes.stream().map(c -> names.getOrDefault(c, c)).collect(Collectors.joining("、"));
    return text.length() > 200 ? text.substring(0, 197) + "……" : text;
  }
}
