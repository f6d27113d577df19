package cn.ggzy.webui.publicsite;

import com.vaadin.flow.server.VaadinRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address a public page's request came from, as the mobile API sees it: the peer address, or,
 * behind the reverse proxy named by {@code platform.intake.client-address-header} (e.g.
 * X-Forwarded-For), the last address that proxy added.
 */
@ApplicationScoped
public class PublicClients {
  @Inject
  @ConfigProperty(name = "platform.intake.client-address-header")
  Optional<String> addressHeader;

  /** The client of the request being handled (the page's first request or a later one). */
  public PublicClient current() {
    return new PublicClient(address(VaadinRequest.getCurrent()));
  }

  String address(VaadinRequest request) {
    if (request == null) {
      return null;
    }
    String address = request.getRemoteAddr();
    if (addressHeader != null && addressHeader.isPresent() && !addressHeader.get().isBlank()) {
      String forwarded = request.getHeader(addressHeader.get().strip());
      if (forwarded != null && !forwarded.isBlank()) {
        String[] hops = forwarded.split(",");
        address = hops[hops.length - 1].strip();
      }
    }
    return address;
  }
}
