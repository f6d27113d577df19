package cn.ggzy.server.bench;

import cn.ggzy.server.domain.model.site.Face;
import cn.ggzy.server.domain.service.FaceRecognition;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Phone frames for the site check-in benchmark: the faces of the face model's demo group photos
 * ({@code server/face-model/node_modules/@vladmandic/face-api/demo/sample1..6.jpg}) cut out with a margin,
 * each one placed into a new 640×480 picture every time it is "taken": its own size, position, tilt,
 * exposure, background, sensor noise and JPEG quality, so that no two frames share a SHA-256 and their
 * difference hashes differ. A portrait mirrored is the same face with the yaw reversed: the head turn
 * the liveness rule asks for.
 */
final class SiteBenchPhotos {
  static final int WIDTH = 640;
  static final int HEIGHT = 480;

  /** A face cut out of a group photo: the picture, the yaw the model reads on it, where it came from. */
  record Portrait(BufferedImage image, BufferedImage mirror, double yaw, String source) {}

  private SiteBenchPhotos() {}

  /** Every clear face of the samples as a portrait alone in its picture, the most turned first. */
  static List<Portrait> portraits(FaceRecognition faces) {
    Path demo = Path.of("server/face-model/node_modules/@vladmandic/face-api/demo");
    if (!Files.isDirectory(demo)) {
      demo = Path.of("face-model/node_modules/@vladmandic/face-api/demo");
    }
    List<Portrait> found = new ArrayList<>();
    for (int n = 1; n <= 6; n++) {
      BufferedImage image = read(bytes(demo.resolve("sample" + n + ".jpg")));
      int i = 0;
      for (Face f : faces.faces(jpeg(image, 0.92f))) {
        i++;
        if (f.score() < 0.7 || f.box().width() < 200) {
          continue;
        }
        BufferedImage cut = crop(image, f.box(), 0.25);
        List<Face> again = faces.faces(jpeg(cut, 0.92f));
        if (again.size() == 1) {
          found.add(new Portrait(cut, mirror(cut), again.get(0).yawRatio(), "sample" + n + " face " + i));
        }
      }
    }
    found.sort(Comparator.comparingDouble((Portrait p) -> -Math.abs(p.yaw())));
    return found;
  }

  /**
   * A new 640×480 photo of the portrait as a phone takes it: the head 330–450 px high somewhere in the
   * picture, tilted up to ±4°, exposure ±15 %, a wall or sky behind, sensor noise, JPEG quality 80–92 %.
   */
  static byte[] frame(BufferedImage portrait, SplittableRandom random) {
    BufferedImage out = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_3BYTE_BGR);
    Graphics2D g = out.createGraphics();
    g.setPaint(new GradientPaint(random.nextInt(WIDTH), 0, muted(random), random.nextInt(WIDTH), HEIGHT,
        muted(random)));
    g.fillRect(0, 0, WIDTH, HEIGHT);
    g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    int h = 330 + random.nextInt(121);
    int w = (int) Math.round(portrait.getWidth() * (double) h / portrait.getHeight());
    if (w > WIDTH - 20) {
      h = (int) Math.round(h * (WIDTH - 20.0) / w);
      w = WIDTH - 20;
    }
    int x = random.nextInt(WIDTH - w + 1);
    int y = random.nextInt(HEIGHT - h + 1);
    double angle = Math.toRadians(random.nextDouble(-4, 4));
    AffineTransform at = new AffineTransform();
    at.rotate(angle, x + w / 2.0, y + h / 2.0);
    at.translate(x, y);
    at.scale((double) w / portrait.getWidth(), (double) h / portrait.getHeight());
    g.drawImage(portrait, at, null);
    g.dispose();
    double gain = random.nextDouble(0.85, 1.15);
    int offset = random.nextInt(-10, 11);
    byte[] data = ((DataBufferByte) out.getRaster().getDataBuffer()).getData();
    for (int i = 0; i < data.length; i++) {
      int v = (int) Math.round((data[i] & 0xff) * gain) + offset + random.nextInt(-3, 4);
      data[i] = (byte) Math.max(0, Math.min(255, v));
    }
    return jpeg(out, 0.80f + 0.12f * (float) random.nextDouble());
  }

  private static Color muted(SplittableRandom random) {
    return new Color(60 + random.nextInt(150), 60 + random.nextInt(150), 60 + random.nextInt(150));
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

  static byte[] jpeg(BufferedImage image, float quality) {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    ImageWriteParam param = writer.getDefaultWriteParam();
    param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
    param.setCompressionQuality(quality);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
      writer.setOutput(stream);
      writer.write(null, new IIOImage(image, null, null), param);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      writer.dispose();
    }
    return out.toByteArray();
  }

  private static BufferedImage crop(BufferedImage image, Face.Box box, double margin) {
    int x = (int) Math.max(0, box.x() - margin * box.width());
    int y = (int) Math.max(0, box.y() - margin * box.height());
    int w = (int) Math.min(image.getWidth() - x, box.width() * (1 + 2 * margin));
    int h = (int) Math.min(image.getHeight() - y, box.height() * (1 + 2 * margin));
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_3BYTE_BGR);
    Graphics2D g = out.createGraphics();
    g.drawImage(image.getSubimage(x, y, w, h), 0, 0, null);
    g.dispose();
    return out;
  }

  private static BufferedImage mirror(BufferedImage image) {
    BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
    Graphics2D g = out.createGraphics();
    g.drawImage(image, new AffineTransform(-1, 0, 0, 1, image.getWidth(), 0), null);
    g.dispose();
    return out;
  }
}
