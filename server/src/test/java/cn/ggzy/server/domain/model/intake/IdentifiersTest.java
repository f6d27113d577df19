package cn.ggzy.server.domain.model.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Check characters computed by hand (and by an independent script) from the standards' weights. */
class IdentifiersTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
      "11010519491231002X, ",
      "421181199003071239, ",
      "421181199003071234, intake.idNumber.checksum",
      "11010519491231002Y, intake.idNumber.format",
      "4211811990030712,   intake.idNumber.format",
      "42118119900230123X, intake.idNumber.birthDate",
      "421181209903071235, intake.idNumber.birthDate",
      "42118118990307123X, intake.idNumber.birthDate"})
  void residentIdsAreCheckedByGb11643(String id, String problem) {
    assertEquals(Optional.ofNullable(problem), Identifiers.residentIdProblem(id, TODAY));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
      "91350100M000100Y43, ",
      "91110000802100433B, ",
      "91421181MA4A1B2C3G, ",
      "91350100M000100Y44, intake.creditCode.checksum",
      "91421181MA4A1B2C3D, intake.creditCode.checksum",
      "91350100I000100Y43, intake.creditCode.format",
      "9135010M000100Y43,  intake.creditCode.format"})
  void creditCodesAreCheckedByGb32100(String code, String problem) {
    assertEquals(Optional.ofNullable(problem), Identifiers.creditCodeProblem(code));
  }

  @ParameterizedTest
  @CsvSource({"13812345678, true", "19912345678, true", "12812345678, false", "1381234567, false",
      "23812345678, false"})
  void mobileNumbersStartWith13To19(String number, boolean valid) {
    assertEquals(valid, Identifiers.isMobile(number));
  }

  @org.junit.jupiter.api.Test
  void typedVariantsAreNormalised() {
    assertEquals("13812345678", Identifiers.normaliseMobile("+86 138-1234-5678"));
    assertEquals("11010519491231002X", Identifiers.normaliseResidentId(" 11010519491231002x "));
    assertTrue(Identifiers.residentIdProblem(Identifiers.normaliseResidentId("11010519491231002x"), TODAY).isEmpty());
    assertFalse(Identifiers.isMobile(null));
  }
}
