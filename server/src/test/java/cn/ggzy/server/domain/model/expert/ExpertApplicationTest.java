package cn.ggzy.server.domain.model.expert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.domain.model.credit.ResidentId;
import cn.ggzy.server.domain.model.expert.ExpertApplication.CertificateInput;
import cn.ggzy.server.domain.model.intake.IntakeValidationException;
import cn.ggzy.server.domain.model.intake.IntakeValidationException.Violation;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExpertApplicationTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 16);
  /** A valid resident ID (check character computed): born 1 January 1970. */
  static final String ID = "42118119700101010X";

  static ExpertApplication valid() {
    return new ExpertApplication(" 张伟 ", ID.toLowerCase(), "138 0000 1234", "湖北某设计研究院", "高级工程师",
        List.of("A0301", "A0304"), List.of(new CertificateInput("一级注册建造师", "鄂142000001", "2028-06-30")),
        List.of("麻城市某路桥公司（配偶）", " "), true, true);
  }

  @Test
  void aValidApplicationIsNormalised() {
    ExpertProfile p = valid().validate(Specialties.standard(), ExpertRules.DEFAULT, TODAY);
    assertEquals("张伟", p.name());
    assertEquals(ID, p.residentId());
    assertEquals(LocalDate.of(1970, 1, 1), p.birthDate());
    assertEquals("13800001234", p.phone());
    assertEquals(List.of("麻城市某路桥公司（配偶）"), p.conflicts());
    assertEquals("4211************0X", p.maskedResidentId());
    assertEquals("138****1234", p.maskedPhone());
    assertEquals(LocalDate.of(2028, 6, 30), p.qualificationValidUntil());
  }

  @Test
  void everyFaultIsReportedAtOnceWithItsField() {
    ExpertApplication bad = new ExpertApplication("", "421181197001010010", "12345", "", "",
        List.of("A03", "Z9999"), List.of(new CertificateInput("", "", "2020-01-01"),
            new CertificateInput("证书", "N1", "30/06/2028")), List.of(), false, false);
    IntakeValidationException e = assertThrows(IntakeValidationException.class,
        () -> bad.validate(Specialties.standard(), ExpertRules.DEFAULT, TODAY));
    assertEquals(List.of(new Violation("expert.name.invalid", "name"),
        new Violation("expert.residentId.invalid", "residentId"), new Violation("expert.phone.invalid", "phone"),
        new Violation("expert.employer.invalid", "employer"), new Violation("expert.title.invalid", "title"),
        new Violation("expert.specialty.unknown", "specialties[0]"),
        new Violation("expert.specialty.unknown", "specialties[1]"),
        new Violation("expert.certificate.name", "certificates[0].name"),
        new Violation("expert.certificate.number", "certificates[0].number"),
        new Violation("expert.certificate.expired", "certificates[0].validUntil"),
        new Violation("expert.certificate.date", "certificates[1].validUntil"),
        new Violation("expert.declaration.required", "declaration")), e.violations());
  }

  @Test
  void aPersonAtTheAgeLimitCannotApply() {
    ExpertApplication old = new ExpertApplication("李某", "421181195601010016", "13800001234", "某院", "教授级高工",
        List.of("A0101"), List.of(new CertificateInput("职称证", "1", "")), List.of(), false, true);
    assertTrue(ResidentId.valid("421181195601010016"), "test data: the ID must be valid");
    IntakeValidationException e = assertThrows(IntakeValidationException.class,
        () -> old.validate(Specialties.standard(), ExpertRules.DEFAULT, TODAY));
    assertEquals(List.of(new Violation("expert.age.over", "residentId")), e.violations());
  }

  @Test
  void theCodeListIsDataClassesBeforeMembersAndMalformedListsAreRefused() {
    Specialties list = Specialties.standard();
    assertTrue(list.drawable("A0101"));
    assertTrue(list.find("A01").isPresent() && !list.drawable("A01"), "a class is not drawn for, its sub-classes are");
    assertTrue(list.all().size() > 30);
    for (String bad : List.of("A01|名|Name|ZZ\n", "A|工程|Works|\nA|工程|Works|\n", "A|工程\n")) {
      assertThrows(IllegalArgumentException.class,
          () -> Specialties.read(new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8))), bad);
    }
  }
}
