package cn.ggzy.server.domain.model.credit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** GB 32100 credit codes and GB 11643 resident ID numbers, checked by their check characters. */
class IdentifiersTest {
  @ParameterizedTest
  @ValueSource(strings = {"91110108551385082Q", "9144030071526726XG", "91330100716105852F", "91350100M000100Y43"})
  void realCreditCodesAreAccepted(String code) {
    assertTrue(CreditCode.valid(code));
    assertEquals(code, CreditCode.parse(" " + code.toLowerCase() + " ", "creditCode").value());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "91110108551385082R", // wrong check character
      "9144030071526726XQ", // wrong check character
      "91110108551385082", // 17 characters
      "911101085513850820Q", // 19 characters
      "91110108551385O82Q", // O is not in the alphabet
      "9111010855138508IQ", // I is not in the alphabet
      "91110108551385S82Q"}) // S is not in the alphabet
  void aCodeWithAWrongCheckCharacterOrLetterIsRefused(String code) {
    assertFalse(CreditCode.valid(code));
    CreditException e = assertThrows(CreditException.class, () -> CreditCode.parse(code, "creditCode"));
    assertEquals("credit.code.invalid", e.code());
    assertEquals("creditCode", e.field());
  }

  @Test
  void theCheckCharacterIsComputedWithTheStandardsWeights() {
    // Σ over 91110108551385082 with weights 1,3,9,27,… mod 31 = 7, so the check is 31 − 7 = 24 → Q
    assertEquals('Q', CreditCode.checkCharacter("91110108551385082"));
  }

  @Test
  void aResidentIdIsValidatedAndMaskedForThePublic() {
    ResidentId id = ResidentId.parse("11010519491231002x", "residentId");
    assertEquals("11010519491231002X", id.value());
    assertEquals("1101************2X", id.masked());
    assertFalse(id.masked().contains("19491231"), "the birth date is never shown");
    assertEquals(id.masked(), id.toString(), "printing it never shows it whole");
    assertThrows(CreditException.class, () -> ResidentId.parse("110105194912310021", "residentId"));
    assertThrows(CreditException.class, () -> ResidentId.parse("110105194902300029", "residentId"),
        "30 February is no birth date");
  }

  @Test
  void anExpertIsKeyedByTheIdNumberAndShowsOnlyTheMaskedOne() {
    SubjectIdentity expert = SubjectIdentity.of(SubjectKind.EXPERT, "张评审", null, "11010519491231002X");
    assertEquals("P:11010519491231002X", expert.key());
    assertEquals("1101************2X", expert.publicIdentifier());
    assertEquals("credit.subject.residentId.required",
        assertThrows(CreditException.class, () -> SubjectIdentity.of(SubjectKind.EXPERT, "张评审", null, null)).code());
    assertEquals("credit.subject.code.required",
        assertThrows(CreditException.class, () -> SubjectIdentity.of(SubjectKind.AGENCY, "某代理", null, null)).code());
  }
}
