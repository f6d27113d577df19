package cn.ggzy.webui.cases;

import cn.ggzy.server.application.Messages;
import java.io.Serializable;
import java.util.Locale;

/**
 * The names of the case register's vocabulary (statuses, actions, sources, grounds, ...) in the
 * UI language; they live with the backend's texts ({@code case.status.ACCEPTED}, ...).
 */
public final class CaseVocabulary implements Serializable {
  private final Locale locale;

  public CaseVocabulary(Locale locale) {
    this.locale = locale;
  }

  public String status(Enum<?> status) {
    return name("case.status.", status);
  }

  public String action(Enum<?> action) {
    return name("case.action.", action);
  }

  /** A timeline entry's action, stored as a name (REGISTER, ACCEPT, ...). */
  public String action(String action) {
    return action == null ? "" : Messages.text("case.action." + action, locale).replaceFirst("^case\\.action\\.", "");
  }

  public String source(Enum<?> source) {
    return name("case.source.", source);
  }

  public String industry(Enum<?> industry) {
    return name("case.industry.", industry);
  }

  public String ground(Enum<?> ground) {
    return name("case.ground.", ground);
  }

  public String decisionKind(Enum<?> kind) {
    return name("case.decisionKind.", kind);
  }

  public String approvalKind(String kind) {
    return kind == null ? "" : Messages.text("case.approvalKind." + kind, locale);
  }

  public String pauseKind(String kind) {
    return kind == null ? "" : Messages.text("case.pauseKind." + kind, locale);
  }

  public String organ(String organ) {
    return organ == null ? "" : Messages.text("case.organ." + organ, locale);
  }

  public String error(String code) {
    return Messages.text(code, locale);
  }

  private String name(String prefix, Enum<?> value) {
    return value == null ? "" : Messages.text(prefix + value.name(), locale);
  }
}
