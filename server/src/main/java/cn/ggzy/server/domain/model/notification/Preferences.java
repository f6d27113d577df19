package cn.ggzy.server.domain.model.notification;

import cn.ggzy.tenants.TenantId;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** An officer's notification settings: the language of the texts and the muted kinds. */
public record Preferences(TenantId tenant, String login, Locale language, Set<NotificationKind> muted) {
  public Preferences {
    language = "en".equals(language == null ? null : language.getLanguage()) ? Locale.ENGLISH
        : Locale.SIMPLIFIED_CHINESE;
    muted = muted == null || muted.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(muted));
  }

  public static Preferences defaults(TenantId tenant, String login) {
    return new Preferences(tenant, login, Locale.SIMPLIFIED_CHINESE, Set.of());
  }

  /** True when the officer muted this kind; overdue escalations are never muted. */
  public boolean mutes(NotificationKind kind) {
    return kind.mutable() && muted.contains(kind);
  }
}
