package cn.ggzy.server.domain.service;

import cn.ggzy.server.domain.model.site.Face;
import java.util.List;

/**
 * Faces in a photo, found and described on the server, so that a site check-in's live photo can be
 * compared with the person's enrolled one (标后监管). The model ships inside the application: nothing
 * is downloaded at run time.
 */
public interface FaceRecognition {

  /** The model's name, version and licence, as recorded in a check-in's evidence. */
  String model();

  /**
   * The faces found in a JPEG or PNG image, largest first, each with its landmarks and descriptor;
   * empty when no face is found.
   *
   * @throws cn.ggzy.server.domain.model.DomainException {@code face.image.unreadable} at
   *     {@code photo} when the bytes are not a readable image
   */
  List<Face> faces(byte[] image);

  /**
   * As {@link #faces(byte[])}, but only the {@code described} largest faces get their landmarks and
   * descriptor; the others carry their score and box only (no landmarks, an empty descriptor). A check-in
   * compares the main face and only needs to know whether another is there: this bounds its cost.
   */
  List<Face> faces(byte[] image, int described);

  /** The distance between two descriptors of this model: smaller is more alike. */
  double distance(float[] a, float[] b);

  /** The largest distance at which two descriptors are taken to be of the same person. */
  double threshold();
}
