package cn.ggzy.webui.credit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.application.PublicCreditViews.PublicBlackEntry;
import cn.ggzy.server.application.PublicCreditViews.PublicRepair;
import cn.ggzy.server.domain.model.credit.CreditException;
import cn.ggzy.server.domain.model.credit.ListClass;
import cn.ggzy.server.domain.model.credit.Measure;
import cn.ggzy.server.domain.model.credit.RepairStatus;
import cn.ggzy.server.domain.model.credit.SubjectKind;
import cn.ggzy.webui.i18n.Texts;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/** The public credit parts without a browser: what a card shows and what the repair form sends. */
class CreditPublicPartsTest {
  static final Texts TEXTS = (key, params) -> params.length == 0 ? key : key + Arrays.toString(params);
  private static final LocalDate OPENS = LocalDate.parse("2026-06-02");

  private static PublicBlackEntry entry(PublicRepair repair) {
    return new PublicBlackEntry("e1", "s1", "张某某", SubjectKind.EXPERT, "1101************2X", ListClass.SERIOUS,
        "评标中收受好处", "《招标投标法实施条例》第七十二条", List.of(Measure.SUSPEND_EXPERT), "麻监案〔2026〕第0001号",
        "麻城市住房和城乡建设局", "Housing", LocalDate.parse("2026-03-02"), LocalDate.parse("2027-03-01"), OPENS,
        repair);
  }

  private static Stream<Component> all(Component c) {
    return Stream.concat(Stream.of(c), c.getChildren().flatMap(CreditPublicPartsTest::all));
  }

  private static boolean hasRepairLink(Component card) {
    return all(card).anyMatch(c -> c instanceof Anchor a && "credit/repair/421181/e1".equals(a.getHref()));
  }

  @Test
  void theRepairLinkAppearsOnceTheMinimumPeriodHasPassedAndNoApplicationIsUnderReview() {
    CreditCards cards = new CreditCards(new CreditLabels(TEXTS));
    assertFalse(hasRepairLink(cards.blackDetail("421181", entry(null), OPENS.minusDays(1))));
    assertTrue(hasRepairLink(cards.blackDetail("421181", entry(null), OPENS)));
    PublicRepair underReview = new PublicRepair(RepairStatus.SUBMITTED, OPENS, LocalDate.parse("2026-06-05"), null,
        null);
    assertFalse(hasRepairLink(cards.blackDetail("421181", entry(underReview), OPENS)));
    PublicRepair refused = new PublicRepair(RepairStatus.REFUSED, OPENS, LocalDate.parse("2026-06-05"),
        LocalDate.parse("2026-06-04"), "材料不足");
    assertTrue(hasRepairLink(cards.blackDetail("421181", entry(refused), OPENS.plusDays(5))), "may apply again");
    assertEquals("credit.repair.refused[2026-06-04, 材料不足]", cards.repairState(refused, OPENS, OPENS));
  }

  @Test
  void aNaturalPersonIsShownWithTheMaskedIdNumberOnly() {
    CreditLabels labels = new CreditLabels(TEXTS);
    assertEquals("credit.identifier.person 1101************2X", labels.identifier(SubjectKind.EXPERT,
        "1101************2X"));
    assertEquals("credit.identifier.code 91110108551385082Q", labels.identifier(SubjectKind.ENTERPRISE,
        "91110108551385082Q"));
  }

  @Test
  void theRepairFormSendsWhatWasTypedAndShowsTheBackendsErrorsAtTheirFields() {
    RepairForm form = new RepairForm(TEXTS, SubjectKind.ENTERPRISE);
    assertEquals("credit.repair.form.commitment.text", form.commitment.getValue(), "the standard commitment is filled in");
    List<RepairForm.SubmitEvent> sent = new ArrayList<>();
    form.addSubmitListener(sent::add);
    form.identifier.setValue(" 91110108551385082q ");
    form.contactName.setValue("李经理");
    form.contactPhone.setValue("139 1234 5678");
    form.commitmentAccepted.setValue(true);
    form.rectification.setValue("已缴清罚款");
    form.evidence.setValue("缴款凭证");
    form.submit.click();
    var request = sent.get(0).request();
    assertEquals("91110108551385082Q", request.identifier());
    assertEquals("13912345678", request.contactPhone());

    form.commitmentAccepted.setValue(false);
    form.submit.click();
    CreditException refused = Assertions.assertThrows(CreditException.class,
        () -> sent.get(1).request());
    assertTrue(form.showFieldError(refused.field(), "请阅读并签署信用承诺"));
    assertTrue(form.commitmentError.isVisible());
    assertTrue(form.showFieldError("contactPhone", "电话无效"));
    assertTrue(form.contactPhone.isInvalid());
    assertFalse(form.showFieldError("entryId", "x"));
  }
}
