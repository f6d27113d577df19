package cn.ggzy.server.domain.model.agency;

import cn.ggzy.tenants.RegionCode;
import java.util.List;
import java.util.Optional;

/** The region's agencies, assessment method and assessments; every read and write takes the region. */
public interface AgencyRepository {
  Optional<Agency> find(RegionCode region, String creditCode);

  /** Stores an agency read at {@code readVersion} (0 for a new one); a concurrent change is refused. */
  void store(RegionCode region, Agency agency, long readVersion);

  List<Agency> list(RegionCode region, int limit);

  Optional<AssessmentMethod> method(RegionCode region);

  void storeMethod(RegionCode region, AssessmentMethod method, long readVersion);

  Optional<Assessment> assessment(RegionCode region, String id);

  void storeAssessment(RegionCode region, Assessment assessment, long readVersion);

  /** The region's assessments of a period. */
  List<Assessment> assessments(RegionCode region, String period);
}
