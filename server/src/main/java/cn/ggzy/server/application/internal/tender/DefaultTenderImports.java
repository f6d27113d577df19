package cn.ggzy.server.application.internal.tender;

import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.Messages;
import cn.ggzy.server.application.TenderImports;
import cn.ggzy.server.application.internal.rigging.RiggingAccess;
import cn.ggzy.server.application.internal.rigging.SectionScreening;
import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.NotFoundException;
import cn.ggzy.server.domain.model.audit.AuditLog;
import cn.ggzy.server.domain.model.tender.BidRow;
import cn.ggzy.server.domain.model.tender.BidRows;
import cn.ggzy.server.domain.model.tender.SectionKey;
import cn.ggzy.server.domain.model.tender.TenderBid;
import cn.ggzy.server.domain.model.tender.TenderBidRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
public class DefaultTenderImports implements TenderImports {
  static final int MAX_ROWS = 20_000;
  private TenderBidRepository bids;
  private SectionScreening screening;
  private AuditLog audit;
  private Clock clock;

  protected DefaultTenderImports() {}

  @Inject
  public DefaultTenderImports(TenderBidRepository bids, SectionScreening screening, AuditLog audit, Clock clock) {
    this.bids = bids;
    this.screening = screening;
    this.audit = audit;
    this.clock = clock;
  }

  @Override
  public ImportReport importCsv(Caller caller, String csv) {
    RiggingAccess.reviewer(caller, "rigging.import");
    return importRows(caller, CsvRows.parse(csv));
  }

  @Override
  public ImportReport importRows(Caller caller, List<BidRow> rows) {
    RiggingAccess.reviewer(caller, "rigging.import");
    if (rows == null || rows.isEmpty()) {
      throw new DomainException("rigging.import.empty", null);
    }
    if (rows.size() > MAX_ROWS) {
      throw new DomainException("rigging.import.tooMany", null);
    }
    Instant at = clock.instant();
    List<RejectedRow> rejected = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    Map<String, TenderBid> accepted = new LinkedHashMap<>();
    Map<SectionKey, String> sectionProject = new HashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      BidRow row = rows.get(i);
      int line = row == null || row.line() <= 0 ? i + 1 : row.line();
      if (row == null) {
        rejected.add(rejection(line, "rigging.import.emptyRow", null));
        continue;
      }
      try {
        TenderBid bid = BidRows.parse(caller.tenant(), row, at);
        Integer earlier = seen.putIfAbsent(bid.key(), line);
        if (earlier != null) {
          rejected.add(rejection(line, "rigging.import.duplicateRow", "bidderCode"));
          continue;
        }
        String industry = sectionProject.putIfAbsent(bid.section(), bid.industry().name());
        if (industry != null && !industry.equals(bid.industry().name())) {
          rejected.add(rejection(line, "rigging.import.industryMismatch", "industry"));
          continue;
        }
        accepted.put(bid.key(), bid);
      } catch (DomainException e) {
        rejected.add(rejection(line, e.code(), e.field()));
      }
    }
    int replaced = 0;
    Set<SectionKey> sections = new LinkedHashSet<>();
    for (TenderBid bid : accepted.values()) {
      if (bids.store(caller.tenant(), bid)) {
        replaced++;
      }
      sections.add(bid.section());
    }
    List<String> warnings = new ArrayList<>();
    warnings.addAll(screening.screenAll(caller.tenant(), sections, caller.login().value(), at));
    audit.record(caller.tenant(), at, caller.login().value(), "rigging.IMPORT", null, null, null,
        "received=" + rows.size() + ";imported=" + accepted.size() + ";replaced=" + replaced + ";rejected="
            + rejected.size() + ";sections=" + sections.size());
    return new ImportReport(rows.size(), accepted.size(), replaced, rejected,
        sections.stream().map(Objects::toString).toList(), warnings.stream().distinct().toList());
  }

  @Override
  public Optional<String> screen(Caller caller, String projectCode, String sectionCode) {
    RiggingAccess.reviewer(caller, "rigging.screen");
    SectionKey section = new SectionKey(projectCode == null ? "" : projectCode.strip(),
        sectionCode == null ? "" : sectionCode.strip());
    if (bids.section(caller.tenant(), section).isEmpty()) {
      throw new NotFoundException("sectionCode");
    }
    return screening.screen(caller.tenant(), section, caller.login().value(), clock.instant());
  }

  private static RejectedRow rejection(int line, String code, String field) {
    return new RejectedRow(line, code, Messages.chinese(code), Messages.english(code), field);
  }
}
