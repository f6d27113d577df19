package cn.ggzy.mobileapi.sites;

import cn.ggzy.server.domain.model.DomainException;
import java.util.Base64;

/** Photos sent in JSON as base64 (a {@code data:image/...;base64,} prefix is allowed, as canvases give it). */
final class Photos {
  /** 3 MB of image, in base64. */
  private static final int MAX_BASE64 = 4 * 1024 * 1024 + 64;

  private Photos() {}

  static byte[] decode(String base64, String field) {
    if (base64 == null || base64.isBlank()) {
      throw new DomainException("site.photo.missing", field);
    }
    if (base64.length() > MAX_BASE64) {
      throw new DomainException("site.photo.tooLarge", field);
    }
    String data = base64.strip();
    if (data.startsWith("data:")) {
      int comma = data.indexOf(',');
      data = comma < 0 ? "" : data.substring(comma + 1);
    }
    try {
      return Base64.getMimeDecoder().decode(data);
    } catch (IllegalArgumentException e) {
      throw new DomainException("site.photo.notImage", field);
    }
  }
}
