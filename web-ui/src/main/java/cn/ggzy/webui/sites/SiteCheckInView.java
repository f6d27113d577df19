package cn.ggzy.webui.sites;

import cn.ggzy.server.application.Messages;
import cn.ggzy.server.application.SiteSupervision;
import cn.ggzy.server.application.SiteSupervision.ChallengeView;
import cn.ggzy.server.application.SiteSupervision.CheckInInput;
import cn.ggzy.server.application.SiteSupervision.CheckInView;
import cn.ggzy.server.application.SiteSupervision.SiteSelf;
import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.service.WorkingCalendar;
import cn.ggzy.webui.i18n.DomainErrors;
import cn.ggzy.webui.i18n.ErrorLine;
import cn.ggzy.webui.layout.MainLayout;
import cn.ggzy.webui.layout.ViewFrame;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Optional;

/**
 * The site staff's check-in page, opened from the personal link ({@code site/<token>}) on the phone: the
 * front camera's live picture (never a file from the gallery), the movement the server asks for shown
 * between the two frames, the position with its accuracy and the phone's time; the server's decision
 * and its findings shown at once, and today's check-ins. An unknown link gets the not-found page.
 */
@StyleSheet("context://styles/sites.css")
@Route(value = "site/:token", layout = MainLayout.class)
@Dependent
public class SiteCheckInView extends ViewFrame implements HasDynamicTitle, BeforeEnterObserver {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(WorkingCalendar.ZONE);
  /**
   * Opens the front camera into the video, shows $1 (face the camera), takes the first frame after 1.5 s,
   * shows $2 (the movement), takes the second 2 s later, then asks for the position; resolves a JSON text.
   */
  private static final String CAPTURE = String.join("\n",
      "return (async () => {",
      "const video = $0, say = t => { document.getElementById('site-prompt').textContent = t; };",
      "const wait = ms => new Promise(r => setTimeout(r, ms));",
      "const grab = () => { const c = document.createElement('canvas'); const w = video.videoWidth || 640;",
      "  const h = video.videoHeight || 480; const s = Math.min(1, 960 / Math.max(w, h));",
      "  c.width = Math.round(w * s); c.height = Math.round(h * s);",
      "  c.getContext('2d').drawImage(video, 0, 0, c.width, c.height); return c.toDataURL('image/jpeg', 0.9); };",
      "const stream = await navigator.mediaDevices.getUserMedia({video: {facingMode: 'user', width: {ideal: 640}},",
      "  audio: false});",
      "video.srcObject = stream; await video.play();",
      "const where = new Promise((resolve) => { if (!navigator.geolocation) { resolve(null); return; }",
      "  navigator.geolocation.getCurrentPosition(p => resolve(p.coords), () => resolve(null),",
      "    {enableHighAccuracy: true, timeout: 20000, maximumAge: 0}); });",
      "say($1); await wait(1500); const first = grab();",
      "say($2); await wait(2000); const second = grab();",
      "const time = new Date().toISOString();",
      "stream.getTracks().forEach(t => t.stop()); video.srcObject = null;",
      "say($3); const c = await where;",
      "return JSON.stringify({first, second, time, lat: c ? c.latitude : null, lon: c ? c.longitude : null,",
      "  acc: c ? c.accuracy : null});",
      "})();");

  private final SiteSupervision sites;
  private final Div today = new Div();
  private final Div result = new Div();
  private final ErrorLine error = new ErrorLine("site-checkin-error");
  private final Element video = new Element("video");
  private final Button start = new Button();
  private final Paragraph prompt = new Paragraph();
  private String token;

  @Inject
  public SiteCheckInView(SiteSupervision sites) {
    this.sites = sites;
    setId("site-checkin-page");
    addClassName("site-checkin-page");
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    token = event.getRouteParameters().get("token").orElse("");
    Optional<SiteSelf> self = DomainErrors.orElse(() -> Optional.of(sites.self(token)), e -> Optional.empty());
    if (self.isEmpty()) {
      event.rerouteToError(NotFoundException.class);
      return;
    }
    build(self.get());
  }

