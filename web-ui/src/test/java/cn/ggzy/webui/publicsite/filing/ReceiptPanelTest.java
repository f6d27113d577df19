package cn.ggzy.webui.publicsite.filing;

import static cn.ggzy.webui.publicsite.filing.FilingTestData.TEXTS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.application.IntakeViews.Kind;
import cn.ggzy.server.application.IntakeViews.Receipt;
import cn.ggzy.webui.cases.InAUi;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The receipt shows number and code with the warning, the PDF and the way to tracking. */
@ExtendWith(InAUi.class)
class ReceiptPanelTest {
  static final Instant RECEIVED = Instant.parse("2026-12-01T06:30:00Z");

  @Test
  void numberCodeAndTheWarningAreShown() {
    ReceiptPanel panel = new ReceiptPanel(TEXTS,
        new Receipt("JB4211812026000123", "K7QX-93MD-2PLA", Kind.REPORT, RECEIVED, false, false),
        Locale.SIMPLIFIED_CHINESE, event -> { });
    assertEquals("JB4211812026000123", panel.number.getText());
    assertEquals("K7QX-93MD-2PLA", panel.code.getText());
    assertEquals("receipt.warning", panel.warning.getText());
    assertTrue(panel.warning.isVisible());
    assertFalse(panel.replayed.isVisible());
    assertFalse(panel.late.isVisible());
    assertEquals("tracking/JB4211812026000123", panel.tracking.getHref());
    assertTrue(panel.pdf.getHref() != null, "the PDF receipt can be downloaded");
  }

  @Test
  void aReplayedSubmissionSaysNothingWasFiledTwiceAndALateOneIsFlagged() {
    ReceiptPanel panel = new ReceiptPanel(TEXTS,
        new Receipt("TS4211812026000007", "CODE", Kind.COMPLAINT, RECEIVED, true, true), Locale.ENGLISH, event -> { });
    assertTrue(panel.replayed.isVisible());
    assertTrue(panel.late.isVisible());
  }
}
