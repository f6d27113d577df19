package cn.ggzy.server.application;

import java.util.Optional;

/** What the platform needs on its very first start: the tenant catalogue and a first administrator. */
public interface PlatformSetup {
  /** The first administrator's log-in name. */
  String FIRST_ADMIN = "admin";

  /**
   * Loads what is missing; answers the generated password of the first administrator when one was
   * created and no password was configured, empty otherwise.
   */
  Optional<String> initialise(Optional<String> configuredAdminPassword);
}
