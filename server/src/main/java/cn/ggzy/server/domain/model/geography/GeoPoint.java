package cn.ggzy.server.domain.model.geography;

import cn.ggzy.server.domain.model.DomainException;

/**
 * A point on the WGS-84 ellipsoid in decimal degrees, as browsers and phones report it (no
 * conversion to GCJ-02 or BD-09: a point shown on a Chinese map service is converted there).
 */
public record GeoPoint(double latitude, double longitude) {
  /** Mean Earth radius (IUGG), metres. */
  static final double EARTH_RADIUS_METERS = 6_371_008.8;

  /** Refuses a latitude outside −90…90 or a longitude outside −180…180 (NaN included). */
  public GeoPoint {
    if (!(latitude >= -90 && latitude <= 90)) {
      throw new DomainException("geography.point.invalid", "latitude");
    }
    if (!(longitude >= -180 && longitude <= 180)) {
      throw new DomainException("geography.point.invalid", "longitude");
    }
  }

  /** The great-circle distance in metres (haversine on the mean radius; within 0.5 % of WGS-84). */
  public double distanceMeters(GeoPoint other) {
    double phi1 = Math.toRadians(latitude);
    double phi2 = Math.toRadians(other.latitude);
    double dPhi = phi2 - phi1;
    double dLambda = Math.toRadians(other.longitude - longitude);
    double h = Math.sin(dPhi / 2) * Math.sin(dPhi / 2)
        + Math.cos(phi1) * Math.cos(phi2) * Math.sin(dLambda / 2) * Math.sin(dLambda / 2);
    return 2 * EARTH_RADIUS_METERS * Math.asin(Math.min(1, Math.sqrt(h)));
  }
}
