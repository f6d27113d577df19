package cn.ggzy.server.domain.model.expert;

import cn.ggzy.server.domain.model.intake.IntakeValidationException;
import cn.ggzy.server.domain.model.intake.IntakeValidationException.Violation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A request for experts for one tender section: the specialties with their quotas, the tenderer's
 * representatives on the committee, when and where the evaluation takes place (or remote, which
 * also draws consenting experts of other regions), the units whose staff must not serve (the
 * tenderer, the agency, every bidder) and the months within which an expert does not serve the
 * same tenderer again.
 *
 * <p>The committee (the experts drawn plus the tenderer's representatives) has at least 5 members,
 * an odd number, and the experts are at least two thirds of it (招标投标法 art. 37).
 */
public record DrawRequest(String projectName, String sectionCode, String sectionName, String tenderer, String agency,
    List<String> bidders, List<SpecialtyQuota> quotas, int tendererRepresentatives, Instant evaluationStart,
    String place, boolean remote, int recentMonths) {
  public static final int MAX_EXPERTS = 25;

  public DrawRequest {
    bidders = bidders == null ? List.of() : bidders.stream().filter(b -> b != null && !b.isBlank()).map(String::strip)
        .toList();
    quotas = quotas == null ? List.of() : quotas.stream()
        .sorted(Comparator.comparing(SpecialtyQuota::specialty)).toList();
  }

  /** The number of experts drawn. */
  public int experts() {
    return quotas.stream().mapToInt(SpecialtyQuota::count).sum();
  }

  /** Every fault at once, or nothing. */
  public void validate(Specialties list, Instant now) {
    List<Violation> v = new ArrayList<>();
    if (blank(sectionCode) || sectionCode.length() > 60) {
      v.add(new Violation("expert.request.section", "sectionCode"));
    }
    if (blank(sectionName) || sectionName.length() > 200) {
      v.add(new Violation("expert.request.sectionName", "sectionName"));
    }
    if (blank(tenderer) || tenderer.length() > 100) {
      v.add(new Violation("expert.request.tenderer", "tenderer"));
    }
    if (agency != null && agency.length() > 100) {
      v.add(new Violation("expert.request.agency", "agency"));
    }
    if (bidders.size() > 200) {
      v.add(new Violation("expert.request.bidders", "bidders"));
    }
    if (quotas.isEmpty()) {
      v.add(new Violation("expert.request.quotas", "quotas"));
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < quotas.size(); i++) {
      SpecialtyQuota q = quotas.get(i);
      if (!list.drawable(q.specialty()) || !seen.add(q.specialty())) {
        v.add(new Violation("expert.request.specialty", "quotas[" + i + "].specialty"));
      }
      if (q.count() < 1 || q.count() > MAX_EXPERTS) {
        v.add(new Violation("expert.request.count", "quotas[" + i + "].count"));
      }
    }
    int experts = experts();
    int committee = experts + tendererRepresentatives;
    if (tendererRepresentatives < 0 || committee < 5 || committee % 2 == 0 || experts * 3 < committee * 2
        || experts > MAX_EXPERTS) {
      v.add(new Violation("expert.request.committee", "quotas"));
    }
    if (evaluationStart == null || !evaluationStart.isAfter(now)) {
      v.add(new Violation("expert.request.start", "evaluationStart"));
    }
    if (!remote && (blank(place) || place.length() > 200)) {
      v.add(new Violation("expert.request.place", "place"));
    }
    if (recentMonths < 0 || recentMonths > 36) {
      v.add(new Violation("expert.request.recentMonths", "recentMonths"));
    }
    if (!v.isEmpty()) {
      throw new IntakeValidationException(v);
    }
  }

  /** The units whose staff may not serve: the tenderer, the agency and the bidders. */
  public List<String> interestedUnits() {
    List<String> all = new ArrayList<>();
    all.add(tenderer);
    if (!blank(agency)) {
      all.add(agency);
    }
    all.addAll(bidders);
    return all;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
