package cn.ggzy.webui.experts.console;

import cn.ggzy.server.application.ExpertDraws.PanelMember;
import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.credit.RecordStatus;
import cn.ggzy.server.domain.model.expert.Rating;
import cn.ggzy.webui.i18n.Texts;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.function.SerializableConsumer;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * 一标一评 on the unsealed panel, per expert still on it (invited or accepted): the button to rate, or
 * what the page knows of the rating; for a rating with an item of 2 or less, the entry into the
 * credit file (记入信用档案) and then the record's state — pending a second person's approval in the
 * credit module. Each panel member carries its rating (points, negative, the credit record it went
 * into); should another officer rate in the meantime, the refusal {@code expert.rating.done} tells
 * it, and the backend refuses the credit entry of a rating that is not negative
 * ({@code expert.rating.notNegative}) or is already in the credit file.
 */
final class PanelRatings implements Serializable {
  static final String RATED_ALREADY = "expert.rating.done";
  static final String NOT_NEGATIVE = "expert.rating.notNegative";
  /** What the page knows of one rating: points and negative null when only a refusal told that it exists. */
  record Known(Double points, Boolean negative, String recordId, RecordStatus recordStatus) implements Serializable {
    Known withRecord(String id, RecordStatus status) {
      return new Known(points, negative, id, status);
    }

    Known notNegative() {
      return new Known(points, Boolean.FALSE, recordId, recordStatus);
    }

    /** The entry into the credit file is offered: negative or not known, and not entered yet. */
    boolean offersCreditRecord() {
      return recordId == null && !Boolean.FALSE.equals(negative);
    }
  }

  private final Texts texts;
  private final SerializableConsumer<PanelMember> onRate;
  private final SerializableConsumer<PanelMember> onCreditRecord;
  private final Map<String, Known> known = new HashMap<>();
  private final Map<String, Div> slots = new HashMap<>();
  private final Map<String, PanelMember> members = new HashMap<>();

  PanelRatings(Texts texts, SerializableConsumer<PanelMember> onRate, SerializableConsumer<PanelMember> onCreditRecord) {
    this.texts = texts;
    this.onRate = onRate;
    this.onCreditRecord = onCreditRecord;
  }

  /** The member's part of the card: empty for an expert no longer on the panel. */
  Component actions(PanelMember m) {
    Div slot = new Div();
    slot.setId("expert-panel-rating-" + m.expertId());
    slot.addClassName("expert-panel-rating");
    slots.put(m.expertId(), slot);
    members.put(m.expertId(), m);
    if (m.ratingPoints() != null) {
      known.putIfAbsent(m.expertId(), new Known(m.ratingPoints(), m.negativeRating(), m.creditRecordId(), null));
    }
    fill(slot, m);
    return slot;
  }

  Optional<Known> known(String expertId) {
    return Optional.ofNullable(known.get(expertId));
  }

  /** The rating was stored now (it passed the backend's checks, so it is a valid {@link Rating}). */
  void rated(Rating rating) {
    known.put(rating.expertId(), new Known(rating.points(), rating.negative(), null, null));
    refresh(rating.expertId());
  }

  /** The backend says the expert was rated for this draw already ({@code expert.rating.done}). */
  void ratedBefore(String expertId) {
    known.putIfAbsent(expertId, new Known(null, null, null, null));
    refresh(expertId);
  }

  /** A refused rating: true when it says the expert was rated already (from now on known as rated). */
  boolean ratingRefused(String expertId, DomainException e) {
    if (!RATED_ALREADY.equals(e.code())) {
      return false;
    }
    ratedBefore(expertId);
    return true;
  }

  /** A refused credit record: when the rating has no item of 2 or less, the entry is no longer offered. */
  void creditRefused(String expertId, DomainException e) {
    if (NOT_NEGATIVE.equals(e.code())) {
      known.computeIfPresent(expertId, (id, k) -> k.notNegative());
      refresh(expertId);
    }
  }

  void recorded(String expertId, String recordId, RecordStatus status) {
    known.compute(expertId, (id, k) -> (k == null ? new Known(null, null, null, null) : k)
        .withRecord(recordId, status));
    refresh(expertId);
  }

  private void refresh(String expertId) {
    Div slot = slots.get(expertId);
    if (slot != null) {
      fill(slot, members.get(expertId));
    }
  }

  private void fill(Div slot, PanelMember m) {
    slot.removeAll();
    slot.setVisible(m.status().onPanel());
    if (!m.status().onPanel()) {
      return;
    }
    Known k = known.get(m.expertId());
    if (k == null) {
      Button rate = new Button(texts.get("experts.rating.action"), VaadinIcon.STAR_O.create(),
          e -> onRate.accept(m));
      rate.setId("expert-rate-" + m.expertId());
      slot.add(rate);
      return;
    }
    Span rated = new Span(ratedText(k));
    rated.setId("expert-rated-" + m.expertId());
    rated.addClassNames("status-badge", Boolean.TRUE.equals(k.negative()) ? "expert-rating-negative"
        : "expert-rating-done");
    rated.getElement().setAttribute("data-rated", "true");
    slot.add(rated);
    if (k.recordId() != null) {
      Paragraph record = new Paragraph(recordText(k));
      record.setId("expert-credit-record-" + m.expertId());
      record.addClassName("notice");
      record.getElement().setAttribute("data-status", k.recordStatus() == null ? "" : k.recordStatus().name());
      slot.add(record);
    } else if (k.offersCreditRecord()) {
      Button credit = new Button(texts.get("experts.rating.credit"), VaadinIcon.FILE_ADD.create(),
          e -> onCreditRecord.accept(m));
      credit.setId("expert-credit-" + m.expertId());
      Paragraph note = new Paragraph(texts.get("experts.rating.credit.note"));
      note.addClassName("filing-note");
      slot.add(credit, note);
    }
  }

  String ratedText(Known k) {
    if (k.points() == null) {
      return texts.get("experts.rating.ratedBefore");
    }
    long points = Math.round(k.points());
    return Boolean.TRUE.equals(k.negative()) ? texts.get("experts.rating.ratedNegative", points)
        : texts.get("experts.rating.rated", points);
  }

  String recordText(Known k) {
    if (k.recordStatus() == null) {
      return texts.get("experts.rating.credit.entered", k.recordId());
    }
    return texts.get(k.recordStatus() == RecordStatus.PENDING_APPROVAL ? "experts.rating.credit.pending"
        : "experts.rating.credit.done", k.recordId(), texts.get("credit.recordStatus." + k.recordStatus().name()));
  }
}
