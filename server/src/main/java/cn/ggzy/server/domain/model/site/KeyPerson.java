package cn.ggzy.server.domain.model.site;

import cn.ggzy.tenants.TenantId;
import java.time.Instant;

/**
 * A key person committed in the winning bid (项目经理, 技术负责人, 安全员…) on one project: identity
 * (resident ID and phone are personal data: stored encrypted, shown masked), registration certificate,
 * the face enrolled in person by an officer (its descriptor and the photo's evidence id), the hash of
 * the personal check-in link's token (kept after a replacement, so that the link answers that its holder was
 * replaced), and, once replaced (变更), the replacement's record.
 */
public record KeyPerson(TenantId department, String projectId, String id, String role, String name,
    String residentId, String certificate, String phone, float[] face, String photoId, String faceModel,
    Instant enrolledAt, String enrolledBy, String tokenHash, Replacement replacement, long version) {

  public KeyPerson {
    face = face.clone();
  }

  @Override
  public float[] face() {
    return face.clone();
  }

  /** Whether the person still holds the post (a replaced one cannot check in). */
  public boolean active() {
    return replacement == null;
  }

  /** The resident ID with only its first 3 and last 2 characters shown. */
  public String maskedResidentId() {
    return residentId.length() < 6 ? "****" : residentId.substring(0, 3) + "*".repeat(residentId.length() - 5)
        + residentId.substring(residentId.length() - 2);
  }

  /** The phone number with only its first 3 and last 4 digits shown. */
  public String maskedPhone() {
    return phone.length() < 8 ? "****" : phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4);
  }

  public KeyPerson replaced(Replacement r, long newVersion) {
    return new KeyPerson(department, projectId, id, role, name, residentId, certificate, phone, face, photoId,
        faceModel, enrolledAt, enrolledBy, tokenHash, r, newVersion);
  }

  public KeyPerson withToken(String newTokenHash, long newVersion) {
    return new KeyPerson(department, projectId, id, role, name, residentId, certificate, phone, face, photoId,
        faceModel, enrolledAt, enrolledBy, newTokenHash, replacement, newVersion);
  }

  /**
   * A replacement (变更): the employer's written request (its reference), the reason, the successor and the
   * department's approval.
   */
  public record Replacement(String employerRequest, String reason, String successorId, String approvedBy,
      Instant approvedAt) {}
}
