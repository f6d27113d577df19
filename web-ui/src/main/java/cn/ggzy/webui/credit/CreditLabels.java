package cn.ggzy.webui.credit;

import cn.ggzy.server.domain.model.credit.ListClass;
import cn.ggzy.server.domain.model.credit.Measure;
import cn.ggzy.server.domain.model.credit.SubjectKind;
import cn.ggzy.webui.i18n.Texts;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/** The words of credit in the page's language: kinds, classes, measures, periods, badges. */
public final class CreditLabels {
  private final Texts texts;

  public CreditLabels(Texts texts) {
    this.texts = texts;
  }

  public String kind(SubjectKind kind) {
    return kind == null ? "" : texts.get("credit.kind." + kind.name());
  }

  public String listClass(ListClass listClass) {
    return listClass == null ? "" : texts.get("credit.class." + listClass.name());
  }

  public String measures(List<Measure> measures) {
    return measures.stream().map(m -> texts.get("credit.measure." + m.name()))
        .collect(Collectors.joining(texts.get("list.separator")));
  }

  public String period(LocalDate start, LocalDate end) {
    return texts.get("credit.period", String.valueOf(start), String.valueOf(end));
  }

  /** The identifier with its name: 统一社会信用代码 or 身份证号（已隐藏部分）. */
  public String identifier(SubjectKind kind, String identifier) {
    return texts.get(kind == SubjectKind.EXPERT ? "credit.identifier.person" : "credit.identifier.code") + " "
        + identifier;
  }

  public Span badge(String text, String variant) {
    Span badge = new Span(text);
    badge.addClassNames("credit-badge", "credit-badge-" + variant);
    return badge;
  }

  public String text(String key, Object... params) {
    return texts.get(key, params);
  }
}
