package cn.ggzy.webui.publicsite.filing;

import cn.ggzy.server.application.IntakeViews.Upload;
import java.io.InputStream;

/**
 * Where an uploaded file goes (the view hands the backend's upload in): stores it under the
 * client-chosen {@code uploadId}, so that a retried request finds the file already stored.
 */
@FunctionalInterface
public interface FilingUploads {
  Upload store(String uploadId, String fileName, InputStream content);
}
