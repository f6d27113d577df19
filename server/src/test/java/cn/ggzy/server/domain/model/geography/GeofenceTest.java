package cn.ggzy.server.domain.model.geography;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.domain.model.DomainException;
import java.util.List;
import org.junit.jupiter.api.Test;

class GeofenceTest {
  /** About 1 km metres per side around (31.17, 115.02), with a notch cut into its east side. */
  private static final double LAT = 0.009;
  private static final double LON = 0.0105;
  private final Geofence site = new Geofence(List.of(
      new GeoPoint(31.17, 115.02),
      new GeoPoint(31.17, 115.02 + LON),
      new GeoPoint(31.17 + LAT / 3, 115.02 + LON),
      new GeoPoint(31.17 + LAT / 2, 115.02 + LON / 2),
      new GeoPoint(31.17 + 2 * LAT / 3, 115.02 + LON),
      new GeoPoint(31.17 + LAT, 115.02 + LON),
      new GeoPoint(31.17 + LAT, 115.02)));

  @Test
  void aPointInsideIsOnTheSiteAndOneInTheNotchIsNot() {
    assertTrue(site.contains(new GeoPoint(31.17 + LAT / 5, 115.02 + LON / 2)));
    assertFalse(site.contains(new GeoPoint(31.17 + LAT / 2, 115.02 + 0.9 * LON)));
  }

  @Test
  void aVertexAndAPointOnAnEdgeCountAsOnTheSite() {
    assertTrue(site.contains(new GeoPoint(31.17, 115.02)));
    assertTrue(site.contains(new GeoPoint(31.17, 115.02 + LON / 2)));
  }

  @Test
  void outsideTheDistanceToTheNearestEdgeIsMeasuredInMetres() {
    GeoPoint south = new GeoPoint(31.17 - 0.001, 115.02 + LON / 2);
    double expected = new GeoPoint(31.17, 115.02 + LON / 2).distanceMeters(south);

    assertEquals(expected, site.distanceOutsideMeters(south), 0.5);
    assertEquals(0, site.distanceOutsideMeters(new GeoPoint(31.17 + LAT / 5, 115.02 + LON / 2)));
  }

  @Test
  void aPositionJustOutsideIsAdmittedWithinTheReportedAccuracyAndTolerance() {
    GeoPoint south = new GeoPoint(31.17 - 0.0005, 115.02 + LON / 2);
    double outside = site.distanceOutsideMeters(south);

    assertFalse(site.admits(south, 10, 20));
    assertTrue(site.admits(south, outside - 20 + 1, 20));
    assertFalse(site.admits(south, Double.POSITIVE_INFINITY, 0));
  }

  @Test
  void aFenceNeedsThreeVertices() {
    DomainException e = assertThrows(DomainException.class,
        () -> new Geofence(List.of(new GeoPoint(31, 115), new GeoPoint(31.1, 115))));

    assertEquals("geography.fence.tooFewPoints", e.code());
    assertEquals("vertices", e.field());
  }
}
