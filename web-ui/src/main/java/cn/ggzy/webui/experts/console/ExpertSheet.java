package cn.ggzy.webui.experts.console;

import cn.ggzy.server.application.ExpertPool.CertificateView;
import cn.ggzy.server.application.ExpertPool.ExpertDetail;
import cn.ggzy.server.application.ExpertPool.ExpertSummary;
import cn.ggzy.webui.cases.CaseFormats;
import cn.ggzy.webui.experts.SpecialtyNames;
import cn.ggzy.webui.i18n.Texts;
import cn.ggzy.webui.layout.Labels;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.Locale;

/**
 * One expert as the office reads it: identity (masked), employer, title, specialties with their
 * names, state and dates, the certificates, the declared conflicts, the last decision and any
 * penalty; times in the console's one format.
 */
final class ExpertSheet {
  private final Texts texts;
  private final Locale locale;
  private final SpecialtyNames names;

  ExpertSheet(Texts texts, Locale locale, SpecialtyNames names) {
    this.texts = texts;
    this.locale = locale;
    this.names = names;
  }

  Div build(ExpertDetail d) {
    ExpertSummary s = d.summary();
    Div sheet = new Div();
    sheet.setId("expert-sheet");
    sheet.addClassName("case-sheet");
    Span name = new Span(s.name());
    name.setId("expert-sheet-name");
    name.addClassName("case-sheet-number");
    Div top = new Div(name, ExpertGrid.badge(s.state(), texts, "expert-sheet-state"));
    top.addClassName("case-card-top");
    sheet.add(top, section("expert-sheet-person", "experts.sheet.person",
        row("expert-sheet-masked-id", "experts.field.residentId", s.maskedResidentId()),
        row("expert-sheet-phone", "filing.phone", d.maskedPhone()),
        row("expert-sheet-birth", "experts.field.birthDate", CaseFormats.date(d.birthDate(), locale)),
        row("expert-sheet-employer", "experts.field.employer", s.employer()),
        row("expert-sheet-title", "experts.field.title", s.title()),
        row("expert-sheet-specialties", "experts.field.specialties", names.names(s.specialties())),
        row("expert-sheet-share", "experts.field.shareConsent.short",
            texts.get(s.shareConsent() ? "experts.yes" : "experts.no"))));
    sheet.add(section("expert-sheet-dates", "experts.sheet.dates",
        row("expert-sheet-applied", "experts.field.appliedAt", CaseFormats.dateTime(s.appliedAt(), locale)),
        row("expert-sheet-review-due", "experts.field.reviewDue", CaseFormats.date(s.reviewDue(), locale)),
        row("expert-sheet-suspended-until", "experts.field.suspendedUntil",
            CaseFormats.date(s.suspendedUntil(), locale))));
    sheet.add(section("expert-sheet-certificates", "experts.sheet.certificates", certificates(d.certificates())));
    sheet.add(section("expert-sheet-conflicts", "experts.sheet.conflicts", lines("expert-sheet-conflict-list",
        d.conflicts(), "experts.sheet.conflicts.none")));
    if (d.decidedAt() != null) {
      sheet.add(section("expert-sheet-decision", "experts.sheet.decision",
          row("expert-sheet-decided-by", "experts.field.decidedBy", d.decidedBy()),
          row("expert-sheet-decided-at", "experts.field.decidedAt", CaseFormats.dateTime(d.decidedAt(), locale)),
          row("expert-sheet-note", "experts.field.note", d.note())));
    }
    if (!d.penalties().isEmpty()) {
      sheet.add(section("expert-sheet-penalties", "experts.sheet.penalties",
          lines("expert-sheet-penalty-list", d.penalties(), "experts.sheet.conflicts.none")));
    }
    return sheet;
  }

  private Component certificates(List<CertificateView> certificates) {
    UnorderedList list = new UnorderedList();
    list.setId("expert-sheet-certificate-list");
    list.addClassName("timeline");
    for (CertificateView c : certificates) {
      String until = c.validUntil() == null ? texts.get("experts.certificate.noExpiry")
          : texts.get("experts.certificate.until", CaseFormats.date(c.validUntil(), locale));
      list.add(new ListItem(c.name() + " · " + c.number() + " · " + until));
    }
    return list;
  }

  private Component lines(String id, List<String> values, String noneKey) {
    UnorderedList list = new UnorderedList();
    list.setId(id);
    list.addClassName("timeline");
    values.forEach(v -> list.add(new ListItem(v)));
    if (values.isEmpty()) {
      list.add(new ListItem(texts.get(noneKey)));
    }
    return list;
  }

  private Div section(String id, String titleKey, Component... content) {
    return Labels.section(id, texts.get(titleKey), content);
  }

  /** A label and its value; nothing shown when the value is empty. */
  private Div row(String id, String labelKey, String value) {
    Div row = new Div();
    if (value == null || value.isBlank()) {
      row.setVisible(false);
      return row;
    }
    Span l = new Span(texts.get(labelKey));
    l.addClassName("sheet-label");
    Span v = new Span(value);
    v.setId(id);
    v.addClassName("sheet-value");
    row.add(l, v);
    row.addClassName("sheet-row");
    return row;
  }
}
