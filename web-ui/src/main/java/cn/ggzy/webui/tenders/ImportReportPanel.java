package cn.ggzy.webui.tenders;

import cn.ggzy.server.application.TenderImports.ImportReport;
import cn.ggzy.server.application.TenderImports.RejectedRow;
import cn.ggzy.webui.network.NetworkLinks;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Locale;
import java.util.function.BiFunction;

/** The report of one import: counts, every refused row with its reason in the page's language, the warnings. */
final class ImportReportPanel {
  private ImportReportPanel() {}

  static Component build(ImportReport r, Locale locale, BiFunction<String, Object[], String> texts) {
    boolean english = "en".equals(locale.getLanguage());
    Div panel = new Div();
    panel.setId("import-report");
    int added = r.imported() - r.replaced();
    Paragraph counts = new Paragraph(t(texts, "tenderImport.counts", r.received(), added, r.replaced(),
        r.rejected().size()));
    counts.setId("import-counts");
    panel.add(new H3(t(texts, "tenderImport.report")), counts);
    if (!r.rejected().isEmpty()) {
      UnorderedList rejected = new UnorderedList();
      rejected.setId("import-rejected");
      for (RejectedRow row : r.rejected()) {
        ListItem item = new ListItem(t(texts, "tenderImport.rejectedRow", row.line(),
            row.field() == null ? "—" : row.field(), row.code(), english ? row.messageEn() : row.message()));
        item.addClassName("import-rejected-row");
        rejected.add(item);
      }
      panel.add(new H3(t(texts, "tenderImport.rejected")), rejected);
    }
    panel.add(new H3(t(texts, "tenderImport.warnings")));
    if (r.warnings().isEmpty()) {
      panel.add(new Paragraph(t(texts, "tenderImport.noWarnings")));
    } else {
      UnorderedList warnings = new UnorderedList();
      warnings.setId("import-warnings");
      r.warnings().forEach(id -> warnings.add(new ListItem(NetworkLinks.warning(id, id))));
      panel.add(warnings);
    }
    Anchor all = new Anchor("console/warnings", t(texts, "tenderImport.toWarnings"));
    all.getElement().setAttribute("router-link", true);
    all.setId("import-to-warnings");
    panel.add(new Div(all), new Span(t(texts, "tenderImport.sections", r.sections().size())));
    return panel;
  }

  private static String t(BiFunction<String, Object[], String> texts, String key, Object... args) {
    return texts.apply(key, args);
  }
}
