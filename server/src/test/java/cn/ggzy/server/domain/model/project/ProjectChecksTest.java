package cn.ggzy.server.domain.model.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProjectChecksTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 16);
  private final ProjectChecks checks = new ProjectChecks(Thresholds.standard());

  private static ApprovedProject.Facts project(LocalDate approvedOn, boolean mandatory, LocalDate planned,
      List<PlannedContract> contracts, List<RecordedTender> tenders) {
    return new ApprovedProject.Facts("鄂发改审批〔2026〕1号", "MC-1", "麻城市某道路工程", "麻城市交通运输局", approvedOn,
        TenderMethod.OPEN, Organisation.AGENCY, mandatory, planned, contracts, tenders);
  }

  private static PlannedContract works(String name, String yuan) {
    return new PlannedContract(ContractKind.CONSTRUCTION, name, new BigDecimal(yuan));
  }

  private List<ProjectAlert.Kind> kinds(ApprovedProject.Facts p, boolean inPlatform) {
    return checks.check(p, inPlatform, TODAY).stream().map(ProjectAlert::kind).toList();
  }

  @Test
  void aContractOverTheThresholdNotTenderedByItsPlannedDateIsAnAlert() {
    ApprovedProject.Facts late = project(LocalDate.of(2026, 3, 1), true, LocalDate.of(2026, 9, 1),
        List.of(works("主体工程", "5000000")), List.of());
    assertEquals(List.of(ProjectAlert.Kind.NOT_TENDERED), kinds(late, false));
    assertEquals(List.of(), kinds(late, true), "bids of the project are in the platform");
    ApprovedProject.Facts notYet = project(LocalDate.of(2026, 3, 1), true, LocalDate.of(2026, 12, 1),
        List.of(works("主体工程", "5000000")), List.of());
    assertEquals(List.of(), kinds(notYet, false), "its planned date has not come");
    ApprovedProject.Facts voluntary = project(LocalDate.of(2026, 3, 1), false, LocalDate.of(2026, 9, 1),
        List.of(works("主体工程", "5000000")), List.of());
    assertEquals(List.of(), kinds(voluntary, false), "not a project that must be tendered");
  }

  @Test
  void theThresholdIsTheOneInForceOnTheApprovalDate() {
    List<PlannedContract> threeMillion = List.of(works("主体工程", "3000000"));
    assertEquals(List.of(ProjectAlert.Kind.NOT_TENDERED),
        kinds(project(LocalDate.of(2017, 12, 1), true, LocalDate.of(2018, 3, 1), threeMillion, List.of()), false),
        "2,000,000 yuan under order No. 3 (2000)");
    assertEquals(List.of(),
        kinds(project(LocalDate.of(2018, 6, 1), true, LocalDate.of(2018, 9, 1), threeMillion, List.of()), false),
        "4,000,000 yuan under order No. 16 (from 1 June 2018)");
    assertEquals(new BigDecimal("4000000"), Thresholds.standard().on(LocalDate.of(2018, 6, 1)).construction());
    assertEquals(new BigDecimal("2000000"), Thresholds.standard().on(LocalDate.of(2018, 5, 31)).construction());
  }

  @Test
  void aTenderByAnotherMethodOrFormThanApprovedIsAnAlert() {
    ApprovedProject.Facts p = project(LocalDate.of(2026, 3, 1), true, LocalDate.of(2026, 9, 1),
        List.of(works("主体工程", "5000000")), List.of(new RecordedTender("BD01", "一标段", ContractKind.CONSTRUCTION,
            TenderMethod.INVITED, Organisation.SELF, LocalDate.of(2026, 8, 1), new BigDecimal("5000000"))));
    List<ProjectAlert> alerts = checks.check(p, false, TODAY);
    assertEquals(List.of(ProjectAlert.Kind.METHOD_DIFFERS, ProjectAlert.Kind.ORGANISATION_DIFFERS),
        alerts.stream().map(ProjectAlert::kind).toList());
    assertTrue(alerts.get(0).evidence().contains("核准为公开招标，实际为邀请招标"), alerts.get(0).evidence());
  }

  @Test
  void contractsSplitJustBelowTheThresholdAreAnAlert() {
    ApprovedProject.Facts split = project(LocalDate.of(2026, 3, 1), true, LocalDate.of(2027, 9, 1),
        List.of(works("一期", "3900000"), works("二期", "3800000"), works("附属", "500000")), List.of());
    List<ProjectAlert> alerts = checks.check(split, false, TODAY);
    assertEquals(List.of(ProjectAlert.Kind.SPLIT), alerts.stream().map(ProjectAlert::kind).toList());
    assertTrue(alerts.get(0).evidence().contains("合计770万元") && alerts.get(0).basis().contains("第四条"),
        alerts.get(0).evidence());
    ApprovedProject.Facts small = project(LocalDate.of(2026, 3, 1), true, LocalDate.of(2027, 9, 1),
        List.of(works("一期", "1500000"), works("二期", "1500000")), List.of());
    assertEquals(List.of(), kinds(small, false), "two small contracts far below the threshold");
  }
}
