package it.client.journey;

import it.client.ApiClient;
import it.client.ApiException;
import it.client.api.AccountsApi;
import it.client.api.AuthApi;
import it.client.api.CasesApi;
import it.client.api.ComplaintsAndReportsApi;
import it.client.api.DevicesApi;
import it.client.api.DocumentReviewsApi;
import it.client.api.NotificationsApi;
import it.client.model.ActionRequest;
import it.client.model.Challenge;
import it.client.model.CreatedAccount;
import it.client.model.Detail;
import it.client.model.DeviceRequest;
import it.client.model.DeviceView;
import it.client.model.DocumentReviewDetail;
import it.client.model.DocumentReviewFinding;
import it.client.model.InboxView;
import it.client.model.Line;
import it.client.model.LoginRequest;
import it.client.model.NewAccount;
import it.client.model.PasswordChangeRequest;
import it.client.model.ProofRequest;
import it.client.model.Receipt;
import it.client.model.ReplyRequest;
import it.client.model.ReportRequest;
import it.client.model.TokenResponse;
import it.client.model.Tracking;
import it.client.model.Upload;
import it.client.model.UploadStartRequest;
import java.io.File;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The public and an officer journey written against the client generated from the served OpenAPI
 * document (not part of the Maven build: GeneratedClientIT generates the client, compiles this
 * file with it and runs it). A field or an operation missing from the document does not compile.
 */
public final class ClientJourney {
  private final List<String> steps = new ArrayList<>();
  private final String base;

  private ClientJourney(String base) {
    this.base = base;
  }

  /** Runs both journeys; returns the steps done, ending in "CLIENT JOURNEY PASSED". */
  public static List<String> run(String base, String adminPassword) throws Exception {
    ClientJourney j = new ClientJourney(base);
    String token = j.officerAccount(adminPassword);
    String[] receipt = j.publicJourney();
    j.officerJourney(token, receipt[0]);
    j.steps.add("CLIENT JOURNEY PASSED");
    return j.steps;
  }

  private ApiClient client(String token) {
    ApiClient c = new ApiClient();
    c.updateBaseUri(base);
    if (token != null) {
      c.setRequestInterceptor(b -> b.header("Authorization", "Bearer " + token));
    }
    return c;
  }

