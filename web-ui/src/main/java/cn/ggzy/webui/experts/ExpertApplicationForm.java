package cn.ggzy.webui.experts;

import cn.ggzy.server.application.ExpertPool.SpecialtyView;
import cn.ggzy.server.domain.model.expert.ExpertApplication;
import cn.ggzy.tenants.Region;
import cn.ggzy.webui.i18n.FieldErrors;
import cn.ggzy.webui.i18n.Texts;
import cn.ggzy.webui.publicsite.RegionChoice;
import cn.ggzy.webui.publicsite.filing.FilingFields;
import cn.ggzy.webui.publicsite.filing.FormStatus;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * 专家入库申请: who the applicant is (name, resident ID, mobile), employer and title, one to three
 * specialties of the code list, the certificates, the units the applicant declares a conflict with,
 * the consent to be drawn for other regions (远程异地评标) and the declaration. Sends what was typed
 * as it is: the backend checks everything at once and each fault comes back to its field
 * ({@link #showFieldError}). Fires {@link SubmitEvent}.
 */
public class ExpertApplicationForm extends FormLayout implements FieldErrors {
  static final int MAX_SPECIALTIES = 3;
  final RegionChoice region;
  final TextField name = new TextField();
  final TextField residentId = new TextField();
  final TextField phone = new TextField();
  final TextField employer = new TextField();
  final TextField title = new TextField();
  final MultiSelectComboBox<SpecialtyView> specialties = new MultiSelectComboBox<>();
  final CertificateRows certificates;
  final TextArea conflicts = new TextArea();
  final Checkbox shareConsent = new Checkbox();
  final Checkbox declaration = new Checkbox();
  final FormStatus status = new FormStatus("expert-apply-status");
  final Button submit = new Button();
  private final Texts texts;

  public ExpertApplicationForm(Texts texts, SpecialtyNames names) {
    this.texts = texts;
    this.region = new RegionChoice("expert-region", texts);
    this.certificates = new CertificateRows("expert-certificate", texts);
    addClassNames("filing-form", "expert-form");
    setId("expert-apply-form");
    text(name, "expert-name", "experts.field.name", 40);
    text(residentId, "expert-resident-id", "experts.field.residentId", 18);
    residentId.setHelperText(texts.get("experts.field.residentId.help"));
    residentId.getElement().setAttribute("autocomplete", "off");
    text(phone, "expert-phone", "filing.phone", 11);
    FilingFields.phone(phone);
    phone.setHelperText(texts.get("experts.field.phone.help"));
    text(employer, "expert-employer", "experts.field.employer", 100);
    text(title, "expert-title", "experts.field.title", 40);
    title.setHelperText(texts.get("experts.field.title.help"));
    for (TextField f : new TextField[] {name, residentId, phone, employer, title}) {
      f.setRequiredIndicatorVisible(true);
    }

    specialties.setId("expert-specialties");
    specialties.setLabel(texts.get("experts.field.specialties"));
    specialties.setHelperText(texts.get("experts.field.specialties.help", MAX_SPECIALTIES));
    specialties.setPlaceholder(texts.get("filing.choose"));
    specialties.setItems(names.drawable());
    specialties.setItemLabelGenerator(names::label);
    specialties.setRequiredIndicatorVisible(true);
    specialties.setClearButtonVisible(true);
    specialties.addValueChangeListener(e -> specialties.setInvalid(false));

    conflicts.setId("expert-conflicts");
    conflicts.setLabel(texts.get("experts.field.conflicts"));
    conflicts.setHelperText(texts.get("experts.field.conflicts.help"));
    conflicts.setMinRows(3);
    conflicts.setMaxLength(2100);
    conflicts.addValueChangeListener(e -> conflicts.setInvalid(false));
    shareConsent.setId("expert-share-consent");
    shareConsent.setLabel(texts.get("experts.field.shareConsent"));
    declaration.setId("expert-declaration");
    declaration.setLabel(texts.get("experts.field.declaration"));
    declaration.addValueChangeListener(e -> declaration.setInvalid(false));
    submit.setText(texts.get("experts.apply.submit"));
    submit.setId("expert-apply-submit");
    submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
    submit.addClassName("filing-submit");
    submit.addClickListener(e -> submit());

    setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("600px", 2));
    H3 who = heading("experts.apply.who", "expert-who-heading");
    H3 work = heading("experts.apply.work", "expert-work-heading");
    H3 certificateHeading = heading("experts.apply.certificates", "expert-certificates-heading");
    H3 conflictHeading = heading("experts.apply.conflicts", "expert-conflicts-heading");
    add(region, who, name, residentId, phone, work, employer, title, specialties, certificateHeading, certificates,
        conflictHeading, conflicts, shareConsent, declaration, status, submit);
    for (var c : List.of(region, who, work, specialties, certificateHeading, certificates, conflictHeading, conflicts,
        shareConsent, declaration, status, submit)) {
      setColspan(c, 2);
    }
  }

  private void text(TextField field, String id, String labelKey, int maxLength) {
    FilingFields.text(field, id, texts.get(labelKey), maxLength);
  }

  private H3 heading(String key, String id) {
    return FilingFields.heading(texts.get(key), id);
  }

  /** The regions the pool is kept for; the first is chosen (asked only when there are several). */
  public void setRegions(List<Region> regions, Locale locale) {
    region.setRegions(regions, locale);
    if (region.getValue() == null && !regions.isEmpty()) {
      region.setValue(regions.get(0));
    }
  }

  /** The application as typed: specialties in the list's order, conflicts one per line. */
  ExpertApplication application() {
    List<String> codes = specialties.getValue().stream().map(SpecialtyView::code).sorted(Comparator.naturalOrder())
        .toList();
    List<String> declared = Arrays.stream(conflicts.getValue().split("\\R")).map(String::strip)
        .filter(s -> !s.isEmpty()).toList();
    return new ExpertApplication(name.getValue().strip(), residentId.getValue().strip(), phone.getValue().strip(),
        employer.getValue().strip(), title.getValue().strip(), codes, certificates.inputs(), declared,
        shareConsent.getValue(), declaration.getValue());
  }

  private void submit() {
    status.clear();
    certificates.error.setVisible(false);
    if (certificates.markUnreadableDates()) {
      status.failed(texts.get("filing.fixFields"));
      return;
    }
    fireEvent(new SubmitEvent(this, region.code(), application()));
  }

  public void working(String message) {
    submit.setEnabled(false);
    status.working(message);
  }

  public void failed(String message) {
    submit.setEnabled(true);
    status.failed(message);
  }

  public void ready() {
    submit.setEnabled(true);
    status.clear();
  }

  /** The backend's fields: {@code name}, {@code residentId}, …, {@code specialties[0]}, {@code certificates[1].number}. */
  @Override
  public boolean showFieldError(String field, String message) {
    if (field.startsWith("certificates")) {
      return certificates.showError(field, message);
    }
    String base = field.replaceAll("\\[\\d+]", "");
    HasValidation target = switch (base) {
      case "region" -> region;
      case "name" -> name;
      case "residentId" -> residentId;
      case "phone" -> phone;
      case "employer" -> employer;
      case "title" -> title;
      case "specialties" -> specialties;
      case "conflicts" -> conflicts;
      case "declaration" -> declaration;
      default -> null;
    };
    return FieldErrors.mark(target, message);
  }

  public Registration addSubmitListener(ComponentEventListener<SubmitEvent> listener) {
    return addListener(SubmitEvent.class, listener);
  }

  /** The applicant sends this application to this region's pool. */
  public static class SubmitEvent extends ComponentEvent<ExpertApplicationForm> {
    private final String region;
    private final ExpertApplication application;

    SubmitEvent(ExpertApplicationForm source, String region, ExpertApplication application) {
      super(source, false);
      this.region = region;
      this.application = application;
    }

    public String region() {
      return region;
    }

    public ExpertApplication application() {
      return application;
    }
  }
}
