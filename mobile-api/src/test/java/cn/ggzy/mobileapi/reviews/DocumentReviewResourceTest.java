package cn.ggzy.mobileapi.reviews;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.mobileapi.CallerResolver;
import cn.ggzy.mobileapi.ResourceTests;
import cn.ggzy.mobileapi.reviews.DocumentReviewBodies.ClauseSpan;
import cn.ggzy.mobileapi.reviews.DocumentReviewBodies.DocumentReviewDetail;
import cn.ggzy.mobileapi.reviews.DocumentReviewBodies.DocumentReviewFinding;
import cn.ggzy.mobileapi.reviews.DocumentReviewBodies.DocumentReviewPage;
import cn.ggzy.mobileapi.reviews.DocumentReviewBodies.FindingDismissalRequest;
import cn.ggzy.mobileapi.reviews.DocumentReviewBodies.ReviewRuleBook;
import cn.ggzy.mobileapi.reviews.DocumentReviewBodies.RuleBookSaveRequest;
import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.DocumentReviews;
import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.account.Login;
import cn.ggzy.server.domain.model.account.Role;
import cn.ggzy.tenants.TenantId;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The review endpoints hand the resolved caller and the request to the port and answer its views
 * field for field under the API's own names.
 */
class DocumentReviewResourceTest {
  private static final Caller OFFICER = new Caller(new Login("jtj.review"), TenantId.of("421181-jtj"),
      Set.of(Role.DEPARTMENT_OFFICER), "交通审查员");
  private static final Instant AT = Instant.parse("2026-12-14T02:00:00Z");
  private static final DocumentReviews.FindingView FINDING = new DocumentReviews.FindingView(1, 1, 3, 2,
      "2. 投标人须在本市设立分公司。", List.of(new DocumentReviews.SpanView(7, 15)), "region.local-entity", 1, "region", "HIGH",
      "要求在本地注册或设立分支机构", "Requires local registration or a local branch", "招标投标法第六条", "Tendering Law art. 6",
      "删除对注册地、分支机构的要求", "Remove the requirement", "", "CONFIRMED", "jtj.review", AT, null);
  private static final DocumentReviews.Detail DETAIL = new DocumentReviews.Detail("DR-3F9A0C21B7E45D10", "421181-jtj",
      "麻城市交通运输局", "MC-2026-G230", "G230 麻城段改建工程", "一标段", "麻城市交通运输局", "湖北某招标代理有限公司",
      new BigDecimal("20000000"), null, "NOTICE_ISSUED",
      List.of(new DocumentReviews.FileView("招标文件.txt", 120, "ab12", 2, 6, 5, 0, "jtj.review", AT)),
      List.of(FINDING), new DocumentReviews.RectificationView("审查整改〔2026〕3F9A0C21号", "麻城市交通运输局、湖北某招标代理有限公司",
          "jtj.review", AT, LocalDate.of(2026, 12, 21), false, false, null, List.of("region.local-entity")), 4);

  private final List<String> calls = new ArrayList<>();
  private final DocumentReviewResource resource = new DocumentReviewResource();
  private final ReviewRuleResource rules = new ReviewRuleResource();

  DocumentReviewResourceTest() {
    CallerResolver callers = ResourceTests.resolving(OFFICER);
    DocumentReviews port = new Port();
    resource.callers = callers;
    resource.reviews = port;
    rules.callers = callers;
    rules.reviews = port;
  }

  /** The port as the faces see it, answering fixed views and noting each call with its arguments. */
  private final class Port extends RefusingReviews {
    @Override
    public Page list(Caller caller, int offset, int limit) {
      calls.add("list " + caller.login().value() + " " + offset + " " + limit);
      return new Page(List.of(new Summary(DETAIL.id(), "421181-jtj", "麻城市交通运输局", "MC-2026-G230", "G230 麻城段改建工程",
          "一标段", "招标文件.txt", "UNDER_REVIEW", 3, 1, 2, AT)), 41, offset, limit);
    }

    @Override
    public Detail find(Caller caller, String id) {
      calls.add("find " + id);
      return DETAIL;
    }

    @Override
    public Detail confirm(Caller caller, String id, int finding) {
      calls.add("confirm " + id + " " + finding);
      return DETAIL;
    }

    @Override
    public Detail dismiss(Caller caller, String id, int finding, String reason) {
      calls.add("dismiss " + id + " " + finding + " " + reason);
      return DETAIL;
    }

    @Override
    public Detail issueNotice(Caller caller, String id) {
      calls.add("notice " + id);
      return DETAIL;
    }

    @Override
    public Detail correct(Caller caller, String id, String fileName, byte[] content) {
      calls.add("correct " + id + " " + fileName + " " + new String(content, StandardCharsets.UTF_8));
      return DETAIL;
    }

