package cn.ggzy.webui.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.application.AuditTrail.AuditEntryView;
import cn.ggzy.server.application.AuditVerification.ChainReport;
import cn.ggzy.server.domain.model.audit.ChainBreak;
import cn.ggzy.tenants.TenantId;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.text.MessageFormat;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class VerificationResultsTest {
  private static final TenantId ZJJ = TenantId.of("421181-zjj");
  private static final TenantId JTJ = TenantId.of("421181-jtj");
  private static final Map<String, String> ZH = Map.of("audit.verify.checked", "已校验 {0} 条",
      "audit.verify.brokenAt", "第 {0} 条：");

  private static String line(VerificationResults results, TenantId tenant) {
    Component line = results.getChildren().filter(c -> c.getId().orElse("").equals("audit-verification-" + tenant))
        .findFirst().orElseThrow();
    return line.getChildren().map(c -> ((Span) c).getText()).collect(Collectors.joining(" | "));
  }

  @Test
  void eachDepartmentShowsWhatWasCheckedAndWhereItsChainBreaks() {
    VerificationResults results = new VerificationResults(
        (key, params) -> new MessageFormat(ZH.get(key), Locale.SIMPLIFIED_CHINESE).format(params),
        Locale.SIMPLIFIED_CHINESE);
    results.show(List.of(new ChainReport(ZJJ, 120, null),
            new ChainReport(JTJ, 17, new ChainBreak(17, ChainBreak.Kind.ENTRY_DELETED))),
        t -> t.equals(ZJJ) ? "市住房和城乡建设局" : "市交通运输局");

    assertEquals("市住房和城乡建设局 | 已校验 120 条 | 完整，未发现篡改", line(results, ZJJ));
    assertEquals("市交通运输局 | 已校验 17 条 | 第 17 条： 记录被删除", line(results, JTJ));
  }

  @Test
  void theBreakIsNamedInEnglishToo() {
    VerificationResults results = new VerificationResults((key, params) -> "Entry " + params[0] + ":", Locale.ENGLISH);
    String text = results.result(new ChainReport(JTJ, 5, new ChainBreak(5, ChainBreak.Kind.CONTENT_CHANGED)));
    assertTrue(text.startsWith("Entry 5: Content changed"), text);
  }

  @Test
  void aChangeShowsTheStateBeforeAndAfter() {
    Instant at = Instant.parse("2026-03-02T08:00:00Z");
    assertEquals("status=RECEIVED → status=ACCEPTED", AuditEntryGrid.change(
        new AuditEntryView(3, at, "li.si", "case.accepted", "case:1", null, "status=RECEIVED", "status=ACCEPTED")));
    assertEquals("— → due=2026-03-20", AuditEntryGrid.change(
        new AuditEntryView(4, at, "li.si", "case.extended", "case:1", null, null, "due=2026-03-20")));
    assertEquals("", AuditEntryGrid.change(new AuditEntryView(5, at, "li.si", "login", "account:li.si", null, null, null)));
    assertEquals("2026-03-02 16:00:00", AuditEntryGrid.TIME.format(at), "times in Asia/Shanghai");
  }
}
