package cn.ggzy.server.application.internal.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.application.AccountAdministration;
import cn.ggzy.server.application.AuthenticationService;
import cn.ggzy.server.application.AuthenticationService.AuthenticationResult;
import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.CaseRegister;
import cn.ggzy.server.application.CaseRegister.Command;
import cn.ggzy.server.application.CaseRegister.NewCase;
import cn.ggzy.server.application.CaseViews.Detail;
import cn.ggzy.server.application.Notifications;
import cn.ggzy.server.domain.model.account.Login;
import cn.ggzy.server.domain.model.account.Role;
import cn.ggzy.server.domain.model.enforcement.CaseAction;
import cn.ggzy.server.domain.model.enforcement.CaseSource;
import cn.ggzy.server.domain.model.enforcement.Industry;
import cn.ggzy.server.infrastructure.persistence.mongo.MongoConnection;
import cn.ggzy.tenants.TenantId;
import jakarta.enterprise.inject.se.SeContainer;
import jakarta.enterprise.inject.se.SeContainerInitializer;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A node is killed (SIGKILL, like kill -9) right after it stored an assignment, before anything
 * was dispatched. A fresh node started on the same data directory delivers the notification,
 * exactly once. Both nodes are separate JVMs with the application's real wiring.
 */
class OutboxCrashTest {
  private static final TenantId ZJJ = TenantId.of("421181-zjj");

  @Test
  void aNotificationWrittenBeforeACrashIsDeliveredOnceAfterTheRestart() throws Exception {
    Path dataDir = Files.createTempDirectory("outbox-crash");
    Process writer = node(Writer.class, dataDir);
    BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8));
    String written = null;
    List<String> log = new ArrayList<>();
    for (String line; (line = out.readLine()) != null; ) {
      log.add(line);
      if (line.startsWith("WRITTEN ")) {
        written = line;
        break;
      }
    }
    assertTrue(written != null, "the writer stored the assignment:\n" + String.join("\n", log));
    writer.destroyForcibly(); // SIGKILL: no shutdown hooks, no dispatch
    assertTrue(writer.waitFor(30, TimeUnit.SECONDS));
    assertEquals(137, writer.exitValue(), "killed, not ended");

    String[] parts = written.split(" ");
    Process restarted = node(Restarter.class, dataDir, parts[1], parts[2]);
    String output = new String(restarted.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(restarted.waitFor(120, TimeUnit.SECONDS));
    assertEquals(0, restarted.exitValue(), output);
    assertTrue(output.contains("INBOX CASE_ASSIGNED " + parts[2] + " count=1"), output);
    assertTrue(output.contains("INBOX CASE_RECEIVED " + parts[2] + " count=1"), output);
  }

  private static Process node(Class<?> main, Path dataDir, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), main.getName(), dataDir.toString()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command).redirectErrorStream(true).start();
  }

  static SeContainer start(Path dataDir) {
    System.setProperty("platform.data.dir", dataDir.toString());
    System.setProperty("platform.jwt.publickey.file", dataDir.resolve("keys/jwt-public.pem").toString());
    System.setProperty("mp.jwt.verify.issuer", "urn:test");
    System.setProperty("platform.admin.initial-password", "Test-Admin-Pass-1");
    System.setProperty("platform.notifications.scheduler", "off");
    return SeContainerInitializer.newInstance().initialize();
  }

  /** The first node: an office officer registers, a head assigns; then it waits to be killed. */
  public static final class Writer {
    public static void main(String[] args) throws Exception {
      SeContainer container = start(Path.of(args[0]));
      AuthenticationService auth = container.select(AuthenticationService.class).get();
      AccountAdministration admin = container.select(AccountAdministration.class).get();
      CaseRegister register = container.select(CaseRegister.class).get();
      Caller system = ((AuthenticationResult.Success) auth.authenticate("admin", "Test-Admin-Pass-1")).caller();
      Caller head = login(auth, admin.create(system, ZJJ, "crash.head", "负责人", Set.of(Role.DEPARTMENT_HEAD)));
      login(auth, admin.create(system, ZJJ, "crash.officer", "执法员", Set.of(Role.DEPARTMENT_OFFICER)));
      Detail c = register.register(head, new NewCase(CaseSource.COMPLAINT, Industry.HOUSING_CONSTRUCTION, "崩溃测试",
          "摘要", null, null, null, null, false));
      c = register.act(head, c.id(), Command.of(CaseAction.ACCEPT, c.version()));
      register.act(head, c.id(), new Command(CaseAction.ASSIGN, c.version(), null, null, "crash.officer", null,
          null, null, null, null, null, null, null, null, null));
      // what a request acknowledges is on disk: commit the embedded store instead of waiting for its timer
      container.select(MongoConnection.class).get().awaitDurable();
      System.out.println("WRITTEN crash.officer " + c.id());
      System.out.flush();
      Thread.sleep(600_000);
    }

    private static Caller login(AuthenticationService auth, AccountAdministration.CreatedAccount created) {
      return ((AuthenticationResult.Success) auth.authenticate(created.account().login(), created.initialPassword()))
          .caller();
    }
  }

  /** The fresh node on the same data: dispatches (twice, as two rounds would) and prints the inbox. */
  public static final class Restarter {
    public static void main(String[] args) {
      try (SeContainer container = start(Path.of(args[0]))) {
        OutboxDispatcher dispatcher = container.select(OutboxDispatcher.class).get();
        dispatcher.dispatch();
        dispatcher.dispatch();
        Caller officer = new Caller(Login.parse(args[1]), ZJJ, Set.of(Role.DEPARTMENT_OFFICER), "执法员");
        var items = container.select(Notifications.class).get().inbox(officer, Locale.CHINESE, 0, 50).items();
        items.forEach(i -> System.out.println("ITEM " + i.kind() + " " + i.caseId()));
        // each notification of the case once: the new case (the officer is of its department) and the assignment
        for (String kind : List.of("CASE_ASSIGNED", "CASE_RECEIVED")) {
          long count = items.stream().filter(i -> i.caseId().equals(args[2]) && i.kind().name().equals(kind)).count();
          System.out.println("INBOX " + kind + " " + args[2] + " count=" + count);
        }
      }
      System.exit(0);
    }
  }
}
