package cn.ggzy.server.infrastructure.face;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.site.Face;
import java.awt.Image;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Java forward passes against face-api itself: {@code face/reference.json} holds what
 * {@code server/face-model/reference.mjs} got from @vladmandic/face-api 1.7.15 (tfjs CPU backend)
 * on the package's demo photos, which the test reads from the installed package. There the photos
 * are decoded by libjpeg-turbo (@cwasm/jpeg-turbo), bit for bit the pixels ImageIO's libjpeg gives
 * here, so the tolerances only cover the reference's rounding and float summation order.
 */
class ShippedFaceRecognitionTest {
  static final Path DEMO = Path.of("face-model/node_modules/@vladmandic/face-api/demo");
  private static final ShippedFaceRecognition RECOGNITION = ShippedFaceRecognition.create();
  private static List<Object> reference;

  @BeforeAll
  @SuppressWarnings("unchecked")
  static void load() throws IOException {
    try (InputStream in = ShippedFaceRecognitionTest.class.getResourceAsStream("/face/reference.json")) {
      Map<String, Object> json = (Map<String, Object>) MiniJson.parse(new String(in.readAllBytes(),
          StandardCharsets.UTF_8));
      reference = (List<Object>) json.get("images");
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void matchesFaceApiOnTheDemoPhotos() throws IOException {
    int compared = 0;
    for (Object o : reference) {
      Map<String, Object> image = (Map<String, Object>) o;
      List<Object> expectedFaces = (List<Object>) image.get("faces");
      List<Face> faces = RECOGNITION.faces(Files.readAllBytes(DEMO.resolve((String) image.get("file"))));
      assertEquals(expectedFaces.size(), faces.size(), image.get("file") + ": faces");
      for (Object e : expectedFaces) {
        Map<String, Object> expected = (Map<String, Object>) e;
        double[] box = doubles((List<Object>) expected.get("box"));
        Face face = nearest(faces, box);
        String what = image.get("file") + " face at " + (int) box[0] + "," + (int) box[1];
        assertEquals(box[0], face.box().x(), 0.02, what + ": x");
        assertEquals(box[1], face.box().y(), 0.02, what + ": y");
        assertEquals(box[2], face.box().width(), 0.02, what + ": width");
        assertEquals(box[3], face.box().height(), 0.02, what + ": height");
        assertEquals((Double) expected.get("score"), face.score(), 0.0001, what + ": score");
        List<Object> points = (List<Object>) expected.get("landmarks");
        double landmarkError = 0;
        for (int i = 0; i < 68; i++) {
          double[] p = doubles((List<Object>) points.get(i));
          landmarkError += Math.hypot(p[0] - face.landmarks().get(i).x(), p[1] - face.landmarks().get(i).y());
        }
        landmarkError /= 68;
        double[] d = doubles((List<Object>) expected.get("descriptor"));
        float[] descriptor = new float[d.length];
        for (int i = 0; i < d.length; i++) {
          descriptor[i] = (float) d[i];
        }
        double distance = RECOGNITION.distance(descriptor, face.descriptor());
        assertTrue(landmarkError < 0.01, what + ": landmarks off by " + landmarkError + " px on average");
        assertTrue(distance < 0.001, what + ": descriptor " + distance + " from face-api's");
        compared++;
      }
    }
    assertTrue(compared >= 20, "faces compared: " + compared);
  }

  /** Faces in one photo are different people: all farther apart than the threshold. */
  @Test
  void peopleInOnePhotoAreTakenForDifferentPeople() throws IOException {
    int pairs = 0;
    for (int n = 1; n <= 6; n++) {
      List<Face> faces = RECOGNITION.faces(Files.readAllBytes(DEMO.resolve("sample" + n + ".jpg")));
      for (int i = 0; i < faces.size(); i++) {
        for (int j = i + 1; j < faces.size(); j++) {
          double distance = RECOGNITION.distance(faces.get(i).descriptor(), faces.get(j).descriptor());
          assertTrue(distance > RECOGNITION.threshold(), "sample" + n + " faces " + i + ", " + j + ": " + distance);
          pairs++;
        }
      }
    }
    assertTrue(pairs >= 20, "pairs: " + pairs);
  }

  /** The same face, the photo shrunk to a phone's 640 px and saved as PNG: the same person. */
  @Test
  void theSameFaceRescaledIsTheSamePerson() throws IOException {
    BufferedImage original = ImageIO.read(DEMO.resolve("sample2.jpg").toFile());
    int w = 640;
    int h = original.getHeight() * w / original.getWidth();
    BufferedImage small = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    small.createGraphics().drawImage(original.getScaledInstance(w, h, Image.SCALE_AREA_AVERAGING), 0, 0, null);
    List<Face> large = RECOGNITION.faces(Files.readAllBytes(DEMO.resolve("sample2.jpg")));
    List<Face> shrunk = RECOGNITION.faces(png(small));
    assertEquals(1, shrunk.size());
    double distance = RECOGNITION.distance(large.get(0).descriptor(), shrunk.get(0).descriptor());
    assertTrue(distance < RECOGNITION.threshold() / 2, "distance " + distance);
  }

  @Test
  void onlyTheLargestFacesAreDescribedWhenAsked() throws IOException {
    byte[] photo = Files.readAllBytes(DEMO.resolve("sample1.jpg"));
    List<Face> all = RECOGNITION.faces(photo);
    List<Face> main = RECOGNITION.faces(photo, 1);
    assertEquals(all.size(), main.size());
    assertEquals(all.get(0).box(), main.get(0).box());
    assertEquals(0, RECOGNITION.distance(all.get(0).descriptor(), main.get(0).descriptor()), 1e-6);
    assertEquals(68, main.get(0).landmarks().size());
    for (Face other : main.subList(1, main.size())) {
      assertEquals(0, other.descriptor().length);
      assertEquals(List.of(), other.landmarks());
    }
  }

  @Test
  void refusesBytesThatAreNoImage() {
    DomainException e = assertThrows(DomainException.class,
        () -> RECOGNITION.faces("not a photo".getBytes(StandardCharsets.UTF_8)));
    assertEquals("face.image.unreadable", e.code());
    assertEquals("photo", e.field());
    assertEquals("face.image.unreadable",
        assertThrows(DomainException.class, () -> RECOGNITION.faces(new byte[0])).code());
  }

  @Test
  void findsNoFaceInAnImageWithoutOne() {
    BufferedImage image = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < 480; y++) {
      for (int x = 0; x < 640; x++) {
        image.setRGB(x, y, (x * 255 / 640) << 16 | (y * 255 / 480) << 8 | 128);
      }
    }
    assertEquals(List.of(), RECOGNITION.faces(png(image)));
  }

  static byte[] png(BufferedImage image) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(image, "png", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Face nearest(List<Face> faces, double[] box) {
    Face best = faces.get(0);
    for (Face f : faces) {
      if (Math.hypot(f.box().x() - box[0], f.box().y() - box[1])
          < Math.hypot(best.box().x() - box[0], best.box().y() - box[1])) {
        best = f;
      }
    }
    return best;
  }

  private static double[] doubles(List<Object> list) {
    double[] d = new double[list.size()];
    for (int i = 0; i < d.length; i++) {
      d[i] = (Double) list.get(i);
    }
    return d;
  }
}
