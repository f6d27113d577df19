package cn.ggzy.server.infrastructure.persistence.mongo.calendar;


import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import cn.ggzy.server.domain.model.calendar.CalendarRepository;
import cn.ggzy.server.domain.model.calendar.DeadlineSettings;
import cn.ggzy.server.domain.model.calendar.LoadedNotice;
import cn.ggzy.tenants.RegionCode;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.eclipse.jnosql.databases.mongodb.mapping.MongoDBTemplate;

@ApplicationScoped
public class JnosqlCalendarRepository implements CalendarRepository {
  private MongoDBTemplate template;

  protected JnosqlCalendarRepository() {}

  @Inject
  public JnosqlCalendarRepository(MongoDBTemplate template) {
    this.template = template;
  }

  @Override
  public List<LoadedNotice> notices(RegionCode region) {
    return template.<CalendarDocument>select(CalendarDocument.class, eq("region", region.value()))
        .map(CalendarDocument::toNotice)
        .sorted(Comparator.comparingInt(LoadedNotice::year))
        .toList();
  }

  @Override
  public Optional<LoadedNotice> find(RegionCode region, int year) {
    return template.<CalendarDocument>select(CalendarDocument.class,
            and(eq("region", region.value()), eq("_id", CalendarDocument.id(region, year))))
        .findFirst().map(CalendarDocument::toNotice);
  }

  @Override
  public Optional<LoadedNotice> store(RegionCode region, LoadedNotice notice) {
    Optional<LoadedNotice> previous = find(region, notice.year());
    CalendarDocument document = CalendarDocument.of(region, notice);
    if (previous.isPresent()) {
      template.update(document);
      return previous;
    }
    try {
      template.insert(document);
    } catch (MongoWriteException e) {
      if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
        throw e;
      }
      // stored by someone else in the meantime: the later upload wins, as with a replacement
      Optional<LoadedNotice> raced = find(region, notice.year());
      template.update(document);
      return raced;
    }
    return Optional.empty();
  }

  @Override
  public DeadlineSettings settings(RegionCode region) {
    return template.<RegionSettingsDocument>select(RegionSettingsDocument.class, eq("_id", region.value()))
        .findFirst().map(RegionSettingsDocument::toSettings).orElse(DeadlineSettings.MACHENG);
  }

  @Override
  public void storeSettings(RegionCode region, DeadlineSettings settings) {
    RegionSettingsDocument document = RegionSettingsDocument.of(region, settings);
    boolean stored = template.<RegionSettingsDocument>select(RegionSettingsDocument.class,
        eq("_id", region.value())).findFirst().isPresent();
    if (stored) {
      template.update(document);
    } else {
      template.insert(document);
    }
  }
}
