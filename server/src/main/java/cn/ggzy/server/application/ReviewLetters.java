package cn.ggzy.server.application;

import java.time.LocalDate;
import java.util.List;

/** The rectification notice of a tender-document review (招标文件整改通知书) as PDF in Chinese. */
public interface ReviewLetters {

  byte[] rectification(RectificationNotice notice);

  /** One confirmed finding as the notice lists it. */
  record NoticeItem(int page, int paragraph, String clause, String problem, String basis, String suggestion) {}

  /** What the notice says. */
  record RectificationNotice(String number, String addressees, String projectName, String projectCode,
      String sectionName, String fileName, List<NoticeItem> items, LocalDate dueDate, String departmentName,
      LocalDate issuedOn) {}
}
