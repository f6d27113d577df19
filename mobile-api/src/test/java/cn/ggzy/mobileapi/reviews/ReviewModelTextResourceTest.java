package cn.ggzy.mobileapi.reviews;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.ggzy.mobileapi.CallerResolver;
import cn.ggzy.mobileapi.ResourceTests;
import cn.ggzy.mobileapi.reviews.DocumentReviewBodies.ReviewComparison;
import cn.ggzy.mobileapi.reviews.DocumentReviewBodies.ReviewDeviation;
import cn.ggzy.mobileapi.reviews.DocumentReviewBodies.ReviewModelText;
import cn.ggzy.mobileapi.reviews.DocumentReviewBodies.ReviewWordChange;
import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.DocumentReviews;
import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.account.Login;
import cn.ggzy.server.domain.model.account.Role;
import cn.ggzy.tenants.TenantId;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Model texts (范本): the office's import reaches the port with the name, the file name and the bytes;
 * the list and a review's comparison are answered field for field under the API's own names.
 */
class ReviewModelTextResourceTest {
  private static final Caller OFFICE = new Caller(new Login("jgb.rules"), TenantId.of("421181-jgb"),
      Set.of(Role.OFFICE_OFFICER), "监管办规则维护");
  private static final Instant AT = Instant.parse("2026-12-14T02:00:00Z");
  private static final String BOUNDARY = "----ModelTextBoundary7a1";
  private static final DocumentReviews.ModelTextView MODEL = new DocumentReviews.ModelTextView("MT-5B0E93C1D2A4",
      "湖北省房屋建筑和市政工程标准施工招标文件（2024年版）", "标准施工招标文件范本.txt", 4, "jgb.rules", AT);
  private static final DocumentReviews.Comparison COMPARISON = new DocumentReviews.Comparison("DR-3F9A0C21B7E45D10",
      MODEL.id(), MODEL.name(), "修改稿.txt", 1, 1, 0, List.of(
          new DocumentReviews.DeviationView("CHANGED", 1, 4, "3. 投标保证金为人民币伍拾万元整。", 1, 4,
              "3. 投标保证金为人民币贰拾万元整。", 0.75, List.of(new DocumentReviews.WordChangeView("KEPT", "投标保证金为人民币"),
                  new DocumentReviews.WordChangeView("REMOVED", "贰拾万"), new DocumentReviews.WordChangeView("ADDED",
                      "伍拾万"), new DocumentReviews.WordChangeView("KEPT", "元整"))),
          new DocumentReviews.DeviationView("ADDED", 2, 1, "4. 投标人须在本市设立分公司。", 0, 0, null, 0,
              List.of(new DocumentReviews.WordChangeView("ADDED", "4. 投标人须在本市设立分公司。")))));

  private final List<String> calls = new ArrayList<>();
  private final ReviewModelTextResource models = new ReviewModelTextResource();
  private final DocumentReviewResource resource = new DocumentReviewResource();

  ReviewModelTextResourceTest() {
    CallerResolver callers = ResourceTests.resolving(OFFICE);
    DocumentReviews port = new Port();
    models.callers = callers;
    models.reviews = port;
    resource.callers = callers;
    resource.reviews = port;
  }

  /** The port's model-text calls, noted with their arguments; the review's other calls are not made here. */
  private final class Port extends RefusingReviews {
    @Override
    public ModelTextView importModelText(Caller caller, String name, String fileName, byte[] content) {
      calls.add("import " + caller.login().value() + " " + name + " " + fileName + " "
          + new String(content, StandardCharsets.UTF_8));
      return MODEL;
    }

    @Override
    public List<ModelTextView> modelTexts(Caller caller) {
      calls.add("list " + caller.login().value());
      return List.of(MODEL);
    }

    @Override
    public Comparison compare(Caller caller, String reviewId, String modelTextId) {
      calls.add("compare " + reviewId + " " + modelTextId);
      return COMPARISON;
    }
  }

