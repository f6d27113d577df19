package cn.ggzy.mobileapi.notifications;

import cn.ggzy.mobileapi.CallerResolver;
import cn.ggzy.mobileapi.Roles;
import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.Notifications;
import cn.ggzy.server.application.Notifications.InboxView;
import cn.ggzy.server.application.Notifications.Settings;
import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.notification.NotificationKind;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The officer's notification inbox (newest first, unread count) and settings. */
@Tag(name = "notifications", description = "通知 Notifications")
@Path("/v1/notifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SYSTEM_ADMIN, Roles.OFFICE_LEADER, Roles.OFFICE_OFFICER, Roles.DEPARTMENT_HEAD,
    Roles.DEPARTMENT_OFFICER})
@SecurityRequirement(name = "jwt")
public class NotificationResource {
  @Inject CallerResolver callers;
  @Inject Notifications notifications;

  public record SettingsRequest(String language, List<String> muted) {}

  @GET
  @Operation(summary = "The inbox, newest first, texts in the officer's language; with the unread count")
  public InboxView inbox(@QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("50") int limit) {
    Caller caller = callers.caller();
    return notifications.inbox(caller, notifications.settings(caller).language(), offset, limit);
  }

  @POST
  @Path("/{id}/read")
  @Operation(summary = "Mark one notification read (id \"all\": every one)")
  @APIResponse(responseCode = "204", description = "marked read")
  public Response markRead(@PathParam("id") String id) {
    notifications.markRead(callers.caller(), "all".equals(id) ? null : id);
    return Response.noContent().build();
  }

  @GET
  @Path("/settings")
  @Operation(summary = "Language and muted kinds; overdue alerts cannot be muted")
  public Settings settings() {
    return notifications.settings(callers.caller());
  }

  @PUT
  @Path("/settings")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Change language (zh-CN, en) and muted kinds")
  public Settings update(@NotNull SettingsRequest request) {
    Set<NotificationKind> muted = EnumSet.noneOf(NotificationKind.class);
    for (String kind : request.muted() == null ? List.<String>of() : request.muted()) {
      try {
        muted.add(NotificationKind.valueOf(kind));
      } catch (IllegalArgumentException e) {
        throw new DomainException("notification.kind.unknown", "muted");
      }
    }
    Locale language = request.language() == null ? Locale.SIMPLIFIED_CHINESE : Locale.forLanguageTag(request.language());
    return notifications.updateSettings(callers.caller(), language, muted);
  }
}
