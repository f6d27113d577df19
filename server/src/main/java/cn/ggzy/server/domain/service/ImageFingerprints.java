package cn.ggzy.server.domain.service;

/**
 * A photo's perceptual fingerprint: a 256-bit difference hash (the signs of the brightness steps of a
 * 17×16 grey thumbnail), equal or within a few bits for the same picture re-encoded, resized or
 * slightly retouched, far apart for different scenes. Screens check-in photos submitted again.
 */
public interface ImageFingerprints {

  /**
   * The difference hash as 64 hex digits.
   *
   * @throws cn.ggzy.server.domain.model.DomainException {@code site.photo.notImage} at {@code field}
   *     when the bytes are not a JPEG or PNG image
   */
  String differenceHash(byte[] image, String field);
}
