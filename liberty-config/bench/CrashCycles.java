import java.io.BufferedWriter;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Server faults (issue 16): the writes of one cycle of {@code bench/crash-cycles.sh}, until the
 * server is killed, and the check after the last restart. Compiled with IntakeLoad.java.
 *
 * <pre>java CrashCycles setup BASE ADMIN_PASSWORD DIR
 * java CrashCycles load BASE DIR CYCLE
 * java CrashCycles verify BASE DIR ADMIN_PASSWORD</pre>
 *
 * <p>{@code setup} creates the accounts once (an office officer who registers cases, the 住建局
 * head who accepts them and enters credit records, a 住建局 officer who receives the notifications)
 * and keeps their tokens' passwords in DIR. {@code load} runs until the server stops answering:
 * anonymous reports with a photo (idempotency keys; IntakeLoad), case registrations by the office,
 * the head's ACCEPT of each registered case (compare-and-set on the case's version), and credit
 * records; every acknowledgement is appended to a file in DIR the moment it arrives. {@code verify}
 * checks, after the last restart, that every acknowledged write is there exactly once: each
 * registered case with its number, each accepted case ACCEPTED with one ACCEPT on its timeline,
 * each credit record with its subject, each case's notification in the officer's inbox, and the
 * reports as {@code IntakeLoad verify} checks them (receipt, code, photo, one receipt per key).
 */
public class CrashCycles {
  public static void main(String[] args) throws Exception {
    switch (args[0]) {
      case "setup" -> setup(args[1], args[2], Path.of(args[3]));
      case "load" -> load(args[1], Path.of(args[2]), Integer.parseInt(args[3]));
      case "verify" -> System.exit(verify(args[1], Path.of(args[2]), args[3]) ? 0 : 1);
      default -> throw new IllegalArgumentException(args[0]);
    }
  }

  static void setup(String base, String adminPassword, Path dir) throws Exception {
    String admin = IntakeLoad.token(base, "admin", adminPassword);
    List<String> lines = new ArrayList<>();
    for (String[] account : new String[][] {{"crash.office", "421181-jgb", "OFFICE_OFFICER"},
        {"crash.head", "421181-zjj", "DEPARTMENT_HEAD"}, {"crash.officer", "421181-zjj", "DEPARTMENT_OFFICER"}}) {
      IntakeLoad.Result r = post(base, "/api/v1/accounts", "{\"tenantId\":\"" + account[1] + "\",\"login\":\""
          + account[0] + "\",\"displayName\":\"崩溃测试\",\"roles\":[\"" + account[2] + "\"]}", admin);
      if (r.status() != 201) {
        throw new IllegalStateException("account " + account[0] + ": " + r.status() + " " + r.body());
      }
      String initial = IntakeLoad.field(r.body(), "initialPassword");
      IntakeLoad.token(base, account[0], initial);  // changes the initial password once
      lines.add(account[0] + "\t" + initial);
    }
    Files.write(dir.resolve("accounts.tsv"), lines);
  }

  static Map<String, String> accounts(Path dir) throws Exception {
    Map<String, String> passwords = new HashMap<>();
    for (String line : Files.readAllLines(dir.resolve("accounts.tsv"))) {
      String[] f = line.split("\t");
      passwords.put(f[0], f[1]);
    }
    return passwords;
  }

