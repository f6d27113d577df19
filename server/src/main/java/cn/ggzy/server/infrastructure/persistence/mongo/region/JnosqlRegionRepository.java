package cn.ggzy.server.infrastructure.persistence.mongo.region;

import static com.mongodb.client.model.Filters.eq;

import cn.ggzy.server.domain.model.region.RegionRepository;
import cn.ggzy.tenants.Region;
import cn.ggzy.tenants.RegionCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.eclipse.jnosql.databases.mongodb.mapping.MongoDBTemplate;

@ApplicationScoped
public class JnosqlRegionRepository implements RegionRepository {
  private MongoDBTemplate template;

  protected JnosqlRegionRepository() {}

  @Inject
  public JnosqlRegionRepository(MongoDBTemplate template) {
    this.template = template;
  }

  @Override
  public Optional<Region> find(RegionCode code) {
    return template.<RegionDocument>select(RegionDocument.class, eq("_id", code.value())).findFirst()
        .map(RegionDocument::toRegion);
  }

  @Override
  public List<Region> all() {
    return template.<RegionDocument>select(RegionDocument.class, new Document())
        .map(RegionDocument::toRegion)
        .sorted(Comparator.comparing(r -> r.code().value()))
        .toList();
  }

  @Override
  public void store(Region region) {
    if (find(region.code()).isPresent()) {
      template.update(RegionDocument.of(region));
    } else {
      template.insert(RegionDocument.of(region));
    }
  }
}
