package cn.ggzy.mobileapi.rigging;

import cn.ggzy.mobileapi.CallerResolver;
import cn.ggzy.mobileapi.Roles;
import cn.ggzy.server.application.JsonRows;
import cn.ggzy.server.application.SectionDataImports;
import cn.ggzy.server.application.SectionDataImports.DataReport;
import cn.ggzy.server.domain.model.tender.DocumentRow;
import cn.ggzy.server.domain.model.tender.ScoreRow;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Import of the bid-file texts, the tender's template text and the evaluation experts' scores of
 * sections into the caller's department, as JSON ({@code {"rows":[{...}]}}) or CSV with a header
 * row. Idempotent per key (identical rows count as unchanged); the answer lists every refused row
 * with its reason and the warnings of the sections screened again.
 */
@Tag(name = "rigging-sections", description = "围标串标：标段数据 Bid-rigging: section data")
@Path("/v1/rigging")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.OFFICE_LEADER, Roles.OFFICE_OFFICER, Roles.DEPARTMENT_HEAD})
@SecurityRequirement(name = "jwt")
public class RiggingSectionDataResource {
  @Inject CallerResolver callers;
  @Inject SectionDataImports imports;

  @POST
  @Path("/documents")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Import bid-file texts as JSON rows: projectCode, sectionCode, bidderCode, text "
      + "(at most 500 rows and 500,000 characters per text)")
  @APIResponse(responseCode = "200", description = "the import report: received, imported, replaced, unchanged, "
      + "refused rows (line, code, zh/en message, field), sections and warnings")
  @APIResponse(responseCode = "400", description = "no rows, too many rows, or an unknown field")
  public DataReport documents(JsonObject body) {
    return imports.importDocuments(callers.caller(), JsonRows.rows(body, DocumentRow.COLUMNS, DocumentRow::of));
  }

  @POST
  @Path("/documents")
  @Consumes({"text/csv", MediaType.TEXT_PLAIN})
  @Operation(summary = "Import bid-file texts as CSV (UTF-8, header projectCode,sectionCode,bidderCode,text; "
      + "quote texts with commas, quotes or line breaks)")
  public DataReport documentsCsv(String csv) {
    return imports.importDocumentsCsv(callers.caller(), csv);
  }

  @POST
  @Path("/tender-documents")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Import the tender's own template text per section as JSON rows: projectCode, sectionCode, "
      + "text; text copied from it does not count as abnormal consistency")
  public DataReport templates(JsonObject body) {
    return imports.importTemplates(callers.caller(),
        JsonRows.rows(body, DocumentRow.TEMPLATE_COLUMNS, DocumentRow::template));
  }

  @POST
  @Path("/tender-documents")
  @Consumes({"text/csv", MediaType.TEXT_PLAIN})
  @Operation(summary = "Import template texts as CSV (header projectCode,sectionCode,text)")
  public DataReport templatesCsv(String csv) {
    return imports.importTemplatesCsv(callers.caller(), csv);
  }

  @POST
  @Path("/scores")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Import evaluation scores as JSON rows: projectCode, sectionCode, expertId, bidderCode, "
      + "score, item (optional scoring item)")
  public DataReport scores(JsonObject body) {
    return imports.importScores(callers.caller(), JsonRows.rows(body, ScoreRow.COLUMNS, ScoreRow::of));
  }

  @POST
  @Path("/scores")
  @Consumes({"text/csv", MediaType.TEXT_PLAIN})
  @Operation(summary = "Import evaluation scores as CSV (header projectCode,sectionCode,expertId,bidderCode,score,item)")
  public DataReport scoresCsv(String csv) {
    return imports.importScoresCsv(callers.caller(), csv);
  }
}
