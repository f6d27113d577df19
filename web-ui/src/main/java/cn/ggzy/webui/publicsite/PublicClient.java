package cn.ggzy.webui.publicsite;

import cn.ggzy.server.application.IntakeViews.Client;
import com.vaadin.flow.component.UI;
import java.util.UUID;

/**
 * Who is asking, for the public channel's rate limits: the address the page was opened from (see
 * {@link PublicPageClients}) and a random device id the browser keeps in its local storage. Never
 * stored with a submission.
 */
public final class PublicClient {
  static final String DEVICE_KEY = "ggzy.device";
  private final String address;
  private volatile String deviceId;

  public PublicClient(String address) {
    this.address = address;
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

  /** The address the page was opened from (null when unknown). */
  public String address() {
    return address;
  }

  public Client client() {
    return new Client(address, deviceId);
  }

}
