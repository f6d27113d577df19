package cn.ggzy.server.domain.model.expert;

/**
 * The pool's rules a region may set: the age at which an expert leaves the pool (70 in most
 * provinces' 评标专家管理办法), the months between annual reviews, how long an invited expert has
 * to answer before a replacement is drawn, and how many specialties one expert may hold.
 */
public record ExpertRules(int maxAge, int reviewMonths, int replyMinutes, int maxSpecialties) {
  public static final ExpertRules DEFAULT = new ExpertRules(70, 12, 120, 3);

  public ExpertRules {
    if (maxAge < 30 || maxAge > 90 || reviewMonths < 1 || replyMinutes < 5 || maxSpecialties < 1) {
      throw new IllegalArgumentException("expert rules out of range");
    }
  }
}
