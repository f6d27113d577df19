package cn.ggzy.server.infrastructure.documents.pdf;

import static cn.ggzy.server.infrastructure.documents.pdf.ChineseDates.date;
import static cn.ggzy.server.infrastructure.documents.pdf.ChineseDates.deadline;

import cn.ggzy.server.application.CaseDocuments.Notice;
import java.util.ArrayList;
import java.util.List;

/** The words of a notice: title, salutation and body paragraphs, written from its facts. */
final class NoticeWording {
  /**
   * The remark on a deadline counted without the year's holiday notice: "（暂定，……）", or empty
   * for a final deadline.
   */
  static String provisional(Integer year) {
    return year == null ? "" : "（暂定期限：" + year + "年放假安排公布前按法定节假日推算，以国务院办公厅通知为准）";
  }

  private static final String YOU = "你（单位）";

  /** The text of a notice; {@code paragraphs} are indented body paragraphs in order. */
  record NoticeText(String title, String salutation, List<String> paragraphs) {}

  private NoticeWording() {}

  static NoticeText of(Notice n) {
    String salutation = (blank(n.addressee()) ? (blank(n.matter()) ? "举报" : n.matter().strip()) + "人"
        : n.addressee().strip()) + "：";
    List<String> body = new ArrayList<>();
    String title = switch (n.kind()) {
      case ACCEPTANCE -> {
        body.add(submitted(n) + "，经审查，符合受理条件，本机关决定予以受理"
            + (n.due() == null ? "。" : "，并将在" + deadline(n.due()) + "前作出处理决定"
            + provisional(n.dueProvisionalYear()) + "。"));
        body.add("处理期间，" + YOU + "如有新的证据材料，可以向本机关补充提交。");
        body.add("特此通知。");
        yield "受理通知书";
      }
      case NON_ACCEPTANCE -> {
        body.add(submitted(n) + "，经审查，不符合受理条件。");
        addIf(body, "不予受理的依据：", n.ground());
        addIf(body, "不予受理的理由：", n.reason());
        body.add("据此，本机关决定不予受理。");
        body.add(remedy(n, "通知书"));
        body.add("特此通知。");
        yield "不予受理通知书";
      }
      case SUPPLEMENT_REQUEST -> {
        body.add(submitted(n) + "，经审查，所提交的材料不齐全或者不符合要求，需要补正。"
            + sentence(n.reason()));
        String by = n.due() == null ? "" : "于" + deadline(n.due()) + "前";
        if (blank(n.supplementItems())) {
          body.add("请" + YOU + by + "向本机关补正相关材料。");
        } else {
          body.add("请" + YOU + by + "向本机关补正下列材料：");
          body.addAll(items(n.supplementItems()));
        }
        body.add("补正期间不计入办理期限，办理期限自本机关收到全部补正材料之日起继续计算。");
        body.add("特此通知。");
        yield "补正通知书";
      }
      case DECISION -> {
        body.add(submitted(n) + "，本机关已依法受理，并进行了调查核实。");
        if (!blank(n.decisionText())) {
          n.decisionText().strip().lines().filter(l -> !l.isBlank()).map(String::strip)
              .forEach(body::add);
        }
        addIf(body, blank(n.decisionText()) ? "本机关决定：" : "综上，本机关决定：", n.decision());
        body.add(remedy(n, "决定书"));
        yield "处理决定书";
      }
    };
    return new NoticeText(title, salutation, body);
  }

  /** 你（单位）于2026年11月27日提交的关于“某工程”评标结果的投诉（举报）. */
  private static String submitted(Notice n) {
    String when = n.receivedAt() == null ? "" : "于" + date(n.receivedAt());
    String about;
    if (!blank(n.projectName())) {
      about = "关于“" + n.projectName().strip() + "”" + strip(n.subject()) + "的";
    } else {
      about = blank(n.subject()) ? "" : "关于" + n.subject().strip() + "的";
    }
    // the matter when the case says it; else a named person may have filed either, an anonymous one
    // only a report
    String matter = !blank(n.matter()) ? n.matter().strip() : blank(n.addressee()) ? "举报" : "投诉（举报）";
    return YOU + when + "提交的" + about + matter;
  }

  /** The right to administrative reconsideration (60 days) or litigation (6 months). */
  private static String remedy(Notice n, String document) {
    String body = blank(n.regionNameZh()) ? "" : "向" + n.regionNameZh().strip() + "人民政府";
    return YOU + "如对本" + document + "不服，可以自收到本" + document + "之日起六十日内依法" + body
        + "申请行政复议，或者自收到本" + document + "之日起六个月内依法向人民法院提起行政诉讼。";
  }

  /** One paragraph per line, numbered 1．2． unless the lines are numbered already. */
  private static List<String> items(String text) {
    List<String> lines = text.strip().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    boolean numbered = lines.stream().allMatch(l -> "0123456789一二三四五六七八九十（(".indexOf(l.charAt(0)) >= 0);
    if (numbered || lines.size() == 1) {
      return lines.stream().map(NoticeWording::sentence).toList();
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      out.add((i + 1) + "．" + sentence(lines.get(i)));
    }
    return out;
  }

  private static void addIf(List<String> body, String lead, String text) {
    if (!blank(text)) {
      body.add(lead + sentence(text));
    }
  }

  /** The text stripped and ending with a full stop (unless it ends with other end punctuation). */
  static String sentence(String text) {
    if (blank(text)) {
      return "";
    }
    String s = text.strip();
    return "。！？；…".indexOf(s.charAt(s.length() - 1)) >= 0 ? s : s + "。";
  }

  private static String strip(String text) {
    return blank(text) ? "" : text.strip();
  }

  static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
