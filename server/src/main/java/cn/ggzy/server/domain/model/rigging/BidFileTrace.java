package cn.ggzy.server.domain.model.rigging;

/**
 * What the e-tendering system recorded about how one bidder's bid file was made, uploaded and
 * secured; any part may be unknown ({@code null} or blank).
 */
public record BidFileTrace(
    String bidder,
    String machineCode,
    String macAddress,
    String cpuSerial,
    String diskSerial,
    String uploaderIp,
    String caCertificate,
    String bondAccount,
    String authorisedAgent,
    String projectManager) {

  public BidFileTrace {
    if (bidder == null || bidder.isBlank()) {
      throw new IllegalArgumentException("bidder required");
    }
  }
}
