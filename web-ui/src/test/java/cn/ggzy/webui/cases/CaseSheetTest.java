package cn.ggzy.webui.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.application.CaseViews.Detail;
import cn.ggzy.server.domain.model.enforcement.CaseStatus;
import cn.ggzy.webui.i18n.Language;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.dom.Element;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CaseSheetTest {
  static SheetContext context(Locale locale) {
    return new SheetContext(locale, UiTexts.of(locale), t -> "421181-zjj".equals(t) ? "住建局" : "监管办");
  }

  static Optional<Element> byId(Component root, String id) {
    return find(root.getElement(), id);
  }

  private static Optional<Element> find(Element e, String id) {
    if (id.equals(e.getAttribute("id"))) {
      return Optional.of(e);
    }
    return e.getChildren().map(c -> find(c, id)).flatMap(Optional::stream).findFirst();
  }

  @Test
  void theHeaderShowsNumberStatusDepartmentAndTheRunningClock() {
    CaseHeader header = new CaseHeader(CaseFixtures.investigating(3, false, Set.of()), context(Language.CHINESE));
    assertEquals("麻监案〔2026〕第0001号", byId(header, "case-number").orElseThrow().getText());
    assertEquals("调查中", byId(header, "case-status").orElseThrow().getText());
    assertTrue(byId(header, "case-owner").orElseThrow().getTextRecursively().contains("住建局"));
    assertFalse(byId(header, "case-read-only").isPresent());
    String completion = byId(header, "clock-completion").orElseThrow().getTextRecursively();
    assertTrue(completion.contains("2026年12月17日 24:00"), completion);
    assertTrue(completion.contains("剩余14个工作日"), completion);
    assertTrue(completion.contains("本地承诺 15 个工作日（法定 30 个工作日）"),
        "the completion deadline is labelled as the local commitment: " + completion);
    String acceptance = byId(header, "clock-acceptance").orElseThrow().getTextRecursively();
    assertTrue(acceptance.contains("2026年11月26日 24:00"), acceptance);
    assertTrue(byId(header, "case-tender-suspension").orElseThrow().getTextRecursively().contains("调查期间暂停"));
  }

  @Test
  void aTransferredAwayCaseIsMarkedReadOnly() {
    CaseHeader header = new CaseHeader(CaseFixtures.investigating(3, true, Set.of()), context(Language.ENGLISH));
    assertEquals("Read-only", byId(header, "case-read-only").orElseThrow().getText());
    assertEquals("Investigating", new CaseVocabulary(Language.ENGLISH)
        .status(CaseStatus.INVESTIGATING));
  }

  @Test
  void theTimelineListsTheStepsOldestFirst() {
    Detail d = CaseFixtures.investigating(3, false, Set.of());
    CaseHistory history = new CaseHistory(d, context(Language.CHINESE));
    Element timeline = byId(history, "case-timeline").orElseThrow();
    List<String> actions = timeline.getChildren().map(e -> e.getAttribute("data-action")).toList();
    assertEquals(List.of("REGISTER", "ACCEPT", "START_INVESTIGATION", "PROPOSE_DECISION", "REFUSE_DECISION"),
        actions);
    String accepted = timeline.getChild(1).getTextRecursively();
    assertTrue(accepted.contains("受理") && accepted.contains("住建甲") && accepted.contains("待受理 → 已受理"), accepted);
    assertTrue(byId(history, "case-transfers").orElseThrow().getTextRecursively().contains("监管办 → 住建局"));
    String approval = byId(history, "case-approvals").orElseThrow().getTextRecursively();
    assertTrue(approval.contains("处理决定审批") && approval.contains("不批准") && approval.contains("事实不清"), approval);
    assertFalse(byId(history, "case-referrals").isPresent(), "no empty sections");
  }

  @Test
  void inEnglishTheSystemWrittenTitleSummaryAndActorReadInEnglish() {
    Detail d = CaseFixtures.investigating(3, false, Set.of());
    SheetContext en = context(Language.ENGLISH);
    String header = byId(new CaseHeader(d, en), "case-title").orElseThrow().getText();
    assertEquals("Complaint: Unfair evaluation (Chengdong resettlement housing)", header);
    String facts = new CaseFacts(d, en).getElement().getTextRecursively();
    assertTrue(facts.contains("Facts and reasons: 评标专家打分异常") && !facts.contains("事实和理由"), facts);
    String registered = byId(new CaseHistory(d, en), "case-timeline").orElseThrow().getChild(0).getTextRecursively();
    assertTrue(registered.contains("Online filing platform") && !registered.contains("网上受理平台"), registered);
    assertEquals("城东安置房项目投诉", byId(new CaseHeader(d, context(Language.CHINESE)), "case-title").orElseThrow()
        .getText(), "Chinese readers see the record as stored");
  }

  @Test
  void aProposedDecisionReadsAsItsKindInTheReadersLanguageAndTheProposerByName() {
    Detail d = CaseFixtures.investigating(3, false, Set.of());
    for (Locale locale : List.of(Language.CHINESE, Language.ENGLISH)) {
      CaseHistory history = new CaseHistory(d, context(locale));
      String proposed = byId(history, "case-timeline").orElseThrow().getChild(3).getTextRecursively();
      String kind = Language.isEnglish(locale) ? "Complaint dismissed" : "驳回投诉";
      assertTrue(proposed.contains(kind + "：经查，评标程序合法。"), proposed);
      assertFalse(proposed.contains("DISMISSED"), "no raw code: " + proposed);
      String approval = byId(history, "case-approvals").orElseThrow().getTextRecursively();
      assertTrue(approval.contains("住建甲"), "the proposer by name: " + approval);
      assertFalse(approval.contains("zjj.a"), "not by login: " + approval);
    }
  }
}
