package cn.ggzy.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import cn.ggzy.server.application.Caller;
import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.account.Role;
import cn.ggzy.tenants.OfficeScope;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.domain.TryCatchBlock;
import com.tngtech.archunit.core.domain.properties.HasOwner;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.ws.rs.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The module rules of ARCHITECTURE.md and docs/architecture.md: faces → server → tenants; the web UI
 * never uses the REST API's classes; nothing outside the application touches its internals; only
 * the persistence packages touch JNoSQL or MongoDB, only infrastructure Firebase; only web-ui
 * imports Vaadin; only mobile-api declares JAX-RS resources; the office scope comes only from the
 * audited guard; time only from the injected clock; no command line in the WAR. Repositories:
 * {@link TenantFirstRepositoriesTest}.
 */
@AnalyzeClasses(packages = "cn.ggzy", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule tenantsDependOnNothingOfOurs = noClasses()
      .that().resideInAPackage("cn.ggzy.tenants..")
      .should().dependOnClassesThat().resideInAnyPackage("cn.ggzy.server..", "cn.ggzy.mobileapi..", "cn.ggzy.webui..");

  @ArchTest
  static final ArchRule serverDoesNotKnowTheFaces = noClasses()
      .that().resideInAPackage("cn.ggzy.server..")
      .should().dependOnClassesThat().resideInAnyPackage("cn.ggzy.mobileapi..", "cn.ggzy.webui..");

  @ArchTest
  static final ArchRule mobileApiDoesNotKnowTheWebUi = noClasses()
      .that().resideInAPackage("cn.ggzy.mobileapi..")
      .should().dependOnClassesThat().resideInAnyPackage("cn.ggzy.webui..", "com.vaadin..");

  /** The web UI calls the application's ports, never the REST API's classes. */
  @ArchTest
  static final ArchRule theWebUiDoesNotUseTheApi = noClasses()
      .that().resideInAPackage("cn.ggzy.webui..")
      .should().dependOnClassesThat().resideInAPackage("cn.ggzy.mobileapi..");

  /**
   * The use cases' implementations are the application's own: the faces and infrastructure depend on
   * the ports in {@code cn.ggzy.server.application} (CDI finds the implementation).
   */
  @ArchTest
  static final ArchRule onlyTheApplicationTouchesItsInternals = noClasses()
      .that().resideOutsideOfPackage("cn.ggzy.server.application..")
      .should().dependOnClassesThat().resideInAPackage("cn.ggzy.server.application.internal..");

  /** The database driver, JNoSQL and the lease store's driver stay in the persistence packages. */
  @ArchTest
  static final ArchRule onlyPersistenceTouchesTheDatabase = noClasses()
      .that().resideOutsideOfPackage("cn.ggzy.server.infrastructure.persistence..")
      .should().dependOnClassesThat().resideInAnyPackage("org.eclipse.jnosql..", "jakarta.nosql..",
          "jakarta.data..", "com.mongodb..", "org.bson..", "de.bwaldvogel..", "net.javacrumbs.shedlock.provider..");

  /**
   * A shared kernel (geography, the verifiable draw) is used by the aggregates and uses none of them
   * (only the root of the domain model, its own package and the JDK), so the next feature (a
   * contractor's site check-in, the draw of evaluation experts) takes it without taking inspections
   * along. The draw's HMAC_DRBG needs the JDK's {@code javax.crypto} as well.
   */
  @ArchTest
  static final ArchRule sharedKernelsUseNoAggregate = CompositeArchRule
      .of(kernelUsesNoAggregate("cn.ggzy.server.domain.model.geography.."))
      .and(kernelUsesNoAggregate("cn.ggzy.server.domain.model.draw..", "javax.crypto.."));

  /**
   * One CSV reader in the WAR, for the imports ({@code CsvText}); the reader of the research data
   * sets ({@code TenderCsv}) is in rigging-lab, outside the WAR.
   */
  @ArchTest
  static final ArchRule oneCsvReader = noClasses()
      .that().doNotHaveFullyQualifiedName("cn.ggzy.server.application.internal.CsvText")
      .should().dependOnClassesThat().resideInAPackage("org.apache.commons.csv..");

  /**
   * The WAR holds only what runs in production: a command line (a static {@code main}) belongs in
   * rigging-lab (the bid-rigging command, benchmark, evaluation and training), outside the WAR.
   */
  @ArchTest
  static final ArchRule noCommandLineInTheWar = noMethods()
      .that().haveName("main").and().areStatic().and().haveRawParameterTypes(String[].class)
      .should().beDeclaredInClassesThat().resideInAPackage("cn.ggzy..")
      .allowEmptyShould(true);

  /**
   * Role rules are decided in the application ({@code Permission}); the faces ask
   * {@code caller.may(permission)} and never test a role themselves.
   */
  @ArchTest
  static final ArchRule theFacesAskPermissionsNotRoles = noClasses()
      .that().resideInAnyPackage("cn.ggzy.webui..", "cn.ggzy.mobileapi..")
      .should().callMethod(Caller.class, "has", Role.class);

  /**
   * A refusal of the application reaches the person one way in the web UI: through
   * {@code DomainErrors} ({@code attempt}/{@code run} show it; {@code orElse} hands it to a view that
   * answers in its own words). No other web-UI code catches a {@code DomainException}.
   */
  @ArchTest
  static final ArchRule refusalsGoThroughDomainErrors = codeUnits()
      .that().areDeclaredInClassesThat().resideInAPackage("cn.ggzy.webui..")
      .and().areDeclaredInClassesThat().doNotHaveFullyQualifiedName("cn.ggzy.webui.i18n.DomainErrors")
      .should(new ArchCondition<JavaCodeUnit>("not catch a DomainException") {
        @Override
        public void check(JavaCodeUnit unit, ConditionEvents events) {
          for (TryCatchBlock block : unit.getTryCatchBlocks()) {
            for (JavaClass caught : block.getCaughtThrowables()) {
              if (caught.isAssignableTo(DomainException.class)) {
                events.add(SimpleConditionEvent.violated(unit, unit.getFullName() + " catches "
                    + caught.getSimpleName() + " in " + block.getSourceCodeLocation()));
              }
            }
          }
        }
      });

  @ArchTest
  static final ArchRule onlyInfrastructureTouchesTheDatabaseAndPush = noClasses()
      .that().resideOutsideOfPackage("cn.ggzy.server.infrastructure..")
      .should().dependOnClassesThat().resideInAnyPackage("org.eclipse.jnosql..", "jakarta.nosql..",
          "jakarta.data..", "com.mongodb..", "org.bson..", "de.bwaldvogel..", "com.google.firebase..");

  @ArchTest
  static final ArchRule onlyTheWebUiImportsVaadin = noClasses()
      .that().resideOutsideOfPackage("cn.ggzy.webui..")
      .should().dependOnClassesThat().resideInAPackage("com.vaadin..");

  @ArchTest
  static final ArchRule onlyTheMobileApiDeclaresResources = noClasses()
      .that().resideOutsideOfPackage("cn.ggzy.mobileapi..")
      .should().beAnnotatedWith(Path.class)
      .orShould().dependOnClassesThat().resideInAPackage("jakarta.ws.rs..");

  @ArchTest
  static final ArchRule theDomainDependsOnNoOuterLayer = noClasses()
      .that().resideInAPackage("cn.ggzy.server.domain..")
      .should().dependOnClassesThat().resideInAnyPackage("cn.ggzy.server.application..",
          "cn.ggzy.server.infrastructure..", "jakarta.enterprise..", "jakarta.inject..",
          "org.eclipse.microprofile..");

  @ArchTest
  static final ArchRule applicationDoesNotDependOnInfrastructure = noClasses()
      .that().resideInAPackage("cn.ggzy.server.application..")
      .should().dependOnClassesThat().resideInAPackage("cn.ggzy.server.infrastructure..");

  @ArchTest
  static final ArchRule officeScopeOnlyFromTheAuditedGuard = noClasses()
      .that().doNotHaveFullyQualifiedName("cn.ggzy.server.application.internal.account.DefaultOfficeScopes")
      .should().callConstructorWhere(JavaConstructorCall.Predicates
          .target(HasOwner.Predicates.With
              .owner(JavaClass.Predicates.assignableTo(OfficeScope.class))));

  /** Every date the platform decides comes from the injected Clock (tests fix it; ClockProducer makes it). */
  @ArchTest
  static final ArchRule timeComesFromTheInjectedClock = noClasses()
      .that().resideInAPackage("cn.ggzy..")
      .and().doNotHaveFullyQualifiedName("cn.ggzy.server.infrastructure.time.ClockProducer")
      .should().callMethodWhere(WallClock.READ);

  private static ArchRule kernelUsesNoAggregate(String kernel, String... moreOfTheJdk) {
    List<String> allowed = new ArrayList<>(List.of("cn.ggzy.server.domain.model", kernel, "java.."));
    allowed.addAll(List.of(moreOfTheJdk));
    return noClasses().that().resideInAPackage(kernel)
        .should().dependOnClassesThat().resideOutsideOfPackages(allowed.toArray(String[]::new));
  }
}
