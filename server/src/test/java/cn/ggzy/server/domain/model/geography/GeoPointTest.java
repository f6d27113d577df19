package cn.ggzy.server.domain.model.geography;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.ggzy.server.domain.model.DomainException;
import org.junit.jupiter.api.Test;

class GeoPointTest {
  @Test
  void oneDegreeAlongAMeridianOrTheEquatorIsAboutOneHundredAndElevenKilometres() {
    double degree = Math.PI / 180 * 6_371_008.8;

    assertEquals(degree, new GeoPoint(30, 115).distanceMeters(new GeoPoint(31, 115)), 0.01);
    assertEquals(degree, new GeoPoint(0, 0).distanceMeters(new GeoPoint(0, 1)), 0.01);
  }

  @Test
  void beijingToShanghaiIsTheGreatCircleDistanceBothWays() {
    GeoPoint beijing = new GeoPoint(39.9042, 116.4074);
    GeoPoint shanghai = new GeoPoint(31.2304, 121.4737);

    assertEquals(1_067_000, beijing.distanceMeters(shanghai), 3_000);
    assertEquals(beijing.distanceMeters(shanghai), shanghai.distanceMeters(beijing), 1e-6);
    assertEquals(0, beijing.distanceMeters(beijing), 1e-9);
  }

  @Test
  void coordinatesOutOfRangeAreRefusedOnTheirField() {
    DomainException latitude = assertThrows(DomainException.class, () -> new GeoPoint(90.0001, 0));
    DomainException longitude = assertThrows(DomainException.class, () -> new GeoPoint(0, Double.NaN));

    assertEquals("geography.point.invalid", latitude.code());
    assertEquals("latitude", latitude.field());
    assertEquals("longitude", longitude.field());
  }
}
