package cn.ggzy.webui.publicsite;

import cn.ggzy.server.application.IntakeViews.Client;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import java.util.UUID;

/**
 * Who is asking, for the public channel's rate limits: the address the request came from (the
 * server's remote-IP settings resolve trusted proxies) and a random device id the browser keeps
 * in its local storage. Never stored with a submission.
 */
public final class PublicClient {
  static final String DEVICE_KEY = "ggzy.device";
  private final String address;
  private volatile String deviceId;

  public PublicClient(String address) {
    this.address = address;
  }

  /** The client of the request being handled (the page's first request or a later one). */
  public static PublicClient ofCurrentRequest() {
    VaadinRequest request = VaadinRequest.getCurrent();
    return new PublicClient(request == null ? null : request.getRemoteAddr());
  }

  /** Asks the browser for its device id (creating one on first use); until it answers, none. */
  public void learnDevice(UI ui) {
    ui.getPage().executeJs("""
        try {
          let id = localStorage.getItem($0);
          if (!id) { id = $1; localStorage.setItem($0, id); }
          return id;
        } catch (e) { return $1; }""", DEVICE_KEY, UUID.randomUUID().toString())
        .then(String.class, id -> deviceId = id);
  }

  public Client client() {
    return new Client(address, deviceId);
  }

  /** The same device from another request (a download, an upload): that request's address. */
  public Client client(VaadinRequest request) {
    return new Client(request == null ? address : request.getRemoteAddr(), deviceId);
  }
}
