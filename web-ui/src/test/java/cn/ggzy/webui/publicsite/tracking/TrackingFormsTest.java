package cn.ggzy.webui.publicsite.tracking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.application.IntakeViews;
import cn.ggzy.server.application.IntakeViews.Author;
import cn.ggzy.server.application.IntakeViews.EvidenceLine;
import cn.ggzy.server.application.IntakeViews.EvidenceRole;
import cn.ggzy.server.application.IntakeViews.Kind;
import cn.ggzy.server.application.IntakeViews.Message;
import cn.ggzy.server.application.IntakeViews.PublicDeadline;
import cn.ggzy.server.application.IntakeViews.PublicDecision;
import cn.ggzy.server.application.IntakeViews.PublicEvent;
import cn.ggzy.server.application.IntakeViews.Tracking;
import cn.ggzy.server.application.IntakeViews.Upload;
import cn.ggzy.server.domain.model.enforcement.CaseStatus;
import cn.ggzy.webui.i18n.Language;
import cn.ggzy.webui.i18n.Texts;
import cn.ggzy.webui.publicsite.PublicDates;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.UI;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The tracking page's parts without a browser: lookup, progress, reply. */
class TrackingFormsTest {
  static final Texts TEXTS = (key, params) -> params.length == 0 ? key : key + Arrays.toString(params);
  static final Instant RECEIVED = Instant.parse("2026-12-01T06:30:00Z");

  @Test
  void theLookupSendsReceiptAndCodeTrimmedAndNeedsBoth() {
    LookupForm form = new LookupForm(TEXTS);
    List<LookupForm.LookupEvent> looked = new ArrayList<>();
    form.addLookupListener(looked::add);
    form.setReceiptNumber("JB4211812026000123");
    form.look.click();
    assertTrue(looked.isEmpty());
    assertTrue(form.code.isInvalid());
    form.code.setValue(" K7QX-93MD ");
    form.look.click();
    assertEquals("JB4211812026000123", looked.get(0).receiptNumber());
    assertEquals("K7QX-93MD", looked.get(0).accessCode());
    form.failed("回执编号或查询码不正确");
    assertEquals("回执编号或查询码不正确", form.status.text());
  }

  @Test
  void progressShowsStatusDeadlineAsTheEndOfTheDayMessagesAndDecision() {
    ProgressPanel panel = new ProgressPanel(TEXTS);
    Tracking t = new Tracking("JB4211812026000123", Kind.REPORT, RECEIVED, false, "麻监立〔2026〕12号",
        CaseStatus.INVESTIGATING, "调查中", "Under investigation", "请提供现场照片的拍摄时间",
        List.of(new PublicDeadline("ACCEPTANCE", Instant.parse("2026-11-20T16:00:00Z"), false, false,
            Instant.parse("2026-11-19T02:00:00Z")),
            new PublicDeadline("COMPLETION", Instant.parse("2026-12-18T16:00:00Z"), false, false)),
        List.of(new PublicEvent(RECEIVED, "received", "已收到", "Received")),
        List.of(new Message("m1", Author.OFFICER, RECEIVED.plusSeconds(3600), "请补充现场照片", List.of())),
        List.of(new EvidenceLine("e1", EvidenceRole.EVIDENCE, "photo.jpg", "image/jpeg", 2048, "ab".repeat(32),
            RECEIVED)),
        new PublicDecision("DISMISSED", "驳回", "Dismissed", "经调查，举报事项不成立。", RECEIVED.plusSeconds(86400),
            RECEIVED.plusSeconds(3 * 86400)));
    panel.show(t, Language.CHINESE);
    assertEquals("调查中", text(panel, "tracking-status"));
    assertEquals("麻监立〔2026〕12号", text(panel, "tracking-case-number"));
    assertEquals("2026年12月18日 24:00", text(panel, "tracking-deadline-completion"));
    assertTrue(text(panel, "tracking-deadline-acceptance").startsWith("2026年11月20日 24:00 · "),
        "a met deadline stays, with when it was met: " + text(panel, "tracking-deadline-acceptance"));
    assertEquals("tracking.supplementRequest[请提供现场照片的拍摄时间]", text(panel, "tracking-supplement-request"));
    assertTrue(all(find(panel, "tracking-message-0").orElseThrow()).anyMatch(c -> "请补充现场照片".equals(textOf(c))));
    assertEquals("驳回", text(panel, "tracking-decision-kind"));
    assertEquals("经调查，举报事项不成立。", text(panel, "tracking-decision-text"));
    assertTrue(text(panel, "tracking-decision-at").contains(
        PublicDates.dateTime(RECEIVED.plusSeconds(86400), Language.CHINESE)), "made when approved, not when served");
    assertTrue(text(panel, "tracking-decision-delivered").contains(
        PublicDates.dateTime(RECEIVED.plusSeconds(3 * 86400), Language.CHINESE)));

    panel.show(t, Language.ENGLISH);
    assertEquals("Under investigation", text(panel, "tracking-status"));
    assertEquals("18 Dec 2026, 24:00", text(panel, "tracking-deadline-completion"));
    assertEquals("Dismissed", text(panel, "tracking-decision-kind"));

    Tracking provisional = new Tracking(t.receiptNumber(), t.kind(), t.receivedAt(), t.late(), t.caseNumber(),
        t.status(), t.statusZh(), t.statusEn(), t.supplementRequest(),
        List.of(new PublicDeadline("COMPLETION", Instant.parse("2027-01-05T16:00:00Z"), false, true)),
        t.timeline(), t.messages(), t.files(), t.decision());
    panel.show(provisional, Language.CHINESE);
    assertEquals("2027年1月5日 24:00 tracking.provisional", text(panel, "tracking-deadline-completion"));
  }

