package cn.ggzy.webui.credit;

import cn.ggzy.server.application.PublicCreditViews.PublicBlackEntry;
import cn.ggzy.server.application.PublicCreditViews.PublicRedEntry;
import cn.ggzy.server.application.PublicCreditViews.PublicRepair;
import cn.ggzy.server.application.PublicCreditViews.PublicSubject;
import cn.ggzy.server.domain.model.credit.ListClass;
import cn.ggzy.server.domain.model.credit.RepairStatus;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;

/** The cards of the public credit pages: one per subject or entry, readable on a 360 px screen. */
public final class CreditCards {
  private final CreditLabels labels;

  public CreditCards(CreditLabels labels) {
    this.labels = labels;
  }

  static String subjectPath(String region, String subjectId) {
    return "credit/subject/" + region + "/" + subjectId;
  }

  static String repairPath(String region, String entryId) {
    return "credit/repair/" + region + "/" + entryId;
  }

  private Anchor name(String region, String subjectId, String name) {
    Anchor link = new Anchor(subjectPath(region, subjectId), name);
    link.getElement().setAttribute("router-link", true);
    link.addClassName("credit-card-name");
    link.setId("credit-subject-" + subjectId);
    return link;
  }

  private static Div line(String css, String text) {
    Div line = new Div(new Span(text));
    line.addClassName(css);
    return line;
  }

  private Div field(String labelKey, String value) {
    if (value == null || value.isBlank()) {
      Div none = new Div();
      none.setVisible(false);
      return none;
    }
    Span label = new Span(labels.text(labelKey));
    label.addClassName("credit-field-label");
    Span text = new Span(value == null ? "" : value);
    text.addClassName("credit-field-value");
    Div row = new Div(label, text);
    row.addClassName("credit-field");
    return row;
  }

  private static Div card(String css, Component... parts) {
    Div card = new Div(parts);
    card.addClassNames("credit-card", css);
    return card;
  }

  public Div subject(String region, PublicSubject s) {
    Div badges = new Div();
    badges.addClassName("credit-badges");
    if (s.blacklistEntries() > 0) {
      badges.add(labels.badge(labels.text("credit.badge.black"), "black"));
    }
    if (s.redlistEntries() > 0) {
      badges.add(labels.badge(labels.text("credit.badge.red"), "red"));
    }
    return card("credit-card-subject", name(region, s.id(), s.name()), badges,
        line("credit-card-meta", labels.kind(s.kind()) + " · " + labels.identifier(s.kind(), s.identifier())));
  }

  /** A black-list entry in a list: name, identifier, class, reason, period. */
  public Div blackLine(String region, PublicBlackEntry e) {
    return card("credit-card-black", name(region, e.subjectId(), e.subjectName()),
        labels.badge(labels.listClass(e.listClass()), e.listClass() == ListClass.SERIOUS ? "serious" : "general"),
        line("credit-card-meta", labels.identifier(e.subjectKind(), e.identifier())),
        line("credit-card-reason", e.reason()),
        line("credit-card-meta", labels.period(e.start(), e.end())));
  }

  public Div redLine(String region, PublicRedEntry e) {
    return card("credit-card-red", name(region, e.subjectId(), e.subjectName()),
        labels.badge(labels.text("credit.badge.red"), "red"),
        line("credit-card-meta", labels.identifier(e.subjectKind(), e.identifier())),
        line("credit-card-reason", labels.text("credit.red.basis", e.yearsWithoutNegative(), e.positiveRecords())),
        line("credit-card-meta", labels.period(e.start(), e.end())));
  }

  /** A black-list entry on the subject's page: everything the public may read, and credit repair. */
  public Div blackDetail(String region, PublicBlackEntry e, LocalDate today) {
    Div card = card("credit-card-black", labels.badge(labels.listClass(e.listClass()),
            e.listClass() == ListClass.SERIOUS ? "serious" : "general"),
        field("credit.field.reason", e.reason()),
        field("credit.field.legalBasis", e.legalBasis()),
        field("credit.field.measures", labels.measures(e.measures())),
        field("credit.field.period", labels.period(e.start(), e.end())),
        field("credit.field.department", labels.text("credit.department", e.departmentZh(), e.departmentEn())),
        field("credit.field.decision", e.decisionNumber()),
        field("credit.field.repair", repairState(e.repair(), e.repairOpensOn(), today)));
    card.setId("credit-entry-" + e.id());
    boolean underReview = e.repair() != null && e.repair().status() == RepairStatus.SUBMITTED;
    if (!today.isBefore(e.repairOpensOn()) && !underReview) {
      Anchor apply = new Anchor(repairPath(region, e.id()), labels.text("credit.repair.apply"));
      apply.getElement().setAttribute("router-link", true);
      apply.addClassNames("credit-repair-link", "credit-no-print");
      apply.setId("credit-repair-" + e.id());
      card.add(apply);
    }
    return card;
  }

  String repairState(PublicRepair repair, LocalDate opensOn, LocalDate today) {
    if (repair == null) {
      return today.isBefore(opensOn) ? labels.text("credit.repair.opensOn", String.valueOf(opensOn))
          : labels.text("credit.repair.none");
    }
    return switch (repair.status()) {
      case SUBMITTED -> labels.text("credit.repair.submitted", String.valueOf(repair.receivedOn()),
          String.valueOf(repair.decisionDueOn()));
      case REFUSED -> labels.text("credit.repair.refused", String.valueOf(repair.decidedOn()), repair.decisionText());
      case APPROVED -> labels.text("credit.repair.approved", String.valueOf(repair.decidedOn()), repair.decisionText());
    };
  }

  public Div redDetail(PublicRedEntry e) {
    Div card = card("credit-card-red", labels.badge(labels.text("credit.badge.red"), "red"),
        field("credit.field.basis", labels.text("credit.red.basis", e.yearsWithoutNegative(), e.positiveRecords())),
        field("credit.field.period", labels.period(e.start(), e.end())));
    card.setId("credit-red-" + e.id());
    return card;
  }
}
