package cn.ggzy.webui.admin.calendars;

import cn.ggzy.server.application.CalendarYearView;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The years in force, newest first: counts of holidays and adjusted working days, the papers, who loaded it. */
class CalendarYearList extends Div {
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));
  private final Texts texts;

  /** The page's translations, with parameters. */
  @FunctionalInterface
  interface Texts {
    String get(String key, Object... params);
  }

  CalendarYearList(Texts texts) {
    this.texts = texts;
    setId("calendar-years");
    addClassName("calendar-years");
  }

  void show(List<CalendarYearView> years) {
    removeAll();
    years.stream().sorted((a, b) -> Integer.compare(b.year(), a.year())).forEach(y -> add(row(y)));
  }

  private Div row(CalendarYearView y) {
    Span year = new Span(texts.get("calendars.year", String.valueOf(y.year())));
    year.addClassName("calendar-year");
    Span counts = new Span(texts.get("calendars.offDays", y.offDays()) + " · "
        + texts.get("calendars.adjustedWorkingDays", y.adjustedWorkingDays()));
    Div papers = new Div();
    papers.addClassName("calendar-year-meta");
    for (String paper : y.papers()) {
      Anchor link = new Anchor(paper, texts.get("calendars.paper"), AnchorTarget.BLANK);
      link.getElement().setAttribute("rel", "noopener noreferrer");
      papers.add(link);
    }
    Span source = new Span(y.shipped() ? texts.get("calendars.shipped")
        : texts.get("calendars.loaded", y.loadedBy(), WHEN.format(y.loadedAt())));
    source.addClassName("calendar-year-meta");
    Div row = new Div(year, counts, papers, source);
    row.addClassName("calendar-year-row");
    row.setId("calendar-year-" + y.year());
    return row;
  }
}
