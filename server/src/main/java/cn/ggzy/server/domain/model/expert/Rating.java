package cn.ggzy.server.domain.model.expert;

import cn.ggzy.server.domain.model.intake.IntakeValidationException;
import cn.ggzy.server.domain.model.intake.IntakeValidationException.Violation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * 一标一评: the supervising officer's rating of one expert after one evaluation, each item from 1
 * (serious failing) to 5 (exemplary), with a free note; an item of 2 or less is a negative rating
 * and needs the note saying what happened. {@code creditRecord}: the credit record it went into, if any.
 */
public record Rating(String expertId, int punctuality, int independence, int judgement, int discipline, String note,
    String ratedBy, Instant ratedAt, String creditRecord) {
  public static final int MAX_NOTE = 500;

  /** Every fault at once ({@code expert.rating.*}). */
  public Rating {
    List<Violation> v = new ArrayList<>();
    int[] items = {punctuality, independence, judgement, discipline};
    String[] fields = {"punctuality", "independence", "judgement", "discipline"};
    for (int i = 0; i < items.length; i++) {
      if (items[i] < 1 || items[i] > 5) {
        v.add(new Violation("expert.rating.item", fields[i]));
      }
    }
    note = note == null ? "" : note.strip();
    if (note.length() > MAX_NOTE) {
      v.add(new Violation("expert.rating.note", "note"));
    }
    if (v.isEmpty() && negative(items) && note.isEmpty()) {
      v.add(new Violation("expert.rating.noteRequired", "note"));
    }
    if (!v.isEmpty()) {
      throw new IntakeValidationException(v);
    }
  }

  private static boolean negative(int[] items) {
    for (int item : items) {
      if (item <= 2) {
        return true;
      }
    }
    return false;
  }

  public Rating(String expertId, int punctuality, int independence, int judgement, int discipline, String note,
      String ratedBy, Instant ratedAt) {
    this(expertId, punctuality, independence, judgement, discipline, note, ratedBy, ratedAt, null);
  }

  /** The rating once it went into the expert's credit file as {@code recordId}. */
  public Rating inCredit(String recordId) {
    return new Rating(expertId, punctuality, independence, judgement, discipline, note, ratedBy, ratedAt, recordId);
  }

  /** Some item is 2 or less. */
  public boolean negative() {
    return negative(new int[] {punctuality, independence, judgement, discipline});
  }

  /** The rating as points out of 100: the mean of the items, 5 = 100. */
  public double points() {
    return (punctuality + independence + judgement + discipline) / 4.0 * 20;
  }
}
