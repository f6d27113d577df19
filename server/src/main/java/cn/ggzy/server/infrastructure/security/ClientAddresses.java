package cn.ggzy.server.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address a public request came from, for the rate limits, the same for the REST API and the
 * public pages: the peer address or, behind the reverse proxy named by
 * {@code platform.intake.client-address-header} (e.g. X-Forwarded-For), the last address that proxy
 * added (the earlier ones are the client's to forge).
 */
@ApplicationScoped
public class ClientAddresses {
  @Inject
  @ConfigProperty(name = "platform.intake.client-address-header")
  Optional<String> addressHeader;

  protected ClientAddresses() {}

  public ClientAddresses(Optional<String> addressHeader) {
    this.addressHeader = addressHeader;
  }

  /** The client's address, from the peer address and the request's headers (name to value, or null). */
  public String address(String peerAddress, UnaryOperator<String> headers) {
    if (addressHeader != null && addressHeader.isPresent() && !addressHeader.get().isBlank()) {
      String forwarded = headers.apply(addressHeader.get().strip());
      if (forwarded != null && !forwarded.isBlank()) {
        String[] hops = forwarded.split(",");
        return hops[hops.length - 1].strip();
      }
    }
    return peerAddress;
  }
}