  static void load(String base, Path dir, int cycle) throws Exception {
    Map<String, String> passwords = accounts(dir);
    String office = IntakeLoad.token(base, "crash.office", passwords.get("crash.office"));
    String head = IntakeLoad.token(base, "crash.head", passwords.get("crash.head"));
    AtomicBoolean gone = new AtomicBoolean();
    AtomicLong acked = new AtomicLong();
    List<Thread> workers = new ArrayList<>();
    try (BufferedWriter cases = append(dir.resolve("cases.tsv"));
        BufferedWriter accepts = append(dir.resolve("accepts.tsv"));
        BufferedWriter credit = append(dir.resolve("credit.tsv"));
        BufferedWriter reports = append(dir.resolve("acks.tsv"));
        BufferedWriter sent = append(dir.resolve("acks.tsv.sent"))) {
      for (int t = 0; t < 2; t++) {
        int thread = t;
        workers.add(new Thread(() -> run(gone, () -> {
          for (long n = 0; !gone.get(); n++) {
            String title = "崩溃测试 c" + cycle + "-" + thread + "-" + n + " 某工程转包";
            IntakeLoad.Result r = post(base, "/api/v1/cases", "{\"source\":\"REPORT\",\"industry\":"
                + "\"HOUSING_CONSTRUCTION\",\"title\":\"" + title + "\",\"summary\":\"主体工程转包\"}", office);
            if (r.status() != 201) {
              throw new IllegalStateException("register " + r.status() + " " + r.body());
            }
            String id = IntakeLoad.field(r.body(), "id");
            write(cases, id + "\t" + IntakeLoad.field(r.body(), "number") + "\t" + title);
            acked.incrementAndGet();
            IntakeLoad.Result a = post(base, "/api/v1/cases/" + id + "/actions", "{\"action\":\"ACCEPT\",\"version\":"
                + number(r.body(), "version") + "}", head);
            if (a.status() != 200) {
              throw new IllegalStateException("accept " + a.status() + " " + a.body());
            }
            write(accepts, id + "\t" + number(a.body(), "version"));
            acked.incrementAndGet();
          }
        })));
      }
      workers.add(new Thread(() -> run(gone, () -> {
        for (long n = 0; !gone.get(); n++) {
          String name = "麻城市崩溃测试" + cycle + "号" + n + "建设有限公司";
          IntakeLoad.Result r = post(base, "/api/v1/credit/records", "{\"subjectKind\":\"ENTERPRISE\",\"subjectName\":\""
              + name + "\",\"creditCode\":\"" + creditCode(cycle, n) + "\",\"kind\":\"PENALTY\",\"summary\":\"转包，处以罚款\","
              + "\"legalBasis\":\"《建筑法》第六十七条\",\"decidedOn\":\"2026-12-01\"}", head);
          if (r.status() != 201) {
            throw new IllegalStateException("credit " + r.status() + " " + r.body());
          }
          write(credit, IntakeLoad.field(r.body(), "id") + "\t" + name);
          acked.incrementAndGet();
        }
      })));
      for (int t = 0; t < 2; t++) {
        int thread = t;
        workers.add(new Thread(() -> run(gone, () -> {
          for (long n = 0; !gone.get(); n++) {
            String key = "c" + cycle + "-" + thread + "-" + n + "-crashcycle";
            String upload = key.replace('-', '_');
            byte[] file = IntakeLoad.photo(key, 200_000);
            write(sent, key);
            IntakeLoad.upload(base, "crash-" + thread, upload, file);
            IntakeLoad.Result r = IntakeLoad.report(base, "crash-" + thread, key,
                IntakeLoad.proof(base, "crash-" + thread), upload);
            if (r.status() != 201) {
              throw new IllegalStateException("report " + r.status() + " " + r.body());
            }
            write(reports, String.join("\t", key, IntakeLoad.field(r.body(), "receiptNumber"),
                IntakeLoad.field(r.body(), "accessCode"), upload, IntakeLoad.sha(file)));
            acked.incrementAndGet();
          }
        })));
      }
      workers.forEach(Thread::start);
      for (Thread w : workers) {
        w.join();
      }
    }
    System.out.println("cycle " + cycle + ": " + acked.get() + " writes acknowledged before the kill");
  }

  interface Body {
    void run() throws Exception;
  }

  /** Runs until the server is gone; any failure while it still answers is a finding. */
  static void run(AtomicBoolean gone, Body body) {
    try {
      body.run();
    } catch (ConnectException e) {
      gone.set(true);
    } catch (IOException e) {
      gone.set(true);  // the connection was cut by the kill
    } catch (Exception e) {
      if (!gone.get()) {
        System.out.println("FAILED while the server answered: " + e.getMessage());
      }
      gone.set(true);
    }
  }

