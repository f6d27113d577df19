package cn.ggzy.webui.experts;

import cn.ggzy.server.application.ExpertPool;
import cn.ggzy.server.application.ExpertPool.ApplicationReceipt;
import cn.ggzy.server.application.TenantDirectory;
import cn.ggzy.server.domain.model.expert.ExpertApplication;
import cn.ggzy.webui.i18n.DomainErrors;
import cn.ggzy.webui.i18n.Texts;
import cn.ggzy.webui.layout.MainLayout;
import cn.ggzy.webui.layout.ViewFrame;
import cn.ggzy.webui.publicsite.Entrance;
import cn.ggzy.webui.publicsite.PublicClient;
import cn.ggzy.webui.publicsite.PublicErrors;
import cn.ggzy.webui.publicsite.PublicPageClients;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * 专家入库申请 (public): the rules, the way for experts already in the pool to their own record
 * ({@link ExpertAccessView}), the form, and in its place the confirmation with the application
 * number once the application is stored. A refusal is shown at its fields in the reader's
 * language; the backend limits how often one client applies.
 */
@Route(value = "experts/apply", layout = MainLayout.class)
@Dependent
public class ExpertApplyView extends ViewFrame implements HasDynamicTitle {
  private static final Logger LOG = Logger.getLogger(ExpertApplyView.class.getName());
  private final Texts texts = this::getTranslation;
  private final ExpertPool pool;
  private final PublicClient client;
  private final Paragraph explanation;
  private final ExpertApplicationForm form;

  @Inject
  public ExpertApplyView(ExpertPool pool, PublicPageClients clients, TenantDirectory directory) {
    this.pool = pool;
    this.client = clients.current();
    addClassName("filing-page");
    setHeading(getTranslation(Entrance.EXPERTS.text("title")));
    explanation = new Paragraph(getTranslation(Entrance.EXPERTS.text("explanation")));
    explanation.setId("service-explanation");
    explanation.addClassName("filing-explanation");
    form = new ExpertApplicationForm(texts, new SpecialtyNames(pool.specialties(), getLocale()));
    form.setRegions(directory.regions(), getLocale());
    form.addSubmitListener(e -> send(e.region(), e.application()));
    Anchor own = new Anchor(ExpertAccessView.ROUTE, getTranslation("experts.me.link"));
    own.getElement().setAttribute("router-link", true);
    own.setId("expert-apply-me-link");
    own.addClassName("service-back");
    addContent(explanation, own, form);
    addAttachListener(e -> client.learnDevice(e.getUI()));
  }

  private void send(String region, ExpertApplication application) {
    form.working(getTranslation("filing.sending"));
    try {
      DomainErrors.run(() -> {
        ApplicationReceipt receipt = pool.apply(client.client(), region, application);
        form.ready();
        confirm(receipt);
      }, e -> {
        List<String> rest = PublicErrors.showAtFields(e, getLocale(), texts, form);
        form.failed(rest.isEmpty() ? getTranslation("filing.fixFields") : String.join(" ", rest));
      });
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "an expert application could not be stored: {0}", e.getClass().getName());
      form.failed(getTranslation("experts.apply.unavailable"));
    }
  }

  /** The form gives way to the confirmation (the resident ID is not shown again). */
  private void confirm(ApplicationReceipt receipt) {
    remove(form);
    explanation.setVisible(false);
    ApplicationConfirmation confirmation = new ApplicationConfirmation(texts, receipt, getLocale());
    addContent(confirmation);
    confirmation.scrollIntoView();
  }

  @Override
  public String getPageTitle() {
    return getTranslation(Entrance.EXPERTS.text("title")) + " · " + getTranslation("app.title");
  }
}
