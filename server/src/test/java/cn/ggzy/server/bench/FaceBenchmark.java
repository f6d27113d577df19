package cn.ggzy.server.bench;

import cn.ggzy.server.domain.model.site.Face;
import cn.ggzy.server.infrastructure.face.ShippedFaceRecognition;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.AffineTransformOp;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Face verification ({@code server/bench/face.sh}): error rates at a few thresholds and the time of
 * one verification on 2 cores.
 *
 * <p>The labelled pairs come from the npm package {@code @vladmandic/face-api@1.7.15} (installed by the
 * build in {@code server/face-model/node_modules}), its {@code demo/sample1.jpg … sample6.jpg}: six
 * group photos of 20 faces. Labels: two faces of one photo are two different people (impostor
 * pairs); a face and the same face in the photo retaken through a phone-like capture change
 * (downscaled to 640 px and recompressed, brighter, darker and noisier, tilted 10°, mirrored,
 * blurred) is the same person (genuine pairs). Faces of different photos carry no label and are not
 * used. So the genuine pairs lack what separates two real sessions (pose, expression, age, camera):
 * the false reject rate is a lower bound; docs/face-recognition.md says more.
 *
 * <p>Timing: one verification is {@code faces(photo)} on a 640×480 JPEG holding one face plus the
 * distance to an enrolled descriptor, after warm-up; the model's load is timed apart.
 */
public final class FaceBenchmark {
  private static final Path DEMO = Path.of("server/face-model/node_modules/@vladmandic/face-api/demo");
  private static final double[] THRESHOLDS = {0.35, 0.40, 0.45, 0.50, 0.55, 0.60};

  private FaceBenchmark() {}

  /** A face of the original photos: its photo, index and descriptor. */
  private record Known(int photo, int index, Face face) {}

  public static void main(String[] args) throws IOException {
    Path demo = Files.isDirectory(DEMO) ? DEMO : Path.of("face-model/node_modules/@vladmandic/face-api/demo");
    ShippedFaceRecognition recognition = ShippedFaceRecognition.create();
    System.gc();
    long heapBefore = usedHeap();
    long t0 = System.nanoTime();
    recognition.warmUp();
    long t1 = System.nanoTime();
    System.gc();
    long heapModel = usedHeap() - heapBefore;
    System.out.printf(Locale.ROOT, "model: %s%n", recognition.model());
    System.out.printf(Locale.ROOT, "model load (3 nets, fresh JVM): %.0f ms; heap held by the weights: %.0f MB%n",
        (t1 - t0) / 1e6, heapModel / 1e6);

    List<Known> known = new ArrayList<>();
    List<BufferedImage> photos = new ArrayList<>();
    for (int n = 1; n <= 6; n++) {
      byte[] bytes = Files.readAllBytes(demo.resolve("sample" + n + ".jpg"));
      photos.add(ImageIO.read(demo.resolve("sample" + n + ".jpg").toFile()));
      List<Face> faces = recognition.faces(bytes);
      for (int i = 0; i < faces.size(); i++) {
        known.add(new Known(n - 1, i, faces.get(i)));
      }
    }
    System.out.printf(Locale.ROOT, "data: @vladmandic/face-api@1.7.15 demo/sample1..6.jpg, %d faces found in 6 photos%n",
        known.size());

    // each photo retaken 6 ways; every known face looked up in each version by where it must be
    List<List<Face>> versions = new ArrayList<>();
    for (Known k : known) {
      List<Face> list = new ArrayList<>();
      list.add(k.face());
      versions.add(list);
    }
    String[] changes = {"640px q70", "brighter", "darker+noise", "tilted 10°", "mirrored", "blurred 960px"};
    int missed = 0;
    for (int c = 0; c < changes.length; c++) {
      for (int p = 0; p < photos.size(); p++) {
        BufferedImage photo = photos.get(p);
        Changed changed = change(photo, c);
        List<Face> found = recognition.faces(changed.jpeg());
        for (int k = 0; k < known.size(); k++) {
          if (known.get(k).photo() != p) {
            continue;
          }
          Face.Box box = known.get(k).face().box();
          double[] centre = changed.map(box.x() + box.width() / 2, box.y() + box.height() / 2);
          Face match = null;
          double best = Double.MAX_VALUE;
          for (Face f : found) {
            double d = Math.hypot(f.box().x() + f.box().width() / 2 - centre[0], f.box().y() + f.box().height() / 2 - centre[1]);
            if (d < best) {
              best = d;
              match = f;
            }
          }
          if (match != null && best < changed.scale() * box.width() / 3) {
            versions.get(k).add(match);
          } else {
            missed++;
          }
        }
      }
    }
    List<Double> genuine = new ArrayList<>();
    List<Double> impostor = new ArrayList<>();
    for (int a = 0; a < known.size(); a++) {
      List<Face> va = versions.get(a);
      for (int i = 0; i < va.size(); i++) {
        for (int j = i + 1; j < va.size(); j++) {
          genuine.add(recognition.distance(va.get(i).descriptor(), va.get(j).descriptor()));
        }
      }
      for (int b = a + 1; b < known.size(); b++) {
        if (known.get(a).photo() != known.get(b).photo()) {
          continue;
        }
        for (Face fa : va) {
          for (Face fb : versions.get(b)) {
            impostor.add(recognition.distance(fa.descriptor(), fb.descriptor()));
          }
        }
      }
    }
    System.out.printf(Locale.ROOT, "pairs: %d genuine (same face, original and %d capture changes: %s), %d impostor"
        + " (two faces of one photo, any versions); %d face versions not found by the detector%n", genuine.size(),
        changes.length, String.join(", ", changes), impostor.size(), missed);
    System.out.printf(Locale.ROOT, "distances: genuine max %.3f, p99 %.3f; impostor min %.3f, p1 %.3f%n",
        max(genuine), quantile(genuine, 0.99), min(impostor), quantile(impostor, 0.01));
    System.out.printf(Locale.ROOT, "%-10s %10s %10s%n", "threshold", "FAR", "FRR");
    for (double t : THRESHOLDS) {
      String mark = Math.abs(t - recognition.threshold()) < 1e-9 ? "  <- chosen" : "";
      System.out.printf(Locale.ROOT, "%-10.2f %9.2f%% %9.2f%%%s%n", t, 100.0 * above(impostor, t, false) / impostor.size(),
          100.0 * above(genuine, t, true) / genuine.size(), mark);
    }

    timing(recognition, photos, known);
  }

