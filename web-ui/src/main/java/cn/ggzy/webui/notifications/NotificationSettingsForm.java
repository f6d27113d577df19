package cn.ggzy.webui.notifications;

import cn.ggzy.server.application.Messages;
import cn.ggzy.server.application.Notifications.Settings;
import cn.ggzy.server.domain.model.notification.NotificationKind;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.shared.Registration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/** The officer's settings: language of the notifications, kinds muted (overdue alerts are not offered). */
public class NotificationSettingsForm extends VerticalLayout {
  public static class SaveEvent extends ComponentEvent<NotificationSettingsForm> {
    private final Locale language;
    private final Set<NotificationKind> muted;

    SaveEvent(NotificationSettingsForm source, Locale language, Set<NotificationKind> muted) {
      super(source, false);
      this.language = language;
      this.muted = Set.copyOf(muted);
    }

    public Locale language() {
      return language;
    }

    public Set<NotificationKind> muted() {
      return muted;
    }
  }

  final Select<Locale> language = new Select<>();
  final CheckboxGroup<NotificationKind> muted = new CheckboxGroup<>();
  final Button save = new Button();

  public NotificationSettingsForm(Function<String, String> texts, Locale uiLocale) {
    setPadding(false);
    language.setId("notification-language");
    language.setLabel(texts.apply("notifications.language"));
    language.setItems(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);
    language.setItemLabelGenerator(l -> "en".equals(l.getLanguage()) ? "English" : "中文");
    muted.setId("notification-muted");
    muted.setLabel(texts.apply("notifications.muted"));
    muted.setItems(Arrays.stream(NotificationKind.values()).filter(NotificationKind::mutable).toList());
    muted.setItemLabelGenerator(k -> Messages.text("notification.kind." + k.name(), uiLocale));
    save.setText(texts.apply("notifications.save"));
    save.setId("notification-save");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    save.addClickListener(e -> fireEvent(new SaveEvent(this, language.getValue(), muted.getValue())));
    add(language, muted, save);
  }

  public void show(Settings settings) {
    language.setValue("en".equals(settings.language().getLanguage()) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE);
    muted.setValue(settings.muted());
  }

  public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
    return addListener(SaveEvent.class, listener);
  }
}
