/**
 * The verifiable random draw, a shared kernel: anyone can recompute a published draw from the
 * published document, the seed revealed after it and the witness's value. It holds the parts
 * that do not depend on what is drawn: canonical JSON (RFC 8785) of the document, SHA-256
 * commitments and hex ({@link cn.ggzy.server.domain.model.draw.Hashes}), HMAC_DRBG (NIST SP 800-90A)
 * and the stream of uniform and weighted picks over it, quotas (a count or a proportion), recusal
 * of candidates from items ({@link cn.ggzy.server.domain.model.draw.Screening}) and the draw of
 * panels of candidates ({@link cn.ggzy.server.domain.model.draw.PanelDraw}). Used by the random
 * inspections (双随机一公开: objects and their inspector teams, {@code domain.model.inspection});
 * ready for the draw of evaluation experts. It depends on no aggregate.
 */
package cn.ggzy.server.domain.model.draw;
