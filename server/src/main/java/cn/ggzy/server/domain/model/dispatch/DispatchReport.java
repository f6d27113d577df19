package cn.ggzy.server.domain.model.dispatch;

import cn.ggzy.tenants.RegionCode;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A generated report of a region for a period: its PDF and Excel workbook as they were generated,
 * never regenerated. {@code id} names the schedule's period ({@code WEEKLY-2026-11-30},
 * {@code MONTHLY-2026-11}) or is unique for one made on demand; the contents may be absent when the
 * report was read for a list.
 */
public record DispatchReport(String id, RegionCode region, String kind, LocalDate from, LocalDate to,
    Instant generatedAt, String generatedBy, long pdfSize, long workbookSize, byte[] pdf, byte[] workbook) {}
