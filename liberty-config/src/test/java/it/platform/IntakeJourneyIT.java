package it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The public channel (投诉举报) on the real WAR, in a browser at 360×740: an anonymous 举报 with a
 * photo → receipt → on the officer's case sheet the photo downloads, the officer writes to the filer
 * and reveals a real-name complainant with a reason ({@code case-submission.mjs}) → follow-up with the
 * access code → a supplement photo (补正), which the officer then finds with the photo's SHA-256.
 * Runs before {@link PlatformIT} ({@link PlatformLast}), whose browser journey changes the admin's
 * initial password.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IntakeJourneyIT {
  private static final String ADMIN_PASSWORD = System.getProperty("it.admin.password");
  private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private static final String MESSAGE = "请补充保证金转账记录的截图。";

  @Deployment(testable = false)
  static WebArchive application() {
    return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("it.war")));
  }

  @Test
  void anAnonymousReportIsFiledFollowedUpAndSupplementedOnAPhone() throws Exception {
    String admin = Http.token("admin", ADMIN_PASSWORD);
    String initial = Http.newAccount(admin, "421181-slj", "slj.journey", "水利局陈工", "DEPARTMENT_OFFICER");
    Path photo = photo();

    String filed = node("file", Http.BASE + "/", shots(), photo.toString());
    String receipt = printed(filed, "RECEIPT");
    String code = printed(filed, "ACCESS_CODE");

    String officer = Http.token("slj.journey", initial);
    String caseId = caseOf(officer, receipt, code);
    IntakeIT.Answer complaint = namedComplaint();
    String complaintReceipt = complaint.json().getString("receiptNumber");
    String complaintCase = caseOf(officer, complaintReceipt, complaint.json().getString("accessCode"));

    // the officer downloads the photo, writes to the filer and reveals a complainant on the case sheet
    String console = BrowserJourneys.run(180, "case-submission.mjs", Http.BASE + "/", shots(),
        "slj.journey:" + Http.password("slj.journey", initial), caseId, photo.getFileName().toString(), MESSAGE,
        complaintCase, "张三");
    assertTrue(console.contains("CASE SUBMISSION PASSED"), console);

    // the reporter asks to be notified on the tracking page; accepting the report then pushes to the browser
    try (LoopbackPushService browserPush = new LoopbackPushService()) {
      node("follow", Http.BASE + "/", shots(), photo.toString(), receipt, code, MESSAGE, browserPush.endpoint,
          browserPush.p256dh, browserPush.auth);
      HttpResponse<String> report = Http.get("/api/v1/cases/" + caseId, officer);
      HttpResponse<String> acceptedReport = Http.post("/api/v1/cases/" + caseId + "/actions",
          "{\"action\":\"ACCEPT\",\"version\":" + Http.json(report).getJsonNumber("version").longValue() + "}",
          officer);
      assertEquals(200, acceptedReport.statusCode(), acceptedReport.body());
      List<LoopbackPushService.Push> pushes = browserPush.awaitPushes(30);
      assertEquals(1, pushes.size(), "one Web Push of the acceptance: " + pushes);
      assertEquals("aes128gcm", pushes.get(0).encoding());
      assertTrue(pushes.get(0).authorization().startsWith("vapid t="), pushes.get(0).authorization());
    }

    // 我的投诉: the complainant finds the complaint with the code the (stand-in) SMS gateway received
    String my = BrowserJourneys.run(150, "my-submissions.mjs", Http.BASE + "/", shots(), IntakeIT.PHONE,
        System.getProperty("it.sms.dir"), complaintReceipt);
    assertTrue(my.contains("MY SUBMISSIONS PASSED"), my);

    // accepting the complaint tells the complainant by SMS, once, with the receipt and the tracking page
    HttpResponse<String> sheet = Http.get("/api/v1/cases/" + complaintCase, officer);
    assertEquals(200, sheet.statusCode(), sheet.body());
    HttpResponse<String> accepted = Http.post("/api/v1/cases/" + complaintCase + "/actions",
        "{\"action\":\"ACCEPT\",\"version\":" + Http.json(sheet).getJsonNumber("version").longValue() + "}",
        officer);
    assertEquals(200, accepted.statusCode(), accepted.body());
    List<String> told = smsTo(IntakeIT.PHONE, complaintReceipt + "）已受理", 30);
    assertEquals(1, told.size(), "one SMS of the acceptance: " + told);
    assertTrue(told.get(0).contains(Http.BASE + "/tracking/" + complaintReceipt), told.get(0));

    HttpResponse<String> submission = Http.get("/api/v1/cases/" + caseId + "/submission", officer);
    assertEquals(200, submission.statusCode(), submission.body());
    String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(photo)));
    List<String> supplements = new ArrayList<>();
    for (JsonValue f : Http.json(submission).getJsonArray("files")) {
      JsonObject file = f.asJsonObject();
      if ("SUPPLEMENT".equals(file.getString("role"))) {
        supplements.add(file.getString("sha256"));
      }
    }
    assertEquals(List.of(sha256), supplements, "the supplement arrived intact: " + submission.body());
    assertTrue(submission.body().contains("补充：保证金转账记录见附图。"), "the reply reached the officer");
  }

  /**
   * The texts the stand-in SMS gateway spooled to {@code phone} that contain {@code containing},
   * once the first has come (waiting up to {@code seconds}) and a few more dispatch rounds passed,
   * so that a second copy would be among them.
   */
  private static List<String> smsTo(String phone, String containing, int seconds) throws Exception {
    Path spool = Path.of(System.getProperty("it.sms.dir"));
    for (long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds); System.nanoTime() < until; ) {
      if (!spooled(spool, phone, containing).isEmpty()) {
        Thread.sleep(3000);
        return spooled(spool, phone, containing);
      }
      Thread.sleep(500);
    }
    return List.of();
  }

  private static List<String> spooled(Path spool, String phone, String containing) throws IOException {
    List<String> found = new ArrayList<>();
    if (!Files.isDirectory(spool)) {
      return found;
    }
    try (var files = Files.list(spool)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".sms")).sorted().toList()) {
        List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
        if (lines.size() >= 2 && lines.get(0).equals(phone) && lines.get(1).contains(containing)) {
          found.add(lines.get(1));
        }
      }
    }
    return found;
  }

  /** A real-name complaint of 张三 in the water industry (a case of 水利局), filed over the API. */
  private static IntakeIT.Answer namedComplaint() throws Exception {
    IntakeIT.Answer filed = IntakeIT.call("POST", "/api/v1/public/complaints",
        IntakeIT.complaint(IntakeIT.proof("it-journey-complaint"), "industry", "WATER_CONSERVANCY").toString(),
        "Idempotency-Key", UUID.randomUUID().toString(), "X-Device-Id", "it-journey-complaint");
    assertEquals(201, filed.status(), filed.body());
    return filed;
  }

  /**
   * The case of a receipt: its number from the public tracking (the case is registered shortly
   * after the receipt, by the registration job), then the department's inbox.
   */
  private static String caseOf(String officer, String receipt, String code) throws Exception {
    String number = null;
    for (long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60); number == null && System.nanoTime() < until; ) {
      HttpResponse<String> tracking = CLIENT.send(HttpRequest.newBuilder(
              URI.create(Http.BASE + "/api/v1/public/tracking/" + receipt)).timeout(Duration.ofSeconds(30))
          .header("X-Access-Code", code).GET().build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(200, tracking.statusCode(), tracking.body());
      JsonObject body = Http.json(tracking);
      if (body.containsKey("caseNumber") && !body.isNull("caseNumber")) {
        number = body.getString("caseNumber");
      } else {
        Thread.sleep(1000);
      }
    }
    assertTrue(number != null, "the report became a case within a minute");
    HttpResponse<String> inbox = Http.get("/api/v1/cases?inbox=DEPARTMENT&number="
        + URLEncoder.encode(number, StandardCharsets.UTF_8), officer);
    assertEquals(200, inbox.statusCode(), inbox.body());
    var lines = Http.json(inbox).getJsonArray("lines");
    assertEquals(1, lines.size(), "the report became a case of 水利局: " + inbox.body());
    return lines.getJsonObject(0).getString("id");
  }

  /** A real JPEG (the type is read from the content), under a Chinese name as a phone would give. */
  private static Path photo() throws IOException {
    BufferedImage image = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(new Color(0x1565c0));
    g.fillRect(0, 0, 320, 240);
    g.setColor(Color.WHITE);
    g.fillOval(100, 60, 120, 120);
    g.dispose();
    Path dir = Files.createDirectories(Path.of("target", "it-photos"));
    Path photo = dir.resolve("现场照片.jpg");
    ImageIO.write(image, "jpg", photo.toFile());
    return photo.toAbsolutePath();
  }

  private static String printed(String output, String name) {
    Matcher m = Pattern.compile("^" + name + "=(.+)$", Pattern.MULTILINE).matcher(output);
    assertTrue(m.find(), name + " not printed:\n" + output);
    return m.group(1).trim();
  }

  private static String shots() throws IOException {
    return Files.createDirectories(Path.of("target", "screenshots")).toAbsolutePath().toString();
  }

  /** Runs a part of the public journey with node; its output, or a failure with the output. */
  private static String node(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("public-journey.mjs"));
    command.addAll(List.of(args));
    String output = BrowserJourneys.run(240, command.toArray(String[]::new));
    assertTrue(output.contains("PUBLIC JOURNEY PASSED"), output);
    return output;
  }
}
