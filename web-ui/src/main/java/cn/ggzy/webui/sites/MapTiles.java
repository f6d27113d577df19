package cn.ggzy.webui.sites;

import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Where the map's tiles come from: {@code platform.map.tiles}, a URL template with {z}, {x}, {y} (and
 * {s} for sub-domains), e.g. Tianditu's or AMap's in production; by default this site's own stub tiles
 * ({@code tiles/{z}/{x}/{y}.svg}: a grid with the tile's numbers, no network). The attribution shown is
 * {@code platform.map.attribution}.
 */
public final class MapTiles {
  static final String STUB = "tiles/{z}/{x}/{y}.svg";

  private MapTiles() {}

  public static String template() {
    return setting("platform.map.tiles").orElse(STUB);
  }

  public static String attribution() {
    return setting("platform.map.attribution").orElse("本地底图 Local tiles");
  }

  private static Optional<String> setting(String key) {
    try {
      return ConfigProvider.getConfig().getOptionalValue(key, String.class).filter(s -> !s.isBlank());
    } catch (RuntimeException | LinkageError e) {
      return Optional.empty(); // no MicroProfile Config (a plain unit test): the defaults
    }
  }

  /** The tiles' origin ({@code https://host}) when they come from another site, for the CSP's img-src. */
  public static Optional<String> externalOrigin() {
    String t = template();
    if (!t.startsWith("http://") && !t.startsWith("https://")) {
      return Optional.empty();
    }
    URI uri = URI.create(t.replace("{s}", "x").replace("{z}", "0").replace("{x}", "0").replace("{y}", "0"));
    String host = uri.getHost();
    if (host == null) {
      return Optional.empty();
    }
    // a {s} sub-domain template allows every sub-domain of the host's parent
    String shown = t.contains("{s}.") ? "*." + host.substring(host.indexOf('.') + 1) : host;
    return Optional.of(uri.getScheme() + "://" + shown + (uri.getPort() > 0 ? ":" + uri.getPort() : ""));
  }
}
