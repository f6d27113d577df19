package cn.ggzy.webui.publicsite;

import cn.ggzy.server.infrastructure.security.ClientAddresses;
import com.vaadin.flow.server.VaadinRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The address a public page's request came from, as the mobile API sees it ({@link ClientAddresses}).
 */
@ApplicationScoped
public class PublicPageClients {
  @Inject ClientAddresses addresses;

  /** The client of the request being handled (the page's first request or a later one). */
  public PublicClient current() {
    return new PublicClient(address(VaadinRequest.getCurrent()));
  }

  String address(VaadinRequest request) {
    if (request == null) {
      return null;
    }
    return addresses.address(request.getRemoteAddr(), request::getHeader);
  }
}
