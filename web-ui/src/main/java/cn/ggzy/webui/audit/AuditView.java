package cn.ggzy.webui.audit;

import cn.ggzy.server.application.AuditTrail;
import cn.ggzy.server.application.AuditVerification;
import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.Permission;
import cn.ggzy.server.application.TenantDirectory;
import cn.ggzy.tenants.TenantId;
import cn.ggzy.webui.i18n.DomainErrors;
import cn.ggzy.webui.i18n.FieldErrors;
import cn.ggzy.webui.layout.MainLayout;
import cn.ggzy.webui.layout.ViewFrame;
import cn.ggzy.webui.session.AccessControl;
import cn.ggzy.webui.session.CurrentOfficer;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * 审计日志: the own department's audit trail, newest first and paged in the database, and the
 * check that no history was changed (the office checks every department of its region).
 */
@Route(value = "console/audit", layout = MainLayout.class)
@Dependent
public class AuditView extends ViewFrame implements HasDynamicTitle, BeforeEnterObserver {
  private final AuditTrail trail;
  private final AuditVerification verification;
  private final TenantDirectory directory;
  private final AuditEntryGrid grid;
  private final VerificationResults results;

  @Inject
  public AuditView(AuditTrail trail, AuditVerification verification, TenantDirectory directory) {
    this.trail = trail;
    this.verification = verification;
    this.directory = directory;
    setHeading(getTranslation("audit.title"));
    Paragraph intro = new Paragraph(getTranslation("audit.intro"));
    Button verify = new Button(getTranslation("audit.verify"), VaadinIcon.SHIELD.create(), e -> verify());
    verify.setId("audit-verify");
    verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    verify.setDisableOnClick(true);
    verify.addClickListener(e -> verify.setEnabled(true));
    results = new VerificationResults((key, params) -> getTranslation(key, params), getLocale());
    grid = new AuditEntryGrid(key -> getTranslation(key));
    addContent(intro, verify, results, new H3(getTranslation("audit.entries")), grid);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    if (CurrentOfficer.get().filter(c -> c.may(Permission.VERIFY_AUDIT)).isEmpty()) {
      event.forwardTo(AccessControl.CONSOLE);
      return;
    }
    Caller caller = CurrentOfficer.require();
    grid.setItems(query -> trail.entries(caller, query.getOffset(), query.getLimit()).stream(),
        query -> (int) Math.min(Integer.MAX_VALUE, trail.count(caller)));
  }

  private void verify() {
    DomainErrors.run(() -> {
      Map<TenantId, String> names = directory.regions().stream().flatMap(r -> r.departments().stream())
          .collect(Collectors.toMap(d -> d.id(), d -> d.name(getLocale())));
      results.show(verification.verify(CurrentOfficer.require()), t -> names.getOrDefault(t, t.value()));
    }, getLocale(), FieldErrors.NONE);
    grid.getDataProvider().refreshAll();
  }

  @Override
  public String getPageTitle() {
    return getTranslation("audit.title") + " · " + getTranslation("app.title");
  }
}
