package cn.ggzy.webui.projects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.application.ProjectRegister.ImportResult;
import cn.ggzy.server.application.ProjectRegister.RejectedLine;
import cn.ggzy.webui.cases.InAUi;
import cn.ggzy.webui.cases.UiTexts;
import cn.ggzy.webui.i18n.Language;
import cn.ggzy.webui.projects.RegisterFiles.Kind;
import com.vaadin.flow.component.html.Div;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The register's import: the exact headers and their templates, a file (UTF-8 or GB18030) or pasted
 * text, a refusal of the whole file where the content came from, and the report with a table of the
 * lines not taken, their reasons in the reader's language.
 */
@ExtendWith(InAUi.class)
class RegisterImportTest {
  static final String APPROVALS = "approvalNumber,projectCode,projectName,employer,approvedOn,method,organisation,"
      + "mandatory,plannedTenderDate,contractKind,contractName,contractEstimate";
  static final String TENDERS = "projectCode,sectionCode,sectionName,contractKind,method,organisation,announcedOn,estimate";
  private final List<String> sent = new ArrayList<>();

  private RegisterImportForm form() {
    RegisterImportForm form = new RegisterImportForm(UiTexts.chinese());
    form.onImport((kind, csv) -> sent.add(kind + "|" + csv));
    return form;
  }

  @Test
  void theHeadersAreExactlyWhatTheRegisterReadsAndTheTemplatesHoldThem() {
    assertEquals(APPROVALS, Kind.APPROVALS.header());
    assertEquals(TENDERS, Kind.TENDERS.header());
    assertEquals(APPROVALS + "\r\n", new String(Kind.APPROVALS.template(), StandardCharsets.UTF_8));
    assertEquals(TENDERS + "\r\n", new String(Kind.TENDERS.template(), StandardCharsets.UTF_8));
    for (Kind k : Kind.values()) {
      assertTrue(k.sample().startsWith(k.header() + "\n"), k + " sample");
    }
    RegisterImportForm form = form();
    assertEquals("第一行必须是表头：" + APPROVALS, form.header.getText());
    assertTrue(form.templates.get(Kind.APPROVALS).isVisible());
    assertFalse(form.templates.get(Kind.TENDERS).isVisible());
    assertTrue(form.templates.get(Kind.APPROVALS).getElement().hasAttribute("download"));
    form.kind.setValue(Kind.TENDERS);
    assertEquals("第一行必须是表头：" + TENDERS, form.header.getText());
    assertTrue(form.templates.get(Kind.TENDERS).isVisible());
    assertFalse(form.templates.get(Kind.APPROVALS).isVisible());
    assertTrue(form.sample.getText().startsWith(TENDERS));
  }

  @Test
  void aChosenFileIsImportedInPlaceOfPastedText() {
    RegisterImportForm form = form();
    form.text.setValue("pasted");
    String csv = APPROVALS + "\n甲,MC-1,工程,业主,2026-03-15,公开招标,委托招标,是,2026-06-30,施工,管网施工,4500000\n";
    form.received("登记.csv", ("\uFEFF" + csv).getBytes(StandardCharsets.UTF_8));
    assertEquals("", form.text.getValue(), "the pasted text gives way to the file");
    assertEquals("将导入文件：登记.csv（1 KB）", form.chosen.getText());
    form.submit.click();
    assertEquals(List.of("APPROVALS|" + csv.strip()), sent, "without the byte-order mark and the last line break");
    form.imported(true);
    assertFalse(form.hasFile());
    assertFalse(form.chosen.isVisible());
  }

  @Test
  void pastedTextIsSentWithoutItsTrailingBlankLinesAndKeptWhenLinesWereRejected() {
    RegisterImportForm form = form();
    form.kind.setValue(Kind.TENDERS);
    String line = "MC-1,S1,一标段,施工,公开招标,委托招标,2026-07-10,4500000";
    form.text.setValue(TENDERS + "\n" + line + "\n\n");
    form.submit.click();
    assertEquals(List.of("TENDERS|" + TENDERS + "\n" + line), sent);
    form.imported(false);
    assertEquals(TENDERS + "\n" + line + "\n\n", form.text.getValue(), "kept to be corrected");
    form.imported(true);
    assertEquals("", form.text.getValue());
  }

