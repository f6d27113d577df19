package cn.ggzy.webui.reviews;

import cn.ggzy.server.application.DocumentReviews.Upload;
import cn.ggzy.webui.i18n.FieldErrors;
import cn.ggzy.webui.i18n.Texts;
import cn.ggzy.webui.publicsite.filing.FilingFields;
import cn.ggzy.webui.publicsite.filing.FormStatus;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableConsumer;
import java.math.BigDecimal;

/**
 * A tender document given for review with its project: code, name, section, the employer (招标人)
 * and the agency (招标代理机构) to whom a rectification notice goes, the estimate and the contract
 * amount in yuan when known (the checks of bonds use them), and the file. The file is checked here
 * (one must be chosen, amounts must be numbers); everything else by the backend, whose faults come
 * back to their fields.
 */
final class ReviewUploadForm extends FormLayout implements FieldErrors {
  final TextField projectCode = new TextField();
  final TextField projectName = new TextField();
  final TextField sectionName = new TextField();
  final TextField employer = new TextField();
  final TextField agency = new TextField();
  final BigDecimalField estimate = new BigDecimalField();
  final BigDecimalField contractAmount = new BigDecimalField();
  final ReviewFileUpload file;
  final FormStatus status = new FormStatus("review-upload-status");
  final Button submit = new Button();
  private final Texts texts;
  private SerializableConsumer<Upload> onUpload = u -> { };

  ReviewUploadForm(Texts texts) {
    this.texts = texts;
    setId("review-upload-form");
    addClassNames("filing-form", "review-upload-form");
    FilingFields.text(projectCode, "review-project-code", texts.get("reviews.field.projectCode"), 64);
    FilingFields.text(projectName, "review-project-name", texts.get("reviews.field.projectName"), 200);
    FilingFields.text(sectionName, "review-section-name", texts.get("reviews.field.sectionName"), 200);
    FilingFields.text(employer, "review-employer", texts.get("reviews.field.employer"), 200);
    FilingFields.text(agency, "review-agency", texts.get("reviews.field.agency"), 200);
    for (TextField f : new TextField[] {projectCode, projectName, employer}) {
      f.setRequiredIndicatorVisible(true);
    }
    employer.setHelperText(texts.get("reviews.field.employer.help"));
    amount(estimate, "review-estimate", "reviews.field.estimate");
    amount(contractAmount, "review-contract-amount", "reviews.field.contractAmount");
    estimate.setHelperText(texts.get("reviews.field.estimate.help"));
    file = new ReviewFileUpload(texts, "review-file", "reviews.upload.caption", "reviews.upload.button");
    submit.setId("review-upload-submit");
    submit.setText(texts.get("reviews.upload.submit"));
    submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    submit.addClassName("filing-submit");
    submit.setDisableOnClick(true);
    submit.addClickListener(e -> submit());
    setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("600px", 2));
    add(projectCode, projectName, sectionName, employer, agency, estimate, contractAmount, file, status, submit);
    for (var c : new Component[] {projectName, file, status, submit}) {
      setColspan(c, 2);
    }
  }

  private void amount(BigDecimalField field, String id, String labelKey) {
    field.setId(id);
    field.setLabel(texts.get(labelKey));
    field.setSuffixComponent(new Span(texts.get("reviews.field.yuan")));
    field.getElement().setAttribute("inputmode", "decimal");
    field.addValueChangeListener(e -> field.setInvalid(false));
  }

  void onUpload(SerializableConsumer<Upload> listener) {
    this.onUpload = listener;
  }

  /** The document as typed and chosen (the text fields stripped; empty optional ones as empty). */
  Upload upload() {
    return new Upload(projectCode.getValue().strip(), projectName.getValue().strip(), sectionName.getValue().strip(),
        employer.getValue().strip(), agency.getValue().strip(), estimate.getValue(), contractAmount.getValue(),
        file.fileName(), file.content());
  }

  private void submit() {
    status.clear();
    boolean ok = true;
    for (BigDecimalField f : new BigDecimalField[] {estimate, contractAmount}) {
      BigDecimal value = f.getValue();
      if (f.isInvalid() || (value == null && !f.isEmpty()) || (value != null && value.signum() <= 0)) {
        FieldErrors.mark(f, texts.get("reviews.field.amount.invalid"));
        ok = false;
      }
    }
    if (!file.hasFile()) {
      file.showError(texts.get("reviews.upload.noFile"));
      ok = false;
    }
    if (!ok) {
      status.failed(texts.get("filing.fixFields"));
      submit.setEnabled(true);
      return;
    }
    status.working(texts.get("reviews.upload.working"));
    onUpload.accept(upload());
  }

  /** The backend refused the upload: the form is usable again. */
  void failed() {
    status.failed(texts.get("filing.fixFields"));
    submit.setEnabled(true);
  }

  @Override
  public boolean showFieldError(String field, String message) {
    if ("file".equals(field)) {
      file.showError(message);
      return true;
    }
    HasValidation target = switch (field) {
      case "projectCode" -> projectCode;
      case "projectName" -> projectName;
      case "sectionName" -> sectionName;
      case "employer" -> employer;
      case "agency" -> agency;
      case "estimate" -> estimate;
      case "contractAmount" -> contractAmount;
      default -> null;
    };
    return FieldErrors.mark(target, message);
  }
}
