package cn.ggzy.mobileapi.sites;

import cn.ggzy.mobileapi.ApiError;
import cn.ggzy.mobileapi.CallerResolver;
import cn.ggzy.mobileapi.Roles;
import cn.ggzy.mobileapi.sites.SiteRecordRequests.SiteRecordStartRequest;
import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.SiteRecords;
import cn.ggzy.server.application.SiteRecords.SiteRecordProof;
import cn.ggzy.server.application.SiteRecords.SiteRecordUpload;
import cn.ggzy.server.application.SiteRecords.SiteRecordVerification;
import cn.ggzy.server.application.SiteRecords.SiteRecordView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * 音视频同步记录 for officers: a project's records (the timeline), uploading a clip or photo resumably (start,
 * parts at offsets, complete), playing a record's file (byte ranges for the browser's player; every read
 * audited), a record's chain proof and the verification of the project's chain. Ids carry their department:
 * URL-encode them as they are.
 */
@Tag(name = "site-records", description = "音视频同步记录 Synchronous audio/video records of supervised projects")
@Path("/v1/sites/{projectId}/records")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.OFFICE_LEADER, Roles.OFFICE_OFFICER, Roles.DEPARTMENT_HEAD, Roles.DEPARTMENT_OFFICER})
@SecurityRequirement(name = "jwt")
public class SiteRecordsResource {
  @Inject CallerResolver callers;
  @Inject SiteRecords records;

  private Caller caller() {
    return callers.caller();
  }

