package cn.ggzy.webui.cases;

import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.CaseDocuments.NoticeKind;
import cn.ggzy.server.application.CaseRegister;
import cn.ggzy.server.application.CaseViews.Detail;
import cn.ggzy.server.application.Messages;
import cn.ggzy.webui.i18n.DomainErrors;
import cn.ggzy.webui.i18n.Texts;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;

/**
 * The case's written documents as PDF downloads: each notice that exists so far
 * (受理通知书-麻监案〔2026〕第0001号.pdf, ...) and the export of the whole case file (导出案卷).
 * The PDFs are written only when a link is followed.
 */
class CaseDownloads extends Div {

  /** {@code chinese} gives the Chinese texts: the documents and their file names are Chinese. */
  CaseDownloads(CaseRegister cases, Caller caller, Detail d, SheetContext c, Texts chinese) {
    setId("case-documents");
    addClassName("case-documents");
    for (NoticeKind kind : NoticeKind.values()) {
      if (d.notices().contains(kind)) {
        String file = chinese.get("cases.notice." + kind.name()) + "-" + d.number() + ".pdf";
        add(link("notice-" + kind.name(), c.t("cases.notice." + kind.name()), file,
            () -> cases.notice(caller, d.id(), kind)));
      }
    }
    String file = chinese.get("cases.caseFile") + "-" + d.number() + ".pdf";
    add(link("case-file-export", c.t("cases.caseFile.export"), file, () -> cases.caseFile(caller, d.id())));
  }

  private static Anchor link(String id, String label, String fileName, SerializableSupplier<byte[]> pdf) {
    DownloadHandler handler = DownloadHandler.fromInputStream(event -> DomainErrors.orElse(() -> {
      byte[] bytes = pdf.get();
      return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, "application/pdf", bytes.length);
    }, e -> DownloadResponse.error(e.code().startsWith("documents.") ? 503 : 404, Messages.chinese(e.code()))));
    Anchor anchor = new Anchor(handler, AttachmentType.DOWNLOAD, "");
    anchor.add(VaadinIcon.FILE_TEXT_O.create());
    anchor.add(label);
    anchor.setId(id);
    anchor.addClassName("document-link");
    return anchor;
  }
}
