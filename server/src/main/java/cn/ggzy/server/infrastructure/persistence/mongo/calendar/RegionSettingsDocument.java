package cn.ggzy.server.infrastructure.persistence.mongo.calendar;

import cn.ggzy.server.domain.model.calendar.DeadlineSettings;
import cn.ggzy.tenants.RegionCode;
import jakarta.nosql.Column;
import jakarta.nosql.Entity;
import jakarta.nosql.Id;

/** Stored form of a region's {@link DeadlineSettings}; {@code _id} is the region code. */
@Entity("regionSettings")
public class RegionSettingsDocument {
  @Id String region;
  @Column int acceptanceWorkingDays;
  @Column int completionWorkingDays;

  public RegionSettingsDocument() {}

  public static RegionSettingsDocument of(RegionCode region, DeadlineSettings settings) {
    RegionSettingsDocument d = new RegionSettingsDocument();
    d.region = region.value();
    d.acceptanceWorkingDays = settings.acceptanceWorkingDays();
    d.completionWorkingDays = settings.completionWorkingDays();
    return d;
  }

  DeadlineSettings toSettings() {
    return new DeadlineSettings(acceptanceWorkingDays, completionWorkingDays);
  }
}
