package cn.ggzy.webui.experts.console;

import cn.ggzy.server.application.ExpertDraws.ExpertDrawView;
import cn.ggzy.server.application.ExpertDraws.RoundView;
import cn.ggzy.server.domain.model.expert.DrawState;
import cn.ggzy.server.domain.model.expert.SpecialtyQuota;
import cn.ggzy.webui.cases.CaseFormats;
import cn.ggzy.webui.experts.SpecialtyNames;
import cn.ggzy.webui.i18n.Texts;
import cn.ggzy.webui.inspections.Facts;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One draw as the officer reads it: the request, where it stands (and whether the panel is still
 * sealed), the counts (eligible after recusal, recused, invited and their answers) and each round's
 * commitment (the SHA-256 of the draw document and of the seed), witness and value.
 */
final class ExpertDrawSheet {
  private final Texts texts;
  private final Locale locale;
  private final SpecialtyNames names;
  private final Function<String, String> departmentName;

  ExpertDrawSheet(Texts texts, Locale locale, SpecialtyNames names, Function<String, String> departmentName) {
    this.texts = texts;
    this.locale = locale;
    this.names = names;
    this.departmentName = departmentName;
  }

  Div build(ExpertDrawView d) {
    Div sheet = new Div();
    sheet.setId("expert-draw-sheet");
    sheet.addClassName("case-sheet");
    Span section = new Span(d.sectionCode() + " " + d.sectionName());
    section.setId("expert-draw-section");
    section.addClassName("case-sheet-number");
    Div top = new Div(section, badge(d.state(), texts, "expert-draw-state"));
    top.addClassName("case-card-top");
    Span sealed = new Span(sealedText(d));
    sealed.setId("expert-draw-sealed");
    sealed.addClassName("case-owner");
    sealed.getElement().setAttribute("data-sealed", String.valueOf(d.sealed()));
    sheet.add(top, sealed);
    sheet.add(block("expert-draw-request", "experts.draw.request", new Facts()
        .line("expert-draw-project", texts.get("experts.field.project"), d.projectName())
        .line("expert-draw-department", texts.get("experts.field.department"), departmentName.apply(d.department()))
        .line("expert-draw-tenderer", texts.get("experts.field.tenderer"), d.tenderer())
        .line("expert-draw-agency", texts.get("experts.field.agency"), d.agency())
        .line("expert-draw-bidders", texts.get("experts.field.bidders"), d.bidders().isEmpty() ? null
            : String.join(texts.get("list.separator"), d.bidders()))
        .line("expert-draw-quotas", texts.get("experts.field.quotas"), quotas(d))
        .line("expert-draw-representatives", texts.get("experts.field.representatives"),
            String.valueOf(d.tendererRepresentatives()))
        .line("expert-draw-start", texts.get("experts.field.evaluationStart"),
            CaseFormats.dateTime(d.evaluationStart(), locale))
        .line("expert-draw-place", texts.get("experts.field.place"), d.remote() ? texts.get("experts.remote")
            : d.place())
        .line("expert-draw-recent", texts.get("experts.field.recentMonths"),
            texts.get("experts.months", d.recentMonths()))
        .line("expert-draw-created", texts.get("experts.field.createdBy"),
            d.createdBy() + " · " + CaseFormats.dateTime(d.createdAt(), locale))));
    sheet.add(block("expert-draw-counts", "experts.draw.counts", new Facts()
        .line("expert-draw-count-eligible", texts.get("experts.count.eligible"), String.valueOf(d.eligible()))
        .line("expert-draw-count-recused", texts.get("experts.count.recused"), String.valueOf(d.recused()))
        .line("expert-draw-count-invited", texts.get("experts.count.invited"), String.valueOf(d.invited()))
        .line("expert-draw-count-accepted", texts.get("experts.count.accepted"), String.valueOf(d.accepted()))
        .line("expert-draw-count-declined", texts.get("experts.count.declined"), String.valueOf(d.declined()))
        .line("expert-draw-count-no-answer", texts.get("experts.count.noAnswer"), String.valueOf(d.noAnswer()))));
    for (RoundView r : d.rounds()) {
      sheet.add(round(r));
    }
    return sheet;
  }

  private String quotas(ExpertDrawView d) {
    return d.quotas().stream().map((SpecialtyQuota q) -> texts.get("experts.quota.line", names.name(q.specialty()),
        q.count())).collect(Collectors.joining(texts.get("list.separator")));
  }

  /** Sealed until the evaluation starts; then readable (each read audited). */
  String sealedText(ExpertDrawView d) {
    if (d.state() == DrawState.CANCELLED) {
      return texts.get("experts.draw.cancelledNote");
    }
    return d.sealed() ? texts.get("experts.draw.sealedUntil", CaseFormats.dateTime(d.evaluationStart(), locale))
        : texts.get("experts.draw.unsealedNote");
  }

  private Component round(RoundView r) {
    String prefix = "expert-draw-round-" + r.number();
    Facts facts = new Facts()
        .line(prefix + "-commitment", texts.get("experts.round.commitment"), r.commitment())
        .line(prefix + "-seed-hash", texts.get("experts.round.seedHash"), r.seedHash())
        .line(prefix + "-committed-at", texts.get("experts.round.committedAt"),
            CaseFormats.dateTime(r.committedAt(), locale));
    if (r.drawnAt() != null) {
      facts.line(prefix + "-witness", texts.get("inspections.draw.witness"), r.witnessName())
          .line(prefix + "-witness-value", texts.get("experts.round.witnessValue"), r.witnessValue())
          .line(prefix + "-drawn-at", texts.get("experts.round.drawnAt"), CaseFormats.dateTime(r.drawnAt(), locale))
          .line(prefix + "-drawn", texts.get("experts.round.drawn"), String.valueOf(r.drawn()));
    }
    Div block = block(prefix, null, facts);
    H3 heading = new H3(texts.get("experts.round.title", r.number(), texts.get("experts.round.reason." + r.reason())));
    heading.addClassName("sheet-heading");
    block.addComponentAsFirst(heading);
    return block;
  }

  private Div block(String id, String titleKey, Component content) {
    Div block = new Div();
    block.setId(id);
    block.addClassName("sheet-section");
    if (titleKey != null) {
      H3 heading = new H3(texts.get(titleKey));
      heading.addClassName("sheet-heading");
      block.add(heading);
    }
    block.add(content);
    return block;
  }

  static Span badge(DrawState state, Texts texts, String id) {
    Span badge = new Span(texts.get("experts.drawState." + state.name()));
    badge.addClassNames("status-badge", "expert-draw-state-" + state.name().toLowerCase(Locale.ROOT));
    badge.getElement().setAttribute("data-state", state.name());
    if (id != null) {
      badge.setId(id);
    }
    return badge;
  }
}
