package cn.ggzy.server.domain.model.site;

import java.time.LocalDate;

/**
 * Reaches people outside the console by SMS (a gateway adapter in production, a console stub otherwise):
 * a key person's personal check-in link, and an employer's notice of a key person's absence. An
 * implementation never logs the phone number, the name or the link.
 */
public interface SiteMessenger {
  void checkInLink(String phone, String personName, String sectionName, String link);

  void absence(String phone, String sectionName, String personName, String roleName, LocalDate monday, int required,
      int onSiteDays);
}
