package cn.ggzy.webui.tenders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.TenderImports;
import cn.ggzy.server.application.TenderImports.ImportReport;
import cn.ggzy.server.application.TenderImports.RejectedRow;
import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.account.Login;
import cn.ggzy.server.domain.model.account.Role;
import cn.ggzy.server.domain.model.tender.BidRow;
import cn.ggzy.tenants.TenantId;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.i18n.DefaultI18NProvider;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The uploaded file reaches the import as CSV or JSON rows; the report lists every refused row in the page's language. */
class TenderImportPageTest {
  private static final DefaultI18NProvider PROVIDER =
      new DefaultI18NProvider(List.of(Locale.ENGLISH, Locale.CHINESE));
  private static final Caller HEAD = new Caller(new Login("zjjhead"), TenantId.of("421181-zjj"),
      Set.of(Role.DEPARTMENT_HEAD), "住建局负责人");
  private static final ImportReport REPORT = new ImportReport(3, 2, 1,
      List.of(new RejectedRow(3, "rigging.import.creditCode", "统一社会信用代码无效", "Invalid credit code",
          "bidderCode")), List.of("MC-1/BD1"), List.of("Wabc"));

  /** Remembers what arrived. */
  static final class Recording implements TenderImports {
    String csv;
    List<BidRow> rows;

    @Override
    public ImportReport importRows(Caller caller, List<BidRow> rows) {
      this.rows = rows;
      return REPORT;
    }

    @Override
    public ImportReport importCsv(Caller caller, String csv) {
      this.csv = csv;
      return REPORT;
    }

    @Override
    public Optional<String> screen(Caller caller, String projectCode, String sectionCode) {
      return Optional.empty();
    }
  }

  @Test
  void aCsvFileIsImportedAsTextWithoutItsByteOrderMark() {
    Recording imports = new Recording();
    BidFile.importInto(imports, HEAD, "bids.csv", ("\uFEFF" + TenderImportView.SAMPLE_CSV)
        .getBytes(StandardCharsets.UTF_8));
    assertTrue(imports.csv.startsWith("projectCode,"), imports.csv);
  }

  @Test
  void theJsonSampleIsImportedAsRows() {
    Recording imports = new Recording();
    BidFile.importInto(imports, HEAD, "bids.json", TenderImportView.SAMPLE_JSON.getBytes(StandardCharsets.UTF_8));
    assertEquals(1, imports.rows.size());
    assertEquals("1000000.00", imports.rows.get(0).price());
    assertEquals("甲建设有限公司", imports.rows.get(0).bidderName());
  }

  @Test
  void brokenJsonIsRefusedWithADomainError() {
    DomainException e = assertThrows(DomainException.class, () -> BidFile.importInto(new Recording(), HEAD,
        "bids.json", "{\"rows\":[".getBytes(StandardCharsets.UTF_8)));
    assertEquals("rigging.import.empty", e.code());
  }

  private static String render(Locale locale) {
    Component c = ImportReportPanel.build(REPORT, locale, (k, a) -> PROVIDER.getTranslation(k, locale, a));
    return c.getElement().getTextRecursively();
  }

  @Test
  void theReportShowsCountsAndTheRefusedRowInChinese() {
    String text = render(Locale.CHINESE);
    assertTrue(text.contains("收到 3 行：新增 1 行，再次导入替换 1 行，拒收 1 行"), text);
    assertTrue(text.contains("第 3 行 · 字段 bidderCode · rigging.import.creditCode：统一社会信用代码无效"), text);
    assertTrue(text.contains("Wabc"));
    assertFalse(text.contains("Invalid credit code"));
  }

  @Test
  void theReportInEnglish() {
    String text = render(Locale.ENGLISH);
    assertTrue(text.contains("3 rows received: 1 added, 1 replaced by a repeated import, 1 refused"), text);
    assertTrue(text.contains("Line 3 · field bidderCode · rigging.import.creditCode: Invalid credit code"), text);
  }
}
