package cn.ggzy.server.domain.model.expert;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who of the pool may be drawn for a request (回避), and why each other one may not. An expert is a
 * candidate when holding one of the requested specialties; a candidate is recused when
 * <ul>
 *   <li>not available on the evaluation day ({@link Expert#unavailableOn}: not in the pool,
 *       suspended, over the age limit, a certificate expired, the annual review overdue, penalised);</li>
 *   <li>of another region, unless the evaluation is remote and the expert consented to sharing;</li>
 *   <li>employed by the tenderer, the agency or a bidder ({@code expert.recusal.employer});</li>
 *   <li>having declared a conflict with one of them ({@code expert.recusal.declared});</li>
 *   <li>having served the same tenderer within the request's recent months ({@code expert.recusal.recent});</li>
 *   <li>already invited for this draw (replacement rounds; {@code expert.recusal.alreadyInvited});</li>
 *   <li>on the published black list (失信惩戒名单) as an expert ({@code expert.recusal.blacklisted}).</li>
 * </ul>
 */
public final class ExpertRecusal {
  /** An earlier service of an expert: for which tenderer, on which evaluation start. */
  public record Service(String expertId, String tenderer, Instant evaluationStart) {}

  /** One recused expert and the reason (message code). */
  public record Recused(String expertId, String reason) {}

  /** The outcome: the eligible experts (by id) and the recused ones. */
  public record Outcome(List<Expert> eligible, List<Recused> recused) {
    public Outcome {
      eligible = List.copyOf(eligible);
      recused = List.copyOf(recused);
    }
  }

  private ExpertRecusal() {}

  /** The screening of {@code pool}; {@code blacklisted}: the pool ids on the published black list. */
  public static Outcome screen(List<Expert> pool, String region, DrawRequest request, ExpertRules rules,
      List<Service> services, Set<String> alreadyInvited, Set<String> blacklisted, ZoneId zone) {
    LocalDate day = request.evaluationStart().atZone(zone).toLocalDate();
    Instant since = request.evaluationStart().atZone(zone).minusMonths(request.recentMonths()).toInstant();
    List<String> wanted = request.quotas().stream().map(SpecialtyQuota::specialty).toList();
    List<Expert> eligible = new ArrayList<>();
    List<Recused> recused = new ArrayList<>();
    for (Expert e : pool.stream().sorted(Comparator.comparing(Expert::id)).toList()) {
      if (e.profile().specialties().stream().noneMatch(wanted::contains)) {
        continue;
      }
      Optional<String> reason = blacklisted.contains(e.id()) ? Optional.of("expert.recusal.blacklisted")
          : reason(e, region, request, rules, services, alreadyInvited, day, since);
      if (reason.isPresent()) {
        recused.add(new Recused(e.id(), reason.get()));
      } else {
        eligible.add(e);
      }
    }
    return new Outcome(eligible, recused);
  }

  private static Optional<String> reason(Expert e, String region, DrawRequest request, ExpertRules rules,
      List<Service> services, Set<String> alreadyInvited, LocalDate day, Instant since) {
    if (alreadyInvited.contains(e.id())) {
      return Optional.of("expert.recusal.alreadyInvited");
    }
    Optional<String> unavailable = e.unavailableOn(day, rules);
    if (unavailable.isPresent()) {
      return unavailable;
    }
    if (!e.region().value().equals(region) && !(request.remote() && e.profile().shareConsent())) {
      return Optional.of("expert.recusal.otherRegion");
    }
    List<String> units = request.interestedUnits();
    if (units.stream().anyMatch(u -> Employers.same(u, e.profile().employer()))) {
      return Optional.of("expert.recusal.employer");
    }
    if (e.profile().conflicts().stream().anyMatch(c -> units.stream().anyMatch(u -> Employers.same(u, c)))) {
      return Optional.of("expert.recusal.declared");
    }
    if (request.recentMonths() > 0 && services.stream().anyMatch(s -> s.expertId().equals(e.id())
        && Employers.same(s.tenderer(), request.tenderer()) && !s.evaluationStart().isBefore(since))) {
      return Optional.of("expert.recusal.recent");
    }
    return Optional.empty();
  }
}
