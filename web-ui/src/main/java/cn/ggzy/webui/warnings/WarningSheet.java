package cn.ggzy.webui.warnings;

import cn.ggzy.server.application.RiggingWarnings.BasisView;
import cn.ggzy.server.application.RiggingWarnings.Detail;
import cn.ggzy.server.application.RiggingWarnings.EvidenceView;
import cn.ggzy.server.application.RiggingWarnings.PassageView;
import cn.ggzy.server.application.RiggingWarnings.RiskView;
import cn.ggzy.server.application.RiggingWarnings.ScreenView;
import cn.ggzy.webui.network.NetworkLinks;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * One warning as read on a phone: facts, bidders, evidence (what matched, between whom, the value,
 * the passages two bid files share and where), what the risk score is made of, legal basis and the reminder that a warning is not a verdict; texts in the page's language.
 */
final class WarningSheet {
  private final Locale locale;
  private final BiFunction<String, Object[], String> texts;

  WarningSheet(Locale locale, BiFunction<String, Object[], String> texts) {
    this.locale = locale;
    this.texts = texts;
  }

  private String t(String key, Object... args) {
    return texts.apply(key, args);
  }

  private boolean english() {
    return "en".equals(locale.getLanguage());
  }

  /** The label's colon: full-width in Chinese, ": " in English. */
  private String colon() {
    return english() ? ": " : "：";
  }

  Component build(Detail d) {
    Div sheet = new Div();
    sheet.addClassName("warning-sheet");
    sheet.add(fact("warnings.field.score", String.valueOf(d.score()), "warning-score"),
        fact("warnings.field.status", t("warnings.status." + d.status()), "warning-status"),
        fact("warnings.field.department", d.departmentName(), null),
        fact("warnings.field.project", d.projectCode() + " " + d.projectName(), "warning-project"),
        fact("warnings.field.section", d.sectionCode() + (d.sectionName() == null ? "" : " " + d.sectionName()), null),
        fact("warnings.field.probability", String.format(Locale.ROOT, "%.2f", d.probability()), "warning-risk-score"));
    if (d.reason() != null) {
      sheet.add(fact("warnings.field.reason", d.reason(), "warning-reason"));
    }
    if (d.caseNumber() != null) {
      Anchor link = new Anchor("console/cases/" + d.caseId(), d.caseNumber());
      link.getElement().setAttribute("router-link", true);
      link.setId("warning-case-link");
      Div row = new Div(new Span(t("warnings.field.case") + colon()), link);
      row.addClassName("warning-fact");
      sheet.add(row);
    }
    Map<String, String> names = d.bidders().stream().collect(Collectors.toMap(b -> b.code(), b -> b.name(),
        (a, b) -> a));
    sheet.add(new H3(t("warnings.bidders")), bidders(d));
    sheet.add(new H3(t("warnings.evidence")), evidence(d.evidence(), names));
    sheet.add(new H3(t("warnings.risk")), risk(d.risk()));
    sheet.add(new H3(t("warnings.basis")), basis(d.legalBasis()));
    Paragraph notice = new Paragraph(english() ? d.noticeEn() : d.notice());
    notice.addClassName("warning-notice");
    sheet.add(notice);
    return sheet;
  }

  private Component bidders(Detail d) {
    UnorderedList list = new UnorderedList();
    list.setId("warning-bidders");
    d.bidders().forEach(b -> {
      Anchor bidder = NetworkLinks.bidder(b.code(), b.name());
      bidder.setId("warning-bidder-" + b.code());
      list.add(new ListItem(bidder, new Span((english() ? " (" + b.code() + ")" : "（" + b.code() + "）") + colon() + yuan(b.price())
          + (b.winner() ? " · " + t("warnings.winner") : "") + " · "),
          NetworkLinks.groupsOf(b.code(), t("network.bidder.groupsLink"))));
    });
    return list;
  }

  /**
   * What the risk score is made of: the model (and its validated ROC-AUC on the region's labels when
   * it is a region model), then each screen with its value, its percentile in the department's market
   * and the points it adds; the points add up to the score.
   */
  private Component risk(RiskView risk) {
    Div box = new Div();
    box.setId("warning-risk");
    Paragraph model = new Paragraph(english() ? risk.modelTextEn() : risk.modelText());
    model.setId("warning-risk-model");
    box.add(model);
    if (risk.validatedAuc() != null) {
      box.add(new Paragraph(t("warnings.risk.validated", String.format(Locale.ROOT, "%.3f", risk.validatedAuc()))));
    }
    UnorderedList list = new UnorderedList();
    list.setId("warning-risk-screens");
    for (ScreenView s : risk.screens()) {
      String text = (english() ? s.textEn() : s.text()) + colon() + (s.value() == null ? t("warnings.risk.undefined")
          : t("warnings.risk.screen", String.format(Locale.ROOT, "%.4g", s.value()),
              Math.round(s.percentile() * 100), String.format(Locale.ROOT, "%.1f", s.contribution() * 100)));
      ListItem item = new ListItem(text);
      item.addClassName("warning-risk-screen");
      list.add(item);
    }
    box.add(list);
    return box;
  }

  private Component evidence(List<EvidenceView> evidence, Map<String, String> names) {
    UnorderedList list = new UnorderedList();
    list.setId("warning-evidence");
    for (EvidenceView e : evidence) {
      StringBuilder s = new StringBuilder(english() ? e.textEn() : e.text());
      if (e.article40Item() != null) {
        s.append(" [").append(t("warnings.item", e.article40Item())).append("]");
      }
      if (!e.bidders().isEmpty()) {
        s.append(" — ").append(e.bidders().stream().map(c -> names.getOrDefault(c, c))
            .collect(Collectors.joining(english() ? ", " : "、")));
      }
      if (e.detail() != null) {
        s.append(" (").append(e.detail()).append(")");
      }
      ListItem item = new ListItem(s.toString());
      if (!e.passages().isEmpty() && e.bidders().size() >= 2) {
        item.add(passages(e, names));
      }
      list.add(item);
    }
    return list;
  }

  /** The shared passages of two bid files, each with where it starts in either file (1 = first character). */
  private Component passages(EvidenceView e, Map<String, String> names) {
    UnorderedList list = new UnorderedList();
    list.addClassName("warning-passages");
    String a = names.getOrDefault(e.bidders().get(0), e.bidders().get(0));
    String b = names.getOrDefault(e.bidders().get(1), e.bidders().get(1));
    for (PassageView p : e.passages()) {
      list.add(new ListItem(t("warnings.passage", p.text(), a, p.offsetA() + 1, b, p.offsetB() + 1)));
    }
    return list;
  }

  private Component basis(List<BasisView> basis) {
    UnorderedList list = new UnorderedList();
    list.setId("warning-basis");
    basis.forEach(b -> list.add(new ListItem(english() ? b.textEn() : b.text())));
    if (basis.isEmpty()) {
      list.add(new ListItem(t("warnings.basis.none")));
    }
    return list;
  }

  private Div fact(String label, String value, String id) {
    Span v = new Span(value == null ? "" : value);
    if (id != null) {
      v.setId(id);
    }
    Div row = new Div(new Span(t(label) + colon()), v);
    row.addClassName("warning-fact");
    return row;
  }

  static String yuan(double price) {
    return BigDecimal.valueOf(price).setScale(2, RoundingMode.HALF_UP).toPlainString();
  }
}
