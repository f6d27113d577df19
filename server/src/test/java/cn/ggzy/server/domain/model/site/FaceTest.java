package cn.ggzy.server.domain.model.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FaceTest {
  /** A frontal face: eyes centred at x 40 and 60, the nose tip at {@code noseX}, eyes {@code eyeOpening} tall. */
  private static Face face(double noseX, double eyeOpening) {
    List<Face.Point> points = new ArrayList<>();
    for (int i = 0; i < 68; i++) {
      points.add(new Face.Point(50, 80));
    }
    for (int eye = 0; eye < 2; eye++) {
      int first = 36 + 6 * eye;
      double cx = eye == 0 ? 40 : 60;
      // corners 10 apart, upper lid (37, 38) and lower lid (41, 40) eyeOpening apart
      points.set(first, new Face.Point(cx - 5, 50));
      points.set(first + 1, new Face.Point(cx - 2, 50 - eyeOpening / 2));
      points.set(first + 2, new Face.Point(cx + 2, 50 - eyeOpening / 2));
      points.set(first + 3, new Face.Point(cx + 5, 50));
      points.set(first + 4, new Face.Point(cx + 2, 50 + eyeOpening / 2));
      points.set(first + 5, new Face.Point(cx - 2, 50 + eyeOpening / 2));
    }
    points.set(30, new Face.Point(noseX, 65));
    return new Face(0.9, new Face.Box(20, 30, 60, 70), points, new float[128]);
  }

  @Test
  void yawRatioIsTheNoseOffsetOverTheEyeDistance() {
    assertEquals(0, face(50, 3).yawRatio(), 1e-9);
    assertEquals(0.3, face(56, 3).yawRatio(), 1e-9);
    assertEquals(-0.25, face(45, 3).yawRatio(), 1e-9);
  }

  @Test
  void eyeAspectRatioDropsWhenTheEyesClose() {
    assertEquals(0.3, face(50, 3).eyeAspectRatio(), 1e-9);
    assertEquals(0.05, face(50, 0.5).eyeAspectRatio(), 1e-9);
  }

  @Test
  void withoutLandmarksTheRatiosAreNaN() {
    Face none = new Face(0.9, new Face.Box(0, 0, 1, 1), List.of(), new float[128]);
    assertTrue(Double.isNaN(none.yawRatio()));
    assertTrue(Double.isNaN(none.eyeAspectRatio()));
  }
}
