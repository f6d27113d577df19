package cn.ggzy.mobileapi.rigging;

import cn.ggzy.mobileapi.CallerResolver;
import cn.ggzy.mobileapi.Roles;
import cn.ggzy.server.application.JsonRows;
import cn.ggzy.server.application.TenderImports;
import cn.ggzy.server.application.TenderImports.ImportReport;
import cn.ggzy.server.domain.model.tender.BidRow;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Import of tender bids (one row per bidder and section) into the caller's department, as JSON
 * ({@code {"rows":[{...}]}}) or CSV with a header row. Idempotent per section and bidder; the answer
 * lists every refused row with its reason and the warnings raised by screening the sections.
 */
@Tag(name = "rigging-imports", description = "围标串标：招标数据导入 Bid-rigging: tender data imports")
@Path("/v1/rigging/imports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.OFFICE_LEADER, Roles.OFFICE_OFFICER, Roles.DEPARTMENT_HEAD})
@SecurityRequirement(name = "jwt")
public class RiggingImportResource {
  @Inject CallerResolver callers;
  @Inject TenderImports imports;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Import bids as JSON rows: projectCode, projectName, sectionCode, sectionName, industry, "
      + "bidderCode, bidderName, price, submittedAt, machineCode, macAddress, cpuSerial, diskSerial, uploaderIp, "
      + "caCertificate, bondAccount, authorisedAgent, projectManager, winner")
  @APIResponse(responseCode = "200", description = "the import report: counts, refused rows (line, code, zh/en message, field), sections and warnings")
  @APIResponse(responseCode = "400", description = "no rows, too many rows, or an unknown field")
  public ImportReport importJson(JsonObject body) {
    return imports.importRows(callers.caller(), rows(body));
  }

  /** The rows of a JSON import body ({@code {"rows":[...]}}); a row that is no object stays null (reported). */
  public static List<BidRow> rows(JsonObject body) {
    return JsonRows.rows(body, BidRow.COLUMNS, BidRow::of);
  }

  @POST
  @Consumes({"text/csv", MediaType.TEXT_PLAIN})
  @Operation(summary = "Import bids as CSV (UTF-8, header row with the JSON field names, any order)")
  @APIResponse(responseCode = "200", description = "the import report; line numbers count the data rows from 1")
  public ImportReport importCsv(String csv) {
    return imports.importCsv(callers.caller(), csv);
  }

  @POST
  @Path("/sections/{projectCode}/{sectionCode}/screening")
  @Operation(summary = "Screen one imported section again on demand; answers the id of its warning (null when none)")
  @APIResponse(responseCode = "404", description = "no bids of that section in the caller's department")
  @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "application/json",
      schema = @Schema(implementation = ScreeningResult.class)))
  public ScreeningResult screen(@jakarta.ws.rs.PathParam("projectCode") String projectCode,
      @jakarta.ws.rs.PathParam("sectionCode") String sectionCode) {
    return new ScreeningResult(imports.screen(callers.caller(), projectCode, sectionCode).orElse(null));
  }

  /** The section's warning after screening, or null. */
  public record ScreeningResult(String warningId) {}

  static BidRow row(int line, JsonObject row) {
    return JsonRows.row(line, row, BidRow.COLUMNS, BidRow::of);
  }
}
