package cn.ggzy.webui.credit.console;

import cn.ggzy.server.application.CreditViews.ScoreLineView;
import cn.ggzy.server.application.CreditViews.ScoreView;
import cn.ggzy.webui.i18n.Texts;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** A score with every point explained: base, one line per record (points × decay = contribution), cap, total. */
public class ScoreExplanation extends Div {
  private final Texts texts;

  public ScoreExplanation(Texts texts) {
    this.texts = texts;
    setId("score-explanation");
    addClassName("credit-score");
  }

  public void show(ScoreView score) {
    removeAll();
    add(line("score-base", texts.get("credit.score.base"), String.valueOf(score.base())));
    for (ScoreLineView l : score.lines()) {
      String what = texts.get("credit.recordKind." + l.kind().name()) + " · " + l.decidedOn()
          + (l.caseNumber() == null ? "" : " · " + l.caseNumber()) + " · " + l.department();
      String how = l.beyondHorizon() ? texts.get("credit.score.beyond", score.horizonMonths())
          : texts.get("credit.score.formula", l.points(), l.factor().toPlainString(), l.ageDays(),
              score.halfLifeMonths());
      add(line("score-line-" + l.recordId(), what, how + " = " + signed(l.contribution().toPlainString())));
    }
    if (score.adjustment().signum() != 0) {
      add(line("score-cap", texts.get("credit.score.cap"), signed(score.adjustment().toPlainString())));
    }
    Div total = line("score-total", texts.get("credit.score.total"), score.total().toPlainString());
    total.addClassName("credit-score-total");
    add(total);
  }

  private static String signed(String number) {
    return number.startsWith("-") ? number : "+" + number;
  }

  private static Div line(String id, String label, String value) {
    Span l = new Span(label);
    l.addClassName("credit-field-label");
    Span v = new Span(value);
    v.addClassName("credit-field-value");
    Div row = new Div(l, v);
    row.setId(id);
    row.addClassName("credit-field");
    return row;
  }
}
