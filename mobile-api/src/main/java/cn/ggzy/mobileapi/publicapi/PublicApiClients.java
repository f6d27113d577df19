package cn.ggzy.mobileapi.publicapi;

import cn.ggzy.server.application.IntakeViews.Client;
import cn.ggzy.server.infrastructure.security.ClientAddresses;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Who is asking, for the rate limits: the address ({@link ClientAddresses}, as the public pages
 * see it too) and the app's or browser's device id ({@code X-Device-Id}).
 */
@ApplicationScoped
public class PublicApiClients {
  static final String DEVICE_HEADER = "X-Device-Id";

  @Inject ClientAddresses addresses;

  public Client of(HttpServletRequest request) {
    String address = addresses.address(request.getRemoteAddr(), request::getHeader);
    String device = request.getHeader(DEVICE_HEADER);
    return new Client(address, device == null || device.isBlank() ? null : device.strip());
  }
}
