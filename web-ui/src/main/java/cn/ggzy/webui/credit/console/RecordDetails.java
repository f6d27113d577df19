package cn.ggzy.webui.credit.console;

import cn.ggzy.server.application.CreditViews.RecordView;
import cn.ggzy.webui.credit.CreditLabels;
import cn.ggzy.webui.i18n.Texts;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** A credit record as officers read it, and the grid of records. */
final class RecordDetails {
  private RecordDetails() {}

  static Div of(Texts texts, RecordView r) {
    CreditLabels labels = new CreditLabels(texts);
    Div details = new Div();
    details.setId("record-details");
    details.addClassName("credit-details");
    row(details, texts.get("credit.console.subjectName"), r.subjectName());
    if (r.subjectKind() != null) {
      row(details, labels.kind(r.subjectKind()), r.creditCode() != null ? r.creditCode() : r.residentId());
    }
    row(details, texts.get("credit.console.recordKind"), texts.get("credit.recordKind." + r.kind().name()));
    row(details, texts.get("credit.console.status"), texts.get("credit.recordStatus." + r.status().name()));
    row(details, texts.get("credit.console.decidedOn"), String.valueOf(r.decidedOn()));
    row(details, texts.get("credit.console.summary"), r.summary());
    row(details, texts.get("credit.field.legalBasis"), r.legalBasis());
    row(details, texts.get("credit.console.internalNote"), r.internalNote());
    row(details, texts.get("credit.field.decision"), r.caseNumber());
    row(details, texts.get("credit.console.enteredBy"), r.enteredBy());
    row(details, texts.get("credit.console.approvedBy"), r.approvedBy());
    row(details, texts.get("credit.console.rejection"), r.rejectionReason());
    return details;
  }

  static void row(Div details, String label, String value) {
    if (value == null || value.isBlank()) {
      return;
    }
    Span l = new Span(label);
    l.addClassName("credit-field-label");
    Span v = new Span(value);
    v.addClassName("credit-field-value");
    Div row = new Div(l, v);
    row.addClassName("credit-field");
    details.add(row);
  }

  static Grid<RecordView> grid(Texts texts, String id) {
    Grid<RecordView> grid = new Grid<>();
    grid.setId(id);
    grid.addClassName("credit-grid");
    grid.addColumn(RecordView::decidedOn).setHeader(texts.get("credit.console.decidedOn")).setAutoWidth(true);
    grid.addColumn(RecordView::subjectName).setHeader(texts.get("credit.console.subjectName")).setFlexGrow(2);
    grid.addColumn(r -> texts.get("credit.recordKind." + r.kind().name())).setHeader(texts.get("credit.console.recordKind"));
    grid.addColumn(r -> texts.get("credit.recordStatus." + r.status().name()))
        .setHeader(texts.get("credit.console.status"));
    grid.addColumn(RecordView::departmentName).setHeader(texts.get("credit.field.department"));
    grid.setAllRowsVisible(false);
    grid.setPageSize(20);
    return grid;
  }
}
