package cn.ggzy.server.domain.model.notification;

import cn.ggzy.tenants.TenantId;

/** Officers' notification settings. */
public interface PreferenceRepository {
  /** The officer's settings, or the defaults (Chinese, nothing muted). */
  Preferences find(TenantId tenant, String login);

  void store(Preferences preferences);
}
