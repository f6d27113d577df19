package cn.ggzy.webui.notifications;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import cn.ggzy.server.domain.model.notification.NotificationKind;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class NotificationSettingsFormTest {
  @Test
  void savingFiresTheChosenLanguageAndMutedKindsAndOverdueAlertsAreNotOffered() {
    NotificationSettingsForm form = new NotificationSettingsForm(key -> key, Locale.SIMPLIFIED_CHINESE);
    AtomicReference<NotificationSettingsForm.SaveEvent> saved = new AtomicReference<>();
    form.addSaveListener(saved::set);
    form.language.setValue(Locale.ENGLISH);
    form.muted.setValue(Set.of(NotificationKind.CASE_RECEIVED));
    form.save.click();
    assertEquals(Locale.ENGLISH, saved.get().language());
    assertEquals(Set.of(NotificationKind.CASE_RECEIVED), saved.get().muted());
    assertFalse(form.muted.getListDataView().getItems().anyMatch(k -> !k.mutable()),
        "overdue escalations cannot be muted, so they are not offered");
  }
}
