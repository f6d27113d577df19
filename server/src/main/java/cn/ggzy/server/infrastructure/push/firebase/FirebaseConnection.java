package cn.ggzy.server.infrastructure.push.firebase;

import com.google.auth.oauth2.GoogleCredentials;
import com.google.firebase.FirebaseApp;
import com.google.firebase.FirebaseOptions;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The Firebase app of this node, from the service-account file named by
 * {@code platform.push.fcm.service-account-file} (env {@code PLATFORM_PUSH_FCM_SERVICE_ACCOUNT_FILE}).
 * Without the file, or with one that cannot be read, FCM is off: the log says so once, and the
 * in-app inbox and the other channels work as before.
 */
@ApplicationScoped
public class FirebaseConnection {
  private static final Logger LOG = Logger.getLogger(FirebaseConnection.class.getName());

  private Optional<String> serviceAccountFile = Optional.empty();
  private Optional<FirebaseApp> app;

  protected FirebaseConnection() {}

  @Inject
  public FirebaseConnection(@ConfigProperty(name = "platform.push.fcm.service-account-file")
      Optional<String> serviceAccountFile) {
    this.serviceAccountFile = serviceAccountFile.filter(f -> !f.isBlank());
  }

  /** A connection over given options (tests: credentials and transport of their own). */
  public static FirebaseConnection of(FirebaseOptions options, String name) {
    FirebaseConnection c = new FirebaseConnection();
    c.app = Optional.of(FirebaseApp.initializeApp(options, name));
    return c;
  }

  public synchronized Optional<FirebaseApp> app() {
    if (app == null) {
      app = open();
    }
    return app;
  }

  private Optional<FirebaseApp> open() {
    if (serviceAccountFile.isEmpty()) {
      LOG.info("FCM push is off: no platform.push.fcm.service-account-file configured");
      return Optional.empty();
    }
    Path file = Path.of(serviceAccountFile.get());
    try (InputStream in = Files.newInputStream(file)) {
      FirebaseOptions options = FirebaseOptions.builder().setCredentials(GoogleCredentials.fromStream(in)).build();
      LOG.info(() -> "FCM push is on (service account " + file.getFileName() + ")");
      return Optional.of(FirebaseApp.initializeApp(options, "supervision-" + System.identityHashCode(this)));
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.WARNING, "FCM push is off: cannot use the service-account file " + file, e);
      return Optional.empty();
    }
  }

  @PreDestroy
  synchronized void close() {
    if (app != null) {
      app.ifPresent(FirebaseApp::delete);
    }
  }
}
