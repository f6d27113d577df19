package cn.ggzy.webui.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.application.CaseRegister.Command;
import cn.ggzy.server.application.CaseRegister.DecisionInput;
import cn.ggzy.server.application.OfficerDirectory.OfficerSummary;
import cn.ggzy.server.domain.model.account.Role;
import cn.ggzy.server.domain.model.enforcement.CaseAction;
import cn.ggzy.server.domain.model.enforcement.DecisionKind;
import cn.ggzy.server.domain.model.enforcement.NonAcceptanceGround;
import cn.ggzy.server.domain.model.enforcement.PauseKind;
import cn.ggzy.server.domain.model.enforcement.ReferralOrgan;
import cn.ggzy.tenants.Department;
import cn.ggzy.tenants.DepartmentKind;
import cn.ggzy.tenants.TenantId;
import cn.ggzy.webui.i18n.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ActionFormTest {
  static final long VERSION = 7;
  static final OfficerSummary ZHANG = new OfficerSummary("zjj.zhang", "张三", "421181-zjj",
      Set.of(Role.DEPARTMENT_OFFICER), true);
  static final Department JTJ = new Department(TenantId.of("421181-jtj"), "麻城市交通运输局", "Macheng Transport Bureau",
      DepartmentKind.INDUSTRY_DEPARTMENT);
  static final Department FGJ = new Department(TenantId.of("421181-fgj"), "麻城市发展和改革局", "Macheng DRC",
      DepartmentKind.MEMBER_DEPARTMENT);
  static final ActionChoices CHOICES = new ActionChoices(List.of(ZHANG), List.of(JTJ, FGJ));

  List<Command> submitted = new ArrayList<>();

  ActionForm form(CaseAction action) {
    ActionForm form = new ActionForm(action, VERSION, CHOICES, Language.CHINESE, UiTexts.chinese());
    form.addSubmitListener(e -> submitted.add(e.command()));
    return form;
  }

  Command confirm(ActionForm form) {
    form.confirm.click();
    assertEquals(1, submitted.size());
    return submitted.get(0);
  }

  @Test
  void acceptingALateComplaintWarnsFirst() {
    assertTrue(ActionForm.warnsOfLateFiling(CaseAction.ACCEPT, true));
    assertTrue(ActionForm.warnsOfLateFiling(CaseAction.PROPOSE_NON_ACCEPTANCE, true));
    assertFalse(ActionForm.warnsOfLateFiling(CaseAction.ACCEPT, false));
    assertFalse(ActionForm.warnsOfLateFiling(CaseAction.START_INVESTIGATION, true));
    ActionForm form = new ActionForm(CaseAction.ACCEPT, VERSION, CHOICES, Language.CHINESE, UiTexts.chinese());
    form.warn(UiTexts.chinese().get("cases.accept.lateWarning"));
    String first = form.getElement().getChild(0).getTextRecursively();
    assertTrue(first.contains("超过") && first.contains("10 日"), "the warning comes first: " + first);
  }

  @Test
  void acceptingNeedsNothingButAConfirmation() {
    ActionForm form = form(CaseAction.ACCEPT);
    assertEquals(List.of(), form.inputs());
    assertFalse(form.reason.getParent().isPresent(), "no reason field is shown");
    assertEquals("受理", form.confirm.getText());
    assertEquals(Command.of(CaseAction.ACCEPT, VERSION), confirm(form));
  }

  @Test
  void proposingNonAcceptanceSendsTheGroundAndTheReason() {
    ActionForm form = form(CaseAction.PROPOSE_NON_ACCEPTANCE);
    form.ground.setValue(NonAcceptanceGround.FILED_LATE);
    form.reason.setValue("  投诉超过10日 ");
    Command c = confirm(form);
    assertEquals("FILED_LATE", c.ground());
    assertEquals("投诉超过10日", c.reason());
    assertEquals(Command.of(CaseAction.PROPOSE_NON_ACCEPTANCE, VERSION).withReason("投诉超过10日"),
        new Command(c.action(), c.version(), c.reason(), null, null, null, null, null, null, null, null, null,
            null, null, null));
  }

  @Test
  void assigningOffersTheDepartmentsOfficersAndSendsTheLogin() {
    ActionForm form = form(CaseAction.ASSIGN);
    assertEquals(List.of(ActionInput.OFFICER), form.inputs());
    assertEquals("张三（zjj.zhang）", form.officer.getItemLabelGenerator().apply(ZHANG));
    form.officer.setValue(ZHANG);
    assertEquals("zjj.zhang", confirm(form).officer());
  }

  @Test
  void supplementRequestAndReceiptSendTheirText() {
    ActionForm request = form(CaseAction.REQUEST_SUPPLEMENT);
    assertEquals("需要补正的材料", request.text.getLabel());
    request.text.setValue("投标文件原件");
    Command c = confirm(request);
    assertEquals("投标文件原件", c.text());
    assertNull(c.reason());

    submitted.clear();
    ActionForm received = form(CaseAction.RECEIVE_SUPPLEMENT);
    assertEquals("收到的补正材料", received.text.getLabel());
    received.text.setValue("已收到原件");
    assertEquals(new Command(CaseAction.RECEIVE_SUPPLEMENT, VERSION, null, null, null, null, null, null, null, null,
        null, null, null, "已收到原件", null), confirm(received));
  }

  @Test
  void pausingOffersTestingAppraisalAndExpertReviewOnly() {
    ActionForm form = form(CaseAction.PAUSE);
    assertEquals(List.of(PauseKind.TESTING, PauseKind.APPRAISAL, PauseKind.EXPERT_REVIEW),
        form.pauseKind.getListDataView().getItems().toList());
    form.pauseKind.setValue(PauseKind.EXPERT_REVIEW);
    form.reason.setValue("组织专家评审");
    Command c = confirm(form);
    assertEquals("EXPERT_REVIEW", c.kind());
    assertEquals("组织专家评审", c.reason());
  }

  @Test
  void anExtensionAsksForWorkingDays() {
    ActionForm form = form(CaseAction.REQUEST_EXTENSION);
    form.workingDays.setValue(10);
    form.reason.setValue("案情复杂");
    assertEquals(10, confirm(form).workingDays());
  }

  @Test
  void transferringSendsTheChosenDepartment() {
    ActionForm form = form(CaseAction.TRANSFER);
    form.to.setValue(JTJ);
    form.reason.setValue("属交通运输行业");
    Command c = confirm(form);
    assertEquals("421181-jtj", c.to());
    assertEquals("属交通运输行业", c.reason());
  }

  @Test
  void referringListsTheDocumentsOnePerLine() {
    ActionForm form = form(CaseAction.REFER);
    form.organ.setValue(ReferralOrgan.PUBLIC_SECURITY);
    form.organName.setValue("麻城市公安局");
    form.reason.setValue("涉嫌串通投标罪");
    form.documents.setValue("询问笔录\n\n  投标文件 \n");
    Command c = confirm(form);
    assertEquals("PUBLIC_SECURITY", c.organ());
    assertEquals("麻城市公安局", c.organName());
    assertEquals(List.of("询问笔录", "投标文件"), c.documents());
  }

  @Test
  void aConsultationInvitesDepartments() {
    ActionForm form = form(CaseAction.OPEN_CONSULTATION);
    form.topic.setValue("是否构成串通投标");
    form.invited.setValue(Set.of(JTJ, FGJ));
    Command c = confirm(form);
    assertEquals("是否构成串通投标", c.topic());
    assertEquals(List.of("421181-fgj", "421181-jtj"), c.invited());
  }

  @Test
  void aDismissalCarriesNoPenaltyMeasures() {
    ActionForm form = form(CaseAction.PROPOSE_DECISION);
    form.decision.kind.setValue(DecisionKind.ADMINISTRATIVE_PENALTY);
    form.decision.fine.setValue(50000);
    form.decision.kind.setValue(DecisionKind.DISMISSED);
    form.decision.text.setValue("投诉缺乏事实根据，予以驳回");
    assertFalse(form.decision.fine.getParent().get().isVisible(), "the measures are hidden for a dismissal");
    assertEquals(new DecisionInput(DecisionKind.DISMISSED, "投诉缺乏事实根据，予以驳回", null, false, null, false),
        confirm(form).decision());
  }

  @Test
  void aPenaltyCarriesItsMeasures() {
    ActionForm form = form(CaseAction.PROPOSE_DECISION);
    form.decision.kind.setValue(DecisionKind.ADMINISTRATIVE_PENALTY);
    form.decision.text.setValue("处以罚款");
    form.decision.fine.setValue(50000);
    form.decision.disqualification.setValue(2);
    form.decision.confiscation.setValue(true);
    assertTrue(form.decision.fine.getParent().get().isVisible());
    assertEquals(new DecisionInput(DecisionKind.ADMINISTRATIVE_PENALTY, "处以罚款", 50000L, true, 2, false),
        confirm(form).decision());
  }

  @Test
  void approvalsAskForTheApproversOpinion() {
    ActionForm form = form(CaseAction.APPROVE_DECISION);
    assertEquals(List.of(ActionInput.REASON), form.inputs());
    assertEquals("审批意见", form.reason.getLabel());
    form.reason.setValue("同意");
    assertEquals(Command.of(CaseAction.APPROVE_DECISION, VERSION).withReason("同意"), confirm(form));
  }

  @Test
  void everyActionFiresItsOwnCommandWithTheVersionSeen() {
    for (CaseAction action : CaseAction.values()) {
      submitted.clear();
      Command c = confirm(form(action));
      assertEquals(action, c.action());
      assertEquals(VERSION, c.version());
    }
  }

  @Test
  void backendErrorsAppearAtTheFieldOfThisAction() {
    ActionForm supplement = form(CaseAction.REQUEST_SUPPLEMENT);
    assertTrue(supplement.showFieldError("items", "请写明需要补正的材料"));
    assertTrue(supplement.text.isInvalid());
    assertFalse(supplement.showFieldError("reason", "x"), "no reason field here: a notification instead");
    assertFalse(supplement.showFieldError("action", "x"));

    ActionForm pause = form(CaseAction.PAUSE);
    assertTrue(pause.showFieldError("kind", "请选择检验、鉴定或专家评审"));
    assertTrue(pause.pauseKind.isInvalid());

    ActionForm decision = form(CaseAction.PROPOSE_DECISION);
    assertTrue(decision.showFieldError("kind", "请选择处理决定类型"));
    assertTrue(decision.decision.kind.isInvalid());
    assertTrue(decision.showFieldError("fineYuan", "罚款金额须大于0"));
    assertEquals("罚款金额须大于0", decision.decision.fine.getErrorMessage());
  }
}
