package cn.ggzy.server.application.internal.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.DocumentReviews;
import cn.ggzy.server.application.internal.TestOfficers;
import cn.ggzy.server.domain.model.AccessDeniedException;
import cn.ggzy.server.domain.model.ConcurrentChangeException;
import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.NotFoundException;
import cn.ggzy.server.domain.model.StateConflictException;
import cn.ggzy.server.domain.model.account.Login;
import cn.ggzy.server.domain.model.account.Role;
import cn.ggzy.server.domain.model.review.RuleBook;
import cn.ggzy.server.domain.model.review.RuleBookRefusedException;
import cn.ggzy.server.infrastructure.persistence.mongo.TestContainer;
import cn.ggzy.tenants.RegionCode;
import cn.ggzy.tenants.TenantId;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The review of a document from upload to rectification, the scope of departments, and the rule book's versions. */
class DocumentReviewsTest {
  private static final AtomicInteger N = new AtomicInteger();
  private static final String DOCUMENT = """
      第一章 招标公告
      1. 本项目采用综合评估法。
      2. 投标人须在本市设立分公司。
      3. 投标保证金为人民币伍拾万元整。
      \f第二章 投标人须知
      4. 电梯须采用三菱品牌。
      5. 投标人应当具有类似工程业绩。
      """;
  private final DocumentReviews reviews = TestContainer.get(DocumentReviews.class);
  private final TenantId jtj = TenantId.of("421181-jtj");

  private Caller officer(TenantId tenant, Role role) {
    return TestOfficers.signedIn(tenant, "review-" + N.incrementAndGet(), "审查员", role);
  }

