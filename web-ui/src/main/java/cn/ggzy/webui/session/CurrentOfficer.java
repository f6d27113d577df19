package cn.ggzy.webui.session;

import cn.ggzy.server.application.AuthenticationService.AuthenticationResult;
import cn.ggzy.server.application.Caller;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import java.io.Serializable;
import java.util.Optional;

/**
 * The officer logged in to this Vaadin session, and whether a new password must be set first. The
 * account is read again once in every request from the browser ({@link #verifyWith}): disabled,
 * its password changed or reset elsewhere, and the session ends at once; changed roles and name
 * apply at once.
 */
public final class CurrentOfficer {
  private static final String VERIFIED = CurrentOfficer.class.getName() + ".verified";
  private static volatile Verifier verifier;

  private CurrentOfficer() {}

  /** Reads the account behind a session again: empty when the session must end. */
  @FunctionalInterface
  public interface Verifier {
    Optional<AuthenticationResult.Success> current(String tenantId, String login, int credentialsVersion);
  }

  /** Kept in the session as one value so that the caller, the flag and the version change together. */
  record Officer(Caller caller, boolean mustChangePassword, int credentialsVersion) implements Serializable {}

  /** Installed at start-up by the application (the authentication service). */
  public static void verifyWith(Verifier v) {
    verifier = v;
  }

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
  public static void loggedIn(AuthenticationResult.Success login) {
    VaadinService.reinitializeSession(VaadinRequest.getCurrent());
    set(login.caller(), login.mustChangePassword(), login.credentialsVersion());
  }

  /** The officer changed the own password here: this session goes on at the new version. */
  public static void passwordChanged(int credentialsVersion) {
    get().ifPresent(caller -> set(caller, false, credentialsVersion));
  }

  public static void set(Caller caller, boolean mustChangePassword, int credentialsVersion) {
    VaadinSession.getCurrent().setAttribute(Officer.class, new Officer(caller, mustChangePassword,
        credentialsVersion));
    VaadinRequest request = VaadinRequest.getCurrent();
    if (request != null) {
      request.setAttribute(VERIFIED, Boolean.TRUE);
    }
  }

  /** Ends the HTTP session; the page should then be reloaded. */
  public static void logOut() {
    VaadinSession session = VaadinSession.getCurrent();
    session.setAttribute(Officer.class, null);
    session.getSession().invalidate();
  }

  private static Optional<Officer> officer() {
    VaadinSession session = VaadinSession.getCurrent();
    Officer officer = session == null ? null : session.getAttribute(Officer.class);
    VaadinRequest request = VaadinRequest.getCurrent();
    Verifier v = verifier;
    if (officer == null || request == null || v == null || request.getAttribute(VERIFIED) != null) {
      return Optional.ofNullable(officer);
    }
    request.setAttribute(VERIFIED, Boolean.TRUE);
    Optional<AuthenticationResult.Success> current = v.current(officer.caller().tenant().value(),
        officer.caller().login().value(), officer.credentialsVersion());
    if (current.isEmpty()) {
      // disabled, or its password changed or reset since this session began: the session ends
      session.setAttribute(Officer.class, null);
      return Optional.empty();
    }
    Officer fresh = new Officer(current.get().caller(), current.get().mustChangePassword(),
        current.get().credentialsVersion());
    if (!fresh.equals(officer)) {
      session.setAttribute(Officer.class, fresh);
    }
    return Optional.of(fresh);
  }
}
