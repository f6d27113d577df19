package cn.ggzy.webui.publicsite.filing;

import cn.ggzy.server.application.IntakeViews.Limits;
import cn.ggzy.server.application.PublicIntake;
import cn.ggzy.server.application.TenantDirectory;
import cn.ggzy.webui.layout.MainLayout;
import cn.ggzy.webui.publicsite.Entrance;
import cn.ggzy.webui.publicsite.PublicDates;
import cn.ggzy.webui.publicsite.PublicPageClients;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Route;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;

/** 投诉: under real name, within the filing window (a late one is accepted and flagged). */
@Route(value = "complaints/new", layout = MainLayout.class)
@Dependent
public class ComplaintView extends FilingPage {

  @Inject
  public ComplaintView(PublicIntake intake, PublicPageClients clients, TenantDirectory directory, Clock clock) {
    super(Entrance.COMPLAINT, intake, clients, "ggzy.filing.complaint");
    ComplaintForm form = new ComplaintForm(texts, () -> LocalDate.now(clock.withZone(PublicDates.ZONE)));
    form.setRegions(directory.regions(), getLocale());
    Limits limits = intake.limits();
    form.setFilingWindowDays(limits.filingWindowDays());
    form.evidence.setLimits(limits);
    form.objectionProof.setLimits(limits);
    form.evidence.setStore((id, name, content) -> intake.uploadWhole(client.client(), id, name, content));
    form.objectionProof.setStore((id, name, content) -> intake.uploadWhole(client.client(), id, name, content));
    form.authorization.setLimits(limits);
    form.authorization.setStore((id, name, content) -> intake.uploadWhole(client.client(), id, name, content));
    form.addSubmitListener(e -> flow.send(UI.getCurrent(), form,
        (key, proof) -> intake.fileComplaint(client.client(), e.input(key, proof)), receipt -> {
          form.forgetDraft();
          showReceipt(receipt);
        }));
    showForm(form);
  }
}
