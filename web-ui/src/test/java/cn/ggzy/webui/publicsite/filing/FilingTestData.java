package cn.ggzy.webui.publicsite.filing;

import cn.ggzy.server.application.IntakeViews.AllowedType;
import cn.ggzy.server.application.IntakeViews.Limits;
import cn.ggzy.server.application.IntakeViews.Matter;
import cn.ggzy.server.application.IntakeViews.Upload;
import cn.ggzy.server.domain.model.enforcement.Industry;
import cn.ggzy.tenants.Region;
import cn.ggzy.tenants.TenantCatalogue;
import cn.ggzy.webui.i18n.Texts;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Texts that show their key (and parameters), the backend's limits, and a store that records calls. */
final class FilingTestData {
  static final Texts TEXTS = (key, params) -> params.length == 0 ? key : key + Arrays.toString(params);
  static final long MB = 1024 * 1024;
  static final Limits LIMITS = new Limits(20 * MB, 50 * MB, 10, MB,
      List.of(new AllowedType("image/jpeg", List.of("jpg", "jpeg"), "image"),
          new AllowedType("application/pdf", List.of("pdf"), "pdf")),
      10, 16, List.of(Matter.values()), List.of(Industry.values()));

  private FilingTestData() {}

  static List<Region> macheng() {
    return List.of(TenantCatalogue.macheng());
  }

  /** Remembers what was stored; answers like the backend (a known id returns the stored upload). */
  static final class RecordingStore implements FilingUploads {
    final List<String> ids = new ArrayList<>();

    @Override
    public Upload store(String uploadId, String fileName, InputStream content) {
      ids.add(uploadId);
      try {
        long size = content.readAllBytes().length;
        return new Upload(uploadId, fileName, size, size, true, "image/jpeg", "ab".repeat(32));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  static ByteArrayInputStream bytes(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }
}
