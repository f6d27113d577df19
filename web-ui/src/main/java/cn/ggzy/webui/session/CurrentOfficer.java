package cn.ggzy.webui.session;

import cn.ggzy.server.application.Caller;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import java.io.Serializable;
import java.util.Optional;

/** The officer logged in to this Vaadin session, and whether a new password must be set first. */
public final class CurrentOfficer {
  private CurrentOfficer() {}

  /** Kept in the session as one value so that the caller and the flag change together. */
  record Officer(Caller caller, boolean mustChangePassword) implements Serializable {}

  public static Optional<Caller> get() {
    return officer().map(Officer::caller);
  }

  /** The caller; for views behind {@link AccessControl}, which guarantees one is logged in. */
  public static Caller require() {
    return get().orElseThrow(() -> new IllegalStateException("no officer logged in"));
  }

  public static boolean mustChangePassword() {
    return officer().map(Officer::mustChangePassword).orElse(false);
  }

  /**
   * Logs the caller in: a new HTTP session first (against session fixation), then the caller
   * stored in it.
   */
  public static void loggedIn(Caller caller, boolean mustChangePassword) {
    VaadinService.reinitializeSession(VaadinRequest.getCurrent());
    set(caller, mustChangePassword);
  }

  public static void passwordChanged() {
    get().ifPresent(caller -> set(caller, false));
  }

  public static void set(Caller caller, boolean mustChangePassword) {
    VaadinSession.getCurrent().setAttribute(Officer.class, new Officer(caller, mustChangePassword));
  }

  /** Ends the HTTP session; the page should then be reloaded. */
  public static void logOut() {
    VaadinSession session = VaadinSession.getCurrent();
    session.setAttribute(Officer.class, null);
    session.getSession().invalidate();
  }

  private static Optional<Officer> officer() {
    VaadinSession session = VaadinSession.getCurrent();
    return session == null ? Optional.empty() : Optional.ofNullable(session.getAttribute(Officer.class));
  }
}