  private static ByteArrayInputStream form(String name, String fileName, String content) {
    String body = (name == null ? "" : "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\n"
        + name + "\r\n") + "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
        + fileName + "\"\r\nContent-Type: text/plain\r\n\r\n" + content + "\r\n--" + BOUNDARY + "--\r\n";
    return new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void anImportReachesThePortWithTheNameTheFileNameAndTheBytes() {
    ReviewModelText imported = models.imported("multipart/form-data; boundary=" + BOUNDARY,
        form("湖北省房屋建筑和市政工程标准施工招标文件（2024年版）", "C:\\\\fakepath\\\\标准施工招标文件范本.txt", "1. 本项目采用综合评估法。"));
    assertEquals(List.of("import jgb.rules 湖北省房屋建筑和市政工程标准施工招标文件（2024年版） 标准施工招标文件范本.txt 1. 本项目采用综合评估法。"),
        calls);
    assertEquals(new ReviewModelText("MT-5B0E93C1D2A4", "湖北省房屋建筑和市政工程标准施工招标文件（2024年版）", "标准施工招标文件范本.txt", 4,
        "jgb.rules", AT), imported);
  }

  @Test
  void anImportWithoutANameLeavesTheRefusalToThePortAndWithoutAFileIsRefusedAtTheFile() {
    models.imported("multipart/form-data; boundary=" + BOUNDARY, form(null, "范本.txt", "正文"));
    assertEquals(List.of("import jgb.rules null 范本.txt 正文"), calls);
    String onlyName = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\n范本\r\n--" + BOUNDARY
        + "--\r\n";
    DomainException e = assertThrows(DomainException.class, () -> models.imported("multipart/form-data; boundary="
        + BOUNDARY, new ByteArrayInputStream(onlyName.getBytes(StandardCharsets.UTF_8))));
    assertEquals("review.file.empty", e.code());
    assertEquals("file", e.field());
    assertEquals(1, calls.size(), "nothing more reached the port: " + calls);
  }

  @Test
  void theListIsTheRegionsModelTexts() {
    assertEquals(List.of(ReviewModelText.of(MODEL)), models.list());
    assertEquals(List.of("list jgb.rules"), calls);
  }

  @Test
  void aComparisonIsAnsweredWithItsCountsAndTheWordChanges() {
    ReviewComparison c = resource.compare("DR-3F9A0C21B7E45D10", "MT-5B0E93C1D2A4");
    assertEquals(List.of("compare DR-3F9A0C21B7E45D10 MT-5B0E93C1D2A4"), calls);
    assertEquals(List.of(1, 1, 0), List.of(c.changed(), c.added(), c.removed()));
    assertEquals("修改稿.txt", c.fileName());
    ReviewDeviation changed = c.deviations().get(0);
    assertEquals("CHANGED", changed.kind());
    assertEquals("3. 投标保证金为人民币贰拾万元整。", changed.modelClause());
    assertEquals(0.75, changed.similarity());
    assertEquals(List.of(new ReviewWordChange("KEPT", "投标保证金为人民币"), new ReviewWordChange("REMOVED", "贰拾万"),
        new ReviewWordChange("ADDED", "伍拾万"), new ReviewWordChange("KEPT", "元整")), changed.changes());
    ReviewDeviation added = c.deviations().get(1);
    assertEquals(List.of(0, 0), List.of(added.modelPage(), added.modelParagraph()));
    assertNull(added.modelClause());
  }

  @Test
  void aComparisonNeedsAModelText() {
    for (String none : Arrays.asList(null, " ")) {
      DomainException e = assertThrows(DomainException.class, () -> resource.compare("DR-1", none));
      assertEquals("request.invalid", e.code());
      assertEquals("modelTextId", e.field());
    }
    assertEquals(List.of(), calls);
  }

  @Test
  void theBodiesHaveThePortsFieldsUnderTheirOwnNames() {
    List<Class<?>[]> pairs = List.of(new Class<?>[] {DocumentReviews.ModelTextView.class, ReviewModelText.class},
        new Class<?>[] {DocumentReviews.Comparison.class, ReviewComparison.class},
        new Class<?>[] {DocumentReviews.DeviationView.class, ReviewDeviation.class},
        new Class<?>[] {DocumentReviews.WordChangeView.class, ReviewWordChange.class});
    ResourceTests.sameFields(pairs);
  }
}
