package cn.ggzy.server.application;

import cn.ggzy.server.application.Dispatch.Dashboard;
import java.util.function.UnaryOperator;

/** A dispatch report written out: the PDF for the meeting (charts included) and the Excel data sheets. */
public interface DispatchDocuments {
  /** The PDF of a dashboard; {@code title} heads it, {@code names} gives the keys' Chinese names. */
  byte[] pdf(String title, Dashboard dashboard, UnaryOperator<String> names);

  /** The workbook of a dashboard: one sheet per table, the same numbers as the PDF. */
  byte[] workbook(String title, Dashboard dashboard, UnaryOperator<String> names);
}
