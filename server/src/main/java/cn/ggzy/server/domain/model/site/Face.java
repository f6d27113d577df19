package cn.ggzy.server.domain.model.site;

import java.util.List;

/**
 * A face found in a photo: how sure the detector is (0…1), its box and 68 landmarks in the photo's
 * pixels (the iBUG 300-W order: 0–16 jaw, 17–26 brows, 27–35 nose, 36–47 eyes, 48–67 mouth), and the
 * model's descriptor of it.
 */
public record Face(double score, Box box, List<Point> landmarks, float[] descriptor) {
  public Face {
    landmarks = List.copyOf(landmarks);
    descriptor = descriptor.clone();
  }

  @Override
  public float[] descriptor() {
    return descriptor.clone();
  }

  /** A rectangle in pixels. */
  public record Box(double x, double y, double width, double height) {}

  /** A point in pixels. */
  public record Point(double x, double y) {}
}
