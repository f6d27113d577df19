package cn.ggzy.mobileapi.publicapi;

import cn.ggzy.server.application.IntakeViews.Client;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Who is asking, for the rate limits: the peer address, or, behind a reverse proxy named by
 * {@code platform.intake.client-address-header} (e.g. X-Forwarded-For), the last address that
 * proxy added; and the app's or browser's device id ({@code X-Device-Id}).
 */
@ApplicationScoped
public class PublicClients {
  static final String DEVICE_HEADER = "X-Device-Id";

  @Inject
  @ConfigProperty(name = "platform.intake.client-address-header")
  Optional<String> addressHeader;

  public Client of(HttpServletRequest request) {
    String address = request.getRemoteAddr();
    if (addressHeader != null && addressHeader.isPresent() && !addressHeader.get().isBlank()) {
      String forwarded = request.getHeader(addressHeader.get().strip());
      if (forwarded != null && !forwarded.isBlank()) {
        String[] hops = forwarded.split(",");
        address = hops[hops.length - 1].strip();
      }
    }
    String device = request.getHeader(DEVICE_HEADER);
    return new Client(address, device == null || device.isBlank() ? null : device.strip());
  }
}
