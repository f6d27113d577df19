package cn.ggzy.webui.experts.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.application.ExpertDraws.RatingInput;
import cn.ggzy.server.domain.model.StateConflictException;
import cn.ggzy.server.domain.model.expert.Rating;
import cn.ggzy.server.domain.model.intake.IntakeValidationException;
import cn.ggzy.webui.experts.ExpertTestData;
import cn.ggzy.webui.i18n.Language;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** 一标一评 without a browser: what is sent, the note a low item requires, the backend's faults at their items. */
class RatingFormTest {
  private static final Instant NOW = Instant.parse("2026-12-18T06:00:00Z");
  private final List<RatingInput> sent = new ArrayList<>();

  private RatingForm form(Locale locale) {
    RatingForm form = new RatingForm(ExpertTestData.texts(locale), "421181-EA");
    form.onRate(sent::add);
    return form;
  }

  /** What the backend makes of the input (the same checks as {@code DefaultExpertDraws.rate}). */
  private static Rating stored(RatingInput i) {
    return new Rating(i.expertId(), i.punctuality(), i.independence(), i.judgement(), i.discipline(), i.note(),
        "zjj.li", NOW);
  }

  @Test
  void theFourItemsAndTheNoteAreSentAsChosen() {
    RatingForm form = form(Language.CHINESE);
    assertEquals("守时", form.punctuality.getLabel());
    assertEquals("遵守纪律", form.discipline.getLabel());
    form.punctuality.setValue(5);
    form.independence.setValue(4);
    form.judgement.setValue(4);
    form.discipline.setValue(5);
    form.note.setValue("  准时到场，评审认真  ");
    form.confirm.click();
    assertEquals(List.of(new RatingInput("421181-EA", 5, 4, 4, 5, "准时到场，评审认真")), sent);
    Rating rating = stored(sent.get(0));
    assertEquals(90.0, rating.points());
    assertFalse(rating.negative());
  }

  @Test
  void anItemOfTwoOrLessMakesTheNoteRequiredAndTheBackendSaysSoAtTheNote() {
    RatingForm form = form(Language.CHINESE);
    form.punctuality.setValue(4);
    assertFalse(form.note.isRequiredIndicatorVisible());
    form.independence.setValue(2);
    assertTrue(form.note.isRequiredIndicatorVisible(), "2 is negative");
    form.judgement.setValue(3);
    form.discipline.setValue(4);
    form.confirm.click();
    IntakeValidationException refused = assertThrows(IntakeValidationException.class, () -> stored(sent.get(0)));
    form.refused(refused, Language.CHINESE);
    assertTrue(form.note.isInvalid());
    assertEquals("有 2 分及以下的项目，请写明具体情况", form.note.getErrorMessage());
    assertFalse(form.independence.isInvalid());
    assertEquals("请按提示修改标红的内容后再提交", form.status.text());
    form.independence.setValue(3);
    assertFalse(form.note.isRequiredIndicatorVisible(), "no item of 2 or less any more");
  }

  @Test
  void itemsNotChosenGoAsZeroAndAreMarkedWhereTheyAre() {
    RatingForm form = form(Language.ENGLISH);
    form.punctuality.setValue(3);
    form.judgement.setValue(1);
    form.note.setValue("Left the room during the evaluation");
    form.confirm.click();
    RatingInput input = sent.get(0);
    assertEquals(0, input.independence());
    assertEquals(0, input.discipline());
    form.refused(assertThrows(IntakeValidationException.class, () -> stored(input)), Language.ENGLISH);
    assertTrue(form.independence.isInvalid() && form.discipline.isInvalid());
    assertEquals("Each item is rated 1 to 5", form.discipline.getErrorMessage());
    assertFalse(form.punctuality.isInvalid() || form.judgement.isInvalid() || form.note.isInvalid());
  }

  @Test
  void aRefusalWithoutAFieldOfTheFormIsToldBesideTheButton() {
    RatingForm form = form(Language.CHINESE);
    assertFalse(form.showFieldError("expertId", "x"));
    form.refused(new StateConflictException("expert.rating.notYet", "expertId"),
        Language.CHINESE);
    assertEquals("评标开始后才能评价专家", form.status.text());
  }
}
