package cn.ggzy.server.domain.model.expert;

import java.time.Instant;

/**
 * One round of an expert draw: the committed document, its SHA-256 and the seed's SHA-256
 * (published at once), the secret seed (hex; revealed once the evaluation has started), the
 * witness and value, and the result (sealed until the evaluation starts). Round 1 is the draw;
 * {@code candidates} is the number of eligible experts in the document (lists read the round
 * without its document). Later rounds replace experts who declined or did not answer, committed and drawn by the platform
 * with the moment of the replacement as the witness value.
 */
public record DrawRound(int number, String reason, String document, int candidates, String commitment,
    String seedHash, String seed, Instant committedAt, String witnessName, String witnessValue, Instant drawnAt, String drawnBy,
    String result) {
  public static final String INITIAL = "INITIAL";
  public static final String REPLACEMENT = "REPLACEMENT";

  public boolean drawn() {
    return result != null;
  }

  DrawRound withDraw(String witness, String value, Instant at, String by, String resultJson) {
    return new DrawRound(number, reason, document, candidates, commitment, seedHash, seed, committedAt, witness, value, at, by,
        resultJson);
  }
}
