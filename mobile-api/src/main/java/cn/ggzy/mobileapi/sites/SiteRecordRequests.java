package cn.ggzy.mobileapi.sites;

import cn.ggzy.server.application.SiteRecords.SiteRecordStart;
import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.site.SiteRecord;
import java.time.Instant;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The bodies of the record endpoints, shared by officers and site staff. */
final class SiteRecordRequests {
  private SiteRecordRequests() {}

  /** What the phone declares when it starts uploading a record. */
  @Schema(name = "SiteRecordStartRequest", description = "A record to upload: what it is, when and where it was taken,"
      + " and the file's size and SHA-256")
  public record SiteRecordStartRequest(
      @Schema(description = "optional client id (8–64 of A-Z a-z 0-9 _ -): a retried start answers the same upload",
          example = "c7f1a2b3d4e5") String uploadId,
      @Schema(required = true, enumeration = {"VIDEO", "AUDIO", "PHOTO"}, example = "VIDEO") String kind,
      @Schema(required = true, enumeration = {"CONCEALED_WORKS", "MATERIAL_ENTRY", "INSPECTION", "OTHER"},
          example = "CONCEALED_WORKS") String moment,
      @Schema(example = "3号楼二层楼板钢筋隐蔽前") String note,
      @Schema(required = true, description = "the device's capture time", example = "2026-11-16T09:30:00+08:00")
      Instant capturedAt,
      @Schema(example = "31.1705") Double latitude, @Schema(example = "115.0105") Double longitude,
      @Schema(example = "8.5") Double accuracyMeters,
      @Schema(example = "Android 14 / Pixel 8") String device,
      @Schema(required = true, example = "video/mp4") String contentType,
      @Schema(required = true, description = "bytes: video ≤ 200 MB, audio ≤ 50 MB, photo ≤ 10 MB",
          example = "10485760") long size,
      @Schema(required = true, description = "the file's SHA-256, lower-case hex", example =
          "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08") String sha256) {

    SiteRecordStart start() {
      return new SiteRecordStart(uploadId, kindOf(kind), momentOf(moment), note, capturedAt, latitude, longitude,
          accuracyMeters, device, contentType, size, sha256);
    }
  }

  static SiteRecordStartRequest required(SiteRecordStartRequest body) {
    if (body == null) {
      throw new DomainException("request.invalid", null);
    }
    return body;
  }

  private static SiteRecord.Kind kindOf(String value) {
    try {
      return value == null ? null : SiteRecord.Kind.valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new DomainException("site.record.kind.required", "kind");
    }
  }

  private static SiteRecord.Moment momentOf(String value) {
    try {
      return value == null ? null : SiteRecord.Moment.valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new DomainException("site.record.moment.required", "moment");
    }
  }

  static long offset(Long offset) {
    if (offset == null) {
      throw new DomainException("site.record.upload.offset", "offset");
    }
    return offset;
  }
}
