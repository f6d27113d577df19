package cn.ggzy.server.domain.model.site;

import cn.ggzy.server.domain.model.site.Face.Point;
import java.util.List;

/**
 * A face's pose and eyes read from its 68 landmarks, for the liveness challenge: the yaw as the nose
 * tip's horizontal offset from the midpoint of the eyes over the distance between the eyes (0 facing
 * the camera, positive when the nose moves to the picture's right), and the eyes' opening as the mean
 * eye aspect ratio (Soukupová and Čech, 2016: about 0.3 open, under 0.2 closed).
 */
public final class FacePose {
  private FacePose() {}

  public static double yaw(Face face) {
    List<Point> p = face.landmarks();
    Point left = centre(p, 36, 42);
    Point right = centre(p, 42, 48);
    double eyes = Math.hypot(right.x() - left.x(), right.y() - left.y());
    if (eyes <= 0) {
      return 0;
    }
    double mid = (left.x() + right.x()) / 2;
    return (p.get(30).x() - mid) / eyes;
  }

  public static double eyeOpening(Face face) {
    List<Point> p = face.landmarks();
    return (aspect(p, 36) + aspect(p, 42)) / 2;
  }

  private static double aspect(List<Point> p, int from) {
    double vertical = dist(p.get(from + 1), p.get(from + 5)) + dist(p.get(from + 2), p.get(from + 4));
    double horizontal = dist(p.get(from), p.get(from + 3));
    return horizontal <= 0 ? 0 : vertical / (2 * horizontal);
  }

  private static Point centre(List<Point> p, int from, int to) {
    double x = 0;
    double y = 0;
    for (int i = from; i < to; i++) {
      x += p.get(i).x();
      y += p.get(i).y();
    }
    return new Point(x / (to - from), y / (to - from));
  }

  private static double dist(Point a, Point b) {
    return Math.hypot(a.x() - b.x(), a.y() - b.y());
  }
}
