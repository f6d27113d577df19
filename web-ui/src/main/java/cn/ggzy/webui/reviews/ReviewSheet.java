package cn.ggzy.webui.reviews;

import cn.ggzy.server.application.DocumentReviews.Detail;
import cn.ggzy.server.application.DocumentReviews.FileView;
import cn.ggzy.server.application.DocumentReviews.FindingView;
import cn.ggzy.server.application.DocumentReviews.RectificationView;
import cn.ggzy.webui.cases.CaseFormats;
import cn.ggzy.webui.i18n.Texts;
import cn.ggzy.webui.layout.Labels;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * A review as the officer reads it: the project and where the review stands, the document as
 * reviewed (pages, paragraphs, clauses, the rule book's version) and each corrected version, the
 * findings counted by decision, and once the notice is out its number, addressees, the last day to
 * answer and whether the corrected document rectified it (or which rules still find something, or
 * that the day has passed).
 */
record ReviewSheet(Texts texts, Locale locale, Function<String, String> departmentName) {
  Div build(Detail d) {
    Div sheet = Labels.sheet("review-sheet", "review-sheet", "review-project", d.projectCode() + " " + d.projectName(),
        ReviewLabels.reviewState(d.state(), texts, "review-state"));
    Span counts = new Span(counts(d.findings()));
    counts.setId("review-counts");
    counts.addClassName("case-owner");
    sheet.add(counts);
    sheet.add(section("review-project-facts", "reviews.sheet.project", ReviewLabels.facts(
        ReviewLabels.line("review-department", texts.get("reviews.field.department"), departmentName.apply(d.department())),
        ReviewLabels.line("review-section", texts.get("reviews.field.sectionName"), d.sectionName()),
        ReviewLabels.line("review-employer", texts.get("reviews.field.employer"), d.employer()),
        ReviewLabels.line("review-agency", texts.get("reviews.field.agency"), d.agency()),
        ReviewLabels.line("review-estimate", texts.get("reviews.field.estimate"), Labels.yuan(d.estimate(), texts)),
        ReviewLabels.line("review-contract-amount", texts.get("reviews.field.contractAmount"),
            Labels.yuan(d.contractAmount(), texts)))));
    sheet.add(section("review-files", "reviews.sheet.files", files(d.files())));
    if (d.rectification() != null) {
      sheet.add(section("review-rectification", "reviews.sheet.rectification", rectification(d)));
    }
    return sheet;
  }

  /** 共 3 条发现：待认定 1 条，已认定 1 条，不予认定 1 条 */
  String counts(List<FindingView> findings) {
    if (findings.isEmpty()) {
      return texts.get("reviews.sheet.noFindings");
    }
    return texts.get("reviews.sheet.counts", findings.size(), count(findings, "OPEN"), count(findings, "CONFIRMED"),
        count(findings, "DISMISSED"));
  }

  static int count(List<FindingView> findings, String state) {
    return (int) findings.stream().filter(f -> state.equals(f.state())).count();
  }

  /** Each version of the document: the one first reviewed, then 修改稿 1, 2 …; the newest first. */
  private Div files(List<FileView> files) {
    Div list = new Div();
    list.addClassName("review-file-list");
    for (int i = files.size() - 1; i >= 0; i--) {
      FileView f = files.get(i);
      String prefix = "review-file-" + i;
      Div entry = ReviewLabels.facts(
          ReviewLabels.line(prefix + "-name", i == 0 ? texts.get("reviews.file.original")
              : texts.get("reviews.file.corrected", i), f.fileName() + " (" + ReviewFileUpload.size(f.size()) + ")"),
          ReviewLabels.line(prefix + "-extent", texts.get("reviews.file.extent"),
              texts.get("reviews.file.extentLine", f.pages(), f.paragraphs(), f.clauses())),
          ReviewLabels.line(prefix + "-rules", texts.get("reviews.file.ruleBook"), ruleBookVersion(f.ruleBookVersion())),
          ReviewLabels.line(prefix + "-by", texts.get("reviews.file.by"),
              Labels.byAt(f.by(), f.at(), locale)));
      entry.addClassName("review-file");
      list.add(entry);
    }
    return list;
  }

  String ruleBookVersion(int version) {
    return version == 0 ? texts.get("reviews.rules.shipped") : texts.get("reviews.rules.version", version);
  }

  /** The notice and how it was answered. */
  private Div rectification(Detail d) {
    RectificationView n = d.rectification();
    Div facts = ReviewLabels.facts(
        ReviewLabels.line("review-notice-number", texts.get("reviews.notice.number"), n.noticeNumber()),
        ReviewLabels.line("review-notice-to", texts.get("reviews.notice.addressees"), n.addressees()),
        ReviewLabels.line("review-notice-issued", texts.get("reviews.notice.issued"),
            Labels.byAt(n.issuedBy(), n.issuedAt(), locale)),
        ReviewLabels.line("review-notice-due", texts.get("reviews.notice.due"), CaseFormats.deadline(n.dueDate(), locale)));
    Span outcome = new Span(outcome(n));
    outcome.setId("review-notice-outcome");
    outcome.addClassNames("status-badge", "review-outcome", n.rectified() ? "review-outcome-rectified"
        : n.overdue() ? "review-outcome-overdue" : "review-outcome-waiting");
    facts.add(outcome);
    if (!n.rectified() && !n.remaining().isEmpty()) {
      UnorderedList remaining = new UnorderedList();
      remaining.setId("review-notice-remaining");
      for (String rule : n.remaining()) {
        remaining.add(new ListItem(ruleTitle(d.findings(), rule) + " (" + rule + ")"));
      }
      Span label = new Span(texts.get("reviews.notice.remaining", n.remaining().size()));
      label.addClassName("review-label");
      facts.add(label, remaining);
    }
    return facts;
  }

  /** 已整改 (2026年12月18日 10:00) · 整改逾期 · 待报送修改稿 */
  String outcome(RectificationView n) {
    if (n.rectified()) {
      return texts.get("reviews.notice.rectified", CaseFormats.dateTime(n.answeredAt(), locale));
    }
    if (n.overdue()) {
      return texts.get("reviews.notice.overdue", CaseFormats.deadline(n.dueDate(), locale));
    }
    return n.remaining().isEmpty() ? texts.get("reviews.notice.waiting", CaseFormats.deadline(n.dueDate(), locale))
        : texts.get("reviews.notice.notYet", CaseFormats.deadline(n.dueDate(), locale));
  }

  private String ruleTitle(List<FindingView> findings, String rule) {
    return findings.stream().filter(f -> rule.equals(f.ruleId())).findFirst()
        .map(f -> Labels.pick(locale, f.title(), f.titleEn())).orElse(rule);
  }

  private Div section(String id, String titleKey, Div content) {
    return Labels.section(id, texts.get(titleKey), content);
  }
}
