package cn.ggzy.mobileapi.experts;

import cn.ggzy.mobileapi.ApiError;
import cn.ggzy.server.application.Messages;
import cn.ggzy.server.domain.model.expert.ExpertShortfallException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;

/** Too few experts is 409 with the reason in full: the specialty, the employers left and how many are needed. */
@Provider
public class ExpertShortfallMapper implements ExceptionMapper<ExpertShortfallException> {
  @Override
  public Response toResponse(ExpertShortfallException e) {
    return Response.status(Response.Status.CONFLICT).type(MediaType.APPLICATION_JSON).entity(error(e)).build();
  }

  static ApiError error(ExpertShortfallException e) {
    return new ApiError(e.code(), Messages.format("expert.draw.tooFew.detail", Locale.SIMPLIFIED_CHINESE, e.arguments()),
        Messages.format("expert.draw.tooFew.detail", Locale.ENGLISH, e.arguments()), e.field());
  }
}
