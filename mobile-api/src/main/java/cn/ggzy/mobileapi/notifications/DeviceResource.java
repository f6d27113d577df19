package cn.ggzy.mobileapi.notifications;

import cn.ggzy.mobileapi.CallerResolver;
import cn.ggzy.mobileapi.Roles;
import cn.ggzy.server.application.Notifications;
import cn.ggzy.server.application.Notifications.DeviceRegistration;
import cn.ggzy.server.application.Notifications.DeviceView;
import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.notification.DeviceChannel;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The devices that receive the logged-in officer's push messages: an FCM registration token (phone
 * apps) or a Web Push subscription (the installed PWA). Registering the same device again updates
 * it; a device another officer registered moves to the caller.
 */
@Tag(name = "devices", description = "推送设备 Push devices")
@Path("/v1/devices")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SYSTEM_ADMIN, Roles.OFFICE_LEADER, Roles.OFFICE_OFFICER, Roles.DEPARTMENT_HEAD,
    Roles.DEPARTMENT_OFFICER})
@SecurityRequirement(name = "jwt")
public class DeviceResource {
  @Inject CallerResolver callers;
  @Inject Notifications notifications;

  /**
   * A device: {@code channel} FCM with {@code token}, or WEB_PUSH with {@code endpoint} and
   * {@code keys.p256dh}/{@code keys.auth} as the browser's PushSubscription gives them;
   * {@code language} "zh-CN" or "en" (default: the officer's setting).
   */
  public record DeviceRequest(String channel, String token, String endpoint, Map<String, String> keys,
      String language) {}

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Register this device for push messages")
  @APIResponse(responseCode = "201", description = "registered (or updated), with the device id",
      content = @Content(mediaType = "application/json", schema = @Schema(implementation = DeviceView.class)))
  public Response register(@NotNull DeviceRequest request) {
    Map<String, String> keys = request.keys() == null ? Map.of() : request.keys();
    DeviceView device = notifications.registerDevice(callers.caller(), new DeviceRegistration(channel(request.channel()),
        request.token(), request.endpoint(), keys.get("p256dh"), keys.get("auth"), request.language()));
    return Response.status(Response.Status.CREATED).entity(device).build();
  }

  @GET
  @Operation(summary = "The caller's registered devices")
  public List<DeviceView> list() {
    return notifications.devices(callers.caller());
  }

  @DELETE
  @Path("/{id}")
  @Operation(summary = "Stop push messages to a device (e.g. at logout)")
  @APIResponse(responseCode = "204", description = "removed")
  public Response remove(@PathParam("id") String id) {
    notifications.removeDevice(callers.caller(), id);
    return Response.noContent().build();
  }

  @GET
  @Path("/web-push-key")
  @Operation(summary = "The Web Push application server key (VAPID, base64url) for PushManager.subscribe")
  public WebPushKey webPushKey() {
    return new WebPushKey(notifications.webPushKey().orElse(""));
  }

  /** The key a browser passes to PushManager.subscribe; empty when Web Push is not configured. */
  public record WebPushKey(String applicationServerKey) {}

  private static DeviceChannel channel(String value) {
    try {
      return value == null ? null : DeviceChannel.valueOf(value.strip());
    } catch (IllegalArgumentException e) {
      throw new DomainException("device.channel.required", "channel");
    }
  }
}