  private static void timing(ShippedFaceRecognition recognition, List<BufferedImage> photos, List<Known> known)
      throws IOException {
    // one 640×480 check-in photo per face: the face about 200 px wide, cut out of its photo
    List<byte[]> checkIns = new ArrayList<>();
    for (Known k : known) {
      BufferedImage photo = photos.get(k.photo());
      Face.Box box = k.face().box();
      double s = 200 / box.width();
      int w = (int) Math.round(photo.getWidth() * s);
      int h = (int) Math.round(photo.getHeight() * s);
      BufferedImage scaled = scaled(photo, w, h);
      int cx = (int) Math.round((box.x() + box.width() / 2) * s);
      int cy = (int) Math.round((box.y() + box.height() / 2) * s);
      int x = Math.max(0, Math.min(w - 640, cx - 320));
      int y = Math.max(0, Math.min(h - 480, cy - 220));
      BufferedImage crop = new BufferedImage(640, 480, BufferedImage.TYPE_3BYTE_BGR);
      crop.createGraphics().drawImage(scaled.getSubimage(x, y, Math.min(640, w - x), Math.min(480, h - y)), 0, 0, null);
      checkIns.add(jpeg(crop, 0.85f));
    }
    float[] enrolled = known.get(0).face().descriptor();
    for (int i = 0; i < 60; i++) {
      verify(recognition, checkIns.get(i % checkIns.size()), enrolled);
    }
    LatencyStats stats = new LatencyStats();
    LatencyStats single = new LatencyStats();
    long peak = 0;
    int runs = 300;
    int faces = 0;
    for (int i = 0; i < runs; i++) {
      long t0 = System.nanoTime();
      int found = verify(recognition, checkIns.get(i % checkIns.size()), enrolled);
      double millis = (System.nanoTime() - t0) / 1e6;
      stats.add(millis);
      if (found == 1) {
        single.add(millis);
      }
      faces += found;
      peak = Math.max(peak, usedHeap());
    }
    System.out.println();
    System.out.printf(Locale.ROOT, "one verification: faces() on a 640x480 JPEG with one face (%d photos, %.2f faces"
        + " found per photo) + distance, %d runs after 60 warm-up, %d cores%n", checkIns.size(), (double) faces / runs,
        runs, Runtime.getRuntime().availableProcessors());
    System.out.println(LatencyStats.header());
    System.out.println(stats.row("verification"));
    System.out.println(single.row("  of which one face found"));
    System.out.printf(Locale.ROOT, "heap: max %d MB, peak used while verifying %.0f MB (all pools: %.0f MB)%n",
        Runtime.getRuntime().maxMemory() >> 20, peak / 1e6, peakPools() / 1e6);
  }