  @Test
  void aChineseSpreadsheetsFileIsReadAsGb18030() {
    String csv = APPROVALS + "\n麻发改审批〔2026〕12号,MC-1,城区供水管网改造工程";
    assertEquals(csv, RegisterFiles.text(csv.getBytes(Charset.forName("GB18030"))));
    assertEquals(csv, RegisterFiles.text(csv.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void nothingToImportAndARefusedFileAreShownWhereTheContentCameFrom() {
    RegisterImportForm form = form();
    form.submit.click();
    assertEquals(List.of(), sent);
    assertTrue(form.text.isInvalid());
    assertEquals("请选择 CSV 文件或粘贴 CSV 内容", form.text.getErrorMessage());

    form.text.setValue("a,b\n1,2");
    form.submit.click();
    assertTrue(form.showFieldError("file", "表头与模板不一致，请使用下载的模板"));
    assertTrue(form.text.isInvalid());
    assertEquals("表头与模板不一致，请使用下载的模板", form.text.getErrorMessage());
    form.failed();
    assertEquals("a,b\n1,2", form.text.getValue(), "the text stays to be corrected");

    form.received("坏.csv", "a,b".getBytes(StandardCharsets.UTF_8));
    form.submit.click();
    assertTrue(form.showFieldError("file", "文件不是有效的 CSV（UTF-8，逗号分隔）"));
    assertTrue(form.fileError.isVisible());
    assertEquals("文件不是有效的 CSV（UTF-8，逗号分隔）", form.fileError.getText());
    assertFalse(form.showFieldError("reason", "x"));
  }

  @Test
  void theReportCountsWhatWasTakenAndTablesTheRejectedLines() {
    ImportResult r = new ImportResult(4, 1, 0, List.of(
        new RejectedLine(3, "project.csv.approvedOn", "请填写审批日期（如 2026-03-15）",
            "Enter the approval date (e.g. 2026-03-15)", "approvedOn"),
        new RejectedLine(5, "project.csv.contractKind", "合同类别须为 施工、货物 或 服务",
            "The contract kind is construction, goods or services (施工, 货物, 服务)", "contractKind")));
    Div report = RegisterImportReport.build(Kind.APPROVALS, r, UiTexts.chinese(), Language.CHINESE);
    String text = report.getElement().getTextRecursively();
    for (String expected : List.of("收到 4 行：导入项目 1 个，未导入 2 行", "未导入的行（2 行）", "行号", "原因", "列",
        "请填写审批日期（如 2026-03-15）", "approvedOn", "contractKind")) {
      assertTrue(text.contains(expected), expected + " missing in " + text);
    }
    String html = report.getElement().getOuterHTML();
    assertTrue(html.contains("<table") && html.contains("data-line=\"3\"") && html.contains("data-line=\"5\""), html);
    assertEquals("2", report.getElement().getAttribute("data-rejected"));

    String english = RegisterImportReport.build(Kind.APPROVALS, r, UiTexts.english(), Language.ENGLISH)
        .getElement().getTextRecursively();
    assertTrue(english.contains("4 lines received: 1 project imported, 2 lines not imported")
        && english.contains("Enter the approval date (e.g. 2026-03-15)") && !english.contains("请填写审批日期"), english);

    String tenders = RegisterImportReport.build(Kind.TENDERS, new ImportResult(2, 1, 2, List.of()),
        UiTexts.chinese(), Language.CHINESE).getElement().getTextRecursively();
    assertTrue(tenders.contains("收到 2 行：导入招标记录 2 条（1 个项目），未导入 0 行"), tenders);
    assertFalse(tenders.contains("行号"), "no table without rejected lines");
  }
}
