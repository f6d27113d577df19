package cn.ggzy.webui.warnings;

import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.RiggingWarnings;
import cn.ggzy.server.application.RiggingWarnings.Detail;
import cn.ggzy.server.domain.model.NotFoundException;
import cn.ggzy.server.domain.model.warning.WarningStatus;
import cn.ggzy.webui.i18n.DomainErrors;
import cn.ggzy.webui.i18n.FieldErrors;
import cn.ggzy.webui.layout.MainLayout;
import cn.ggzy.webui.layout.ViewFrame;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.function.Supplier;

/** One warning: its evidence and legal basis; dismiss it with a reason or open a case from it. */
@Route(value = "console/warnings/:warningId", layout = MainLayout.class)
@Dependent
public class WarningDetailView extends ViewFrame implements HasDynamicTitle, BeforeEnterObserver {
  private final RiggingWarnings warnings;
  private final Div sheet = new Div();
  private final TextArea reason = new TextArea();
  private final Button dismiss = new Button();
  private final Button openCase = new Button();
  private final Div actions = new Div();
  private Caller caller;
  private String id;

  @Inject
  public WarningDetailView(RiggingWarnings warnings) {
    this.warnings = warnings;
    setHeading(getTranslation("warnings.detail.title"));
    Anchor back = new Anchor("console/warnings", getTranslation("warnings.back"));
    back.getElement().setAttribute("router-link", true);
    back.setId("warning-back");
    sheet.setWidthFull();
    reason.setId("warning-reason-input");
    reason.setLabel(getTranslation("warnings.field.reason"));
    reason.setMaxLength(1000);
    reason.setWidthFull();
    dismiss.setId("warning-dismiss");
    dismiss.setText(getTranslation("warnings.dismiss"));
    dismiss.addClickListener(e -> act(() -> warnings.dismiss(caller, id, reason.getValue()), "warnings.dismissed"));
    openCase.setId("warning-open-case");
    openCase.setText(getTranslation("warnings.openCase"));
    openCase.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    openCase.addClickListener(e -> act(() -> warnings.openCase(caller, id), "warnings.caseOpened"));
    FlexLayout buttons = new FlexLayout(openCase, dismiss);
    buttons.setFlexWrap(FlexLayout.FlexWrap.WRAP);
    buttons.getStyle().set("gap", "var(--lumo-space-m)");
    actions.add(reason, buttons);
    actions.setWidthFull();
    addContent(back, sheet, actions);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    var officer = WarningAccess.reviewer(event);
    if (officer.isEmpty()) {
      return;
    }
    caller = officer.get();
    id = event.getRouteParameters().get("warningId").orElse("");
    DomainErrors.run(() -> show(warnings.find(caller, id)), e -> {
      if (!(e instanceof NotFoundException)) {
        throw e;
      }
      event.forwardTo(WarningsView.class);
    });
  }

  private void act(Supplier<Detail> action, String done) {
    DomainErrors.attempt(action, getLocale(), (field, message) -> "reason".equals(field)
        ? FieldErrors.mark(reason, message) : false).ifPresent(d -> {
          DomainErrors.confirm(getTranslation(done, d.caseNumber() == null ? "" : d.caseNumber()));
          show(d);
        });
  }

  private void show(Detail d) {
    sheet.removeAll();
    sheet.add(new WarningSheet(getLocale(), this::getTranslation).build(d));
    actions.setVisible(WarningStatus.OPEN.name().equals(d.status()));
  }

  @Override
  public String getPageTitle() {
    return getTranslation("warnings.detail.title") + " · " + getTranslation("app.title");
  }
}
