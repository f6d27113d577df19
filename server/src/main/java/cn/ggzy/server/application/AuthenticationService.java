package cn.ggzy.server.application;

/** Logs officers in (web UI and mobile API alike) and lets them change their password. */
public interface AuthenticationService {
  /**
   * Checks a login and password. Unknown login, wrong password, disabled and locked accounts all
   * fail; the failure code says which only as far as it is safe to tell (locked is told).
   */
  AuthenticationResult authenticate(String login, String password);

  /**
   * The caller behind a verified token: the account must still exist in that tenant and be
   * enabled; its current roles apply (not those frozen in the token).
   */
  java.util.Optional<Caller> resolve(String tenantId, String login);

  void changePassword(Caller caller, String currentPassword, String newPassword);

  /** The outcome of a login attempt. */
  sealed interface AuthenticationResult {
    record Success(Caller caller, boolean mustChangePassword) implements AuthenticationResult {}

    /** {@code code}: {@code auth.invalidCredentials} or {@code auth.locked}. */
    record Failure(String code) implements AuthenticationResult {}
  }
}
