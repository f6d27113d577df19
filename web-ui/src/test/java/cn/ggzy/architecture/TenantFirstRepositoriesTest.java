package cn.ggzy.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every repository starts from a tenant (ARCHITECTURE.md, "tenant-first repositories"): each method
 * of a domain port that the persistence layer implements takes a tenant, a region or an office
 * scope, or an object that carries one (the aggregate being stored, a query with its scope). The
 * few that cannot are listed here, each with the reason it is safe; a new one fails this test until
 * it is listed, and a listed one that is gone fails it too.
 */
class TenantFirstRepositoriesTest {
  private static final Set<String> TENANT_KEYS = Set.of("cn.ggzy.tenants.TenantId", "cn.ggzy.tenants.RegionCode",
      "cn.ggzy.tenants.OfficeScope", "cn.ggzy.server.application.Caller");

  /** The tenant-blind methods, by {@code Port.method(parameter types)}, each with why it is safe. */
  static final Map<String, String> TENANT_BLIND = Map.ofEntries(
      Map.entry("SiteRepository.byTokenHash(String)",
          "a site worker opens the personal check-in link before any tenant is known: the link's random token (as a"
              + " digest) finds one person, whose department every later read starts from"),
      Map.entry("AccountRepository.findForAuthentication(Login)",
          "log-in comes before any tenant is known; the account found carries its tenant, and every later read starts from it"),
      Map.entry("AccountRepository.loginTaken(Login)",
          "log-in names are unique across the platform, so a new account must be checked against every tenant's"),
      Map.entry("AccountRepository.countAll()",
          "first start: whether any account exists at all; answers a number, no account"),
      Map.entry("SubmissionRepository.find(String)",
          "the public tracks a filing by its receipt number before any tenant is known; the access code is checked on what it finds, and officers' reads start from the case"),
      Map.entry("SubmissionRepository.waitingForCase(Instant, int)",
          "the case-registration job registers every tenant's waiting filings in one round, under a cluster lease; each case is registered in the filing's own tenant"),
      Map.entry("SubmissionRepository.waitingCount()",
          "a platform gauge (intake.cases.waiting): a number, no filing"),
      Map.entry("SubmissionRepository.caseRegistered(String)",
          "marks the filing whose case the registration job has just created, by its receipt number"),
      Map.entry("SubmissionRepository.allReceipts()",
          "the one-off backfill of 我的投诉's number index reads every filing once, under no request; each is then filed under its own filer's number"),
      Map.entry("FilerAccessStore.addReceipt(String, String)",
          "a filer's number (as a keyed digest) spans regions: a citizen may file in several cities; only the filer who proves the number by SMS reads it"),
      Map.entry("FilerAccessStore.receipts(String)", "as addReceipt: read only for a session opened with the number's SMS code"),
      Map.entry("FilerAccessStore.code(String)", "the one-time code of a number (digest), before any tenant is known"),
      Map.entry("FilerAccessStore.saveCode(Code)", "as code"),
      Map.entry("FilerAccessStore.saveSession(String, String, Instant)",
          "a filer's session, by a digest of its random token, names only the number's digest"),
      Map.entry("FilerAccessStore.session(String, Instant)", "as saveSession"),
      Map.entry("FilerAccessStore.firstMessage(String, Instant)",
          "notes a progress SMS by the id of the case notification that caused it (derived from the case), nothing else"),
      Map.entry("FilerAccessStore.addPush(String, PushSubscription)",
          "the filer subscribes with the receipt number and its access code, before any tenant is known (as tracking)"),
      Map.entry("FilerAccessStore.pushes(String)", "read for the case's own submission when its filer is told of a step"),
      Map.entry("FilerAccessStore.removePush(String, String)", "as pushes: the push service said the subscription is gone"),
      Map.entry("FilerAccessStore.backfilled()", "a platform flag: whether the number index was backfilled"),
      Map.entry("FilerAccessStore.markBackfilled()", "as backfilled"),
      Map.entry("DispatchLedger.record(Counted, long, Set)",
          "written by the repositories' decorators right after the thing was stored; each fact names the thing's own department"),
      Map.entry("UploadRepository.insert(Upload)",
          "an upload is started by the public before it belongs to any filing or tenant; it is addressed by a random id only the filer's device holds"),
      Map.entry("UploadRepository.find(String)", "as insert: by the upload's random id, before any tenant"),
      Map.entry("UploadRepository.part(String, long)", "as insert: by the upload's random id, before any tenant"),
      Map.entry("UploadRepository.storePart(String, long, byte[], int)", "as insert: by the upload's random id, before any tenant"),
      Map.entry("UploadRepository.advance(String, long, long)", "as insert: by the upload's random id, before any tenant"),
      Map.entry("UploadRepository.complete(String, String, String, long, String, List)",
          "as insert: by the upload's random id, before any tenant"),
      Map.entry("UploadRepository.attach(String, String)",
          "the filing that names the upload claims it; from then on it is read through the filing's case"),
      Map.entry("UploadRepository.detach(String, String)", "undoes attach for a filing that was not stored"),
      Map.entry("EvidenceStore.store(String, String, InputStream, long)",
          "evidence files are stored under a random id while the filing is made; officers reach them only through the case, which carries the tenant"),
      Map.entry("EvidenceStore.open(String)", "as store: the id comes from a case the caller was allowed to read"),
      Map.entry("AbuseCounters.claimChallenge(String, String, Instant)",
          "proof-of-work challenges guard the public channel as a whole, before any tenant is chosen"),
      Map.entry("AbuseCounters.count(String, Instant, Instant)",
          "rate limits count a client or device across the platform: abuse of one department's form is abuse of all"),
      Map.entry("AbuseCounters.shared()", "a property of the store, reads no data"),
      Map.entry("ExpertDrawRepository.nextId()", "makes a random id, reads no data"),
      Map.entry("ExpertDrawRepository.byPublicId(String)",
          "the public page of a draw's commitments and, after the evaluation started, its recomputation; the id is random"),
      Map.entry("ExpertDrawRepository.byInvitation(String)",
          "an invited expert (no account) answers through the reply link; the SHA-256 of its random token finds the draw"),
      Map.entry("ExpertDrawRepository.awaitingReplacement(Instant, int)",
          "the replacement job replaces every department's unanswered invitations in one round, under a cluster lease; each draw is stored in its own tenant"),
      Map.entry("ExpertAccess.open(String, Instant)",
          "an expert (no account) opens the own page with the link sent to the phone on file; the SHA-256 of its random token finds the grant, which names the region"),
      Map.entry("DisqualificationRepository.nextId()", "makes a random id, reads no data"),
      Map.entry("RegionRepository.all()",
          "the platform's catalogue of regions, read at start-up and by the platform administrator"));