    @Override
    public RuleBookView ruleBook(Caller caller) {
      return new RuleBookView(1, "[region.local-entity]\n", 43, "jgb.rules", AT,
          List.of(new RuleBookVersion(1, "jgb.rules", AT, "新增农民工工资预储金规则")));
    }

    @Override
    public RuleBookView saveRuleBook(Caller caller, String text, int editedFrom, String note) {
      calls.add("save " + editedFrom + " " + note);
      return ruleBook(caller);
    }
  }

  @Test
  void aReviewIsAnsweredFieldForField() {
    DocumentReviewDetail d = resource.find("DR-3F9A0C21B7E45D10");
    assertEquals(List.of("find DR-3F9A0C21B7E45D10"), calls);
    assertEquals(DETAIL.id(), d.id());
    assertEquals(new BigDecimal("20000000"), d.estimate());
    assertNull(d.contractAmount());
    assertEquals("招标文件.txt", d.files().get(0).fileName());
    assertEquals(5, d.files().get(0).clauses());
    DocumentReviewFinding f = d.findings().get(0);
    assertEquals(List.of(new ClauseSpan(7, 15)), f.spans());
    assertEquals("在本市设立分公司", f.clause().substring(f.spans().get(0).start(), f.spans().get(0).end()));
    assertEquals(List.of("region.local-entity", "HIGH", "Tendering Law art. 6", "CONFIRMED"),
        List.of(f.ruleId(), f.severity(), f.basisEn(), f.state()));
    assertEquals(LocalDate.of(2026, 12, 21), d.rectification().dueDate());
    assertEquals(List.of("region.local-entity"), d.rectification().remaining());
    assertEquals(4, d.version());
  }

  @Test
  void theBodiesHaveThePortsFieldsUnderTheirOwnNames() {
    List<Class<?>[]> pairs = List.of(new Class<?>[] {DocumentReviews.Detail.class, DocumentReviewDetail.class},
        new Class<?>[] {DocumentReviews.Summary.class, DocumentReviewBodies.DocumentReviewSummary.class},
        new Class<?>[] {DocumentReviews.Page.class, DocumentReviewPage.class},
        new Class<?>[] {DocumentReviews.FindingView.class, DocumentReviewFinding.class},
        new Class<?>[] {DocumentReviews.SpanView.class, ClauseSpan.class},
        new Class<?>[] {DocumentReviews.FileView.class, DocumentReviewBodies.DocumentReviewFile.class},
        new Class<?>[] {DocumentReviews.RectificationView.class, DocumentReviewBodies.DocumentReviewNotice.class},
        new Class<?>[] {DocumentReviews.RuleBookView.class, ReviewRuleBook.class},
        new Class<?>[] {DocumentReviews.RuleBookVersion.class, DocumentReviewBodies.ReviewRuleBookVersion.class});
    ResourceTests.sameFields(pairs);
  }

  @Test
  void theListPagesAsAsked() {
    DocumentReviewPage page = resource.list(20, 10);
    assertEquals(List.of("list jtj.review 20 10"), calls);
    assertEquals(41, page.total());
    assertEquals("UNDER_REVIEW", page.items().get(0).state());
    assertEquals(2, page.items().get(0).confirmed());
  }

  @Test
  void decisionsAndTheNoticeReachThePortWithTheFindingsNumber() {
    resource.confirm("DR-1", 1);
    resource.dismiss("DR-1", 3, new FindingDismissalRequest("已注明“或相当于”"));
    resource.dismiss("DR-1", 2, null);
    resource.issueNotice("DR-1");
    assertEquals(List.of("confirm DR-1 1", "dismiss DR-1 3 已注明“或相当于”", "dismiss DR-1 2 null", "notice DR-1"), calls);
  }

  @Test
  void aCorrectedDocumentArrivesWithItsName() {
    String boundary = "b0undary";
    String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"修改稿.txt\"\r\n\r\n"
        + "中标人应在项目所在地设立项目部。\r\n--" + boundary + "--\r\n";
    resource.correct("DR-1", "multipart/form-data; boundary=" + boundary,
        new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    assertEquals(List.of("correct DR-1 修改稿.txt 中标人应在项目所在地设立项目部。"), calls);
  }

  @Test
  void theRuleBookIsReadAndSavedFromTheVersionEdited() {
    ReviewRuleBook book = rules.ruleBook();
    assertEquals(1, book.version());
    assertEquals("新增农民工工资预储金规则", book.history().get(0).note());
    rules.save(new RuleBookSaveRequest("[x]\n", 1, "新增规则"));
    assertEquals(List.of("save 1 新增规则"), calls);
    DomainException missing = assertThrows(DomainException.class, () -> rules.save(new RuleBookSaveRequest("[x]\n",
        null, "新增规则")));
    assertEquals("editedFrom", missing.field());
    assertEquals("request.invalid", assertThrows(DomainException.class, () -> rules.save(null)).code());
    assertTrue(calls.size() == 1, "nothing saved after a refusal: " + calls);
  }
}
