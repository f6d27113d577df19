package cn.ggzy.webui.projects;

import cn.ggzy.server.application.ProjectRegister.AlertView;
import cn.ggzy.server.application.ProjectRegister.ContractView;
import cn.ggzy.server.application.ProjectRegister.Detail;
import cn.ggzy.server.application.ProjectRegister.Summary;
import cn.ggzy.server.application.ProjectRegister.TenderView;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Projects as {@code ProjectRegister} answers them (the translations: {@code UiTexts}). */
final class ProjectTestData {
  static final Instant DECIDED = Instant.parse("2026-12-14T03:00:00Z");
  static final String RULE = "《必须招标的工程项目规定》（国家发展改革委令第16号）第五条";
  static final String NOT_TENDERED_KEY = "NOT_TENDERED:CONSTRUCTION:管网施工";

  private ProjectTestData() {}

  static AlertView notTendered(String state) {
    return notTendered(state, "CASE_OPENED".equals(state) ? "C42" : null);
  }

  /** The contract not tendered, in {@code state}, with the id of the case opened from it (null: none known). */
  static AlertView notTendered(String state, String caseId) {
    return new AlertView(NOT_TENDERED_KEY, "NOT_TENDERED",
        "合同“管网施工”估算价450万元，达到必须招标标准（400万元），计划招标日期2026-06-30已过，平台中没有其招标记录。",
        "Contract \"管网施工\" estimated at 450万元 must be tendered (threshold 400万元); its planned tender date 2026-06-30"
            + " has passed and the platform holds no tender of it.",
        RULE + "；《中华人民共和国招标投标法》第三条、第四十九条", state, "DISMISSED".equals(state) ? "已在省平台招标，另案核实" : null,
        "CASE_OPENED".equals(state) ? "麻监案〔2026〕第0042号" : null, "OPEN".equals(state) ? null : "jsj.wang",
        "OPEN".equals(state) ? null : DECIDED, caseId);
  }

  static AlertView split() {
    return new AlertView("SPLIT:CONSTRUCTION", "SPLIT",
        "2个施工合同均略低于必须招标标准400万元，合计770万元：道路一段 390万元；道路二段 380万元。",
        "2 construction contracts each just below the threshold of 400万元, together 770万元: 道路一段 390万元; 道路二段 380万元.",
        "《中华人民共和国招标投标法》第四条（不得将必须招标的项目化整为零或者以其他任何方式规避招标）；" + RULE, "OPEN", null, null,
        null, null);
  }

  static Detail detail(List<AlertView> alerts, List<TenderView> tenders) {
    return new Detail("P0123456789abcdef", "421181-zjj", "麻城市住房和城乡建设局", "麻发改审批〔2026〕12号", "MC-2026-018",
        "城区供水管网改造工程", "麻城市水务投资有限公司", LocalDate.of(2026, 3, 15), "OPEN", "AGENCY", true,
        LocalDate.of(2026, 6, 30), List.of(
            new ContractView("CONSTRUCTION", "管网施工", new BigDecimal("4500000"), new BigDecimal("4000000"), true),
            new ContractView("CONSTRUCTION", "道路一段", new BigDecimal("3900000"), new BigDecimal("4000000"), false),
            new ContractView("SERVICES", "施工监理", new BigDecimal("800000"), new BigDecimal("1000000"), false)),
        tenders, alerts, RULE, 4);
  }

  static TenderView tender() {
    return new TenderView("MC-2026-018-02", "道路一段", "CONSTRUCTION", "INVITED", "SELF", LocalDate.of(2026, 7, 10),
        new BigDecimal("3900000"));
  }

  static Summary summary(int n, int alerts, int open) {
    return new Summary("P" + n, "421181-zjj", "麻城市住房和城乡建设局", "麻发改审批〔2026〕" + n + "号", "MC-" + n,
        "城区供水管网改造工程", "麻城市水务投资有限公司", LocalDate.of(2026, 3, 15), LocalDate.of(2026, 6, 30), alerts, open);
  }
}
