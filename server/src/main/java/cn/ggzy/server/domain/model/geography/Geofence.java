package cn.ggzy.server.domain.model.geography;

import cn.ggzy.server.domain.model.DomainException;
import java.util.List;

/**
 * A site's boundary: a simple polygon of at least three vertices (closing edge implied), small
 * enough (a construction site, a reservoir section: up to some tens of kilometres) that a local
 * equirectangular projection around its first vertex is exact to well under a metre per kilometre.
 * Crossing the ±180° meridian is not supported (no Chinese site does).
 */
public record Geofence(List<GeoPoint> vertices) {
  public Geofence {
    if (vertices == null || vertices.size() < 3) {
      throw new DomainException("geography.fence.tooFewPoints", "vertices");
    }
    vertices = List.copyOf(vertices);
  }

  /** Whether the point is inside the polygon or on its boundary (even–odd rule). */
  public boolean contains(GeoPoint point) {
    return distanceOutsideMeters(point) == 0;
  }

  /**
   * Whether a reported position may be on the site: inside, or outside by no more than the
   * accuracy the device reported (its 68 % radius) plus {@code toleranceMeters}.
   */
  public boolean admits(GeoPoint point, double accuracyMeters, double toleranceMeters) {
    double slack = Math.max(0, Double.isFinite(accuracyMeters) ? accuracyMeters : 0) + Math.max(0, toleranceMeters);
    return distanceOutsideMeters(point) <= slack;
  }

  /** 0 inside or on the boundary; else the distance in metres to the nearest edge. */
  public double distanceOutsideMeters(GeoPoint point) {
    GeoPoint origin = vertices.get(0);
    double cos = Math.cos(Math.toRadians(origin.latitude()));
    double px = x(point, origin, cos);
    double py = y(point, origin);
    boolean inside = false;
    double nearest = Double.MAX_VALUE;
    for (int i = 0, j = vertices.size() - 1; i < vertices.size(); j = i++) {
      double xi = x(vertices.get(i), origin, cos);
      double yi = y(vertices.get(i), origin);
      double xj = x(vertices.get(j), origin, cos);
      double yj = y(vertices.get(j), origin);
      nearest = Math.min(nearest, toSegment(px, py, xi, yi, xj, yj));
      if ((yi > py) != (yj > py) && px < (xj - xi) * (py - yi) / (yj - yi) + xi) {
        inside = !inside;
      }
    }
    return inside || nearest < 1e-6 ? 0 : nearest;
  }

  private static double x(GeoPoint p, GeoPoint origin, double cos) {
    return Math.toRadians(p.longitude() - origin.longitude()) * cos * GeoPoint.EARTH_RADIUS_METERS;
  }

  private static double y(GeoPoint p, GeoPoint origin) {
    return Math.toRadians(p.latitude() - origin.latitude()) * GeoPoint.EARTH_RADIUS_METERS;
  }

  private static double toSegment(double px, double py, double ax, double ay, double bx, double by) {
    double dx = bx - ax;
    double dy = by - ay;
    double length = dx * dx + dy * dy;
    double t = length == 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / length));
    return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
  }
}