  private String[] publicJourney() throws Exception {
    ApiClient raw = client(null);
    ComplaintsAndReportsApi api = new ComplaintsAndReportsApi(raw);
    Map<String, String> device = Map.of("X-Device-Id", "generated-client-" + UUID.randomUUID());
    Challenge challenge = api.publicIntakeResourceChallenge(device);
    ProofRequest proof = solve(challenge);
    steps.add("challenge solved (" + challenge.getDifficulty() + " bits)");

    byte[] photo = new byte[40_000];
    photo[0] = (byte) 0xFF;
    photo[1] = (byte) 0xD8;
    photo[2] = (byte) 0xFF;
    photo[3] = (byte) 0xE0;
    for (int i = 4; i < photo.length; i++) {
      photo[i] = (byte) (i * 31);
    }
    String uploadId = UUID.randomUUID().toString();
    Upload started = api.publicIntakeResourceStartUpload(new UploadStartRequest().uploadId(uploadId)
        .fileName("现场照片.jpg").size((long) photo.length), device);
    // The generated operation for this PUT writes a File body as a JSON string (a limitation of the
    // generator's native library for application/octet-stream bodies), so the bytes go through the
    // generated client's own HttpClient and base URI, and its answer is read as the generated Upload.
    HttpResponse<String> put = raw.getHttpClient().send(HttpRequest.newBuilder(
        URI.create(raw.getBaseUri() + "/api/v1/public/uploads/" + started.getUploadId() + "/chunks?offset=0"))
        .header("Content-Type", "application/octet-stream").header("X-Device-Id", device.get("X-Device-Id"))
        .PUT(HttpRequest.BodyPublishers.ofByteArray(photo)).build(),
        HttpResponse.BodyHandlers.ofString());
    check(put.statusCode() == 200, "the chunk is taken: " + put.statusCode() + " " + put.body());
    Upload done = raw.getObjectMapper().readValue(put.body(), Upload.class);
    check(Boolean.TRUE.equals(done.getComplete()), "the upload is complete: " + done);
    steps.add("photo uploaded in a resumable session");

    ReportRequest report = new ReportRequest().region("421181").proof(proof).anonymous(true)
        .industry("TRANSPORT").matter("BID_RIGGING").projectName("G230 麻城段改建工程（生成的客户端）")
        .facts("三家投标人的投标文件由同一台电脑制作。").evidenceUploadIds(List.of(done.getUploadId()));
    Receipt receipt = api.publicIntakeResourceFileReport(UUID.randomUUID().toString(), report, device);
    check(receipt.getReceiptNumber() != null && receipt.getAccessCode() != null, "a receipt: " + receipt);
    steps.add("report filed: " + receipt.getReceiptNumber());

    Tracking tracking = null;
    for (int i = 0; i < 60; i++) {
      tracking = api.publicIntakeResourceTrack(receipt.getReceiptNumber(), receipt.getAccessCode());
      if (tracking.getCaseNumber() != null) {
        break;
      }
      Thread.sleep(500);
    }
    check(tracking.getCaseNumber() != null, "a case was registered: " + tracking);
    check(tracking.getFiles().size() == 1, "the photo is listed: " + tracking.getFiles());
    try {
      api.publicIntakeResourceTrack(receipt.getReceiptNumber(), "AAAA-BBBB-CCCC-DDDD");
      throw new IllegalStateException("a wrong access code was accepted");
    } catch (ApiException e) {
      check(e.getCode() == 404, "a wrong code answers 404, not " + e.getCode());
    }
    Tracking replied = api.publicIntakeResourceReply(receipt.getReceiptNumber(),
        UUID.randomUUID().toString(), receipt.getAccessCode(), new ReplyRequest().text("补充：开标记录见附件。"));
    check(replied.getMessages().stream().anyMatch(m -> "补充：开标记录见附件。".equals(m.getText())),
        "the reply is in the messages: " + replied.getMessages());
    steps.add("tracked with the code (case " + tracking.getCaseNumber() + ") and replied");
    return new String[] {tracking.getCaseNumber()};
  }

  /** An officer of the transport department (where the report goes), before the report is filed. */
  private String officerAccount(String adminPassword) throws Exception {
    TokenResponse admin = new AuthApi(client(null)).authResourceToken(new LoginRequest().login("admin")
        .password(adminPassword));
    String login = "gen-" + UUID.randomUUID().toString().substring(0, 8);
    CreatedAccount created = new AccountsApi(client(admin.getAccessToken())).accountResourceCreate(new NewAccount()
        .tenantId("421181-jtj").login(login).displayName("客户端执法员").roles(List.of("DEPARTMENT_OFFICER")));
    AuthApi auth = new AuthApi(client(null));
    TokenResponse first = auth.authResourceToken(new LoginRequest().login(login)
        .password(created.getInitialPassword()));
    check(Boolean.TRUE.equals(first.getMustChangePassword()), "the initial password must be changed");
    String password = "Gen-" + UUID.randomUUID().toString().substring(0, 12) + "-7q";
    new AuthApi(client(first.getAccessToken())).authResourceChangePassword(new PasswordChangeRequest().login(login)
        .currentPassword(created.getInitialPassword()).newPassword(password));
    String token = auth.authResourceToken(new LoginRequest().login(login).password(password)).getAccessToken();
    steps.add("officer account created, initial password changed, token issued");
    return token;
  }