  @Test
  void aDecidedCaseStatesTheRemediesAndOffersTheServedNotices() {
    ProgressPanel panel = new ProgressPanel(TEXTS);
    List<String> asked = new ArrayList<>();
    panel.setNoticeDownloads(kind -> {
      asked.add(kind);
      return event -> { };
    });
    Tracking t = new Tracking("JB4211812026000123", Kind.COMPLAINT, RECEIVED, false, "麻监案〔2026〕12号",
        CaseStatus.DECIDED, "已作出处理决定", "Decided", null, List.of(), List.of(), List.of(), List.of(),
        new PublicDecision("DISMISSED", "驳回投诉", "Complaint dismissed", "经查，投诉缺乏事实根据。",
            RECEIVED.plusSeconds(86400), RECEIVED.plusSeconds(2 * 86400)),
        List.of("ACCEPTANCE", "DECISION"), new IntakeViews.Remedies(60, "麻城市人民政府",
            "Macheng People's Government", 6, "麻城市人民法院", "Macheng People's Court"));
    UI.setCurrent(new UI());
    try {
      panel.show(t, Language.CHINESE);
    } finally {
      UI.setCurrent(null);
    }
    assertEquals("tracking.remedies[60, 麻城市人民政府, 6, 麻城市人民法院]", text(panel, "tracking-remedies"));
    assertTrue(find(panel, "tracking-notice-acceptance").isPresent());
    assertTrue(find(panel, "tracking-notice-decision").isPresent());
    assertEquals(List.of("ACCEPTANCE", "DECISION"), asked);
    panel.setNoticeDownloads(null);
    panel.show(t, Language.ENGLISH);
    assertTrue(text(panel, "tracking-remedies").contains("Macheng People's Court"), text(panel, "tracking-remedies"));
  }

  @Test
  void aReplyNeedsTextOrFilesAndKeepsItsKeyUntilStored() {
    ReplyForm form = new ReplyForm(TEXTS);
    form.supplement().setLimits(new IntakeViews.Limits(1 << 20, 1 << 22, 5, 1 << 20,
        List.of(), 10, 16, List.of(), List.of()));
    form.supplement().setStore((id, name, content) -> new Upload(id, name, 3, 3, true, "image/jpeg", "cd".repeat(32)));
    List<ReplyForm.ReplyEvent> sent = new ArrayList<>();
    form.addReplyListener(sent::add);
    form.send.click();
    assertTrue(sent.isEmpty());
    assertEquals("tracking.reply.empty", form.status.text());

    form.text.setValue("照片拍摄于11月28日上午");
    form.send.click();
    form.failed("filing.unavailable");
    form.send.click();
    assertEquals(2, sent.size());
    assertEquals(sent.get(0).input().idempotencyKey(), sent.get(1).input().idempotencyKey(),
        "sending again after a failure is the same reply");
    assertEquals("照片拍摄于11月28日上午", sent.get(0).input().text());

    form.sent("tracking.reply.sent");
    assertEquals("", form.text.getValue());
    form.supplement().receiveNow("现场.jpg", 3, new ByteArrayInputStream(new byte[3]), Language.CHINESE);
    form.send.click();
    assertNotEquals(sent.get(0).input().idempotencyKey(), sent.get(2).input().idempotencyKey());
    assertNull(sent.get(2).input().text(), "a 补正 without words is fine");
    assertEquals(1, sent.get(2).input().uploadIds().size());
    assertFalse(form.showFieldError("proof", "x"));
    assertTrue(form.showFieldError("uploadIds[0]", "附件不存在"));
  }

  private static String text(Component root, String id) {
    return find(root, id).map(TrackingFormsTest::textOf).orElse("(absent)");
  }

  private static String textOf(Component c) {
    return c instanceof HasText t ? t.getText() : c.getElement().getText();
  }

  private static Optional<Component> find(Component root, String id) {
    return all(root).filter(c -> c.getId().orElse("").equals(id)).findFirst();
  }

  private static Stream<Component> all(Component c) {
    return Stream.concat(Stream.of(c), c.getChildren().flatMap(TrackingFormsTest::all));
  }
}
