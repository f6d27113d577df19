package cn.ggzy.webui.layout;

import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.ExpertDraws;
import cn.ggzy.server.application.ExpertPool;
import cn.ggzy.server.application.ExpertSigns;
import cn.ggzy.server.application.Notifications;
import cn.ggzy.server.domain.model.notification.Recipient;
import cn.ggzy.webui.experts.console.ExpertNavigation;
import cn.ggzy.webui.i18n.Language;
import cn.ggzy.webui.notifications.InboxBroadcaster;
import cn.ggzy.webui.notifications.NotificationBell;
import cn.ggzy.webui.session.CurrentOfficer;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.shared.communication.PushMode;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Header (menu toggle, title, language switch, login or logout) and drawer (the navigation). The
 * parts that depend on who is logged in are rebuilt after every navigation.
 */
@Dependent
public class MainLayout extends AppLayout implements AfterNavigationObserver {
  private final Div account = new Div();
  /** The notification bell of a logged-in officer (unread count, live by server push). */
  private final Div bell = new Div();
  private Component navigation;
  @Inject Notifications notifications;
  @Inject InboxBroadcaster inbox;
  @Inject ExpertPool experts;
  @Inject ExpertDraws expertDraws;
  @Inject ExpertSigns expertSigns;

  public MainLayout() {
    setPrimarySection(Section.NAVBAR);
    DrawerToggle toggle = new DrawerToggle();
    toggle.setAriaLabel(getTranslation("layout.menu"));
    toggle.setId("drawer-toggle");

    Anchor title = new Anchor(".", getTranslation("app.title"));
    title.getElement().setAttribute("router-link", true);
    title.addClassName("app-title");
    title.setId("app-title");

    Button language = languageSwitch();
    Button largeText = largeTextSwitch();
    account.addClassName("app-header-account");

    bell.addClassName("app-header-bell");
    Div header = new Div(toggle, title, largeText, language, bell, account);
    header.addClassName("app-header");
    addToNavbar(header);
    setDrawerOpened(false);
  }

  /**
   * 大字 (适老化): text at 150 % on every page of this browser, kept in its local storage and set
   * before the page draws (AppShell); the layout reflows instead of scrolling sideways.
   */
  private Button largeTextSwitch() {
    Button button = new Button(getTranslation("layout.largeText"));
    button.setId("large-text-switch");
    button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
    button.getElement().setAttribute("aria-pressed", "false");
    button.getElement().executeJs("this.setAttribute('aria-pressed', String("
        + "document.documentElement.classList.contains('large-text')))");
    button.getElement().executeJs("this.addEventListener('click', () => {"
        + " const on = document.documentElement.classList.toggle('large-text');"
        + " try { localStorage.setItem('ggzy.largeText', on ? '1' : '0'); } catch (e) { }"
        + " this.setAttribute('aria-pressed', String(on)); })");
    return button;
  }

  private Button languageSwitch() {
    Button button = new Button(getTranslation("layout.otherLanguage"));
    button.setId("language-switch");
    button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
    button.getElement().setAttribute("lang", Language.isEnglish(getLocale()) ? "zh-CN" : "en");
    button.addClickListener(e -> Language.switchTo(UI.getCurrent(), Language.other(getLocale())));
    return button;
  }

  @Override
  public void afterNavigation(AfterNavigationEvent event) {
    Optional<Caller> caller = CurrentOfficer.get();
    livePushFor(caller.isPresent());
    if (navigation != null) {
      remove(navigation);
    }
    navigation = Navigation.build(caller, key -> getTranslation(key), c -> ExpertNavigation.items(c,
        who -> experts != null && experts.mayManage(who), who -> expertDraws != null && expertDraws.mayDraw(who),
        who -> expertSigns != null && expertSigns.mayReview(who), key -> getTranslation(key)));
    addToDrawer(navigation);
    account.removeAll();
    account.add(caller.isPresent() ? logoutButton() : loginButton());
    bell.removeAll();
    if (caller.isPresent() && notifications != null) {
      Caller officer = caller.get();
      Recipient me = new Recipient(officer.tenant(), officer.login().value());
      bell.add(new NotificationBell(() -> notifications.unread(officer), onChange -> inbox.listen(me, onChange),
          getTranslation("notifications.bell")));
    }
    if (isOverlay()) {
      setDrawerOpened(false);
    }
  }

  /** Server push for logged-in officers only (their bell and inbox are live); public pages need none. */
  private static void livePushFor(boolean officer) {
    UI ui = UI.getCurrent();
    PushMode wanted = officer ? PushMode.AUTOMATIC : PushMode.DISABLED;
    if (ui != null && ui.getPushConfiguration().getPushMode() != wanted) {
      ui.getPushConfiguration().setPushMode(wanted);
    }
  }

  private Component loginButton() {
    Button login = new Button(getTranslation("layout.login"), VaadinIcon.SIGN_IN.create(),
        e -> UI.getCurrent().navigate("login"));
    login.setId("login-button");
    login.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
    return login;
  }

  private Component logoutButton() {
    Button logout = new Button(getTranslation("layout.logout"), VaadinIcon.SIGN_OUT.create(), e -> {
      UI.getCurrent().getPage().setLocation("./");
      CurrentOfficer.logOut();
    });
    logout.setId("logout-button");
    logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
    return logout;
  }
}
