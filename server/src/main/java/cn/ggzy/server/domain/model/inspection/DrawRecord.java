package cn.ggzy.server.domain.model.inspection;

import java.time.Instant;

/** The draw as it happened: the witness (监督人) and the value the witness entered, when, and the result. */
public record DrawRecord(String witnessName, String witnessValue, Instant drawnAt, String drawnBy, DrawResult result) {}
