package cn.ggzy.webui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Inline;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.shared.communication.PushMode;

/**
 * The HTML shell of every page: viewport, PWA manifest, icons and the service worker that shows
 * {@code offline.html} when the network is gone. Hand-written instead of {@code @PWA}, which would
 * need a frontend build. The worker is {@code offline-sw.js}: the path {@code sw.js} is taken by the
 * workbox worker inside Vaadin's pre-compiled bundle.
 *
 * <p>Vaadin 24.9 ignores {@code @StyleSheet} on the app shell (it honours it on components, and
 * Vaadin 25 on the shell too), so the stylesheet is also linked in {@link #configurePage}; the
 * browser loads the same URL once.
 *
 * <p>Server push is off when a page opens ({@code @Push(DISABLED)}) and switched on only for a
 * logged-in officer, whose pages show live changes (the notification bell, the inbox; see
 * {@code MainLayout}): the public pages hold no push connection, so a visitor's vanished browser
 * can never hold a session lock while the server writes to a dead WebSocket, and the server keeps
 * no connection per visitor. The push client is served by Flow's own jar (loaded when push is
 * switched on), so the pre-compiled bundle needs no frontend build for it.
 */
@Push(PushMode.DISABLED)
@StyleSheet("context://styles/app.css")
public class AppShell implements AppShellConfigurator {
  static final String THEME_COLOR = "#1565c0";
  static final String STYLESHEET = "styles/app.css";

  private static final String REGISTER_SERVICE_WORKER = """
      if ('serviceWorker' in navigator) {
        window.addEventListener('load', function () {
          navigator.serviceWorker.register(new URL('offline-sw.js', document.baseURI).href)
            .catch(function () { /* the site works without it */ });
        });
      }""";

  /**
   * Accessibility repair for every select on every page: Vaadin 24.9's select gives its value button
   * {@code role="button"} and, when the field is required, {@code aria-required}, which a button
   * may not carry (axe-core: aria-allowed-attr, critical; screen readers drop the "required"). The
   * button behaves as the ARIA 1.2 select-only combobox (it has aria-haspopup="listbox" and
   * aria-expanded), so it is given that role, which allows aria-required. Applied to value buttons
   * present and to come (a MutationObserver), as views are created after the page loads.
   */
  static final String SELECTS_AS_COMBOBOXES = """
      (function () {
        var TAG = 'vaadin-select-value-button';
        function fix(b) {
          if (b.getAttribute('role') !== 'combobox') {
            b.setAttribute('role', 'combobox');
          }
        }
        function fixWithin(node) {
          if (node.nodeType !== 1) {
            return;
          }
          if (node.localName === TAG) {
            fix(node);
          }
          var inside = node.getElementsByTagName(TAG);
          for (var i = 0; i < inside.length; i++) {
            fix(inside[i]);
          }
        }
        new MutationObserver(function (changes) {
          for (var i = 0; i < changes.length; i++) {
            var c = changes[i];
            if (c.type === 'attributes') {
              if (c.target.localName === TAG) {
                fix(c.target);
              }
            } else {
              c.addedNodes.forEach(fixWithin);
            }
          }
        }).observe(document.documentElement, { childList: true, subtree: true, attributes: true,
          attributeFilter: ['role'] });
        fixWithin(document.documentElement);
      })();""";

  /** 大字: the reader's choice (MainLayout's switch) applied before the page draws. */
  static final String LARGE_TEXT = """
      try {
        if (localStorage.getItem('ggzy.largeText') === '1') {
          document.documentElement.classList.add('large-text');
        }
      } catch (e) { /* no storage: normal text */ }""";

  /**
   * The dark theme when the phone or computer is set to dark (Lumo's {@code theme="dark"}), applied
   * before the page draws and followed when the setting changes; the stylesheet gives the platform's
   * own colours their dark counterparts, with the same contrast.
   */
  static final String DARK_THEME = """
      try {
        var dark = window.matchMedia('(prefers-color-scheme: dark)');
        var apply = function () {
          if (dark.matches) {
            document.documentElement.setAttribute('theme', 'dark');
          } else {
            document.documentElement.removeAttribute('theme');
          }
        };
        apply();
        dark.addEventListener('change', apply);
      } catch (e) { /* no media queries: the light theme */ }""";

  @Override
  public void configurePage(AppShellSettings settings) {
    settings.setViewport("width=device-width, initial-scale=1, viewport-fit=cover");
    settings.setPageTitle("公共资源交易监管平台");
    settings.addLink("stylesheet", STYLESHEET);
    settings.addLink("manifest", "manifest.webmanifest");
    settings.addMetaTag("theme-color", THEME_COLOR);
    settings.addMetaTag("apple-mobile-web-app-capable", "yes");
    settings.addLink("apple-touch-icon", "icons/icon-192.png");
    settings.addFavIcon("icon", "icons/icon.svg", "any");
    settings.addInlineWithContents(Inline.Position.APPEND, REGISTER_SERVICE_WORKER,
        Inline.Wrapping.JAVASCRIPT);
    settings.addInlineWithContents(Inline.Position.APPEND, SELECTS_AS_COMBOBOXES, Inline.Wrapping.JAVASCRIPT);
    settings.addInlineWithContents(Inline.Position.PREPEND, LARGE_TEXT, Inline.Wrapping.JAVASCRIPT);
    settings.addInlineWithContents(Inline.Position.PREPEND, DARK_THEME, Inline.Wrapping.JAVASCRIPT);
  }
}
