package cn.ggzy.server.domain.model.draw;

import java.util.ArrayList;
import java.util.List;

/** What is published about a draw, as anyone holds it: the document, the commitment, the seed and its hash, the witness value, the result. */
public record PublishedDraw(String document, String commitment, String seed, String seedHash, String witnessValue,
    String result) {
  /**
   * The two checks every draw shares, named {@code commitment} and {@code seed}: the document hashes
   * to the commitment published before the draw; the revealed seed hashes to the seed hash published
   * before the draw. Findings are {@code <prefix>documentHash} and {@code <prefix>seedHash} with the
   * hash found.
   */
  public List<DrawCheck> commitmentAndSeed(String prefix) {
    List<DrawCheck> checks = new ArrayList<>();
    String documentHash = document == null ? "" : Hashes.sha256(document);
    checks.add(DrawCheck.of("commitment", documentHash.equalsIgnoreCase(strip(commitment)), prefix + "documentHash",
        documentHash));
    byte[] bytes = seedBytes();
    String found = bytes == null ? "" : Hashes.sha256(bytes);
    checks.add(DrawCheck.of("seed", bytes != null && found.equalsIgnoreCase(strip(seedHash)), prefix + "seedHash",
        found));
    return checks;
  }

  /** The seed's bytes, or null when it is not hex. */
  public byte[] seedBytes() {
    return Hashes.fromHex(strip(seed));
  }

  private static String strip(String s) {
    return s == null ? "" : s.strip();
  }
}