  @GET
  @Operation(operationId = "siteRecords", summary = "The project's records in chain order (the timeline)")
  @APIResponse(responseCode = "200", description = "the records, oldest first", content = @Content(
      schema = @Schema(type = SchemaType.ARRAY, implementation = SiteRecordView.class)))
  @APIResponse(responseCode = "404", description = "projectId: not found or not within reach",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  public List<SiteRecordView> list(@PathParam("projectId") String projectId) {
    return records.records(caller(), projectId);
  }

  @POST
  @Path("/uploads")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "startSiteRecordUpload", summary = "Start (or find again) a record's resumable upload",
      description = "Then PUT the bytes in parts (at most maxPartBytes each) to /uploads/{uploadId}?offset=N, and "
          + "POST /uploads/{uploadId}/complete once `received` equals `size`.")
  @APIResponse(responseCode = "201", description = "the upload", content = @Content(
      schema = @Schema(implementation = SiteRecordUpload.class)))
  @APIResponse(responseCode = "400", description = "site.record.* at its field (kind, size limit, sha256 …)",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  public Response start(@PathParam("projectId") String projectId, SiteRecordStartRequest body) {
    SiteRecordUpload u = records.start(caller(), projectId, SiteRecordRequests.required(body).start());
    return Response.status(Response.Status.CREATED).entity(u).build();
  }

  @GET
  @Path("/uploads/{uploadId}")
  @Operation(operationId = "siteRecordUpload", summary = "Where an upload stands (bytes received, record once complete)")
  @APIResponse(responseCode = "200", description = "the upload", content = @Content(
      schema = @Schema(implementation = SiteRecordUpload.class)))
  public SiteRecordUpload upload(@PathParam("projectId") String projectId, @PathParam("uploadId") String uploadId) {
    return records.upload(caller(), projectId, uploadId);
  }

  @PUT
  @Path("/uploads/{uploadId}")
  @Consumes(MediaType.APPLICATION_OCTET_STREAM)
  @Operation(operationId = "putSiteRecordPart", summary = "Send the bytes starting at `offset`",
      description = "Bytes already received are skipped, so a retried part is harmless; an offset past them is "
          + "409 site.record.upload.offset with the offset to go on from in the Upload-Offset header.")
  @APIResponse(responseCode = "200", description = "where the upload stands", content = @Content(
      schema = @Schema(implementation = SiteRecordUpload.class)))
  @APIResponse(responseCode = "409", description = "site.record.upload.offset (header Upload-Offset)",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  public SiteRecordUpload put(@PathParam("projectId") String projectId, @PathParam("uploadId") String uploadId,
      @Parameter(description = "where these bytes start in the file") @QueryParam("offset") Long offset,
      InputStream bytes) {
    return records.part(caller(), projectId, uploadId, SiteRecordRequests.offset(offset), bytes);
  }

  @PATCH
  @Path("/uploads/{uploadId}")
  @Consumes(MediaType.APPLICATION_OCTET_STREAM)
  @Operation(operationId = "patchSiteRecordPart", summary = "Send the bytes starting at the Upload-Offset header",
      description = "As PUT, with the offset in the Upload-Offset header (tus style).")
  @APIResponse(responseCode = "200", description = "where the upload stands", content = @Content(
      schema = @Schema(implementation = SiteRecordUpload.class)))
  @APIResponse(responseCode = "409", description = "site.record.upload.offset (header Upload-Offset)",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  public SiteRecordUpload patch(@PathParam("projectId") String projectId, @PathParam("uploadId") String uploadId,
      @HeaderParam(RecordOffsetMapper.UPLOAD_OFFSET) Long offset, InputStream bytes) {
    return records.part(caller(), projectId, uploadId, SiteRecordRequests.offset(offset), bytes);
  }

  @POST
  @Path("/uploads/{uploadId}/complete")
  @Operation(operationId = "completeSiteRecordUpload", summary = "Store the file, check it and append the record",
      description = "The stored SHA-256 must equal the declared one; a photo must be an image, a video a video. "
          + "A replayed completion answers the same record; the same file under another upload is 409 "
          + "site.record.duplicate.")
  @APIResponse(responseCode = "201", description = "the record, placed at the end of the project's chain",
      content = @Content(schema = @Schema(implementation = SiteRecordView.class)))
  @APIResponse(responseCode = "400", description = "site.record.sha256.mismatch, site.record.photo.notImage, "
      + "site.record.type.mismatch", content = @Content(schema = @Schema(implementation = ApiError.class)))
  public Response complete(@PathParam("projectId") String projectId, @PathParam("uploadId") String uploadId) {
    return Response.status(Response.Status.CREATED).entity(records.complete(caller(), projectId, uploadId)).build();
  }

  @GET
  @Path("/{recordId}/content")
  @Produces(MediaType.WILDCARD)
  @Operation(operationId = "siteRecordContent", summary = "A record's file for the browser's player (audited)",
      description = "Whole, or one byte range (Range: bytes=a-b) as 206; its SHA-256 in X-Content-SHA256.")
  @APIResponse(responseCode = "200", description = "the file as recorded", content = @Content(
      mediaType = "application/octet-stream", schema = @Schema(type = SchemaType.STRING, format = "binary")))
  @APIResponse(responseCode = "206", description = "the range asked for", content = @Content(
      mediaType = "application/octet-stream", schema = @Schema(type = SchemaType.STRING, format = "binary")))
  public Response content(@PathParam("projectId") String projectId, @PathParam("recordId") String recordId,
      @HeaderParam("Range") String range) {
    return RecordContent.answer(records.content(caller(), projectId, recordId), range);
  }

  @GET
  @Path("/{recordId}/proof")
  @Operation(operationId = "siteRecordProof", summary = "A record's chain proof: fields, canonical text, hashes, head",
      description = "With ?download=true as a JSON file to keep.")
  @APIResponse(responseCode = "200", description = "the proof", content = @Content(
      schema = @Schema(implementation = SiteRecordProof.class)))
  public Response proof(@PathParam("projectId") String projectId, @PathParam("recordId") String recordId,
      @QueryParam("download") boolean download) {
    SiteRecordProof proof = records.proof(caller(), projectId, recordId);
    if (!download) {
      return Response.ok(proof, MediaType.APPLICATION_JSON).build();
    }
    String name = "proof-" + recordId.replaceAll("[^A-Za-z0-9-]", "") + ".json";
    return Response.ok(proof.toJson().getBytes(StandardCharsets.UTF_8), MediaType.APPLICATION_JSON + ";charset=UTF-8")
        .header("Cache-Control", "no-store").header("Content-Disposition", "attachment; filename=\"" + name + "\"")
        .build();
  }

  @GET
  @Path("/verification")
  @Operation(operationId = "verifySiteRecords", summary = "Verify the project's chain (audited)",
      description = "Every record's hash and link, the head; with ?contents=true every stored file's SHA-256 too.")
  @APIResponse(responseCode = "200", description = "the verification", content = @Content(
      schema = @Schema(implementation = SiteRecordVerification.class)))
  public SiteRecordVerification verify(@PathParam("projectId") String projectId,
      @QueryParam("contents") boolean contents) {
    return records.verify(caller(), projectId, contents);
  }
}
