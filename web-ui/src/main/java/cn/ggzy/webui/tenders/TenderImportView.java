package cn.ggzy.webui.tenders;

import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.Messages;
import cn.ggzy.server.application.TenderImports;
import cn.ggzy.server.domain.model.tender.BidRow;
import cn.ggzy.webui.i18n.DomainErrors;
import cn.ggzy.webui.layout.MainLayout;
import cn.ggzy.webui.layout.ViewFrame;
import cn.ggzy.webui.session.CurrentOfficer;
import cn.ggzy.webui.warnings.WarningAccess;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

/**
 * 投标数据导入: uploads a CSV or JSON file of bids (the REST import's format, shown with a sample),
 * imports it into the officer's department and shows the report with every refused row.
 */
@Route(value = "console/tenders/import", layout = MainLayout.class)
@Dependent
public class TenderImportView extends ViewFrame implements HasDynamicTitle, BeforeEnterObserver {
  static final int MAX_BYTES = 10 * 1024 * 1024;
  static final String SAMPLE_CSV = """
      projectCode,projectName,sectionCode,sectionName,industry,bidderCode,bidderName,price,macAddress,winner
      MC-2026-001,麻城市城东道路工程,BD1,一标段,HOUSING_CONSTRUCTION,91421181MA4XXXXXXX,甲建设有限公司,1000000.00,00-1A-2B-3C-4D-5E,false
      MC-2026-001,麻城市城东道路工程,BD1,一标段,HOUSING_CONSTRUCTION,91421181MA4YYYYYYY,乙建设有限公司,957300.50,AA-BB-CC-00-11-22,true
      """;
  static final String SAMPLE_JSON = """
      {"rows":[{"projectCode":"MC-2026-001","projectName":"麻城市城东道路工程","sectionCode":"BD1",
        "industry":"HOUSING_CONSTRUCTION","bidderCode":"91421181MA4XXXXXXX","bidderName":"甲建设有限公司",
        "price":1000000.00,"macAddress":"00-1A-2B-3C-4D-5E","winner":false}]}
      """;
  private final TenderImports imports;
  private final Upload upload = new Upload();
  private final Div report = new Div();
  private final Span error = new Span();

  @Inject
  public TenderImportView(TenderImports imports) {
    this.imports = imports;
    setHeading(getTranslation("tenderImport.title"));
    Paragraph intro = new Paragraph(getTranslation("tenderImport.intro"));
    Paragraph columns = new Paragraph(getTranslation("tenderImport.columns", String.join(", ", BidRow.COLUMNS)));
    columns.setId("import-columns");
    columns.getStyle().set("overflow-wrap", "anywhere");
    Details format = new Details(getTranslation("tenderImport.format"),
        new Div(columns, new Paragraph(getTranslation("tenderImport.sampleCsv")), sample(SAMPLE_CSV),
            new Paragraph(getTranslation("tenderImport.sampleJson")), sample(SAMPLE_JSON)));
    format.setId("import-format");
    format.setWidthFull();
    upload.setId("import-upload");
    upload.setMaxFiles(1);
    upload.setMaxFileSize(MAX_BYTES);
    upload.setAcceptedFileTypes("text/csv", ".csv", "application/json", ".json", "text/plain", ".txt");
    upload.setUploadButton(new Button(getTranslation("tenderImport.upload")));
    upload.setDropLabel(new Span(getTranslation("tenderImport.drop")));
    upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> received(metadata.fileName(), bytes)));
    upload.addFileRejectedListener(e -> showError(getTranslation("tenderImport.fileRejected")));
    error.setId("import-error");
    error.getStyle().set("color", "var(--lumo-error-text-color)");
    error.setVisible(false);
    report.setId("import-result");
    report.setWidthFull();
    addContent(intro, format, upload, error, report);
  }

  private static Pre sample(String text) {
    Pre pre = new Pre(text.strip());
    pre.getStyle().set("overflow-x", "auto").set("max-width", "100%").set("font-size", "var(--lumo-font-size-xs)");
    return pre;
  }

  /** A file arrived (inside the UI's lock): import it and show the report. */
  void received(String fileName, byte[] content) {
    upload.clearFileList();
    error.setVisible(false);
    report.removeAll();
    Caller caller = CurrentOfficer.require();
    DomainErrors.run(() -> report.add(ImportReportPanel.build(BidFile.importInto(imports, caller, fileName, content),
        getLocale(), this::getTranslation)),
        e -> showError(Messages.text(e.code(), getLocale()) + (e.field() == null ? "" : " (" + e.field() + ")")));
  }

  private void showError(String message) {
    error.setText(message);
    error.setVisible(true);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    WarningAccess.reviewer(event);
  }

  @Override
  public String getPageTitle() {
    return getTranslation("tenderImport.title") + " · " + getTranslation("app.title");
  }
}
