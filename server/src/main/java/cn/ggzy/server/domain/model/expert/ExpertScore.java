package cn.ggzy.server.domain.model.expert;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;

/**
 * An expert's score from the ratings of the last evaluations, explained like the credit score: the
 * weighted mean of the ratings' points, each weighted by half for every {@value #HALF_LIFE_DAYS}
 * days of age (old conduct fades, it is not forgotten at once); no rating: no score.
 */
public record ExpertScore(Double score, int ratings, int negative, List<RatingLine> lines) {
  public static final int HALF_LIFE_DAYS = 365;

  /** One rating's part: the evaluation, when, its points, its weight now. */
  public record RatingLine(String drawId, String sectionName, Instant ratedAt, double points, double weight, boolean negative,
      String note) {}

  /** A rating with the evaluation it belongs to. */
  public record Rated(String drawId, String sectionName, Rating rating) {}

  public ExpertScore {
    lines = List.copyOf(lines);
  }

  public static ExpertScore of(List<Rated> rated, Instant now) {
    List<RatingLine> lines = rated.stream().sorted(Comparator.comparing((Rated r) -> r.rating().ratedAt()).reversed())
        .map(r -> {
          double days = Math.max(0, ChronoUnit.SECONDS.between(r.rating().ratedAt(), now) / 86_400.0);
          double weight = Math.pow(0.5, days / HALF_LIFE_DAYS);
          return new RatingLine(r.drawId(), r.sectionName(), r.rating().ratedAt(), r.rating().points(),
              Math.round(weight * 1000) / 1000.0, r.rating().negative(), r.rating().note());
        }).toList();
    double weights = lines.stream().mapToDouble(RatingLine::weight).sum();
    Double score = weights <= 0 ? null
        : Math.round(lines.stream().mapToDouble(l -> l.points() * l.weight()).sum() / weights * 10) / 10.0;
    return new ExpertScore(score, lines.size(), (int) lines.stream().filter(RatingLine::negative).count(), lines);
  }
}
