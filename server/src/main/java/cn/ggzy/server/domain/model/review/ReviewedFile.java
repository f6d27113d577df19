package cn.ggzy.server.domain.model.review;

import java.time.Instant;

/**
 * A document file as reviewed: its stored id, name, size and SHA-256, how much text it held, the
 * rule book version it was reviewed with, and who gave it when.
 */
public record ReviewedFile(String fileId, String fileName, long size, String sha256, int pages, int paragraphs,
    int clauses, int ruleBookVersion, String by, Instant at) {
}
