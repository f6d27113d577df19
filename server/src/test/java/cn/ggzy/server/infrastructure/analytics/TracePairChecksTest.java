package cn.ggzy.server.infrastructure.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.domain.model.rigging.Art40Item;
import cn.ggzy.server.domain.model.rigging.BidFileTrace;
import cn.ggzy.server.domain.model.rigging.PairMatch;
import cn.ggzy.server.domain.model.rigging.TraceField;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TracePairChecksTest {
  private final TracePairChecks checks = new TracePairChecks();

  /** Three bidders with nothing in common. */
  private static BidFileTrace distinct(String bidder, int n) {
    return new BidFileTrace(bidder, "MC-" + n, "00-1A-2B-3C-4D-" + (10 + n), "CPU" + n, "DISK" + n,
        "10.0.0." + n, "CA" + n, "6222 0000 000" + n, "AGENT" + n, "PM" + n);
  }

  /** A copy of the trace with one field set to a value, in that field's own spelling. */
  private static BidFileTrace with(BidFileTrace t, TraceField field, String value) {
    UnaryOperator<String> v = x -> value;
    return switch (field) {
      case MACHINE_CODE -> new BidFileTrace(t.bidder(), v.apply(null), t.macAddress(), t.cpuSerial(), t.diskSerial(), t.uploaderIp(), t.caCertificate(), t.bondAccount(), t.authorisedAgent(), t.projectManager());
      case MAC_ADDRESS -> new BidFileTrace(t.bidder(), t.machineCode(), value, t.cpuSerial(), t.diskSerial(), t.uploaderIp(), t.caCertificate(), t.bondAccount(), t.authorisedAgent(), t.projectManager());
      case CPU_AND_DISK -> new BidFileTrace(t.bidder(), t.machineCode(), t.macAddress(), value, value, t.uploaderIp(), t.caCertificate(), t.bondAccount(), t.authorisedAgent(), t.projectManager());
      case UPLOADER_IP -> new BidFileTrace(t.bidder(), t.machineCode(), t.macAddress(), t.cpuSerial(), t.diskSerial(), value, t.caCertificate(), t.bondAccount(), t.authorisedAgent(), t.projectManager());
      case CA_CERTIFICATE -> new BidFileTrace(t.bidder(), t.machineCode(), t.macAddress(), t.cpuSerial(), t.diskSerial(), t.uploaderIp(), value, t.bondAccount(), t.authorisedAgent(), t.projectManager());
      case BOND_ACCOUNT -> new BidFileTrace(t.bidder(), t.machineCode(), t.macAddress(), t.cpuSerial(), t.diskSerial(), t.uploaderIp(), t.caCertificate(), value, t.authorisedAgent(), t.projectManager());
      case AUTHORISED_AGENT -> new BidFileTrace(t.bidder(), t.machineCode(), t.macAddress(), t.cpuSerial(), t.diskSerial(), t.uploaderIp(), t.caCertificate(), t.bondAccount(), value, t.projectManager());
      case PROJECT_MANAGER -> new BidFileTrace(t.bidder(), t.machineCode(), t.macAddress(), t.cpuSerial(), t.diskSerial(), t.uploaderIp(), t.caCertificate(), t.bondAccount(), t.authorisedAgent(), value);
    };
  }

  @ParameterizedTest
  @EnumSource(TraceField.class)
  void aSharedValueIsReportedWithItsArticleItem(TraceField field) {
    String value = field == TraceField.MAC_ADDRESS ? "AA:BB:CC:DD:EE:01" : "SHARED-1";
    String spelledOtherwise = field == TraceField.MAC_ADDRESS ? "aa-bb-cc-dd-ee-01" : " shared-1 ";
    List<PairMatch> found = checks.matches(List.of(
        with(distinct("A", 1), field, value), distinct("B", 2), with(distinct("C", 3), field, spelledOtherwise)));
    assertEquals(1, found.size(), found.toString());
    PairMatch m = found.get(0);
    assertEquals(List.of("A", "C"), List.of(m.bidderA(), m.bidderB()));
    assertEquals(field, m.field());
    Art40Item expected = switch (field) {
      case MACHINE_CODE, MAC_ADDRESS, CPU_AND_DISK -> Art40Item.SAME_PREPARER;
      case UPLOADER_IP, CA_CERTIFICATE, AUTHORISED_AGENT -> Art40Item.SAME_AGENT;
      case PROJECT_MANAGER -> Art40Item.SAME_PROJECT_MEMBER;
      case BOND_ACCOUNT -> Art40Item.SAME_BOND_ACCOUNT;
    };
    assertEquals(expected, m.item());
  }

  @ParameterizedTest
  @EnumSource(TraceField.class)
  void distinctOrUnknownValuesAreNotReported(TraceField field) {
    assertTrue(checks.matches(List.of(distinct("A", 1), distinct("B", 2), distinct("C", 3))).isEmpty());
    // unknown on both sides is not a match
    assertTrue(checks.matches(List.of(with(distinct("A", 1), field, " "), with(distinct("B", 2), field, null)))
        .isEmpty());
  }

  @ParameterizedTest
  @EnumSource(value = TraceField.class, names = "MAC_ADDRESS")
  void aPlaceholderMacAddressIsUnknown(TraceField field) {
    assertTrue(checks.matches(List.of(with(distinct("A", 1), field, "00-00-00-00-00-00"),
        with(distinct("B", 2), field, "00:00:00:00:00:00"))).isEmpty());
  }

  @ParameterizedTest
  @EnumSource(value = TraceField.class, names = "CPU_AND_DISK")
  void theSameCpuWithAnotherDiskIsNoMatch(TraceField field) {
    BidFileTrace a = new BidFileTrace("A", null, null, "CPU1", "DISK1", null, null, null, null, null);
    BidFileTrace b = new BidFileTrace("B", null, null, "CPU1", "DISK2", null, null, null, null, null);
    assertTrue(checks.matches(List.of(a, b)).isEmpty());
  }

  @ParameterizedTest
  @EnumSource(value = TraceField.class, names = "BOND_ACCOUNT")
  void oneBidderTwiceIsNoPair(TraceField field) {
    assertTrue(checks.matches(List.of(with(distinct("A", 1), field, "1"), with(distinct("A", 2), field, "1"))).isEmpty());
  }
}
