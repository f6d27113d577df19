package cn.ggzy.server.domain.model.project;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A tender of the project as the trading system recorded it: section, kind, method, organisation, date, estimate. */
public record RecordedTender(String sectionCode, String sectionName, ContractKind kind, TenderMethod method,
    Organisation organisation, LocalDate announcedOn, BigDecimal estimate) {
}
