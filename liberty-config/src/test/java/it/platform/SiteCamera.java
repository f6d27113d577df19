package it.platform;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * What the site check-in journey's phone camera films: a y4m file for Chromium's fake capture device
 * ({@code --use-file-for-fake-video-capture}), 640×480 at 10 frames a second, a face looking one way for
 * 2.5 s and then the other way (the same face mirrored: to the liveness rule, a head turned) for 2.5 s,
 * looping; and the enrolment photo of the same face. The face is cut from a group photo shipped in the face
 * model's npm package (server/face-model: @vladmandic/face-api demo/sample1.jpg, the face at 1422,215
 * 307×283 with half its size around it, turned to the picture's left: the sequence shows a turn to the
 * person's left). With less around it the detector misses this turned face.
 */
final class SiteCamera {
  static final Path SAMPLE = Path.of("..", "server", "face-model", "node_modules", "@vladmandic", "face-api", "demo",
      "sample1.jpg");
  private static final int WIDTH = 640;
  private static final int HEIGHT = 480;

  private SiteCamera() {}

  /** Writes {@code enrolment.jpg} and {@code camera.y4m} into {@code dir}. */
  static void write(Path dir) throws IOException {
    Files.createDirectories(dir);
    BufferedImage group = ImageIO.read(SAMPLE.toFile());
    BufferedImage face = group.getSubimage(1272, 75, 609, 558);
    ImageIO.write(face, "jpg", dir.resolve("enrolment.jpg").toFile());
    BufferedImage first = letterbox(face, false);
    BufferedImage second = letterbox(face, true);
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(dir.resolve("camera.y4m")))) {
      out.write(("YUV4MPEG2 W" + WIDTH + " H" + HEIGHT + " F10:1 Ip A1:1 C420jpeg\n")
          .getBytes(StandardCharsets.US_ASCII));
      byte[] a = yuv420(first);
      byte[] b = yuv420(second);
      for (int i = 0; i < 50; i++) {
        out.write("FRAME\n".getBytes(StandardCharsets.US_ASCII));
        out.write(noisy(i < 25 ? a : b, i));
      }
    }
  }

  /**
   * The frame with its top-left 8×8 luma block set by its number: a real camera never gives two identical
   * frames, so two grabs of one pose differ in their bytes as a phone's would.
   */
  private static byte[] noisy(byte[] planes, int number) {
    byte[] frame = planes.clone();
    for (int y = 0; y < 8; y++) {
      for (int x = 0; x < 8; x++) {
        frame[y * WIDTH + x] = (byte) (60 + 3 * number);
      }
    }
    return frame;
  }

  private static BufferedImage letterbox(BufferedImage face, boolean mirrored) {
    BufferedImage frame = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = frame.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    g.setColor(new Color(0x70, 0x78, 0x80));
    g.fillRect(0, 0, WIDTH, HEIGHT);
    double scale = Math.min((double) WIDTH / face.getWidth(), (double) HEIGHT / face.getHeight());
    int w = (int) (face.getWidth() * scale);
    int h = (int) (face.getHeight() * scale);
    int x = (WIDTH - w) / 2;
    int y = (HEIGHT - h) / 2;
    if (mirrored) {
      g.drawImage(face, new AffineTransform(-scale, 0, 0, scale, x + w, y), null);
    } else {
      g.drawImage(face, x, y, w, h, null);
    }
    g.dispose();
    return frame;
  }

  /** BT.601 full-range Y′CbCr 4:2:0 planes (the JPEG convention, C420jpeg). */
  private static byte[] yuv420(BufferedImage image) {
    byte[] planes = new byte[WIDTH * HEIGHT * 3 / 2];
    int u0 = WIDTH * HEIGHT;
    int v0 = u0 + WIDTH * HEIGHT / 4;
    for (int y = 0; y < HEIGHT; y++) {
      for (int x = 0; x < WIDTH; x++) {
        int rgb = image.getRGB(x, y);
        int r = (rgb >> 16) & 0xff;
        int g = (rgb >> 8) & 0xff;
        int b = rgb & 0xff;
        planes[y * WIDTH + x] = (byte) clamp(0.299 * r + 0.587 * g + 0.114 * b);
        if (y % 2 == 0 && x % 2 == 0) {
          int i = (y / 2) * (WIDTH / 2) + x / 2;
          planes[u0 + i] = (byte) clamp(128 - 0.168736 * r - 0.331264 * g + 0.5 * b);
          planes[v0 + i] = (byte) clamp(128 + 0.5 * r - 0.418688 * g - 0.081312 * b);
        }
      }
    }
    return planes;
  }

  private static int clamp(double v) {
    return (int) Math.max(0, Math.min(255, Math.round(v)));
  }
}
