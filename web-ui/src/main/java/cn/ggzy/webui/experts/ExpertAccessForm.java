package cn.ggzy.webui.experts;

import cn.ggzy.server.domain.model.credit.ResidentId;
import cn.ggzy.tenants.Region;
import cn.ggzy.webui.i18n.FieldErrors;
import cn.ggzy.webui.i18n.Texts;
import cn.ggzy.webui.publicsite.RegionChoice;
import cn.ggzy.webui.publicsite.filing.FilingFields;
import cn.ggzy.webui.publicsite.filing.FormStatus;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * 查看我的评标记录, the request for the link: the region, the resident ID and the mobile number the
 * expert registered. A blank field or an ID that cannot be one is marked here; whether the details
 * match an expert is never told: once sent, the form gives way to the same words whatever the
 * answer ({@link #sent}).
 */
public class ExpertAccessForm extends FormLayout implements FieldErrors {
  /** The person asks for the link with these details. */
  @FunctionalInterface
  public interface Listener extends Serializable {
    void requested(String region, String residentId, String phone);
  }

  final RegionChoice region;
  final TextField residentId = new TextField();
  final TextField phone = new TextField();
  final FormStatus status = new FormStatus("expert-access-status");
  final Button submit = new Button();
  final Div confirmation = new Div();
  private final Texts texts;
  private Listener listener = (r, i, p) -> { };

  public ExpertAccessForm(Texts texts) {
    this.texts = texts;
    this.region = new RegionChoice("expert-access-region", texts);
    setId("expert-access-form");
    addClassNames("filing-form", "expert-form");
    residentId.setId("expert-access-resident-id");
    residentId.setLabel(texts.get("experts.field.residentId"));
    residentId.setMaxLength(18);
    residentId.setRequiredIndicatorVisible(true);
    residentId.getElement().setAttribute("autocomplete", "off");
    residentId.addValueChangeListener(e -> residentId.setInvalid(false));
    phone.setId("expert-access-phone");
    phone.setLabel(texts.get("filing.phone"));
    phone.setMaxLength(11);
    phone.setRequiredIndicatorVisible(true);
    FilingFields.phone(phone);
    phone.addValueChangeListener(e -> phone.setInvalid(false));
    submit.setId("expert-access-submit");
    submit.setText(texts.get("experts.me.submit"));
    submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
    submit.addClassName("filing-submit");
    submit.addClickShortcut(Key.ENTER);
    submit.addClickListener(e -> submit());
    var icon = VaadinIcon.ENVELOPE_O.create();
    icon.addClassName("receipt-icon");
    Paragraph sent = new Paragraph(texts.get("experts.me.sent"));
    sent.setId("expert-access-sent");
    confirmation.add(icon, sent);
    confirmation.setId("expert-access-confirmation");
    confirmation.addClassNames("receipt", "receipt-heading");
    confirmation.getElement().setAttribute("role", "status");
    confirmation.setVisible(false);
    setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("600px", 2));
    add(region, residentId, phone, status, submit, confirmation);
    for (var c : List.of(region, status, submit, confirmation)) {
      setColspan(c, 2);
    }
  }

  /** The regions of the pools; the first is chosen (asked only when there are several). */
  public void setRegions(List<Region> regions, Locale locale) {
    region.setRegions(regions, locale);
    if (region.getValue() == null && !regions.isEmpty()) {
      region.setValue(regions.get(0));
    }
  }

  public void onRequest(Listener listener) {
    this.listener = listener;
  }

  private void submit() {
    status.clear();
    String id = residentId.getValue().strip().toUpperCase(Locale.ROOT);
    String number = phone.getValue().replaceAll("[\\s-]", "");
    boolean ok = true;
    if (region.code() == null) {
      FieldErrors.mark(region, texts.get("filing.required"));
      ok = false;
    }
    if (!ResidentId.valid(id)) {
      FieldErrors.mark(residentId, texts.get(id.isEmpty() ? "filing.required" : "experts.me.residentId.bad"));
      ok = false;
    }
    if (number.isEmpty()) {
      FieldErrors.mark(phone, texts.get("filing.required"));
      ok = false;
    }
    if (ok) {
      listener.requested(region.code(), id, number);
    }
  }

  public void working(String message) {
    submit.setEnabled(false);
    status.working(message);
  }

  public void failed(String message) {
    submit.setEnabled(true);
    status.failed(message);
  }

  /** The request was taken: the same words whether or not the details match; the details are gone. */
  public void sent() {
    residentId.clear();
    phone.clear();
    status.clear();
    for (var c : List.of(region, residentId, phone, status, submit)) {
      c.setVisible(false);
    }
    confirmation.setVisible(true);
  }

  /** The backend's field: {@code region}. */
  @Override
  public boolean showFieldError(String field, String message) {
    HasValidation target = switch (field) {
      case "region" -> region;
      case "residentId" -> residentId;
      case "phone" -> phone;
      default -> null;
    };
    return FieldErrors.mark(target, message);
  }
}
