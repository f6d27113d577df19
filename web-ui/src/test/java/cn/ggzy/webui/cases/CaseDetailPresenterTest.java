package cn.ggzy.webui.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.CaseDocuments.NoticeKind;
import cn.ggzy.server.application.CaseRegister;
import cn.ggzy.server.application.CaseViews.Detail;
import cn.ggzy.server.application.CaseViews.InboxPage;
import cn.ggzy.server.application.CaseViews.TimelinessReport;
import cn.ggzy.server.domain.model.ConcurrentChangeException;
import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.NotFoundException;
import cn.ggzy.server.domain.model.account.Login;
import cn.ggzy.server.domain.model.account.Role;
import cn.ggzy.server.domain.model.enforcement.CaseAction;
import cn.ggzy.server.domain.model.enforcement.Registration;
import cn.ggzy.tenants.RegionCode;
import cn.ggzy.tenants.TenantId;
import cn.ggzy.webui.i18n.FieldErrors;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CaseDetailPresenterTest {
  static final Caller OFFICER = new Caller(Login.parse("zjj.a"), TenantId.of("421181-zjj"),
      Set.of(Role.DEPARTMENT_OFFICER), "住建甲");

  /** The case register as far as the sheet uses it: a current detail, and a scripted answer to act. */
  static class FakeRegister implements CaseRegister {
    Detail current = CaseFixtures.investigating(3, false, Set.of(CaseAction.PROPOSE_DECISION));
    RuntimeException refusal;
    List<Command> commands = new ArrayList<>();

    @Override
    public Detail find(Caller caller, String caseId) {
      if (!"case-1".equals(caseId)) {
        throw new NotFoundException("caseId");
      }
      return current;
    }

    @Override
    public Detail act(Caller caller, String caseId, Command command) {
      commands.add(command);
      if (refusal != null) {
        throw refusal;
      }
      current = CaseFixtures.investigating(command.version() + 1, false, Set.of());
      return current;
    }

    @Override
    public Detail register(Caller caller, NewCase input) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Detail registerFiled(RegionCode region, Registration registration, Instant receivedAt) {
      throw new UnsupportedOperationException();
    }

    @Override
    public InboxPage inbox(Caller caller, InboxRequest request) {
      throw new UnsupportedOperationException();
    }

    @Override
    public byte[] notice(Caller caller, String caseId, NoticeKind kind) {
      throw new UnsupportedOperationException();
    }

    @Override
    public byte[] noticeForFiler(TenantId owner, String caseId, NoticeKind kind, String addressee,
        String receiptNumber) {
      throw new UnsupportedOperationException();
    }

    @Override
    public byte[] caseFile(Caller caller, String caseId) {
      throw new UnsupportedOperationException();
    }

    @Override
    public TimelinessReport timeliness(Caller caller, LocalDate from, LocalDate to) {
      throw new UnsupportedOperationException();
    }
  }

  /** Records what the page was told. */
  static class Page implements CaseDetailPresenter.Display {
    List<Detail> shown = new ArrayList<>();
    List<String> messages = new ArrayList<>();

    @Override
    public void show(Detail detail) {
      shown.add(detail);
    }

    @Override
    public void notFound() {
      messages.add("notFound");
    }

    @Override
    public void refused(DomainException refusal, FieldErrors form) {
      messages.add("refused:" + refusal.code() + "@" + refusal.field());
    }

    @Override
    public void acted(CaseAction action) {
      messages.add("acted:" + action);
    }

    @Override
    public void changedMeanwhile() {
      messages.add("changedMeanwhile");
    }
  }

  FakeRegister cases = new FakeRegister();
  Page page = new Page();
  CaseDetailPresenter presenter = new CaseDetailPresenter(cases, OFFICER, "case-1", page);

  @Test
  void anActionIsCarriedOutAndTheNewStateShown() {
    presenter.load();
    assertTrue(presenter.act(CaseRegister.Command.of(CaseAction.START_INVESTIGATION, 3), FieldErrors.NONE));
    assertEquals(List.of("acted:START_INVESTIGATION"), page.messages);
    assertEquals(4, page.shown.get(page.shown.size() - 1).version());
  }

  @Test
  void aCaseChangedByOthersIsReloadedWithAMessageAndTheDialogCloses() {
    presenter.load();
    cases.refusal = new ConcurrentChangeException("case");
    cases.current = CaseFixtures.investigating(5, false, Set.of());

    assertTrue(presenter.act(CaseRegister.Command.of(CaseAction.ACCEPT, 3), FieldErrors.NONE));

    assertEquals(List.of("changedMeanwhile"), page.messages);
    assertSame(cases.current, page.shown.get(page.shown.size() - 1), "the page shows the case as it is now");
    assertEquals(5, presenter.detail().version());
  }

  @Test
  void anyOtherRefusalStaysInTheDialogAtItsField() {
    presenter.load();
    cases.refusal = new DomainException("case.supplement.items.required", "items");

    assertFalse(presenter.act(CaseRegister.Command.of(CaseAction.REQUEST_SUPPLEMENT, 3), FieldErrors.NONE));

    assertEquals(List.of("refused:case.supplement.items.required@items"), page.messages);
    assertEquals(1, page.shown.size(), "nothing reloaded");
  }

  @Test
  void anUnknownOrForeignCaseIsNotFound() {
    new CaseDetailPresenter(cases, OFFICER, "someone-elses", page).load();
    assertEquals(List.of("notFound"), page.messages);
  }
}
