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

  /**
   * How far the head is turned left or right: the nose tip's (30) horizontal offset from the midpoint
   * of the two eyes' centres (36–41, 42–47), over the distance between those centres; about 0 facing
   * the camera, signed (positive when the nose is to the right in the photo), beyond ±0.3 clearly
   * turned. NaN without the 68 landmarks. For liveness across two frames: a real head turns.
   */
  public double yawRatio() {
    if (landmarks.size() != 68) {
      return Double.NaN;
    }
    Point left = centre(36, 42);
    Point right = centre(42, 48);
    double eyes = Math.hypot(right.x() - left.x(), right.y() - left.y());
    if (eyes == 0) {
      return Double.NaN;
    }
    return (landmarks.get(30).x() - (left.x() + right.x()) / 2) / eyes;
  }

  /**
   * The eye aspect ratio (Soukupová and Čech, 2016) averaged over both eyes: the two vertical
   * distances of an eye's landmarks over twice its horizontal one; about 0.25–0.35 open, under about
   * 0.2 closed. NaN without the 68 landmarks. For liveness across two frames: a real face blinks.
   */
  public double eyeAspectRatio() {
    if (landmarks.size() != 68) {
      return Double.NaN;
    }
    return (eyeAspectRatio(36) + eyeAspectRatio(42)) / 2;
  }

  private double eyeAspectRatio(int first) {
    double width = distance(first, first + 3);
    return width == 0 ? Double.NaN
        : (distance(first + 1, first + 5) + distance(first + 2, first + 4)) / (2 * width);
  }

  private double distance(int a, int b) {
    Point p = landmarks.get(a);
    Point q = landmarks.get(b);
    return Math.hypot(p.x() - q.x(), p.y() - q.y());
  }

  private Point centre(int from, int to) {
    double x = 0;
    double y = 0;
    for (int i = from; i < to; i++) {
      x += landmarks.get(i).x();
      y += landmarks.get(i).y();
    }
    return new Point(x / (to - from), y / (to - from));
  }

  /** A rectangle in pixels. */
  public record Box(double x, double y, double width, double height) {}

  /** A point in pixels. */
  public record Point(double x, double y) {}
}