  static boolean verify(String base, Path dir, String adminPassword) throws Exception {
    Map<String, String> passwords = accounts(dir);
    String office = IntakeLoad.token(base, "crash.office", passwords.get("crash.office"));
    String head = IntakeLoad.token(base, "crash.head", passwords.get("crash.head"));
    String officer = IntakeLoad.token(base, "crash.officer", passwords.get("crash.officer"));
    List<String> problems = new ArrayList<>();
    List<String> cases = lines(dir.resolve("cases.tsv"));
    Set<String> numbers = new HashSet<>();
    for (String line : cases) {
      String[] f = line.split("\t");
      IntakeLoad.Result r = get(base, "/api/v1/cases/" + f[0], office);
      if (r.status() != 200 || !r.body().contains(f[1])) {
        problems.add("case " + f[0] + " " + f[1] + ": " + r.status());
      }
      if (!numbers.add(f[1])) {
        problems.add("case number given twice: " + f[1]);
      }
    }
    Map<String, Long> acceptedAt = new HashMap<>();
    for (String line : lines(dir.resolve("accepts.tsv"))) {
      String[] f = line.split("\t");
      acceptedAt.put(f[0], Long.parseLong(f[1]));
    }
    for (var accepted : acceptedAt.entrySet()) {
      IntakeLoad.Result r = get(base, "/api/v1/cases/" + accepted.getKey(), head);
      int accepts = count(r.body(), "\"action\":\"ACCEPT\"");
      if (r.status() != 200 || accepts != 1 || number(r.body(), "version") < accepted.getValue()) {
        problems.add("accepted case " + accepted.getKey() + ": " + r.status() + ", ACCEPT " + accepts
            + " times, version " + number(r.body(), "version") + " < " + accepted.getValue());
      }
    }
    List<String> credit = lines(dir.resolve("credit.tsv"));
    for (String line : credit) {
      String[] f = line.split("\t");
      IntakeLoad.Result r = get(base, "/api/v1/credit/records/" + f[0], head);
      if (r.status() != 200 || !r.body().contains(f[1])) {
        problems.add("credit record " + f[0] + ": " + r.status());
      }
    }
    // every registered case told the department's officer (the outbox is written with the case)
    Set<String> told = new HashSet<>();
    long deadline = System.nanoTime() + 120_000_000_000L;
    Set<String> caseIds = new HashSet<>();
    cases.forEach(l -> caseIds.add(l.split("\t")[0]));
    while (System.nanoTime() < deadline) {
      told.clear();
      for (int offset = 0; ; offset += 200) {
        IntakeLoad.Result page = get(base, "/api/v1/notifications?offset=" + offset + "&limit=200", officer);
        Matcher m = Pattern.compile("\"caseId\":\"([^\"]+)\"").matcher(page.body());
        int found = 0;
        while (m.find()) {
          told.add(m.group(1));
          found++;
        }
        if (found < 200) {
          break;
        }
      }
      if (told.containsAll(caseIds)) {
        break;
      }
      Thread.sleep(1000);
    }
    long untold = caseIds.stream().filter(id -> !told.contains(id)).count();
    if (untold > 0) {
      problems.add(untold + " registered cases without a notification to the department's officer");
    }
    System.out.println("verify: " + cases.size() + " registered cases, " + acceptedAt.size() + " accepted, "
        + credit.size() + " credit records, " + (caseIds.size() - untold) + " notifications — checked");
    problems.stream().limit(20).forEach(p -> System.out.println("PROBLEM " + p));
    boolean reportsOk = IntakeLoad.verify(base, dir.resolve("acks.tsv"), adminPassword);
    return problems.isEmpty() && reportsOk;
  }

  static int count(String text, String needle) {
    int n = 0;
    for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
      n++;
    }
    return n;
  }

  static long number(String json, String name) {
    Matcher m = Pattern.compile("\"" + name + "\":(\\d+)").matcher(json);
    return m.find() ? Long.parseLong(m.group(1)) : -1;
  }

  /** A valid unified social credit code (GB 32100 check character) unique per cycle and n. */
  static String creditCode(int cycle, long n) {
    String chars = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    int[] weights = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    String body = "91421181MA" + String.format("%02d%05d", cycle % 100, n % 100000);
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += chars.indexOf(body.charAt(i)) * weights[i];
    }
    int check = 31 - sum % 31;
    return body + chars.charAt(check == 31 ? 0 : check);
  }

  static BufferedWriter append(Path file) throws Exception {
    return Files.newBufferedWriter(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
  }

  static void write(BufferedWriter out, String line) throws Exception {
    synchronized (out) {
      out.write(line + "\n");
      out.flush();
    }
  }

  static List<String> lines(Path file) throws Exception {
    return Files.exists(file) ? Files.readAllLines(file) : List.of();
  }

  static IntakeLoad.Result post(String base, String path, String json, String token) throws Exception {
    return IntakeLoad.send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
        .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  static IntakeLoad.Result get(String base, String path, String token) throws Exception {
    return IntakeLoad.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token)
        .GET());
  }
}
