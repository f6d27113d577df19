package cn.ggzy.webui.credit.console;

import cn.ggzy.server.domain.model.credit.SubjectKind;
import cn.ggzy.webui.credit.CreditLabels;
import cn.ggzy.webui.i18n.Texts;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;

/** Who a record is about: kind, name and the credit code (enterprise, agency) or ID number (expert). */
class CreditSubjectFields {
  final Select<SubjectKind> kind = new Select<>();
  final TextField name = new TextField();
  final TextField creditCode = new TextField();
  final TextField residentId = new TextField();

  CreditSubjectFields(Texts texts, String idPrefix) {
    CreditLabels labels = new CreditLabels(texts);
    kind.setId(idPrefix + "-subject-kind");
    kind.setLabel(texts.get("credit.console.subjectKind"));
    kind.setItems(SubjectKind.values());
    kind.setItemLabelGenerator(labels::kind);
    kind.setValue(SubjectKind.ENTERPRISE);
    kind.addValueChangeListener(e -> showIdentifier());
    name.setId(idPrefix + "-subject-name");
    name.setLabel(texts.get("credit.console.subjectName"));
    creditCode.setId(idPrefix + "-credit-code");
    creditCode.setLabel(texts.get("credit.identifier.code"));
    creditCode.setMaxLength(18);
    residentId.setId(idPrefix + "-resident-id");
    residentId.setLabel(texts.get("credit.console.residentId"));
    residentId.setMaxLength(18);
    for (TextField f : List.of(name, creditCode, residentId)) {
      f.addValueChangeListener(e -> f.setInvalid(false));
    }
    showIdentifier();
  }

  private void showIdentifier() {
    boolean person = kind.getValue() == SubjectKind.EXPERT;
    creditCode.setVisible(!person);
    residentId.setVisible(person);
  }

  String code() {
    return creditCode.isVisible() ? creditCode.getValue() : null;
  }

  String idNumber() {
    return residentId.isVisible() ? residentId.getValue() : null;
  }

  HasValidation field(String name) {
    return switch (name) {
      case "subjectKind" -> kind;
      case "subjectName" -> this.name;
      case "creditCode" -> creditCode;
      case "residentId" -> residentId;
      default -> null;
    };
  }
}