  private void officerJourney(String token, String caseNumber) throws Exception {
    CasesApi cases = new CasesApi(client(token));
    DevicesApi devices = new DevicesApi(client(token));
    NotificationsApi notifications = new NotificationsApi(client(token));
    Line line = cases.caseResourceInbox(null, "DEPARTMENT", 50, caseNumber, 0, null, null, null).getLines().stream()
        .filter(l -> caseNumber.equals(l.getNumber())).findFirst()
        .orElseThrow(() -> new IllegalStateException("case " + caseNumber + " not in the department's inbox"));
    Detail c = cases.caseResourceFind(line.getId());
    Detail accepted = cases.caseResourceAct(c.getId(), new ActionRequest().action("ACCEPT")
        .version(c.getVersion()));
    check("ACCEPTED".equals(String.valueOf(accepted.getStatus())), "accepted: " + accepted.getStatus());
    steps.add("case " + caseNumber + " found in the inbox and accepted");

    DeviceView device = devices.deviceResourceRegister(new DeviceRequest().channel("FCM")
        .token("generated-client-" + UUID.randomUUID()).language("zh-CN"));
    check(device.getId() != null, "a device id: " + device);
    InboxView inbox = null;
    for (int i = 0; i < 40; i++) {
      inbox = notifications.notificationResourceInbox(50, 0);
      if (inbox.getItems().stream().anyMatch(n -> caseNumber.equals(n.getCaseNumber()))) {
        break;
      }
      Thread.sleep(500);
    }
    check(inbox.getItems().stream().anyMatch(n -> caseNumber.equals(n.getCaseNumber())
        && "CASE_RECEIVED".equals(String.valueOf(n.getKind()))), "the new case reached the officer: " + inbox);
    steps.add("device registered; the new-case notification is in the inbox");

    // a tender document through the generated multipart operation (招标文件审查)
    DocumentReviewsApi reviews = new DocumentReviewsApi(client(token));
    Path dir = Files.createTempDirectory("generated-client-review");
    File document = Files.writeString(dir.resolve("tender-document.txt"), "第一章 招标公告\n"
        + "1. 本项目采用综合评估法。\n2. 投标人须在本市设立分公司。\n", StandardCharsets.UTF_8).toFile();
    DocumentReviewDetail review;
    try {
      review = reviews.reviewDocument("GEN-DR-" + UUID.randomUUID().toString().substring(0, 8), "生成的客户端审查工程",
          "麻城市交通运输局", document, "一标段", null, new BigDecimal("20000000"), null);
    } finally {
      Files.delete(document.toPath());
      Files.delete(dir);
    }
    check("tender-document.txt".equals(review.getFiles().get(0).getFileName()), "the file's name: " + review.getFiles());
    DocumentReviewFinding branch = review.getFindings().stream()
        .filter(f -> "region.local-entity".equals(f.getRuleId())).findFirst()
        .orElseThrow(() -> new IllegalStateException("the local-branch clause is found: " + review.getFindings()));
    DocumentReviewDetail confirmed = reviews.confirmReviewFinding(review.getId(), branch.getNumber());
    check(confirmed.getFindings().stream().anyMatch(f -> "CONFIRMED".equals(f.getState())), "confirmed: " + confirmed);
    steps.add("tender document uploaded and reviewed (" + review.getFindings().size() + " finding(s)), one confirmed");
  }

  private static ProofRequest solve(Challenge c) throws Exception {
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    for (long n = 0; ; n++) {
      byte[] h = sha.digest((c.getChallenge() + ":" + n).getBytes(StandardCharsets.UTF_8));
      int bits = 0;
      for (byte x : h) {
        if (x == 0) {
          bits += 8;
          continue;
        }
        bits += Integer.numberOfLeadingZeros(x & 0xFF) - 24;
        break;
      }
      if (bits >= c.getDifficulty()) {
        return new ProofRequest().challenge(c.getChallenge()).counter(Long.toString(n));
      }
    }
  }

  private static void check(boolean ok, String what) {
    if (!ok) {
      throw new IllegalStateException(what);
    }
  }
}
