package cn.ggzy.server.domain.model.project;

import java.math.BigDecimal;

/** A contract of the approved scope: its kind, name and estimate (yuan). */
public record PlannedContract(ContractKind kind, String name, BigDecimal estimate) {
}
