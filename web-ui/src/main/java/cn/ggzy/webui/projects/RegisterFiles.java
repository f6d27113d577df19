package cn.ggzy.webui.projects;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The register's two CSV files as people bring them: the header each must start with (exactly what
 * {@code ProjectRegister} reads; the template to download is that header), a sample of each, and the
 * text of an uploaded file: UTF-8, with or without a byte-order mark, or else GB18030 (what a Chinese
 * spreadsheet program writes by default when it saves CSV).
 */
final class RegisterFiles {
  /** Which file: the approved projects (one line per planned contract) or the recorded tenders. */
  enum Kind {
    APPROVALS("approvalNumber,projectCode,projectName,employer,approvedOn,method,organisation,mandatory,"
        + "plannedTenderDate,contractKind,contractName,contractEstimate", "project-register-approvals.csv",
        """
        approvalNumber,projectCode,projectName,employer,approvedOn,method,organisation,mandatory,plannedTenderDate,contractKind,contractName,contractEstimate
        麻发改审批〔2026〕12号,MC-2026-018,城区供水管网改造工程,麻城市水务投资有限公司,2026-03-15,公开招标,委托招标,是,2026-06-30,施工,管网施工,4500000
        麻发改审批〔2026〕12号,MC-2026-018,城区供水管网改造工程,麻城市水务投资有限公司,2026-03-15,公开招标,委托招标,是,2026-06-30,服务,施工监理,80万元
        """),
    TENDERS("projectCode,sectionCode,sectionName,contractKind,method,organisation,announcedOn,estimate",
        "project-register-tenders.csv",
        """
        projectCode,sectionCode,sectionName,contractKind,method,organisation,announcedOn,estimate
        MC-2026-018,MC-2026-018-01,管网施工,施工,公开招标,委托招标,2026-07-10,4500000
        """);

    private final String header;
    private final String templateName;
    private final String sample;

    Kind(String header, String templateName, String sample) {
      this.header = header;
      this.templateName = templateName;
      this.sample = sample;
    }

    /** The first line every file of this kind must have, column for column. */
    String header() {
      return header;
    }

    /** The template's file name. */
    String templateName() {
      return templateName;
    }

    /** The template: the header and a line break. */
    byte[] template() {
      return (header + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    /** The header and two lines as they may be written (Chinese words, amounts in yuan or 万元). */
    String sample() {
      return sample.strip();
    }
  }

  static final Charset GB18030 = Charset.forName("GB18030");

  private RegisterFiles() {}

  /** The text of an uploaded file: UTF-8 when it is valid UTF-8, else GB18030; without a byte-order mark. */
  static String text(byte[] content) {
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
    } catch (CharacterCodingException e) {
      text = new String(content, GB18030);
    }
    return pasted(text);
  }

  /**
   * Text as typed or pasted: without a byte-order mark and without blank lines at the end (a text
   * area keeps the last line break people type; the register would count it as an empty line).
   */
  static String pasted(String text) {
    String t = text == null ? "" : text;
    if (t.startsWith("\uFEFF")) {
      t = t.substring(1);
    }
    return t.stripTrailing();
  }
}
