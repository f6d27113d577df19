package cn.ggzy.server.application.internal.site;

import cn.ggzy.server.domain.model.site.Face;
import cn.ggzy.server.domain.service.FaceRecognition;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Portraits for the check-in tests, cut from the group photos shipped with the face model's package
 * (server/face-model, @vladmandic/face-api demo/sample1–6.jpg): each face with a margin around it. A
 * portrait mirrored is the same person with the head's yaw reversed, which is what a turn of the head
 * between the two frames looks like to the liveness rule.
 */
final class SitePhotos {
  static final Path SAMPLES = Path.of("face-model/node_modules/@vladmandic/face-api/demo");

  /** A face cut out: the portrait's JPEG and the yaw the model reads on it. */
  record Portrait(byte[] jpeg, double yaw) {}

  private SitePhotos() {}

  /** Every clear face of the samples as a portrait alone in its picture, the most turned first. */
  static List<Portrait> portraits(FaceRecognition faces) {
    List<Portrait> found = new ArrayList<>();
    for (int n = 1; n <= 6; n++) {
      BufferedImage image = read(bytes(SAMPLES.resolve("sample" + n + ".jpg")));
      for (Face f : faces.faces(jpeg(image))) {
        if (f.score() < 0.7 || f.box().width() < 200) {
          continue;
        }
        byte[] cut = jpeg(crop(image, f.box(), 0.25));
        List<Face> again = faces.faces(cut);
        if (again.size() == 1) {
          found.add(new Portrait(cut, again.get(0).yawRatio()));
        }
      }
    }
    found.sort(Comparator.comparingDouble((Portrait p) -> -Math.abs(p.yaw())));
    return found;
  }

  static byte[] bytes(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static BufferedImage read(byte[] jpeg) {
    try {
      return ImageIO.read(new ByteArrayInputStream(jpeg));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] jpeg(BufferedImage image) {
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      ImageIO.write(image, "jpg", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static BufferedImage crop(BufferedImage image, Face.Box box, double margin) {
    int x = (int) Math.max(0, box.x() - margin * box.width());
    int y = (int) Math.max(0, box.y() - margin * box.height());
    int w = (int) Math.min(image.getWidth() - x, box.width() * (1 + 2 * margin));
    int h = (int) Math.min(image.getHeight() - y, box.height() * (1 + 2 * margin));
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    g.drawImage(image.getSubimage(x, y, w, h), 0, 0, null);
    g.dispose();
    return out;
  }

  /** The picture mirrored left to right. */
  static byte[] mirrored(byte[] jpeg) {
    BufferedImage image = read(jpeg);
    BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    g.drawImage(image, new AffineTransform(-1, 0, 0, 1, image.getWidth(), 0), null);
    g.dispose();
    return jpeg(out);
  }

  /** The picture scaled by {@code factor} and encoded again (a re-used photo in disguise). */
  static byte[] rescaled(byte[] jpeg, double factor) {
    BufferedImage image = read(jpeg);
    int w = (int) (image.getWidth() * factor);
    int h = (int) (image.getHeight() * factor);
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    g.drawImage(image, 0, 0, w, h, null);
    g.dispose();
    return jpeg(out);
  }
}
