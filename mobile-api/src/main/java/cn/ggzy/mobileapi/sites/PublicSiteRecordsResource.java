package cn.ggzy.mobileapi.sites;

import cn.ggzy.mobileapi.ApiError;
import cn.ggzy.mobileapi.sites.SiteRecordRequests.SiteRecordStartRequest;
import cn.ggzy.server.application.SiteRecords;
import cn.ggzy.server.application.SiteRecords.SiteRecordUpload;
import cn.ggzy.server.application.SiteRecords.SiteRecordView;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * 音视频同步记录 for site staff, through their personal link (no login): uploading a clip or photo of their own
 * project resumably, and the records they made. A replaced person's link is 409 site.person.replaced.
 */
@Tag(name = "site-records-public", description = "音视频同步记录 Records by site staff through the personal link")
@Path("/v1/public/site/{token}/records")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PublicSiteRecordsResource {
  @Inject SiteRecords records;

  @GET
  @Operation(operationId = "ownSiteRecords", summary = "The records the link's holder made")
  @APIResponse(responseCode = "200", description = "the records, oldest first", content = @Content(
      schema = @Schema(type = SchemaType.ARRAY, implementation = SiteRecordView.class)))
  @APIResponse(responseCode = "404", description = "site.link.notFound",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  public List<SiteRecordView> own(@PathParam("token") String token) {
    return records.ownRecords(token);
  }

  @POST
  @Path("/uploads")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "startOwnSiteRecordUpload", summary = "Start (or find again) a record's resumable upload")
  @APIResponse(responseCode = "201", description = "the upload", content = @Content(
      schema = @Schema(implementation = SiteRecordUpload.class)))
  @APIResponse(responseCode = "409", description = "site.person.replaced",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  public Response start(@PathParam("token") String token, SiteRecordStartRequest body) {
    SiteRecordUpload u = records.start(token, SiteRecordRequests.required(body).start());
    return Response.status(Response.Status.CREATED).entity(u).build();
  }

  @GET
  @Path("/uploads/{uploadId}")
  @Operation(operationId = "ownSiteRecordUpload", summary = "Where an upload stands")
  @APIResponse(responseCode = "200", description = "the upload", content = @Content(
      schema = @Schema(implementation = SiteRecordUpload.class)))
  public SiteRecordUpload upload(@PathParam("token") String token, @PathParam("uploadId") String uploadId) {
    return records.upload(token, uploadId);
  }

  @PUT
  @Path("/uploads/{uploadId}")
  @Consumes(MediaType.APPLICATION_OCTET_STREAM)
  @Operation(operationId = "putOwnSiteRecordPart", summary = "Send the bytes starting at `offset`",
      description = "A retried part is harmless; an offset past the bytes received is 409 site.record.upload.offset "
          + "with the offset to go on from in the Upload-Offset header.")
  @APIResponse(responseCode = "200", description = "where the upload stands", content = @Content(
      schema = @Schema(implementation = SiteRecordUpload.class)))
  public SiteRecordUpload put(@PathParam("token") String token, @PathParam("uploadId") String uploadId,
      @Parameter(description = "where these bytes start in the file") @QueryParam("offset") Long offset,
      InputStream bytes) {
    return records.part(token, uploadId, SiteRecordRequests.offset(offset), bytes);
  }

  @PATCH
  @Path("/uploads/{uploadId}")
  @Consumes(MediaType.APPLICATION_OCTET_STREAM)
  @Operation(operationId = "patchOwnSiteRecordPart", summary = "Send the bytes starting at the Upload-Offset header")
  @APIResponse(responseCode = "200", description = "where the upload stands", content = @Content(
      schema = @Schema(implementation = SiteRecordUpload.class)))
  public SiteRecordUpload patch(@PathParam("token") String token, @PathParam("uploadId") String uploadId,
      @HeaderParam(RecordOffsetMapper.UPLOAD_OFFSET) Long offset, InputStream bytes) {
    return records.part(token, uploadId, SiteRecordRequests.offset(offset), bytes);
  }

  @POST
  @Path("/uploads/{uploadId}/complete")
  @Operation(operationId = "completeOwnSiteRecordUpload", summary = "Store the file, check it and append the record")
  @APIResponse(responseCode = "201", description = "the record", content = @Content(
      schema = @Schema(implementation = SiteRecordView.class)))
  public Response complete(@PathParam("token") String token, @PathParam("uploadId") String uploadId) {
    return Response.status(Response.Status.CREATED).entity(records.complete(token, uploadId)).build();
  }
}
