package cn.ggzy.server.bench;

import cn.ggzy.server.application.CaseDocuments.Notice;
import cn.ggzy.server.application.CaseDocuments.NoticeKind;
import cn.ggzy.server.infrastructure.documents.pdf.PdfCaseDocuments;
import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * What one notice PDF costs (issue 17: the font parsed once, not per document): bytes allocated
 * and time per notice over {@code count} notices after one warm-up, on the heap of the server.
 * {@code server/bench/pdf-notice.sh [count]}.
 */
public class PdfNoticeBenchmark {
  public static void main(String[] args) throws Exception {
    PdfCaseDocuments docs = new PdfCaseDocuments(System.getProperty("font",
        "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"));
    ThreadMXBean mx = (ThreadMXBean) ManagementFactory.getThreadMXBean();
    ZonedDateTime t = ZonedDateTime.of(2026, 11, 27, 10, 5, 0, 0, ZoneId.of("Asia/Shanghai"));
    Notice n = new Notice(NoticeKind.ACCEPTANCE, "麻监案〔2026〕第0001号", "麻城市", "麻城市住房和城乡建设局",
        "湖北某建设集团有限公司", "评标结果", "麻城市第一中学教学楼建设工程", t, LocalDate.of(2026, 11, 28), t.plusDays(20),
        null, null, null, null, null, null, null);
    docs.notice(n);
    long before = mx.getThreadAllocatedBytes(Thread.currentThread().getId());
    long start = System.nanoTime();
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 20;
    for (int i = 0; i < count; i++) {
      docs.notice(n);
    }
    long after = mx.getThreadAllocatedBytes(Thread.currentThread().getId());
    System.out.printf("per notice: %.1f MB allocated, %.0f ms%n", (after - before) / 1e6 / count,
        (System.nanoTime() - start) / 1e6 / count);
  }
}
