package cn.ggzy.webui.reviews;

import cn.ggzy.server.application.DocumentReviews.SpanView;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A clause's text with the parts its rule matched marked ({@code <mark>}): the spans are
 * [start, end) offsets into the text; overlapping and touching ones are joined, and ones outside the
 * text are cut to it, so a stale or odd span never hides or repeats a character.
 */
final class ClauseMarks {
  private ClauseMarks() {}

  static Div of(String clause, List<SpanView> spans) {
    Div text = new Div();
    text.addClassName("review-clause");
    String s = clause == null ? "" : clause;
    int at = 0;
    for (SpanView span : merged(s.length(), spans)) {
      if (span.start() > at) {
        text.getElement().appendChild(Element.createText(s.substring(at, span.start())));
      }
      text.getElement().appendChild(new Element("mark").setText(s.substring(span.start(), span.end())));
      at = span.end();
    }
    if (at < s.length()) {
      text.getElement().appendChild(Element.createText(s.substring(at)));
    }
    return text;
  }

  /** The spans inside [0, length), in order, none overlapping or touching another, none empty. */
  static List<SpanView> merged(int length, List<SpanView> spans) {
    List<SpanView> sorted = new ArrayList<>();
    for (SpanView span : spans == null ? List.<SpanView>of() : spans) {
      int start = Math.max(0, Math.min(span.start(), length));
      int end = Math.max(0, Math.min(span.end(), length));
      if (end > start) {
        sorted.add(new SpanView(start, end));
      }
    }
    sorted.sort(Comparator.comparingInt(SpanView::start));
    List<SpanView> out = new ArrayList<>();
    for (SpanView span : sorted) {
      SpanView last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && span.start() <= last.end()) {
        out.set(out.size() - 1, new SpanView(last.start(), Math.max(last.end(), span.end())));
      } else {
        out.add(span);
      }
    }
    return out;
  }
}
