package cn.ggzy.server.application;

import cn.ggzy.server.application.SiteSupervision.MonthSheet;

/** A project's monthly attendance sheet written out: a PDF to sign and file, and an Excel workbook. */
public interface SiteDocuments {
  /** The PDF: the project, the month, then each person's weeks (a day on site, absent, or not a working day). */
  byte[] pdf(MonthSheet sheet);

  /** The workbook: one row per person, one column per day, and the month's totals. */
  byte[] workbook(MonthSheet sheet);
}
