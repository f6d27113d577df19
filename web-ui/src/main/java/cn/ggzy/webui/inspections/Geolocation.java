package cn.ggzy.webui.inspections;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.function.SerializableConsumer;
import java.io.Serializable;

/** The browser's own geolocation (no npm package): asks once for a precise position. */
final class Geolocation {
  /** Receives a position: latitude, longitude (WGS-84) and accuracy in metres. */
  @FunctionalInterface
  interface Position extends Serializable {
    void accept(double latitude, double longitude, double accuracyMeters);
  }

  private static final String SCRIPT = "return new Promise((resolve, reject) => {"
      + " if (!navigator.geolocation) { reject('geolocation unavailable'); return; }"
      + " navigator.geolocation.getCurrentPosition("
      + "  p => resolve(p.coords.latitude + ',' + p.coords.longitude + ',' + (p.coords.accuracy || 0)),"
      + "  e => reject(e.message || String(e.code)),"
      + "  {enableHighAccuracy: true, timeout: 20000, maximumAge: 0}); })";

  private Geolocation() {}

  static void request(Component anchor, Position position, SerializableConsumer<String> failed) {
    anchor.getElement().executeJs(SCRIPT).then(String.class, value -> {
      String[] parts = value.split(",");
      position.accept(Double.parseDouble(parts[0]), Double.parseDouble(parts[1]), Double.parseDouble(parts[2]));
    }, failed);
  }
}
