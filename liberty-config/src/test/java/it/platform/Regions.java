package it.platform;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.io.IOException;
import java.net.http.HttpResponse;

/** A second city on the test server, added over the administrators' API (once per server). */
final class Regions {
  /** 武穴市: the region the tests add beside 麻城市. */
  static final String OTHER = "421182";
  /** Its 住建局 ({@code 421182-zjj}); its office is {@code 421182-jgb}. */
  static final String OTHER_DEPARTMENT_BODY = Json.createObjectBuilder().add("code", "zjj")
      .add("nameZh", "武穴市住房和城乡建设局").add("nameEn", "Wuxue Housing and Urban-Rural Development Bureau")
      .add("kind", "INDUSTRY_DEPARTMENT").build().toString();
  static final String OTHER_REGION_BODY = Json.createObjectBuilder().add("code", OTHER).add("nameZh", "武穴市")
      .add("nameEn", "Wuxue").add("caseNumberPrefix", "鄂武").add("officeNameZh", "武穴市公共资源交易监督管理办公室")
      .add("officeNameEn", "Wuxue Public Resource Trading Supervision Office").build().toString();

  private Regions() {}

  /** Adds {@link #OTHER} with its office and 住建局, or finds them there. */
  static void addOther(String admin) throws IOException, InterruptedException {
    HttpResponse<String> added = Http.post("/api/v1/regions", OTHER_REGION_BODY, admin);
    assertTrue(added.statusCode() == 201 || added.body().contains("region.exists"), added.body());
    HttpResponse<String> withDepartment = Http.post("/api/v1/regions/" + OTHER + "/departments",
        OTHER_DEPARTMENT_BODY, admin);
    assertTrue(withDepartment.statusCode() == 201 || withDepartment.body().contains("department.exists"),
        withDepartment.body());
  }
}
