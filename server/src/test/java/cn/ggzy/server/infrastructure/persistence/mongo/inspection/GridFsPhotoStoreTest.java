package cn.ggzy.server.infrastructure.persistence.mongo.inspection;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.domain.model.inspection.PhotoStore;
import cn.ggzy.server.infrastructure.persistence.mongo.TestContainer;
import cn.ggzy.tenants.TenantId;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** Photos in GridFS: stored with their SHA-256, read back only by their tenant. */
class GridFsPhotoStoreTest {
  private final PhotoStore store = TestContainer.get(PhotoStore.class);

  @Test
  void aPhotoComesBackByteForByteToItsTenantOnly() throws Exception {
    byte[] photo = new byte[600_000];
    for (int i = 0; i < photo.length; i++) {
      photo[i] = (byte) (i * 31);
    }
    PhotoStore.StoredFile stored = store.store(TenantId.of("421181-zjj"), "现场.jpg", "image/jpeg", photo);
    assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(photo)), stored.sha256());
    assertEquals(photo.length, stored.size());
    assertArrayEquals(photo, store.read(TenantId.of("421181-zjj"), stored.fileId()).orElseThrow());
    assertTrue(store.read(TenantId.of("421181-jtj"), stored.fileId()).isEmpty(), "another department gets nothing");
    assertTrue(store.read(TenantId.of("421181-zjj"), "not-an-id").isEmpty());
  }
}
