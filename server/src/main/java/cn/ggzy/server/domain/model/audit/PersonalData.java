package cn.ggzy.server.domain.model.audit;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spots the personal identifiers that must never reach the audit trail's state summaries: a
 * resident ID number (GB 11643: valid birth date and check character) or a mainland mobile number.
 */
final class PersonalData {
  private static final Pattern MOBILE = Pattern.compile("(?<![0-9A-Za-z])1[3-9]\\d{9}(?![0-9A-Za-z])");
  private static final Pattern RESIDENT_ID = Pattern.compile(
      "(?<![0-9A-Za-z])\\d{6}(?:19|20)\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])\\d{3}[\\dXx](?![0-9A-Za-z])");
  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final String CHECK = "10X98765432";

  private PersonalData() {}

  static boolean appearsIn(String text) {
    if (text == null) {
      return false;
    }
    if (MOBILE.matcher(text).find()) {
      return true;
    }
    Matcher id = RESIDENT_ID.matcher(text);
    while (id.find()) {
      if (checked(id.group())) {
        return true;
      }
    }
    return false;
  }

  private static boolean checked(String id) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (id.charAt(i) - '0') * WEIGHTS[i];
    }
    return Character.toUpperCase(id.charAt(17)) == CHECK.charAt(sum % 11);
  }
}
