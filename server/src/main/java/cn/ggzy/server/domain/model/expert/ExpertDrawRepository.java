package cn.ggzy.server.domain.model.expert;

import cn.ggzy.server.domain.model.expert.ExpertRecusal.Service;
import cn.ggzy.tenants.OfficeScope;
import cn.ggzy.tenants.RegionCode;
import cn.ggzy.tenants.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The expert draws of a department (or, through an office scope, of every department of a region). */
public interface ExpertDrawRepository {
  String nextId();

  Optional<ExpertDraw> find(TenantId tenant, String id);

  /** Inserts (version 0) or replaces at the version read; a concurrent change is refused. */
  ExpertDraw store(TenantId tenant, ExpertDraw draw);

  /** Newest first; the rounds without their documents (a list shows commitments and counts). */
  List<ExpertDraw> list(TenantId tenant, int offset, int limit);

  long count(TenantId tenant);

  Optional<ExpertDraw> find(OfficeScope scope, String id);

  List<ExpertDraw> list(OfficeScope scope, int offset, int limit);

  /**
   * Who served whom: the experts on the panel (invited or accepted) of the region's drawn draws
   * whose evaluation starts at or after {@code since}, with the tenderer (recent-service recusal).
   */
  List<Service> servedSince(OfficeScope scope, Instant since);

  /** The ratings of one expert (by pool id) in the scope's region, with their draw and section (the expert's score). */
  List<ExpertScore.Rated> ratingsOf(OfficeScope scope, String expertId);

  /** The region's drawn draws that invited this expert (by pool id), newest evaluation first: the expert's own page. */
  List<ExpertDraw> invitingExpert(RegionCode region, String expertId);

  /** A draw by its id alone, for the public page of its commitments (ids are random and unguessable). */
  Optional<ExpertDraw> byPublicId(String id);

  /** The draw an invitation token (its SHA-256) belongs to: the expert's reply link. */
  Optional<ExpertDraw> byInvitation(String tokenHash);

  /** Draws with an invitation still unanswered past its time, or an answer to replace (the background job). */
  List<ExpertDraw> awaitingReplacement(Instant now, int limit);
}
