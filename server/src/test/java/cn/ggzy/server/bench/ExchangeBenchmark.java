package cn.ggzy.server.bench;

import cn.ggzy.server.TestClock;
import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.DataExchange;
import cn.ggzy.server.application.DataExchange.ExchangeReport;
import cn.ggzy.server.application.DataExchange.Format;
import cn.ggzy.server.application.internal.TestOfficers;
import cn.ggzy.server.domain.model.account.Role;
import cn.ggzy.server.domain.model.credit.CreditFixtures;
import cn.ggzy.server.infrastructure.persistence.mongo.TestContainer;
import cn.ggzy.tenants.TenantId;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Random;
import java.util.function.Supplier;

/**
 * A city's batch through the national-format exchange, end to end on the embedded MongoDB: {@code sections}
 * tender projects with one section, 8 bidders each and the result (10 records per section, 11 with the
 * project), imported (register, tender imports, bid-rigging screening of every section), imported again
 * (idempotent), exported as JSON and XML and as an OCDS package (validated). Prints each step's time and
 * the files' sizes. {@code server/bench/exchange.sh [sections]} (default 1,500: 16,500 records).
 */
public class ExchangeBenchmark {
  public static void main(String[] args) {
    int sections = args.length > 0 ? Integer.parseInt(args[0]) : 1500;
    DataExchange exchange = TestContainer.get(DataExchange.class);
    Caller head = TestOfficers.signedIn(TenantId.of("421181-zjj"), "bench-exchange", "基准", Role.DEPARTMENT_HEAD);
    byte[] batch = batch(sections, new Random(20));
    System.out.printf("batch: %d sections, %d records, %.1f MB%n", sections, sections * 11,
        batch.length / 1048576.0);
    time("import (new)", () -> report(exchange.importNational(head, batch, Format.JSON)));
    time("import (again, idempotent)", () -> report(exchange.importNational(head, batch, Format.JSON)));
    LocalDate today = TestClock.today();
    time("export national JSON", () -> size(exchange.exportNational(head, today.minusDays(1), today, Format.JSON)));
    time("export national XML", () -> size(exchange.exportNational(head, today.minusDays(1), today, Format.XML)));
    time("export OCDS (validated)", () -> size(exchange.exportOcds(head, today.minusDays(1), today)));
    System.exit(0);
  }

  private static String report(ExchangeReport r) {
    return r.received() + " received, " + r.imported() + " imported, " + r.refused().size() + " refused, "
        + r.warnings().size() + " warnings";
  }

  private static String size(byte[] file) {
    return String.format("%.1f MB", file.length / 1048576.0);
  }

  private static void time(String what, Supplier<String> step) {
    long start = System.nanoTime();
    String result = step.get();
    System.out.printf("%-28s %8.1f s   %s%n", what, (System.nanoTime() - start) / 1e9, result);
  }

  private static byte[] batch(int sections, Random random) {
    JsonArrayBuilder projects = Json.createArrayBuilder();
    JsonArrayBuilder sectionRecs = Json.createArrayBuilder();
    JsonArrayBuilder bidders = Json.createArrayBuilder();
    JsonArrayBuilder results = Json.createArrayBuilder();
    for (int s = 0; s < sections; s++) {
      String project = "BENCH-XCH-" + s;
      projects.add(Json.createObjectBuilder().add("PROJECT_CODE", "2026-421181-47-" + s).add("TENDER_PROJECT_CODE",
          project).add("TENDER_PROJECT_NAME", "麻城市基准工程" + s).add("TENDERER_NAME", "麻城市某单位" + (s % 40))
          .add("APPROVE_DATE", "2026-09-01").add("TENDER_MODE", "1").add("IS_TO_LAW", "1")
          .add("TENDER_PROJECT_TYPE", "A01").add("CONTRACT_KIND", "1").add("CONTRACT_RECKON_PRICE", "5000000"));
      sectionRecs.add(Json.createObjectBuilder().add("TENDER_PROJECT_CODE", project).add("BID_SECTION_CODE", "BD1")
          .add("BID_SECTION_NAME", "一标段").add("CONTRACT_KIND", "1").add("TENDER_MODE", "1"));
      String winner = null;
      for (int b = 0; b < 8; b++) {
        String code = CreditFixtures.code(800_000 + random.nextInt(3_000));
        winner = winner == null ? code : winner;
        bidders.add(Json.createObjectBuilder().add("TENDER_PROJECT_CODE", project).add("BID_SECTION_CODE", "BD1")
            .add("BIDDER_NAME", "基准建设" + code.substring(10) + "有限公司").add("BIDDER_ORG_CODE", code)
            .add("BID_PRICE", String.format("%.2f", 4_000_000 + random.nextInt(900_000) + random.nextInt(100) / 100.0))
            .add("BID_SUBMIT_TIME", "2026-11-10 09:" + (10 + b) + ":00")
            .add("MACHINE_CODE", "M-" + random.nextInt(1_000_000)));
      }
      results.add(Json.createObjectBuilder().add("TENDER_PROJECT_CODE", project).add("BID_SECTION_CODE", "BD1")
          .add("WIN_BIDDER_CODE", winner));
    }
    return Json.createObjectBuilder().add("TENDER_PROJECT", projects).add("BID_SECTION", sectionRecs)
        .add("TENDER_LIST", bidders).add("WIN_RESULT", results).build().toString().getBytes(StandardCharsets.UTF_8);
  }
}