  private static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("cn.ggzy");

  private static final DescribedPredicate<JavaClass> IMPLEMENTED_IN_PERSISTENCE =
      DescribedPredicate.describe("ports implemented in infrastructure.persistence", c -> c.isInterface()
          && c.getPackageName().startsWith("cn.ggzy.server.domain.model")
          && c.getAllSubclasses().stream().anyMatch(s -> s.getPackageName()
              .startsWith("cn.ggzy.server.infrastructure.persistence")));

  static final ArchRule REPOSITORIES_START_FROM_A_TENANT = methods()
      .that().areDeclaredInClassesThat(IMPLEMENTED_IN_PERSISTENCE)
      .should(new ArchCondition<JavaMethod>("take a tenant, region or office scope, or be listed with a reason") {
        @Override
        public void check(JavaMethod method, ConditionEvents events) {
          if (method.getModifiers().contains(JavaModifier.SYNTHETIC)
              || method.getModifiers().contains(JavaModifier.STATIC)) {
            return;
          }
          if (method.getName().equals("nextId") && method.getRawParameterTypes().isEmpty()) {
            return; // a fresh random id: reads nothing
          }
          boolean scoped = method.getRawParameterTypes().stream().anyMatch(TenantFirstRepositoriesTest::carriesATenant);
          String key = key(method);
          if (!scoped && !TENANT_BLIND.containsKey(key)) {
            events.add(SimpleConditionEvent.violated(method, key + " reads or writes without a tenant, region or "
                + "office scope: add one, or list it in TENANT_BLIND with the reason it is safe"));
          }
        }
      });

  @Test
  void repositoriesStartFromATenant() {
    REPOSITORIES_START_FROM_A_TENANT.check(CLASSES);
  }

  @Test
  void everyListedExceptionStillExists() {
    Set<String> ports = new TreeSet<>();
    CLASSES.stream().filter(IMPLEMENTED_IN_PERSISTENCE).forEach(port -> port.getMethods().stream()
        .map(TenantFirstRepositoriesTest::key).forEach(ports::add));
    Set<String> stale = TENANT_BLIND.keySet().stream().filter(k -> !ports.contains(k))
        .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(Set.of(), stale, "listed as tenant-blind but no longer a port method");
    Set<String> scopedAfterAll = new TreeSet<>();
    CLASSES.stream().filter(IMPLEMENTED_IN_PERSISTENCE).forEach(port -> port.getMethods().stream()
        .filter(m -> TENANT_BLIND.containsKey(key(m)))
        .filter(m -> m.getRawParameterTypes().stream().anyMatch(TenantFirstRepositoriesTest::carriesATenant))
        .forEach(m -> scopedAfterAll.add(key(m))));
    assertEquals(Set.of(), scopedAfterAll, "listed as tenant-blind but takes a tenant now: take it off the list");
  }

  static String key(JavaMethod method) {
    return method.getOwner().getSimpleName() + "." + method.getName() + "("
        + method.getRawParameterTypes().stream().map(JavaClass::getSimpleName).collect(Collectors.joining(", "))
        + ")";
  }

  static boolean carriesATenant(JavaClass type) {
    return carriesATenant(type, 2);
  }

  /**
   * A tenant key itself, something {@code TenantOwned}, or one of our types with a field that carries
   * one (an aggregate, a scoped query), looking {@code depth} fields deep.
   */
  static boolean carriesATenant(JavaClass type, int depth) {
    if (TENANT_KEYS.contains(type.getName()) || type.isAssignableTo("cn.ggzy.tenants.TenantOwned")) {
      return true;
    }
    if (depth == 0 || !type.getPackageName().startsWith("cn.ggzy")) {
      return false;
    }
    for (JavaField field : type.getAllFields()) {
      if (!field.getModifiers().contains(JavaModifier.STATIC)
          && carriesATenant(field.getRawType(), depth - 1)) {
        return true;
      }
    }
    return false;
  }
}