  private DocumentReviews.Detail upload(Caller caller, String text) {
    return reviews.upload(caller, new DocumentReviews.Upload("MC-" + N.incrementAndGet(), "G230 改建工程", "一标段",
        "麻城市交通运输局", "湖北某招标代理有限公司", new BigDecimal("20000000"), null, "招标文件.txt",
        text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void aDocumentIsReviewedDecidedNoticedAndRectified() throws IOException {
    Caller officer = officer(jtj, Role.DEPARTMENT_OFFICER);
    DocumentReviews.Detail d = upload(officer, DOCUMENT);
    assertEquals(List.of("region.local-entity", "bond.bid-bond-ratio", "brand.designated"),
        d.findings().stream().map(DocumentReviews.FindingView::ruleId).toList());
    DocumentReviews.FindingView branch = d.findings().get(0);
    assertEquals(List.of(1, 3), List.of(branch.page(), branch.paragraph()));
    assertEquals("在本市设立分公司", branch.clause().substring(branch.spans().get(0).start(), branch.spans().get(0).end()));
    assertEquals("500000 元 > 400000 元 (2% estimate)", d.findings().get(1).measured(), "2 % of the 2000万 estimate");
    assertEquals(2, d.findings().get(2).page());
    assertEquals(2, d.files().get(0).pages());
    assertThrows(StateConflictException.class, () -> reviews.issueNotice(officer, d.id()), "findings undecided");

    reviews.confirm(officer, d.id(), 1);
    reviews.confirm(officer, d.id(), 2);
    assertEquals("review.finding.reason", assertThrows(DomainException.class,
        () -> reviews.dismiss(officer, d.id(), 3, " ")).code());
    DocumentReviews.Detail decided = reviews.dismiss(officer, d.id(), 3, "已注明或相当于，见附件");
    assertEquals("AWAITING_NOTICE", decided.state());

    DocumentReviews.Detail noticed = reviews.issueNotice(officer, d.id());
    assertEquals(LocalDate.of(2026, 11, 23), noticed.rectification().dueDate(), "5 working days after Mon 16 Nov");
    assertEquals("麻城市交通运输局、湖北某招标代理有限公司", noticed.rectification().addressees());
    String pdf = text(reviews.notice(officer, d.id()));
    assertTrue(pdf.contains("招标文件整改通知书") && pdf.contains("投标人须在本市设立分公司")
        && pdf.contains("招标投标法实施条例第二十六条") && pdf.contains("2026年11月23日"), pdf);
    assertFalse(pdf.contains("电梯须采用三菱品牌"), "a dismissed finding is not in the notice");
    assertThrows(StateConflictException.class, () -> reviews.confirm(officer, d.id(), 3));

    DocumentReviews.Detail still = reviews.correct(officer, d.id(), "修改稿.txt",
        DOCUMENT.replace("伍拾万元", "叁拾万元").getBytes(StandardCharsets.UTF_8));
    assertFalse(still.rectification().rectified());
    assertEquals(List.of("region.local-entity"), still.rectification().remaining());
    DocumentReviews.Detail done = reviews.correct(officer, d.id(), "修改稿2.txt", DOCUMENT.replace("伍拾万元", "叁拾万元")
        .replace("投标人须在本市设立分公司。", "中标人应在项目所在地设立项目部。").getBytes(StandardCharsets.UTF_8));
    assertTrue(done.rectification().rectified());
    assertEquals("RECTIFIED", done.state());
    assertEquals(3, done.files().size());
  }

  @Test
  void aDepartmentSeesItsOwnReviewsAndTheOfficeSeesTheRegions() {
    Caller officer = officer(jtj, Role.DEPARTMENT_OFFICER);
    DocumentReviews.Detail d = upload(officer, DOCUMENT);
    Caller other = officer(TenantId.of("421181-zjj"), Role.DEPARTMENT_HEAD);
    assertThrows(NotFoundException.class, () -> reviews.find(other, d.id()));
    assertThrows(NotFoundException.class, () -> reviews.confirm(other, d.id(), 1));
    assertTrue(reviews.list(other, 0, 200).items().stream().noneMatch(s -> s.id().equals(d.id())));
    Caller office = officer(TenantId.of("421181-jgb"), Role.OFFICE_OFFICER);
    assertEquals("交通运输局", reviews.find(office, d.id()).departmentName().replace("麻城市", ""));
    Caller admin = new Caller(new Login("admin"), jtj, Set.of(Role.SYSTEM_ADMIN), "管理员");
    assertThrows(AccessDeniedException.class, () -> reviews.list(admin, 0, 10));
  }

  @Test
  void filesThatCannotBeReviewedAreRefusedWithTheirReason() {
    Caller officer = officer(jtj, Role.DEPARTMENT_OFFICER);
    assertEquals("review.file.type", assertThrows(DomainException.class, () -> reviews.upload(officer,
        new DocumentReviews.Upload("P1", "项目", "", "招标人", "", null, null, "a.exe", new byte[] {1}))).code());
    assertEquals("review.project.employer", assertThrows(DomainException.class, () -> reviews.upload(officer,
        new DocumentReviews.Upload("P1", "项目", "", " ", "", null, null, "a.txt", new byte[] {'a'}))).code());
  }

  @Test
  void theOfficeSavesRuleBookVersionsOnlyWhenEveryRuleStillPassesItsExamples() {
    RegionCode region = TestOfficers.newRegion();
    TenantId office = TenantId.of(region.value() + "-jgb");
    Caller keeper = officer(office, Role.OFFICE_LEADER);
    DocumentReviews.RuleBookView shipped = reviews.ruleBook(keeper);
    int from = shipped.version();
    String broken = shipped.text().replace("example+ = 投标人须在麻城市设立分公司。", "example+ = 本项目采用综合评估法。");
    RuleBookRefusedException e = assertThrows(RuleBookRefusedException.class,
        () -> reviews.saveRuleBook(keeper, broken, from, "试改"));
    assertTrue(e.detail().contains("region.local-entity does not find its example+"), e.detail());

    String stricter = shipped.text().replace("[bond.unlawful-deposit]\nversion = 1\n",
        "[bond.unlawful-deposit]\nversion = 2\n").replace("match = 诚信保证金|", "match = 农民工工资预储金|诚信保证金|")
        .replace("example+ = 中标人须缴纳安全文明施工保证金20万元。", "example+ = 中标人须缴纳安全文明施工保证金20万元。\n"
            + "example+ = 中标人须缴纳农民工工资预储金50万元。");
    assertTrue(stricter.contains("version = 2") && stricter.contains("预储金50万元"));
    DocumentReviews.RuleBookView saved = reviews.saveRuleBook(keeper, stricter, from, "本地新增预储金规则");
    assertEquals(from + 1, saved.version());
    assertEquals(saved.version(), saved.history().get(0).version());
    assertThrows(ConcurrentChangeException.class, () -> reviews.saveRuleBook(keeper, stricter, from, "再次保存"));
    assertThrows(AccessDeniedException.class, () -> reviews.saveRuleBook(officer(TenantId.of(region.value() + "-jtj"),
        Role.DEPARTMENT_HEAD), stricter, saved.version(), "部门无权修改"));
    assertEquals(RuleBook.standard().rules().size(), saved.rules());
  }

  @Test
  void aDocumentIsComparedWithTheRegionsModelText() {
    Caller keeper = officer(TenantId.of("421181-jgb"), Role.OFFICE_OFFICER);
    DocumentReviews.ModelTextView model = reviews.importModelText(keeper, "湖北省标准施工招标文件（测试）", "范本.txt",
        DOCUMENT.replace("2. 投标人须在本市设立分公司。\n", "").replace("伍拾万元整", "贰拾万元整")
            .getBytes(StandardCharsets.UTF_8));
    assertTrue(reviews.modelTexts(officer(jtj, Role.DEPARTMENT_OFFICER)).stream().anyMatch(m -> m.id().equals(model.id())));
    Caller officer = officer(jtj, Role.DEPARTMENT_OFFICER);
    DocumentReviews.Detail d = upload(officer, DOCUMENT);
    DocumentReviews.Comparison c = reviews.compare(officer, d.id(), model.id());
    assertEquals(List.of(1, 1, 0), List.of(c.changed(), c.added(), c.removed()), c.toString());
    assertEquals("2. 投标人须在本市设立分公司。", c.deviations().stream().filter(v -> v.kind().equals("ADDED"))
        .findFirst().orElseThrow().clause());
    assertThrows(AccessDeniedException.class, () -> reviews.importModelText(officer, "部门范本", "a.txt",
        new byte[] {'a'}));
    assertThrows(NotFoundException.class, () -> reviews.compare(officer, d.id(), "MT-NONE"));
  }

  private static String text(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc).replaceAll("[\\s\u3000]+", "");
    }
  }
}
