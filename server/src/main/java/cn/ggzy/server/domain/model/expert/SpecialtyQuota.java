package cn.ggzy.server.domain.model.expert;

/** How many experts of one specialty (a drawable code of {@link Specialties}) a draw asks for. */
public record SpecialtyQuota(String specialty, int count) {}
