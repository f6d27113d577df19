package cn.ggzy.server.domain.model.tender;

import cn.ggzy.tenants.TenantId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The text of a bid file (技术标/商务标) of one bidder in a section, or, when {@code bidderCode} is
 * null, the tender's own template text of the section (招标文件范本), which does not count as copying.
 */
public record SectionText(TenantId tenant, SectionKey section, String bidderCode, String text, Instant importedAt) {

  public SectionText {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(text, "text");
  }

  public boolean template() {
    return bidderCode == null;
  }

  /** The natural key within the tenant: section and bidder, or section and "template". */
  public String key() {
    return section + "/" + (bidderCode == null ? "~template" : bidderCode);
  }

  /** SHA-256 of the text: an identical re-import is recognised without comparing the texts. */
  public String digest() {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
