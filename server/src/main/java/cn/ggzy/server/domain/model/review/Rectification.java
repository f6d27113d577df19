package cn.ggzy.server.domain.model.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The rectification notice (整改通知书) of a review: its number, addressees, who issued it when, the
 * last day to answer (working days on the region's calendar), and once a corrected document came,
 * whether the confirmed findings are gone ({@code remaining} lists the rules still finding them).
 */
public record Rectification(String noticeNumber, String addressees, String issuedBy, Instant issuedAt,
    LocalDate dueDate, boolean rectified, Instant answeredAt, List<String> remaining) {

  public Rectification {
    remaining = remaining == null ? List.of() : List.copyOf(remaining);
  }
}
