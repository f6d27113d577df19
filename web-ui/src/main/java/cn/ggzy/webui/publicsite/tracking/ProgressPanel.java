package cn.ggzy.webui.publicsite.tracking;

import cn.ggzy.server.application.IntakeViews.Author;
import cn.ggzy.server.application.IntakeViews.EvidenceLine;
import cn.ggzy.server.application.IntakeViews.Message;
import cn.ggzy.server.application.IntakeViews.PublicDeadline;
import cn.ggzy.server.application.IntakeViews.PublicEvent;
import cn.ggzy.server.application.IntakeViews.Tracking;
import cn.ggzy.webui.i18n.Language;
import cn.ggzy.webui.i18n.Texts;
import cn.ggzy.webui.publicsite.PublicDates;
import cn.ggzy.webui.publicsite.filing.Sizes;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.function.SerializableBiFunction;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * What the holder of a receipt may know: status, deadlines (a deadline reads "2026年12月18日
 * 24:00"), what is asked of them (补正), officers' messages, the decision, the public timeline and
 * the files they sent. No officer names, no identity.
 */
public class ProgressPanel extends Div {
  private final Texts texts;
  private SerializableFunction<String, DownloadHandler>
      noticeDownloads;
  /** The receipt number of the submission shown (its notices' downloads name it). */
  private String receiptShown;

  public ProgressPanel(Texts texts) {
    this.texts = texts;
    setId("tracking-progress");
    addClassName("tracking-progress");
    setVisible(false);
  }

  /** How a notice of the given kind is fetched (with the code the filer gave); none: no links. */
  public void setNoticeDownloads(SerializableFunction<String,
      DownloadHandler> downloads) {
    this.noticeDownloads = downloads;
  }

  /**
   * The notices served on the filer fetched as PDF by receipt number and kind (with whatever proves
   * the filer's right to them), downloaded as 受理通知书-<receipt>.pdf and so on.
   */
  public void setNoticePdfs(SerializableBiFunction<String, String, byte[]> pdf) {
    setNoticeDownloads(kind -> {
      String receipt = receiptShown;
      return event -> {
        byte[] bytes = pdf.apply(receipt, kind);
        event.setFileName(texts.get("tracking.notice." + kind) + "-" + receipt + ".pdf");
        event.setContentType("application/pdf");
        event.setContentLength(bytes.length);
        event.getOutputStream().write(bytes);
      };
    });
  }

  public void show(Tracking t, Locale locale) {
    removeAll();
    receiptShown = t.receiptNumber();
    boolean en = Language.isEnglish(locale);
    Div summary = new Div(
        row("tracking-receipt-number", texts.get("receipt.number"), t.receiptNumber()),
        row("tracking-kind", texts.get("tracking.kind"), texts.get("kind." + t.kind().name())),
        row("tracking-status", texts.get("tracking.status"), en ? t.statusEn() : t.statusZh()),
        row("tracking-received-at", texts.get("tracking.receivedAt"), PublicDates.dateTime(t.receivedAt(), locale)));
    summary.addClassName("tracking-summary");
    if (t.caseNumber() != null) {
      summary.add(row("tracking-case-number", texts.get("tracking.caseNumber"), t.caseNumber()));
    }
    add(summary);
    if (t.late()) {
      add(notice("tracking-late", texts.get("receipt.late")));
    }
    if (t.supplementRequest() != null && !t.supplementRequest().isBlank()) {
      add(notice("tracking-supplement-request", texts.get("tracking.supplementRequest", t.supplementRequest())));
    }
    if (!t.deadlines().isEmpty()) {
      add(heading(texts.get("tracking.deadlines")), deadlines(t.deadlines(), locale));
    }
    if (t.decision() != null) {
      Div decision = new Div(
          row("tracking-decision-kind", texts.get("tracking.decision.kind"), en ? t.decision().kindEn() : t.decision().kindZh()));
      if (t.decision().decidedAt() != null) {
        decision.add(row("tracking-decision-at", texts.get("tracking.decision.at"),
            PublicDates.dateTime(t.decision().decidedAt(), locale)));
      }
      if (t.decision().deliveredAt() != null) {
        decision.add(row("tracking-decision-delivered", texts.get("tracking.decision.deliveredAt"),
            PublicDates.dateTime(t.decision().deliveredAt(), locale)));
      }
      Paragraph text = new Paragraph(t.decision().text());
      text.setId("tracking-decision-text");
      text.addClassName("tracking-text");
      decision.add(text);
      decision.setId("tracking-decision");
      decision.addClassName("tracking-decision");
      add(heading(texts.get("tracking.decision")), decision);
    }
    if (t.remedies() != null) {
      var r = t.remedies();
      Paragraph remedies = new Paragraph(texts.get("tracking.remedies", r.reviewDays(),
          en ? r.reviewBodyEn() : r.reviewBodyZh(), r.litigationMonths(), en ? r.courtEn() : r.courtZh()));
      remedies.setId("tracking-remedies");
      remedies.addClassName("tracking-text");
      add(remedies);
    }
    if (!t.notices().isEmpty() && noticeDownloads != null) {
      Div notices = new Div();
      notices.setId("tracking-notices");
      notices.addClassName("tracking-list");
      for (String kind : t.notices()) {
        Anchor link = new Anchor(
            noticeDownloads.apply(kind), AttachmentType.DOWNLOAD,
            texts.get("tracking.notice." + kind));
        link.setId("tracking-notice-" + kind.toLowerCase(Locale.ROOT));
        notices.add(new Div(link));
      }
      add(heading(texts.get("tracking.notices")), notices);
    }
    add(heading(texts.get("tracking.messages")), messages(t.messages(), locale));
    add(heading(texts.get("tracking.timeline")), timeline(t.timeline(), locale, en));
    if (!t.files().isEmpty()) {
      add(heading(texts.get("tracking.files")), files("tracking-files", t.files()));
    }
    setVisible(true);
  }

  private Div deadlines(List<PublicDeadline> deadlines, Locale locale) {
    Div list = new Div();
    list.setId("tracking-deadlines");
    list.addClassName("tracking-list");
    for (PublicDeadline d : deadlines) {
      String value = PublicDates.due(d.due(), locale) + (d.provisional() ? " " + texts.get("tracking.provisional") : "")
          + (d.paused() ? " " + texts.get("tracking.paused") : "")
          + (d.doneAt() == null ? "" : " · " + texts.get(d.doneAt().isAfter(d.due()) ? "tracking.deadline.doneLate"
              : "tracking.deadline.done", PublicDates.dateTime(d.doneAt(), locale)));
      Div row = row("tracking-deadline-" + d.kind().toLowerCase(Locale.ROOT),
          label("tracking.deadline." + d.kind(), d.kind()), value);
      row.getElement().setAttribute("data-done", String.valueOf(d.doneAt() != null));
      list.add(row);
    }
    return list;
  }

  private Div messages(List<Message> messages, Locale locale) {
    Div list = new Div();
    list.setId("tracking-messages");
    list.addClassName("tracking-messages");
    if (messages.isEmpty()) {
      Span none = new Span(texts.get("tracking.messages.none"));
      none.addClassName("tracking-empty");
      list.add(none);
    }
    int i = 0;
    for (Message m : messages.stream().sorted(Comparator.comparing(Message::at)).toList()) {
      Span who = new Span(texts.get("tracking.author." + m.author().name()));
      who.addClassName("message-author");
      Span at = new Span(PublicDates.dateTime(m.at(), locale));
      at.addClassName("message-at");
      Div meta = new Div(who, at);
      meta.addClassName("message-meta");
      Paragraph text = new Paragraph(m.text() == null ? "" : m.text());
      text.addClassNames("message-text", "tracking-text");
      Div message = new Div(meta, text);
      if (m.files() != null && !m.files().isEmpty()) {
        message.add(files("tracking-message-" + i + "-files", m.files()));
      }
      message.setId("tracking-message-" + i++);
      message.addClassNames("message", m.author() == Author.OFFICER ? "message-officer" : "message-filer");
      list.add(message);
    }
    return list;
  }

  private Div timeline(List<PublicEvent> events, Locale locale, boolean en) {
    Div list = new Div();
    list.setId("tracking-timeline");
    list.addClassName("tracking-timeline");
    events.stream().sorted(Comparator.comparing(PublicEvent::at)).forEach(e -> {
      Span at = new Span(PublicDates.dateTime(e.at(), locale));
      at.addClassName("timeline-at");
      Span what = new Span(en ? e.textEn() : e.textZh());
      what.addClassName("timeline-text");
      Div step = new Div(at, what);
      step.addClassName("timeline-step");
      list.add(step);
    });
    return list;
  }

  private Div files(String id, List<EvidenceLine> files) {
    Div list = new Div();
    list.setId(id);
    list.addClassName("tracking-files");
    for (EvidenceLine f : files) {
      Span name = new Span(f.fileName());
      name.addClassName("evidence-file-name");
      Span role = new Span(texts.get("evidenceRole." + f.role().name()));
      role.addClassName("evidence-file-role");
      Span size = new Span(Sizes.format(f.size()));
      size.addClassName("evidence-file-size");
      Span hash = new Span("SHA-256 " + (f.sha256() == null ? "" : f.sha256().substring(0, Math.min(12, f.sha256().length()))));
      hash.addClassName("evidence-file-hash");
      hash.getElement().setAttribute("title", f.sha256() == null ? "" : f.sha256());
      Div row = new Div(name, role, size, hash);
      row.addClassName("evidence-file");
      list.add(row);
    }
    return list;
  }

  private Div row(String id, String label, String value) {
    Span l = new Span(label);
    l.addClassName("tracking-label");
    Span v = new Span(value == null ? "" : value);
    v.addClassName("tracking-value");
    v.setId(id);
    Div row = new Div(l, v);
    row.addClassName("tracking-row");
    return row;
  }

  private static Paragraph notice(String id, String text) {
    Paragraph p = new Paragraph(text);
    p.setId(id);
    p.addClassName("notice");
    return p;
  }

  private static H3 heading(String text) {
    H3 h = new H3(text);
    h.addClassName("tracking-heading");
    return h;
  }

  /** A translated label, or the given fallback when there is none for this value. */
  private String label(String key, String fallback) {
    String text = texts.get(key);
    return text == null || text.isEmpty() || text.startsWith("!") ? fallback : text;
  }
}
