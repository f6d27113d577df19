package cn.ggzy.webui.publicsite.filing;

import com.vaadin.flow.component.UI;
import java.util.UUID;

/**
 * The idempotency key of one filing: made once per form and kept in the tab's session storage, so
 * that sending again after a lost answer (even after reloading the page) resubmits under the same
 * key and gets the same receipt instead of a second submission. Forgotten once a receipt is shown.
 */
final class FilingKey {
  private final String storageName;
  private String value = UUID.randomUUID().toString();

  FilingKey(String storageName) {
    this.storageName = storageName;
  }

  /** Takes over the key an earlier page of this tab left unfinished, or stores this one. */
  void restore(UI ui) {
    ui.getPage().executeJs("""
        try {
          let key = sessionStorage.getItem($0);
          if (!key) { key = $1; sessionStorage.setItem($0, key); }
          return key;
        } catch (e) { return $1; }""", storageName, value)
        .then(String.class, key -> value = key);
  }

  String value() {
    return value;
  }

  /** After the receipt: the next filing in this tab gets a new key. */
  void forget(UI ui) {
    value = UUID.randomUUID().toString();
    ui.getPage().executeJs("try { sessionStorage.removeItem($0); } catch (e) { }", storageName);
  }
}