  private void build(SiteSelf self) {
    setHeading(getTranslation("siteCheckIn.title"));
    getChildren().skip(1).toList().forEach(this::remove);
    video.setAttribute("playsinline", true);
    video.setAttribute("muted", true);
    video.setAttribute("aria-label", getTranslation("siteCheckIn.camera"));
    video.setAttribute("class", "site-video");
    Div frame = new Div();
    frame.addClassName("site-video-frame");
    frame.getElement().appendChild(video);
    prompt.setText(getTranslation("siteCheckIn.ready"));
    prompt.setId("site-prompt");
    prompt.getElement().setAttribute("aria-live", "polite");
    prompt.addClassName("site-prompt");
    start.setText(getTranslation("siteCheckIn.start"));
    start.setId("site-checkin-start");
    start.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
    start.setWidthFull();
    start.addClickListener(e -> begin());
    result.setId("site-checkin-result");
    result.getElement().setAttribute("aria-live", "polite");
    today.setId("site-checkin-today");
    addContent(new Paragraph(self.roleName() + " " + self.personName()), new Paragraph(self.sectionName() + " · "
        + getTranslation("site.hours", self.workStart().toString(), self.workEnd().toString())), frame, prompt, start,
        error, result, today);
    showToday(self);
  }

  private void showToday(SiteSelf self) {
    today.removeAll();
    self.today().forEach(c -> today.add(new Div(new Span(TIME.format(c.at()) + " "
        + Messages.text("site.outcome." + c.outcome(), getLocale())))));
  }

  private void begin() {
    error.clear();
    result.removeAll();
    Optional<ChallengeView> challenge = DomainErrors.orElse(() -> Optional.of(sites.challenge(token)), e -> {
      error.show(e, getLocale());
      return Optional.empty();
    });
    if (challenge.isEmpty()) {
      return;
    }
    start.setEnabled(false);
    ChallengeView c = challenge.get();
    video.executeJs(CAPTURE, video, getTranslation("siteCheckIn.face"),
        Messages.text("site.challenge." + c.action(), getLocale()), getTranslation("siteCheckIn.sending"))
        .then(String.class, json -> send(c, json), failure -> {
          start.setEnabled(true);
          prompt.setText(getTranslation("siteCheckIn.ready"));
          result.removeAll();
          result.add(new Paragraph(getTranslation("siteCheckIn.noCamera")));
        });
  }

  private void send(ChallengeView c, String json) {
    start.setEnabled(true);
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      JsonObject o = reader.readObject();
      CheckInInput input = new CheckInInput(c.id(), image(o.getString("first", "")), image(o.getString("second", "")),
          number(o, "lat"), number(o, "lon"), number(o, "acc"), Instant.parse(o.getString("time")));
      DomainErrors.run(() -> show(sites.checkIn(token, input)), (DomainException e) -> error.show(e, getLocale()));
    } catch (RuntimeException e) {
      error.show(new DomainException("request.invalid", null), getLocale());
    }
  }

  private static Double number(JsonObject o, String key) {
    return o.isNull(key) ? null : o.getJsonNumber(key).doubleValue();
  }

  private static byte[] image(String dataUrl) {
    int comma = dataUrl.indexOf(',');
    return comma < 0 ? new byte[0] : Base64.getDecoder().decode(dataUrl.substring(comma + 1));
  }

  private void show(CheckInView v) {
    result.removeAll();
    prompt.setText(getTranslation("siteCheckIn.done"));
    Paragraph outcome = new Paragraph(Messages.text("site.outcome." + v.outcome(), getLocale()));
    outcome.setId("site-checkin-outcome");
    outcome.addClassName("site-outcome");
    outcome.getElement().setAttribute("data-outcome", v.outcome().name());
    outcome.getStyle().set("color", SiteProjectPage.COLOURS.get(v.outcome()));
    result.add(outcome);
    v.findings().forEach(f -> result.add(new Div(new Span(Messages.text(f.code(), getLocale())))));
    showToday(sites.self(token));
  }

  @Override
  public String getPageTitle() {
    return getTranslation("siteCheckIn.title") + " · " + getTranslation("app.title");
  }
}