  private static int verify(ShippedFaceRecognition recognition, byte[] photo, float[] enrolled) {
    List<Face> faces = recognition.faces(photo);
    if (!faces.isEmpty()) {
      recognition.distance(faces.get(0).descriptor(), enrolled);
    }
    return faces.size();
  }

  /** A photo retaken, and where one of its points went. */
  private record Changed(byte[] jpeg, AffineTransform transform, double scale) {
    double[] map(double x, double y) {
      double[] p = {x, y};
      transform.transform(p, 0, p, 0, 1);
      return p;
    }
  }

  private static Changed change(BufferedImage photo, int kind) throws IOException {
    int w = photo.getWidth();
    int h = photo.getHeight();
    switch (kind) {
      case 0: {
        double s = 640.0 / w;
        return new Changed(jpeg(scaled(photo, 640, (int) Math.round(h * s)), 0.70f),
            AffineTransform.getScaleInstance(s, s), s);
      }
      case 1:
        return new Changed(jpeg(tone(photo, 1.25, 25, 0), 0.9f), new AffineTransform(), 1);
      case 2:
        return new Changed(jpeg(tone(photo, 0.6, -10, 12), 0.9f), new AffineTransform(), 1);
      case 3: {
        AffineTransform rotate = AffineTransform.getRotateInstance(Math.toRadians(10), w / 2.0, h / 2.0);
        return new Changed(jpeg(new AffineTransformOp(rotate, AffineTransformOp.TYPE_BILINEAR)
            .filter(photo, new BufferedImage(w, h, BufferedImage.TYPE_3BYTE_BGR)), 0.9f), rotate, 1);
      }
      case 4: {
        AffineTransform mirror = new AffineTransform(-1, 0, 0, 1, w, 0);
        return new Changed(jpeg(new AffineTransformOp(mirror, AffineTransformOp.TYPE_NEAREST_NEIGHBOR)
            .filter(photo, new BufferedImage(w, h, BufferedImage.TYPE_3BYTE_BGR)), 0.9f), mirror, 1);
      }
      default: {
        // down to a quarter and back up to 960 px: the blur of a cheap lens or of a zoom
        double s = 960.0 / w;
        BufferedImage small = scaled(photo, w / 4, h / 4);
        return new Changed(jpeg(scaled(small, 960, (int) Math.round(h * s)), 0.85f), AffineTransform.getScaleInstance(s, s), s);
      }
    }
  }

  private static BufferedImage tone(BufferedImage photo, double gain, int offset, int noise) {
    int w = photo.getWidth();
    int h = photo.getHeight();
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_3BYTE_BGR);
    long seed = 42;
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int rgb = photo.getRGB(x, y);
        int v = 0;
        for (int shift = 16; shift >= 0; shift -= 8) {
          seed = seed * 6364136223846793005L + 1442695040888963407L;
          int n = noise == 0 ? 0 : (int) ((seed >>> 33) % (2 * noise + 1)) - noise;
          int c = (int) Math.round(((rgb >> shift) & 0xff) * gain + offset + n);
          v = v << 8 | Math.max(0, Math.min(255, c));
        }
        out.setRGB(x, y, v);
      }
    }
    return out;
  }

  private static BufferedImage scaled(BufferedImage photo, int w, int h) {
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_3BYTE_BGR);
    Graphics2D g = out.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    g.drawImage(photo, 0, 0, w, h, null);
    g.dispose();
    return out;
  }

  private static byte[] jpeg(BufferedImage image, float quality) throws IOException {
    Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
    ImageWriter writer = writers.next();
    ImageWriteParam param = writer.getDefaultWriteParam();
    param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
    param.setCompressionQuality(quality);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
      writer.setOutput(stream);
      writer.write(null, new IIOImage(image, null, null), param);
    } finally {
      writer.dispose();
    }
    return out.toByteArray();
  }

  private static long above(List<Double> distances, double threshold, boolean strictly) {
    // a false accept is an impostor at or under the threshold; a false reject a genuine pair over it
    return distances.stream().filter(d -> strictly ? d > threshold : d <= threshold).count();
  }

  private static double max(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
  }

  private static double min(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
  }

  private static double quantile(List<Double> values, double q) {
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    return sorted[(int) Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
  }

  private static long usedHeap() {
    Runtime r = Runtime.getRuntime();
    return r.totalMemory() - r.freeMemory();
  }

  private static long peakPools() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }
}
