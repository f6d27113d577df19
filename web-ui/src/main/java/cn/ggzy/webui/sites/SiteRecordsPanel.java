package cn.ggzy.webui.sites;

import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.Messages;
import cn.ggzy.server.application.SiteRecords;
import cn.ggzy.server.application.SiteRecords.SiteRecordFile;
import cn.ggzy.server.application.SiteRecords.SiteRecordVerification;
import cn.ggzy.server.application.SiteRecords.SiteRecordView;
import cn.ggzy.webui.i18n.DomainErrors;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * A project's audio/video records (音视频同步记录) as a timeline: per record its kind, moment, capture time,
 * position, the start of its SHA-256, the file played by the browser's own player (each read of a file is
 * audited by the application), a link to download the record's chain proof as JSON, and a button verifying
 * the project's chain (optionally with every file's SHA-256 recomputed).
 */
public class SiteRecordsPanel extends Div {
  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private final SiteRecords records;
  private final Caller caller;
  private final String projectId;
  private final Div timeline = new Div();
  private final Div result = new Div();

  public SiteRecordsPanel(SiteRecords records, Caller caller, String projectId) {
    this.records = records;
    this.caller = caller;
    this.projectId = projectId;
    setId("site-records");
    addClassName("site-records");
    Checkbox contents = new Checkbox(getTranslation("siteRecords.verify.contents"));
    contents.setId("site-records-verify-contents");
    Button verify = new Button(getTranslation("siteRecords.verify"), e -> verify(contents.getValue()));
    verify.setId("site-records-verify");
    result.setId("site-records-verification");
    result.addClassName("site-records-verification");
    timeline.addClassName("site-records-timeline");
    add(new H3(getTranslation("siteRecords.title")), new Div(verify, contents), result, timeline);
    refresh();
  }

  /** Reads the timeline again. */
  public void refresh() {
    timeline.removeAll();
    DomainErrors.run(() -> {
      List<SiteRecordView> list = records.records(caller, projectId);
      if (list.isEmpty()) {
        timeline.add(new Paragraph(getTranslation("siteRecords.empty")));
      }
      list.forEach(r -> timeline.add(entry(r)));
    }, e -> timeline.add(new Paragraph(Messages.text(e.code(), getLocale()))));
  }

  private Div entry(SiteRecordView r) {
    Div entry = new Div();
    entry.addClassName("site-record");
    entry.setId("site-record-" + r.sequence());
    Span title = new Span("#" + r.sequence() + " " + getTranslation("siteRecords.kind." + r.kind()) + " · "
        + getTranslation("siteRecords.moment." + r.moment()));
    title.addClassName("site-record-title");
    entry.add(title);
    if (r.note() != null) {
      entry.add(new Paragraph(r.note()));
    }
    entry.add(line("siteRecords.capturedAt", TIME.format(r.capturedAt().atZone(ZONE))),
        line("siteRecords.receivedAt", TIME.format(r.receivedAt().atZone(ZONE))),
        line("siteRecords.position", r.latitude() == null ? getTranslation("siteRecords.noPosition")
            : String.format(Locale.ROOT, "%.6f, %.6f (±%.0f m)", r.latitude(), r.longitude(),
                r.accuracyMeters() == null ? 0 : r.accuracyMeters())),
        line("siteRecords.device", r.device() == null ? "—" : r.device()),
        line("siteRecords.recordedBy", r.recordedByName()));
    Span sha = line("siteRecords.sha256", r.sha256().substring(0, 12) + "…");
    sha.getElement().setAttribute("title", r.sha256());
    entry.add(sha);
    entry.add(player(r));
    Anchor proof = new Anchor(proofHandler(r), AttachmentType.DOWNLOAD, getTranslation("siteRecords.proof"));
    proof.setId("site-record-proof-" + r.sequence());
    entry.add(new Div(proof));
    return entry;
  }

  private Span line(String key, String value) {
    Span s = new Span(getTranslation(key) + ": " + value);
    s.addClassName("site-record-line");
    return s;
  }

  /** The browser's own player: the file is read (and the read audited) only when the browser asks for it. */
  private Div player(SiteRecordView r) {
    String tag = switch (r.kind()) {
      case "VIDEO" -> "video";
      case "AUDIO" -> "audio";
      default -> "img";
    };
    Element media = new Element(tag);
    DownloadHandler content = DownloadHandler.fromInputStream(event -> DomainErrors.orElse(() -> {
      SiteRecordFile f = records.content(caller, projectId, r.id());
      return new DownloadResponse(f.content(), f.fileName(), f.record().contentType(), f.record().size());
    }, e -> DownloadResponse.error(404, Messages.chinese(e.code())))).inline();
    media.setAttribute("src", content);
    if (tag.equals("img")) {
      media.setAttribute("alt", getTranslation("siteRecords.kind.PHOTO") + " #" + r.sequence());
      media.setAttribute("loading", "lazy");
    } else {
      media.setAttribute("controls", true);
      media.setAttribute("preload", "none");
    }
    Div box = new Div();
    box.addClassName("site-record-media");
    box.getElement().appendChild(media);
    return box;
  }

  private DownloadHandler proofHandler(SiteRecordView r) {
    return DownloadHandler.fromInputStream(event -> DomainErrors.orElse(() -> {
      byte[] json = records.proof(caller, projectId, r.id()).toJson().getBytes(StandardCharsets.UTF_8);
      String name = "proof-" + r.id().replaceAll("[^A-Za-z0-9-]", "") + ".json";
      return new DownloadResponse(new ByteArrayInputStream(json), name, "application/json", json.length);
    }, e -> DownloadResponse.error(404, Messages.chinese(e.code()))));
  }

  private void verify(boolean contents) {
    result.removeAll();
    DomainErrors.run(() -> {
      SiteRecordVerification v = records.verify(caller, projectId, contents);
      Paragraph p = new Paragraph(v.intact()
          ? getTranslation("siteRecords.intact", v.recordsChecked(), v.contentsChecked(), v.headSequence())
          : getTranslation("siteRecords.broken", v.breakSequence(),
              getTranslation("siteRecords.break." + v.breakKind())));
      p.addClassName(v.intact() ? "site-records-intact" : "site-records-broken");
      result.add(p);
    }, e -> result.add(new Paragraph(Messages.text(e.code(), getLocale()))));
  }
}
