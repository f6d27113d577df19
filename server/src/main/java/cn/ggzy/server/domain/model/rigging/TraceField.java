package cn.ggzy.server.domain.model.rigging;

import java.util.Locale;
import java.util.function.Function;

/** A part of a bid file's trace that two bidders must never share, with the art. 40 item it proves. */
public enum TraceField {
  MACHINE_CODE(Art40Item.SAME_PREPARER, t -> plain(t.machineCode())),
  MAC_ADDRESS(Art40Item.SAME_PREPARER, t -> mac(t.macAddress())),
  CPU_AND_DISK(Art40Item.SAME_PREPARER, t -> both(plain(t.cpuSerial()), plain(t.diskSerial()))),
  UPLOADER_IP(Art40Item.SAME_AGENT, t -> plain(t.uploaderIp())),
  CA_CERTIFICATE(Art40Item.SAME_AGENT, t -> plain(t.caCertificate())),
  AUTHORISED_AGENT(Art40Item.SAME_AGENT, t -> plain(t.authorisedAgent())),
  PROJECT_MANAGER(Art40Item.SAME_PROJECT_MEMBER, t -> plain(t.projectManager())),
  BOND_ACCOUNT(Art40Item.SAME_BOND_ACCOUNT, t -> digits(t.bondAccount()));

  private final Art40Item item;
  private final Function<BidFileTrace, String> key;

  TraceField(Art40Item item, Function<BidFileTrace, String> key) {
    this.item = item;
    this.key = key;
  }

  public Art40Item item() {
    return item;
  }

  /** The comparable value of this field in a trace, or {@code null} when it is unknown. */
  public String valueOf(BidFileTrace trace) {
    return key.apply(trace);
  }

  private static String plain(String value) {
    if (value == null) {
      return null;
    }
    String v = value.strip().toUpperCase(Locale.ROOT);
    return v.isEmpty() ? null : v;
  }

  /** MAC addresses compare without separators; the all-zero and broadcast addresses mean unknown. */
  private static String mac(String value) {
    String v = plain(value);
    if (v == null) {
      return null;
    }
    String hex = v.replaceAll("[^0-9A-F]", "");
    return hex.isEmpty() || hex.matches("0+") || hex.matches("F+") ? null : hex;
  }

  /** Bank accounts compare on their digits only (spaces and dashes are formatting). */
  private static String digits(String value) {
    String v = plain(value);
    if (v == null) {
      return null;
    }
    String d = v.replaceAll("[\\s-]", "");
    return d.isEmpty() ? null : d;
  }

  private static String both(String a, String b) {
    return a == null || b == null ? null : a + "/" + b;
  }
}
