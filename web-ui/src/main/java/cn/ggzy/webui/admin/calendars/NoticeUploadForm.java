package cn.ggzy.webui.admin.calendars;

import cn.ggzy.webui.i18n.FieldErrors;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.shared.Registration;

/**
 * Loads a year's notice file, kept in memory (a few KB); fires {@link UploadedEvent}. A refused
 * file's error is shown with the place in the file it concerns (e.g. {@code days[3].date}).
 */
public class NoticeUploadForm extends VerticalLayout implements FieldErrors {
  static final int MAX_BYTES = 256 * 1024;
  final Paragraph help = new Paragraph();
  final Upload upload = new Upload();
  final Span error = new Span();
  private final CalendarYearList.Texts texts;

  public NoticeUploadForm(CalendarYearList.Texts texts) {
    this.texts = texts;
    setPadding(false);
    addClassName("notice-upload");
    help.setId("calendar-upload-help");
    upload.setId("calendar-upload");
    upload.setMaxFiles(1);
    upload.setMaxFileSize(MAX_BYTES);
    upload.setAcceptedFileTypes("application/json", ".json");
    upload.setUploadButton(new Button(texts.get("calendars.upload.button")));
    upload.setDropLabel(new Span(texts.get("calendars.upload.drop")));
    upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> received(metadata.fileName(), bytes)));
    upload.addFileRejectedListener(e -> showError(texts.get("calendars.upload.rejected")));
    error.setId("calendar-upload-error");
    error.addClassName("calendar-upload-error");
    error.setVisible(false);
    add(help, upload, error);
  }

  /** Names the year to load next, e.g. 2027. */
  public void suggestYear(int year) {
    help.setText(texts.get("calendars.upload.help", String.valueOf(year)));
  }

  /** A file arrived (called by the upload inside the UI's lock). */
  void received(String fileName, byte[] content) {
    error.setVisible(false);
    upload.clearFileList();
    fireEvent(new UploadedEvent(this, fileName, content));
  }

  @Override
  public boolean showFieldError(String field, String message) {
    showError(texts.get("calendars.upload.error", message, field));
    return true;
  }

  private void showError(String message) {
    error.setText(message);
    error.setVisible(true);
  }

  public Registration addUploadedListener(ComponentEventListener<UploadedEvent> listener) {
    return addListener(UploadedEvent.class, listener);
  }

  /** A notice file was received. */
  public static class UploadedEvent extends ComponentEvent<NoticeUploadForm> {
    private final String fileName;
    private final byte[] content;

    UploadedEvent(NoticeUploadForm source, String fileName, byte[] content) {
      super(source, false);
      this.fileName = fileName;
      this.content = content;
    }

    public String fileName() {
      return fileName;
    }

    public byte[] content() {
      return content;
    }
  }
}
