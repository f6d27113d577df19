package cn.ggzy.webui.cases;

import static cn.ggzy.webui.cases.CaseSheetTest.byId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.IntakeViews.Author;
import cn.ggzy.server.application.IntakeViews.EvidenceLine;
import cn.ggzy.server.application.IntakeViews.EvidenceRole;
import cn.ggzy.server.application.IntakeViews.Identity;
import cn.ggzy.server.application.IntakeViews.Kind;
import cn.ggzy.server.application.IntakeViews.MaskedIdentity;
import cn.ggzy.server.application.IntakeViews.Matter;
import cn.ggzy.server.application.IntakeViews.Message;
import cn.ggzy.server.application.IntakeViews.PersonKind;
import cn.ggzy.server.application.IntakeViews.Submission;
import cn.ggzy.server.application.PublicIntake;
import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.NotFoundException;
import cn.ggzy.server.domain.model.account.Login;
import cn.ggzy.server.domain.model.account.Role;
import cn.ggzy.server.domain.model.enforcement.Industry;
import cn.ggzy.tenants.TenantId;
import cn.ggzy.webui.i18n.FieldErrors;
import cn.ggzy.webui.i18n.Language;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(InAUi.class)
class CaseSubmissionTest {
  private static final Caller OFFICER = new Caller(Login.parse("zjj-li"), TenantId.of("421181-zjj"),
      Set.of(Role.DEPARTMENT_OFFICER), "李工");
  private static final Instant AT = Instant.parse("2026-12-14T02:00:00Z");

  private final List<String> calls = new ArrayList<>();

  /** The application as the desk answers: the submission of case c-1, a reveal that needs a reason. */
  private PublicIntake intake(boolean anonymous) {
    MaskedIdentity masked = anonymous ? new MaskedIdentity(true, null, null, null, null, null, null, null)
        : new MaskedIdentity(false, PersonKind.NATURAL, "张*", "4211**********1234", null, null, "138****5678",
            "麻城市某路**");
    Submission s = new Submission("c-1", "TS421181-ABCDEFGHJK", Kind.COMPLAINT, AT, false, LocalDate.of(2026, 12, 10),
        masked, "某建设公司", null, "某道路工程", null, Industry.WATER_CONSERVANCY, Matter.BID_RIGGING, null, null,
        "事实", "请求", List.of(new EvidenceLine("e-1", EvidenceRole.EVIDENCE, "现场照片.jpg", "image/jpeg", 52_000,
            "ab".repeat(32), AT)), List.of(new Message("m-1", Author.FILER, AT, "补充说明", List.of())));
    return (PublicIntake) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {PublicIntake.class},
        (proxy, method, args) -> {
          calls.add(method.getName());
          return switch (method.getName()) {
            case "submission" -> {
              if (!"c-1".equals(args[1])) {
                throw new NotFoundException("intake.submission.notFound", "caseId");
              }
              yield s;
            }
            case "revealIdentity" -> {
              if (args[2] == null || ((String) args[2]).isBlank()) {
                throw new DomainException("intake.reveal.reason.required", "reason");
              }
              yield new Identity(false, PersonKind.NATURAL, "张三", "421181199001011234", null, null, "13812345678",
                  "麻城市某路1号");
            }
            case "sendMessage" -> {
              if (args[2] == null || ((String) args[2]).isBlank()) {
                throw new DomainException("intake.message.text.required", "text");
              }
              yield new Message("m-2", Author.OFFICER, AT, (String) args[2], List.of());
            }
            default -> throw new UnsupportedOperationException(method.getName());
          };
        });
  }

  private CaseSubmission part(PublicIntake intake, boolean handling) {
    return CaseSubmission.part(intake, OFFICER, "c-1", CaseSheetTest.context(Language.CHINESE), handling).orElseThrow();
  }

  @Test
  void theFilerIsMaskedUntilAReasonIsGivenThenShownInFull() {
    CaseSubmission part = part(intake(false), true);
    String masked = byId(part, "case-filer-rows").orElseThrow().getTextRecursively();
    assertTrue(masked.contains("张*") && masked.contains("138****5678"), masked);
    assertFalse(masked.contains("张三") || masked.contains("13812345678"), masked);
    assertTrue(byId(part, "case-filer-reveal").isPresent());

    List<String> marked = new ArrayList<>();
    FieldErrors form = (field, message) -> marked.add(field + ":" + message);
    assertFalse(part.reveal(" ", form), "no reveal without a reason");
    assertEquals(1, marked.size(), "the refusal is shown at the reason: " + marked);
    assertTrue(marked.get(0).startsWith("reason:"), marked.toString());
    assertFalse(byId(part, "case-filer-rows").orElseThrow().getTextRecursively().contains("张三"));

    assertTrue(part.reveal("电话核实投诉事实", form));
    String full = byId(part, "case-filer-rows").orElseThrow().getTextRecursively();
    assertTrue(full.contains("张三") && full.contains("13812345678") && full.contains("421181199001011234"), full);
    assertTrue(byId(part, "case-filer-revealed").isPresent(), "the officer is told the read is audited");
  }

  @Test
  void readersWhoDoNotHandleTheCaseSeeTheMaskedFilerWithoutRevealOrMessageBox() {
    CaseSubmission part = part(intake(false), false);
    assertFalse(byId(part, "case-filer-reveal").isPresent());
    assertFalse(byId(part, "case-message-text").isPresent());
    assertTrue(byId(part, "case-evidence").isPresent());
  }

  @Test
  void anAnonymousReportSaysSoAndOffersNoReveal() {
    CaseSubmission part = part(intake(true), true);
    assertTrue(byId(part, "case-filer").orElseThrow().getTextRecursively().contains("匿名举报"));
    assertFalse(byId(part, "case-filer-reveal").isPresent());
  }

  @Test
  void theEvidenceIsListedWithItsRoleAndSizeAndTheMessagesWithTheirAuthor() {
    CaseSubmission part = part(intake(false), true);
    String link = byId(part, "evidence-e-1").orElseThrow().getTextRecursively();
    assertTrue(link.contains("现场照片.jpg") && link.contains("证据材料") && link.contains("51 KB"), link);
    assertTrue(byId(part, "case-messages").orElseThrow().getTextRecursively().contains("来信人"));
    assertFalse(calls.contains("evidence"), "no file is read (and audited) before the officer follows its link");
  }

  @Test
  void aMessageToTheFilerIsAddedOnceSentAndAnEmptyOneIsRefusedAtItsField() {
    CaseSubmission part = part(intake(false), true);
    List<String> marked = new ArrayList<>();
    assertFalse(part.send("", (field, message) -> marked.add(field)));
    assertEquals(List.of("text"), marked);
    assertTrue(part.send("请补充保证金转账记录。", FieldErrors.NONE));
    String messages = byId(part, "case-messages").orElseThrow().getTextRecursively();
    assertTrue(messages.contains("请补充保证金转账记录。") && messages.contains("工作人员"), messages);
  }

  @Test
  void aCaseWithoutASubmissionHasNoSection() {
    assertTrue(CaseSubmission.of(intake(false), OFFICER, "c-2", CaseSheetTest.context(Language.CHINESE), true)
        .isEmpty());
  }
}
