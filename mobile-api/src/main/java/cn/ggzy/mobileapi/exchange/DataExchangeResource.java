package cn.ggzy.mobileapi.exchange;

import cn.ggzy.mobileapi.ApiError;
import cn.ggzy.mobileapi.CallerResolver;
import cn.ggzy.mobileapi.Endpoints;
import cn.ggzy.mobileapi.Roles;
import cn.ggzy.server.application.DataExchange;
import cn.ggzy.server.application.DataExchange.ExchangeReport;
import cn.ggzy.server.application.DataExchange.Format;
import cn.ggzy.server.domain.model.DomainException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Data exchange with the provincial platform and the trading systems: batches in the data items of the
 * national 公共资源交易平台系统数据规范 (JSON or XML) and OCDS 1.1 release packages, imported with a report
 * of every refused record and exported per period (the caller's department; the office's whole region).
 * The field-by-field mapping is docs/data-exchange.md.
 */
@Tag(name = "data-exchange", description = "数据交换（全国数据规范、OCDS） Data exchange (national format, OCDS)")
@Path("/v1/exchange")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.OFFICE_LEADER, Roles.OFFICE_OFFICER, Roles.DEPARTMENT_HEAD})
@SecurityRequirement(name = "jwt")
public class DataExchangeResource {
  private static final String XML = "application/xml";
  @Inject CallerResolver callers;
  @Inject DataExchange exchange;

  @POST
  @Path("/national")
  @Consumes({MediaType.APPLICATION_JSON, XML, MediaType.TEXT_XML})
  @Operation(operationId = "importNationalBatch", summary = "Import a batch in the national format's data items",
      description = "JSON `{\"HEADER\":{…},\"TENDER_PROJECT\":[{…}],…}` in UTF-8, or XML `<GGZY_DATA><TENDER_PROJECT>"
          + "<RECORD>…</RECORD></TENDER_PROJECT></GGZY_DATA>` in its declared encoding (UTF-8, GBK, GB18030); at most "
          + "10 MB and 20,000 records. Data sets taken: SUBJECT, TENDER_PROJECT, BID_SECTION, TENDER_LIST, WIN_RESULT. "
          + "A batch that cannot be read is refused whole (400 with the code and field `file`); otherwise every "
          + "record is imported or listed in `refused` with the data item at fault.")
  @RequestBody(required = true, content = {
      @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.STRING, format = "binary")),
      @Content(mediaType = XML, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
  @APIResponse(responseCode = "200", description = "the import report",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExchangeReport.class)))
  @APIResponse(responseCode = "400", description = "exchange.tooLarge, exchange.encoding, exchange.malformed, "
      + "exchange.empty, exchange.tooMany",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
  public ExchangeReport importNational(@HeaderParam("Content-Type") String type, InputStream body) {
    Format format = type != null && type.toLowerCase(Locale.ROOT).contains("xml") ? Format.XML : Format.JSON;
    return exchange.importNational(callers.caller(), bounded(body), format);
  }

  @GET
  @Path("/national")
  @Produces({MediaType.APPLICATION_JSON, XML})
  @Operation(operationId = "exportNationalBatch", summary = "Export a period in the national format's data items",
      description = "Subjects, tender projects, sections, bidders, results, complaints and reports (without the "
          + "filer's identity), bid-rigging warnings as PROJECT_ALARM, black-list entries with their removal, "
          + "red-list entries (CREDIT_AWARD) and performance records, as a file to download.")
  @APIResponse(responseCode = "200", description = "the batch file", content = {
      @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.STRING, format = "binary")),
      @Content(mediaType = XML, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
  @APIResponse(responseCode = "400", description = "exchange.period.* or a date that is not yyyy-MM-dd",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
  public Response exportNational(
      @Parameter(description = "first day, yyyy-MM-dd (Asia/Shanghai)", required = true) @QueryParam("from") String from,
      @Parameter(description = "last day, yyyy-MM-dd, at most 366 days after `from`", required = true)
      @QueryParam("to") String to,
      @Parameter(description = "json (default) or xml", schema = @Schema(enumeration = {"json", "xml"}))
      @QueryParam("format") String format) {
    Format f = "xml".equalsIgnoreCase(format) ? Format.XML : Format.JSON;
    LocalDate first = date(from, "from");
    LocalDate last = date(to, "to");
    byte[] file = exchange.exportNational(callers.caller(), first, last, f);
    return Endpoints.file(file,
        f == Format.XML ? XML + ";charset=UTF-8" : MediaType.APPLICATION_JSON + ";charset=UTF-8",
        "ggzy-" + first + "-" + last + (f == Format.XML ? ".xml" : ".json"));
  }

  @POST
  @Path("/ocds")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "importOcdsPackage", summary = "Import an OCDS 1.1 release package",
      description = "Checked against the OCDS 1.1 release package schema first: a package-level violation refuses "
          + "it whole, a release that violates it is refused alone with the JSON pointer of the fault. tender.id is "
          + "`<tender project code>/<section code>`; bidders are parties identified with the scheme CN-USCC; bid "
          + "prices come from the bids extension; the active award names the winner.")
  @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
      schema = @Schema(type = SchemaType.STRING, format = "binary")))
  @APIResponse(responseCode = "200", description = "the import report (data set `releases`)",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExchangeReport.class)))
  @APIResponse(responseCode = "400", description = "exchange.ocds.package, exchange.tooLarge, exchange.encoding, "
      + "exchange.malformed",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
  public ExchangeReport importOcds(InputStream body) {
    return exchange.importOcds(callers.caller(), bounded(body));
  }

  @GET
  @Path("/ocds")
  @Operation(operationId = "exportOcdsPackage", summary = "Export a period's sections as an OCDS 1.1 release package",
      description = "One release per section, valid against the OCDS 1.1 release package schema (with the bids "
          + "extension).")
  @APIResponse(responseCode = "200", description = "the release package file",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.STRING,
          format = "binary")))
  @APIResponse(responseCode = "400", description = "exchange.period.*, exchange.ocds.nothing",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
  public Response exportOcds(
      @Parameter(description = "first day, yyyy-MM-dd", required = true) @QueryParam("from") String from,
      @Parameter(description = "last day, yyyy-MM-dd", required = true) @QueryParam("to") String to) {
    LocalDate first = date(from, "from");
    LocalDate last = date(to, "to");
    return Endpoints.file(exchange.exportOcds(callers.caller(), first, last),
        MediaType.APPLICATION_JSON + ";charset=UTF-8",
        "ocds-" + first + "-" + last + ".json");
  }

  /** The body up to the limit; a larger one is refused at once, the rest unread (nothing of it is kept). */
  private static byte[] bounded(InputStream body) {
    if (body == null) {
      return new byte[0];
    }
    try {
      return Endpoints.capped(body, DataExchange.MAX_BYTES, "exchange.tooLarge", "file");
    } catch (IOException e) {
      throw new DomainException("exchange.malformed", "file");
    }
  }

  private static LocalDate date(String value, String field) {
    return Endpoints.day(value, "exchange.period." + field, field);
  }
}
