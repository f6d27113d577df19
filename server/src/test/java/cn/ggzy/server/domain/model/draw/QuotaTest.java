package cn.ggzy.server.domain.model.draw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.ggzy.server.application.Messages;
import cn.ggzy.server.domain.model.DomainException;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class QuotaTest {
  @Test
  void aCountIsCappedAtWhatIsAvailable() {
    assertEquals(7, Quota.count(50).of(7));
    assertEquals(3, Quota.count(3).of(7));
    assertEquals(0, Quota.count(3).of(0));
  }

  @Test
  void aProportionIsRoundedUp() {
    assertEquals(1, Quota.proportion(3).of(20), "3 % of 20 is 0.6, rounded up");
    assertEquals(3, Quota.proportion(10).of(21));
    assertEquals(20, Quota.proportion(100).of(20));
    assertEquals(0, Quota.proportion(50).of(0));
  }

  @Test
  void anInvalidQuotaIsRefusedWithItsCodeInBothLanguages() {
    for (Runnable invalid : new Runnable[] {() -> Quota.count(0), () -> Quota.proportion(101),
        () -> new Quota(null, 5)}) {
      DomainException e = assertThrows(DomainException.class, invalid::run);
      assertEquals("draw.quota.invalid", e.code());
      assertEquals("quota", e.field());
    }
    assertNotEquals("draw.quota.invalid", Messages.text("draw.quota.invalid", Messages.CHINESE));
    assertNotEquals("draw.quota.invalid", Messages.text("draw.quota.invalid", Locale.ENGLISH));
  }
}
