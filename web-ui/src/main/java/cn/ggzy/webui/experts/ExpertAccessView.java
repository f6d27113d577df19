package cn.ggzy.webui.experts;

import cn.ggzy.server.application.ExpertPool;
import cn.ggzy.server.application.TenantDirectory;
import cn.ggzy.webui.i18n.DomainErrors;
import cn.ggzy.webui.i18n.Texts;
import cn.ggzy.webui.layout.MainLayout;
import cn.ggzy.webui.layout.ViewFrame;
import cn.ggzy.webui.publicsite.PublicClient;
import cn.ggzy.webui.publicsite.PublicErrors;
import cn.ggzy.webui.publicsite.PublicPageClients;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * 查看我的评标记录 (public): an expert of the pool asks for the link to the own page; it goes by text
 * message to the phone on file. The page answers the same whether or not the details match (nobody
 * learns who is in the pool); only a slowed-down client is told to wait.
 */
@Route(value = ExpertAccessView.ROUTE, layout = MainLayout.class)
@Dependent
public class ExpertAccessView extends ViewFrame implements HasDynamicTitle {
  public static final String ROUTE = "experts/me";
  private static final Logger LOG = Logger.getLogger(ExpertAccessView.class.getName());
  private final Texts texts = this::getTranslation;
  private final ExpertPool pool;
  private final PublicClient client;
  private final Paragraph explanation;
  private final ExpertAccessForm form;

  @Inject
  public ExpertAccessView(ExpertPool pool, PublicPageClients clients, TenantDirectory directory) {
    this.pool = pool;
    this.client = clients.current();
    addClassName("filing-page");
    setHeading(getTranslation("experts.me.title"));
    explanation = new Paragraph(getTranslation("experts.me.explanation"));
    explanation.setId("service-explanation");
    explanation.addClassName("filing-explanation");
    form = new ExpertAccessForm(texts);
    form.setRegions(directory.regions(), getLocale());
    form.onRequest(this::send);
    addContent(explanation, form);
    addAttachListener(e -> client.learnDevice(e.getUI()));
  }

  private void send(String region, String residentId, String phone) {
    form.working(getTranslation("filing.sending"));
    try {
      DomainErrors.run(() -> {
        pool.requestAccess(client.client(), region, residentId, phone);
        explanation.setVisible(false);
        form.sent();
      }, e -> {
        List<String> rest = PublicErrors.showAtFields(e, getLocale(), texts, form);
        form.failed(rest.isEmpty() ? getTranslation("filing.fixFields") : String.join(" ", rest));
      });
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "an expert's access link could not be requested: {0}", e.getClass().getName());
      form.failed(getTranslation("experts.me.unavailable"));
    }
  }

  @Override
  public String getPageTitle() {
    return getTranslation("experts.me.title") + " · " + getTranslation("app.title");
  }
}
