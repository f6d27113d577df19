package cn.ggzy.server.infrastructure.files;

import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.service.ImageFingerprints;
import jakarta.enterprise.context.ApplicationScoped;
import java.awt.Graphics2D;
import java.awt.Image;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;

/** Difference hashes of JPEG and PNG photos, read with the JDK's image I/O (no native code). */
@ApplicationScoped
public class DifferenceHashes implements ImageFingerprints {
  private static final int WIDTH = 17;
  private static final int HEIGHT = 16;

  @Override
  public String differenceHash(byte[] image, String field) {
    BufferedImage source = read(image, field);
    BufferedImage thumb = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = thumb.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
      g.drawImage(source.getScaledInstance(WIDTH, HEIGHT, Image.SCALE_AREA_AVERAGING), 0, 0, null);
    } finally {
      g.dispose();
    }
    StringBuilder hex = new StringBuilder(64);
    int nibble = 0;
    int count = 0;
    for (int y = 0; y < HEIGHT; y++) {
      for (int x = 0; x < WIDTH - 1; x++) {
        int left = thumb.getRaster().getSample(x, y, 0);
        int right = thumb.getRaster().getSample(x + 1, y, 0);
        nibble = (nibble << 1) | (left < right ? 1 : 0);
        if (++count % 4 == 0) {
          hex.append(Character.forDigit(nibble, 16));
          nibble = 0;
        }
      }
    }
    return hex.toString();
  }

  static BufferedImage read(byte[] image, String field) {
    if (image == null || image.length < 8 || !(jpeg(image) || png(image))) {
      throw new DomainException("site.photo.notImage", field);
    }
    try {
      BufferedImage read = ImageIO.read(new ByteArrayInputStream(image));
      if (read == null || read.getWidth() < 32 || read.getHeight() < 32) {
        throw new DomainException("site.photo.notImage", field);
      }
      return read;
    } catch (IOException | RuntimeException e) {
      if (e instanceof DomainException d) {
        throw d;
      }
      throw new DomainException("site.photo.notImage", field);
    }
  }

  private static boolean jpeg(byte[] b) {
    return (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff;
  }

  private static boolean png(byte[] b) {
    return (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G';
  }
}
