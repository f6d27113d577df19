package cn.ggzy.mobileapi.sites;

import cn.ggzy.mobileapi.ApiError;
import cn.ggzy.server.domain.model.site.RecordOffsetException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A record's part sent past the bytes received: 409 {@code site.record.upload.offset}, with the offset to go on
 * from in the {@code Upload-Offset} header (as the tus protocol names it).
 */
@Provider
public class RecordOffsetMapper implements ExceptionMapper<RecordOffsetException> {
  static final String UPLOAD_OFFSET = "Upload-Offset";

  @Override
  public Response toResponse(RecordOffsetException e) {
    return Response.status(Response.Status.CONFLICT).type(MediaType.APPLICATION_JSON)
        .header(UPLOAD_OFFSET, e.expected()).entity(ApiError.of(e.code(), e.field())).build();
  }
}
