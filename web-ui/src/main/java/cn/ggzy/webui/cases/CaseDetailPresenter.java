package cn.ggzy.webui.cases;

import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.CaseRegister;
import cn.ggzy.server.application.CaseRegister.Command;
import cn.ggzy.server.application.CaseViews.Detail;
import cn.ggzy.server.domain.model.ConcurrentChangeException;
import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.enforcement.CaseAction;
import cn.ggzy.webui.i18n.DomainErrors;
import cn.ggzy.webui.i18n.FieldErrors;
import java.io.Serializable;

/**
 * Loads one case and carries out the officer's actions on it. When someone else changed the case
 * meanwhile, it says so and shows the case as it is now; any other refusal is shown at its field.
 */
public class CaseDetailPresenter implements Serializable {
  /** What the presenter needs from the page. */
  public interface Display {
    void show(Detail detail);

    void notFound();

    /** An action was refused: its message, at the field it names (or as a notification). */
    void refused(DomainException refusal, FieldErrors form);

    /** The action was carried out. */
    void acted(CaseAction action);

    /** Someone else changed the case since it was shown; it is reloaded right after. */
    void changedMeanwhile();
  }

  private final CaseRegister cases;
  private final Caller caller;
  private final String caseId;
  private final Display display;
  private Detail detail;

  public CaseDetailPresenter(CaseRegister cases, Caller caller, String caseId, Display display) {
    this.cases = cases;
    this.caller = caller;
    this.caseId = caseId;
    this.display = display;
  }

  public void load() {
    DomainErrors.run(() -> {
      detail = cases.find(caller, caseId);
      display.show(detail);
    }, e -> {
      detail = null;
      display.notFound();
    });
  }

  /** Carries out the command; true when the dialog may close (done, or the case was reloaded). */
  public boolean act(Command command, FieldErrors form) {
    return DomainErrors.orElse(() -> {
      detail = cases.act(caller, caseId, command);
      display.show(detail);
      display.acted(command.action());
      return true;
    }, e -> refused(e, form));
  }

  /** A case changed meanwhile is reloaded (the dialog may close); any other refusal is shown in it. */
  private boolean refused(DomainException e, FieldErrors form) {
    if (e instanceof ConcurrentChangeException) {
      display.changedMeanwhile();
      load();
      return true;
    }
    display.refused(e, form);
    return false;
  }

  public Detail detail() {
    return detail;
  }

  public Caller caller() {
    return caller;
  }

  public String caseId() {
    return caseId;
  }
}
