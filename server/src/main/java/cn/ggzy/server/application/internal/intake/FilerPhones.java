package cn.ggzy.server.application.internal.intake;

import cn.ggzy.server.domain.model.intake.FilerAccessStore;
import cn.ggzy.server.domain.model.intake.FilerIdentity;
import cn.ggzy.server.domain.model.intake.Identifiers;
import cn.ggzy.server.domain.model.intake.Submission;
import cn.ggzy.server.domain.service.IntakeSecrets;
import java.util.Base64;

/**
 * The keyed digest under which a filer's mobile number is known ("我的投诉"): the number itself is
 * kept only inside the encrypted identity, the digest cannot be reversed without the platform's key.
 */
final class FilerPhones {
  private final IntakeSecrets secrets;
  private final FilerAccessStore store;

  FilerPhones(IntakeSecrets secrets, FilerAccessStore store) {
    this.secrets = secrets;
    this.store = store;
  }

  String key(String normalisedPhone) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(secrets.mac("filer-phone", normalisedPhone));
  }

  /** Records a real-name submission under its filer's number (an anonymous one under none). */
  void filed(Submission s) {
    FilerIdentity who = s.identity();
    if (who == null || who.anonymous() || who.phone() == null) {
      return;
    }
    String phone = Identifiers.normaliseMobile(who.phone());
    if (phone != null) {
      store.addReceipt(key(phone), s.receiptNumber());
    }
  }
}
