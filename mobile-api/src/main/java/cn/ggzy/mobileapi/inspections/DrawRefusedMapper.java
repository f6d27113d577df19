package cn.ggzy.mobileapi.inspections;

import cn.ggzy.mobileapi.ApiError;
import cn.ggzy.server.application.InspectionTexts;
import cn.ggzy.server.domain.model.inspection.DrawRefusedException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;

/** A refused draw is 409 with the reason in full: the object and how many inspectors are left. */
@Provider
public class DrawRefusedMapper implements ExceptionMapper<DrawRefusedException> {
  @Override
  public Response toResponse(DrawRefusedException e) {
    return Response.status(Response.Status.CONFLICT).type(MediaType.APPLICATION_JSON).entity(error(e)).build();
  }

  static ApiError error(DrawRefusedException e) {
    return new ApiError(e.code(), InspectionTexts.describe(e, Locale.SIMPLIFIED_CHINESE),
        InspectionTexts.describe(e, Locale.ENGLISH), e.objectId() == null ? e.field() : e.objectId());
  }
}
