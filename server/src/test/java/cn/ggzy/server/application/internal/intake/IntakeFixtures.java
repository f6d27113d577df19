package cn.ggzy.server.application.internal.intake;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import cn.ggzy.server.TestClock;
import cn.ggzy.server.application.AccountAdministration;
import cn.ggzy.server.application.AccountAdministration.CreatedAccount;
import cn.ggzy.server.application.AuthenticationService;
import cn.ggzy.server.application.AuthenticationService.AuthenticationResult;
import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.IntakeSettings;
import cn.ggzy.server.application.IntakeViews.Challenge;
import cn.ggzy.server.application.IntakeViews.Client;
import cn.ggzy.server.application.IntakeViews.Complainant;
import cn.ggzy.server.application.IntakeViews.ComplaintInput;
import cn.ggzy.server.application.IntakeViews.Matter;
import cn.ggzy.server.application.IntakeViews.ObjectionSubject;
import cn.ggzy.server.application.IntakeViews.PersonKind;
import cn.ggzy.server.application.IntakeViews.ProofOfWork;
import cn.ggzy.server.application.IntakeViews.ReportInput;
import cn.ggzy.server.application.IntakeViews.Reporter;
import cn.ggzy.server.domain.model.account.Role;
import cn.ggzy.server.domain.model.enforcement.Industry;
import cn.ggzy.server.infrastructure.persistence.mongo.TestContainer;
import cn.ggzy.tenants.TenantId;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** Valid inputs to vary one field at a time, clients with their own addresses, solved challenges. */
final class IntakeFixtures {
  static final String NAME = "张三丰";
  static final String ID_NUMBER = "421181199003071239";
  static final String PHONE = "13812345678";
  static final String ADDRESS = "湖北省麻城市龙池桥街道某小区8栋";
  static final String CREDIT_CODE = "91421181MA4A1B2C3G";
  private static final AtomicInteger CLIENTS = new AtomicInteger();
  private static final AtomicInteger OFFICERS = new AtomicInteger();

  private IntakeFixtures() {}

  /** The wired service with a cheap proof of work and generous limits (tests of limits set their own). */
  static DefaultPublicIntake intake() {
    return intake(IntakeSettings.defaults().withPow(4).withRates(1000, 1000, 10000, 10000, 10000));
  }

  static DefaultPublicIntake intake(IntakeSettings settings) {
    return TestContainer.get(DefaultPublicIntake.class).withSettings(settings);
  }

  /** A new account of the tenant with the role, logged in: the officer handling filings in a test. */
  static Caller officer(TenantId tenant, Role role) {
    AuthenticationService auth = TestContainer.get(AuthenticationService.class);
    Caller admin = assertInstanceOf(AuthenticationResult.Success.class,
        auth.authenticate("admin", "Test-Admin-Pass-1")).caller();
    int n = OFFICERS.incrementAndGet();
    CreatedAccount created = TestContainer.get(AccountAdministration.class).create(admin, tenant,
        "intakeofficer" + n, "承办" + n, Set.of(role));
    return assertInstanceOf(AuthenticationResult.Success.class,
        auth.authenticate(created.account().login(), created.initialPassword())).caller();
  }

  static Client client() {
    int n = CLIENTS.incrementAndGet();
    return new Client("10.0." + (n / 250) + "." + (n % 250), "device-" + n);
  }

  static String key() {
    return UUID.randomUUID().toString();
  }

  static ProofOfWork proof(DefaultPublicIntake intake, Client client) {
    Challenge c = intake.challenge(client);
    return new ProofOfWork(c.challenge(), ProofOfWorkChecks.solve(
        c.challenge(), c.difficulty()));
  }

  static LocalDate today() {
    return TestClock.today();
  }

  static Complainant person() {
    return new Complainant(PersonKind.NATURAL, NAME, ID_NUMBER, null, null, PHONE, ADDRESS);
  }

  static Complainant company() {
    return new Complainant(PersonKind.LEGAL, "李四", null, "麻城市某建筑有限公司", CREDIT_CODE, "13912345678",
        "麻城市经济开发区某路1号");
  }

  static ComplaintInput complaint(String key, ProofOfWork proof, Complainant complainant) {
    return new ComplaintInput("421181", key, proof, complainant, "麻城市某建设公司", "MC2026-018",
        "麻城市某道路改造工程", "一标段", Industry.HOUSING_CONSTRUCTION, Matter.BID_RIGGING, ObjectionSubject.NONE, null,
        "多家投标人的投标文件由同一台电脑制作，报价呈规律性差异。", "请依法调查并宣布中标无效。", today().minusDays(3), List.of(),
        List.of(), true);
  }

  static ReportInput anonymousReport(String key, ProofOfWork proof, List<String> uploads) {
    return new ReportInput("421181", key, proof, true, null, "某评标专家", null, "麻城市某水利工程", null,
        Industry.WATER_CONSERVANCY, Matter.UNFAIR_EVALUATION, "评标专家在评标期间与投标人私下联系。", uploads);
  }

  static ReportInput namedReport(String key, ProofOfWork proof, Reporter reporter) {
    return new ReportInput("421181", key, proof, false, reporter, null, null, null, null, null,
        Matter.OFFICIAL_INTERFERENCE, "有干部打招呼要求照顾某投标人。", List.of());
  }

  /** A small but real JPEG head (SOI + APP0) padded with bytes. */
  static byte[] jpeg(int size) {
    byte[] bytes = new byte[size];
    new Random(size).nextBytes(bytes);
    bytes[0] = (byte) 0xFF;
    bytes[1] = (byte) 0xD8;
    bytes[2] = (byte) 0xFF;
    bytes[3] = (byte) 0xE0;
    return bytes;
  }

  static byte[] exe() {
    byte[] bytes = new byte[3000];
    bytes[0] = 'M';
    bytes[1] = 'Z';
    byte[] text = "This program cannot be run in DOS mode".getBytes();
    System.arraycopy(text, 0, bytes, 78, text.length);
    return bytes;
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
