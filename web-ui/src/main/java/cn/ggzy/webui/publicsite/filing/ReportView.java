package cn.ggzy.webui.publicsite.filing;

import cn.ggzy.server.application.PublicIntake;
import cn.ggzy.server.application.TenantDirectory;
import cn.ggzy.webui.layout.MainLayout;
import cn.ggzy.webui.publicsite.Entrance;
import cn.ggzy.webui.publicsite.PublicPageClients;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Route;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

/** 举报: anyone, anonymous by default. */
@Route(value = "reports/new", layout = MainLayout.class)
@Dependent
public class ReportView extends FilingPage {

  @Inject
  public ReportView(PublicIntake intake, PublicPageClients clients, TenantDirectory directory) {
    super(Entrance.REPORT, intake, clients, "ggzy.filing.report");
    ReportForm form = new ReportForm(texts);
    form.setRegions(directory.regions(), getLocale());
    form.evidence.setLimits(intake.limits());
    form.evidence.setStore((id, name, content) -> intake.uploadWhole(client.client(), id, name, content));
    form.addSubmitListener(e -> flow.send(UI.getCurrent(), form,
        (key, proof) -> intake.fileReport(client.client(), e.input(key, proof)), this::showReceipt));
    showForm(form);
  }
}
