package cn.ggzy.server.application;

import java.time.LocalDate;
import java.util.List;

/**
 * Data exchange with the trading, service and supervision systems: batches in the data items of the
 * national 公共资源交易平台系统数据规范 (JSON or XML) and Open Contracting Data Standard 1.1 release
 * packages. An import is checked whole first (size, encoding, syntax: a batch that fails changes
 * nothing), then record by record: every record of every data set is either imported or refused
 * with its data item at fault, none is dropped. Imports are idempotent on the spec's identifiers.
 * Exports cover the caller's department, or every department of the region for the office (an
 * audited scope), for a period of dates in China.
 */
public interface DataExchange {
  /** The largest batch taken, in bytes. */
  int MAX_BYTES = 10 * 1024 * 1024;

  enum Format { JSON, XML }

  /**
   * A refused record: its data set, its position in it (from 1), its identifier as far as it was
   * readable, the error code with its Chinese and English text, and the data item at fault.
   */
  record Refusal(String dataSet, int index, String identifier, String code, String message, String messageEn,
      String item) {}

  /** One data set of a batch: records received = imported + refused. */
  record SetReport(String dataSet, int received, int imported, int refused) {}

  record ExchangeReport(String format, int received, int imported, List<SetReport> sets, List<Refusal> refused,
      List<String> warnings) {
    public ExchangeReport {
      sets = List.copyOf(sets);
      refused = List.copyOf(refused);
      warnings = List.copyOf(warnings);
    }
  }

  /** Imports a batch in the national format's data items (UTF-8 JSON; XML in UTF-8, GBK or GB18030). */
  ExchangeReport importNational(Caller caller, byte[] batch, Format format);

  /** The caller's data of the period in the national format's data items. */
  byte[] exportNational(Caller caller, LocalDate from, LocalDate to, Format format);

  /** Imports an OCDS 1.1 release package, checked against the release schema before anything is taken. */
  ExchangeReport importOcds(Caller caller, byte[] releasePackage);

  /** The caller's sections of the period as an OCDS 1.1 release package, valid against the release schema. */
  byte[] exportOcds(Caller caller, LocalDate from, LocalDate to);
}
