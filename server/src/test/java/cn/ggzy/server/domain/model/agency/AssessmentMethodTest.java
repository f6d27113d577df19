package cn.ggzy.server.domain.model.agency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.domain.model.agency.AssessmentMethod.Grade;
import cn.ggzy.server.domain.model.agency.AssessmentMethod.Indicator;
import cn.ggzy.tenants.RegionCode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each indicator's formula (the weight less the deductions, never below 0), the grades' boundaries, the checks. */
class AssessmentMethodTest {
  private static final RegionCode MACHENG = RegionCode.of("421181");
  private static final AssessmentMethod STANDARD = AssessmentMethod.standard(MACHENG);

  private static Indicator indicator(String code) {
    return STANDARD.indicators().stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow();
  }

  @ParameterizedTest(name = "{0}: {1} items keep {2} points")
  @CsvSource({
      "CASES, 0, 30.0", "CASES, 1, 20.0", "CASES, 3, 0.0", "CASES, 4, 0.0",
      "REVIEW, 0, 20.0", "REVIEW, 1, 18.0", "REVIEW, 7, 6.0", "REVIEW, 10, 0.0", "REVIEW, 11, 0.0",
      "RECTIFY, 1, 5.0", "RECTIFY, 2, 0.0", "RECTIFY, 5, 0.0",
      "RIGGING, 1, 10.0", "RIGGING, 3, 0.0",
      "CREDIT, 1, 5.0", "CREDIT, 2, 0.0"})
  void eachCountedIndicatorKeepsItsWeightLessItsDeductions(String code, int count, String points) {
    assertEquals(new BigDecimal(points), indicator(code).points(count));
  }

  @Test
  void aDeductionMayBeAFractionAndTheStandardMethodIsValid() {
    Indicator i = new Indicator("X", "测试", "Test", IndicatorSource.REVIEW_FINDINGS, 10, new BigDecimal("1.5"));
    assertEquals(new BigDecimal("5.5"), i.points(3));
    assertEquals(new BigDecimal("0.0"), i.points(7));
    assertEquals(List.of(), STANDARD.problems());
    assertEquals(100, STANDARD.indicators().stream().mapToInt(Indicator::weight).sum());
  }

  @ParameterizedTest(name = "{0} points: grade {1}")
  @CsvSource({"100, A", "90.0, A", "89.9, B", "75, B", "74.9, C", "60, C", "59.9, D", "0, D"})
  void theGradeIsTheFirstWhoseMinimumTheTotalReaches(String total, String grade) {
    assertEquals(grade, STANDARD.grade(new BigDecimal(total)));
  }

  @Test
  void aMethodThatCannotBePublishedSaysWhere() {
    List<Indicator> ninety = new ArrayList<>(STANDARD.indicators().subList(0, 5));
    assertTrue(with(ninety, STANDARD.grades(), 5, "D", 6).problems().contains("indicators"), "weights add up to 85");
    List<Indicator> twice = new ArrayList<>(STANDARD.indicators());
    twice.set(1, new Indicator("CASES", "重复", "Twice", IndicatorSource.REVIEW_FINDINGS, 20, BigDecimal.ONE));
    assertTrue(with(twice, STANDARD.grades(), 5, "D", 6).problems().contains("indicators.code"));
    List<Indicator> tooMuch = new ArrayList<>(STANDARD.indicators());
    tooMuch.set(1, new Indicator("REVIEW", "审查", "Review", IndicatorSource.REVIEW_FINDINGS, 20, new BigDecimal("21")));
    assertTrue(with(tooMuch, STANDARD.grades(), 5, "D", 6).problems().contains("indicators.perItem"));
    assertTrue(with(STANDARD.indicators(), List.of(new Grade("A", 60), new Grade("B", 80), new Grade("C", 0)), 5,
        null, 0).problems().contains("grades"), "grades go from the best down");
    assertTrue(with(STANDARD.indicators(), List.of(new Grade("A", 60), new Grade("B", 10)), 5, null, 0).problems()
        .contains("grades"), "the last grade starts at 0");
    assertTrue(with(STANDARD.indicators(), STANDARD.grades(), 0, "D", 6).problems().contains("appealWorkingDays"));
    assertTrue(with(STANDARD.indicators(), STANDARD.grades(), 5, "E", 6).problems().contains("restrictingGrade"));
    assertTrue(with(STANDARD.indicators(), STANDARD.grades(), 5, "D", 37).problems().contains("restrictionMonths"));
  }

  private static AssessmentMethod with(List<Indicator> indicators, List<Grade> grades, int appealDays,
      String restricting, int months) {
    return new AssessmentMethod(MACHENG, indicators, grades, appealDays, restricting, months, 1);
  }
}
