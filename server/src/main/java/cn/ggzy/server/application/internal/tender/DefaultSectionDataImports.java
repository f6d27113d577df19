package cn.ggzy.server.application.internal.tender;

import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.Messages;
import cn.ggzy.server.application.SectionDataImports;
import cn.ggzy.server.application.TenderImports.RejectedRow;
import cn.ggzy.server.application.internal.rigging.RiggingAccess;
import cn.ggzy.server.application.internal.rigging.SectionScreening;
import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.audit.AuditLog;
import cn.ggzy.server.domain.model.tender.DocumentRow;
import cn.ggzy.server.domain.model.tender.EvaluationScore;
import cn.ggzy.server.domain.model.tender.EvaluationScoreRepository;
import cn.ggzy.server.domain.model.tender.ScoreRow;
import cn.ggzy.server.domain.model.tender.ScoreRows;
import cn.ggzy.server.domain.model.tender.SectionKey;
import cn.ggzy.server.domain.model.tender.SectionText;
import cn.ggzy.server.domain.model.tender.SectionTextRepository;
import cn.ggzy.server.domain.model.tender.SectionTexts;
import cn.ggzy.server.domain.model.tender.Stored;
import cn.ggzy.tenants.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

@ApplicationScoped
public class DefaultSectionDataImports implements SectionDataImports {
  static final int MAX_DOCUMENT_ROWS = 500;
  static final int MAX_SCORE_ROWS = 20_000;
  /** All texts of one document import together (characters): larger files are split into several imports. */
  static final long MAX_TOTAL_CHARS = 20_000_000;
  private SectionTextRepository texts;
  private EvaluationScoreRepository scores;
  private SectionScreening screening;
  private AuditLog audit;
  private Clock clock;

  protected DefaultSectionDataImports() {}

  @Inject
  public DefaultSectionDataImports(SectionTextRepository texts, EvaluationScoreRepository scores,
      SectionScreening screening, AuditLog audit, Clock clock) {
    this.texts = texts;
    this.scores = scores;
    this.screening = screening;
    this.audit = audit;
    this.clock = clock;
  }

  @Override
  public DataReport importDocuments(Caller caller, List<DocumentRow> rows) {
    return documents(caller, rows, false);
  }

  @Override
  public DataReport importDocumentsCsv(Caller caller, String csv) {
    RiggingAccess.reviewer(caller, "rigging.import.documents");
    return documents(caller, CsvRows.parse(csv, DocumentRow.COLUMNS, DocumentRow::of), false);
  }

  @Override
  public DataReport importTemplates(Caller caller, List<DocumentRow> rows) {
    return documents(caller, rows, true);
  }

  @Override
  public DataReport importTemplatesCsv(Caller caller, String csv) {
    RiggingAccess.reviewer(caller, "rigging.import.templates");
    return documents(caller, CsvRows.parse(csv, DocumentRow.TEMPLATE_COLUMNS, DocumentRow::template), true);
  }

  @Override
  public DataReport importScores(Caller caller, List<ScoreRow> rows) {
    RiggingAccess.reviewer(caller, "rigging.import.scores");
    check(rows, MAX_SCORE_ROWS, "rigging.import.tooMany");
    Instant at = clock.instant();
    return store(caller, "rigging.IMPORT_SCORES", rows, ScoreRow::line,
        row -> ScoreRows.parse(caller.tenant(), row, at), EvaluationScore::key, EvaluationScore::section,
        "expertId", score -> scores.store(caller.tenant(), score), at);
  }

  @Override
  public DataReport importScoresCsv(Caller caller, String csv) {
    RiggingAccess.reviewer(caller, "rigging.import.scores");
    return importScores(caller, CsvRows.parse(csv, ScoreRow.COLUMNS, ScoreRow::of));
  }

  private DataReport documents(Caller caller, List<DocumentRow> rows, boolean template) {
    RiggingAccess.reviewer(caller, template ? "rigging.import.templates" : "rigging.import.documents");
    check(rows, MAX_DOCUMENT_ROWS, "rigging.import.tooManyDocuments");
    if (rows.stream().filter(Objects::nonNull).mapToLong(r -> r.text() == null ? 0 : r.text().length()).sum()
        > MAX_TOTAL_CHARS) {
      throw new DomainException("rigging.import.tooLarge", "text");
    }
    Instant at = clock.instant();
    return store(caller, template ? "rigging.IMPORT_TEMPLATES" : "rigging.IMPORT_DOCUMENTS", rows,
        DocumentRow::line, row -> SectionTexts.parse(caller.tenant(), row, template, at), SectionText::key,
        SectionText::section, template ? "sectionCode" : "bidderCode", text -> texts.store(caller.tenant(), text), at);
  }

  private static void check(List<?> rows, int max, String tooMany) {
    if (rows == null || rows.isEmpty()) {
      throw new DomainException("rigging.import.empty", null);
    }
    if (rows.size() > max) {
      throw new DomainException(tooMany, null);
    }
  }

  /** Checks every row, refuses repeated keys, stores the rest, screens the sections concerned. */
  private <R, T> DataReport store(Caller caller, String action, List<R> rows, Function<R, Integer> lineOf,
      Function<R, T> parse, Function<T, String> key, Function<T, SectionKey> sectionOf, String keyField,
      Function<T, Stored> save, Instant at) {
    List<RejectedRow> rejected = new ArrayList<>();
    Map<String, T> accepted = new LinkedHashMap<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < rows.size(); i++) {
      R row = rows.get(i);
      int line = row == null || lineOf.apply(row) <= 0 ? i + 1 : lineOf.apply(row);
      if (row == null) {
        rejected.add(rejection(line, "rigging.import.emptyRow", null));
        continue;
      }
      try {
        T value = parse.apply(row);
        if (!seen.add(key.apply(value))) {
          rejected.add(rejection(line, "rigging.import.duplicateRow", keyField));
          continue;
        }
        accepted.put(key.apply(value), value);
      } catch (DomainException e) {
        rejected.add(rejection(line, e.code(), e.field()));
      }
    }
    Map<Stored, Integer> counts = new EnumMap<>(Stored.class);
    Set<SectionKey> sections = new LinkedHashSet<>();
    for (T value : accepted.values()) {
      counts.merge(save.apply(value), 1, Integer::sum);
      sections.add(sectionOf.apply(value));
    }
    TenantId tenant = caller.tenant();
    List<String> warnings = new ArrayList<>();
    warnings.addAll(screening.screenAll(tenant, sections, caller.login().value(), at));
    int imported = accepted.size();
    int replaced = counts.getOrDefault(Stored.REPLACED, 0);
    int unchanged = counts.getOrDefault(Stored.UNCHANGED, 0);
    audit.record(tenant, at, caller.login().value(), action, null, null, null, "received=" + rows.size()
        + ";imported=" + imported + ";replaced=" + replaced + ";unchanged=" + unchanged + ";rejected="
        + rejected.size() + ";sections=" + sections.size());
    return new DataReport(rows.size(), imported, replaced, unchanged, rejected,
        sections.stream().map(Objects::toString).toList(), warnings.stream().distinct().toList());
  }

  private static RejectedRow rejection(int line, String code, String field) {
    return new RejectedRow(line, code, Messages.chinese(code), Messages.english(code), field);
  }
}
