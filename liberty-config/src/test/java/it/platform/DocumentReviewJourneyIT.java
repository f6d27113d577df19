package it.platform;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * 招标文件审查 in the browser ({@code review-journey.mjs}): a department officer uploads a tender
 * document on a 360 px phone, reads the findings with the clauses marked, confirms and dismisses them,
 * issues the rectification notice and downloads its PDF, sees the same review on a desktop in both
 * languages, and rectifies it with a corrected document; an office officer's edit of the rule book that
 * breaks a rule's own example is refused with the rule named, the office imports the region's model
 * text and the review is compared with it on the phone. 应进必进、应招必招 ({@code project-journey.mjs}):
 * a department officer imports the register's CSV on a phone, reads the rejected line, opens the
 * project, reads the alerts' evidence, dismisses one with a reason and opens a case from another.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DocumentReviewJourneyIT {
  private static final String ADMIN_PASSWORD = System.getProperty("it.admin.password");

  @Deployment(testable = false)
  static WebArchive application() {
    return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("it.war")));
  }

  @Test
  void anOfficerReviewsATenderDocumentOnAPhoneAndIssuesTheNotice() throws Exception {
    String admin = Http.token("admin", ADMIN_PASSWORD);
    String password = Http.newAccount(admin, "421181-jtj", "jtj.review", "交通审查员", "DEPARTMENT_OFFICER");
    String office = Http.newAccount(admin, "421181-jgb", "jgb.rules", "监管办规则维护员", "OFFICE_OFFICER");
    Path shots = Path.of("target", "screenshots").toAbsolutePath();
    Files.createDirectories(shots);
    String output = BrowserJourneys.run(300, "review-journey.mjs", Http.BASE + "/", shots.toString(),
        "jtj.review:" + password, "jgb.rules:" + office);
    assertTrue(output.contains("REVIEW JOURNEY PASSED"), output);
  }

  @Test
  void anOfficerImportsTheRegisterOnAPhoneAndDealsWithItsAlerts() throws Exception {
    String admin = Http.token("admin", ADMIN_PASSWORD);
    String password = Http.newAccount(admin, "421181-zjj", "zjj.register", "住建登记员", "DEPARTMENT_OFFICER");
    Path shots = Path.of("target", "screenshots").toAbsolutePath();
    Files.createDirectories(shots);
    String output = BrowserJourneys.run(240, "project-journey.mjs", Http.BASE + "/", shots.toString(), "zjj.register:" + password);
    assertTrue(output.contains("PROJECT JOURNEY PASSED"), output);
  }
}
