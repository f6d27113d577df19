package cn.ggzy.server.domain.model.intake;

import java.time.Instant;

/**
 * A stored file of a submission: its upload id, role (EVIDENCE, OBJECTION_PROOF, SUPPLEMENT), the
 * name the filer gave, the type recognised from its content, size, SHA-256 (hex) and where the
 * bytes are ({@code storageId}).
 */
public record EvidenceFile(String id, String role, String fileName, String contentType, long size, String sha256,
    Instant uploadedAt, String storageId) {}
