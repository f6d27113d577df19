package cn.ggzy.server.application;

import java.util.Optional;

/** Logs officers in (web UI and mobile API alike) and lets them change their password. */
public interface AuthenticationService {
  /**
   * Checks a login and password. Unknown login, wrong password and disabled accounts all fail
   * alike ({@code auth.invalidCredentials}); too many wrong tries from the client's address, or at
   * the login, are slowed down ({@code auth.throttled} with the seconds to wait), never locked.
   */
  AuthenticationResult authenticate(String login, String password, String clientAddress);

  /** {@link #authenticate(String, String, String)} of a client whose address is not known. */
  AuthenticationResult authenticate(String login, String password);

  /**
   * The account behind a web session or a verified token made at {@code credentialsVersion}: it must
   * still exist in that tenant, be enabled, and its password must not have been changed or reset
   * since; its current roles and name apply (not those of the session or token). Empty otherwise.
   */
  Optional<AuthenticationResult.Success> current(String tenantId, String login, int credentialsVersion);

  /** Changes the caller's password; returns the account's new credentials version (older sessions end). */
  int changePassword(Caller caller, String currentPassword, String newPassword);

  /** The outcome of a login attempt. */
  sealed interface AuthenticationResult {
    /** {@code credentialsVersion}: what a session or token made now carries (see {@link #current}). */
    record Success(Caller caller, boolean mustChangePassword, int credentialsVersion)
        implements AuthenticationResult {}

    /**
     * {@code code}: {@code auth.invalidCredentials}, or {@code auth.throttled} with the seconds to
     * wait before the next try.
     */
    record Failure(String code, long retryAfterSeconds) implements AuthenticationResult {}
  }
}
