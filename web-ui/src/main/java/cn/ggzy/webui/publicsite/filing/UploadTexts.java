package cn.ggzy.webui.publicsite.filing;

import cn.ggzy.webui.i18n.Texts;
import com.vaadin.flow.component.upload.UploadI18N;
import java.util.List;

/** The upload component's own texts (buttons, progress, client-side refusals) in the page's language. */
final class UploadTexts {
  private UploadTexts() {}

  static UploadI18N of(Texts t) {
    UploadI18N i18n = new UploadI18N();
    i18n.setAddFiles(new UploadI18N.AddFiles().setOne(t.get("evidence.add")).setMany(t.get("evidence.add")));
    i18n.setDropFiles(new UploadI18N.DropFiles().setOne(t.get("evidence.drop")).setMany(t.get("evidence.drop")));
    i18n.setError(new UploadI18N.Error()
        .setTooManyFiles(t.get("evidence.error.tooMany"))
        .setFileIsTooBig(t.get("evidence.error.tooBig"))
        .setIncorrectFileType(t.get("evidence.error.type")));
    i18n.setFile(new UploadI18N.File()
        .setRetry(t.get("evidence.file.retry"))
        .setStart(t.get("evidence.file.start"))
        .setRemove(t.get("evidence.file.remove")));
    i18n.setUploading(new UploadI18N.Uploading()
        .setStatus(new UploadI18N.Uploading.Status()
            .setConnecting(t.get("evidence.status.connecting"))
            .setStalled(t.get("evidence.status.stalled"))
            .setProcessing(t.get("evidence.status.processing"))
            .setHeld(t.get("evidence.status.held")))
        .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
            .setPrefix(t.get("evidence.remaining"))
            .setUnknown(t.get("evidence.remaining.unknown")))
        .setError(new UploadI18N.Uploading.Error()
            .setServerUnavailable(t.get("evidence.error.network"))
            .setUnexpectedServerError(t.get("evidence.error.network"))
            .setForbidden(t.get("evidence.error.forbidden"))));
    i18n.setUnits(List.of("B", "KB", "MB", "GB", "TB"), 1024);
    return i18n;
  }
}
