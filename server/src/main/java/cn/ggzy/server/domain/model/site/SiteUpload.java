package cn.ggzy.server.domain.model.site;

import cn.ggzy.tenants.TenantId;
import java.time.Instant;
import java.util.List;

/**
 * A site record on its way in from a weak network: what the phone declared when it started (kind, moment,
 * note, capture time, position, device, content type, size, SHA-256) and, resumably, the bytes received so
 * far as parts at {@code partOffsets}. Once complete it names the record it became ({@code recordId}), so a
 * replayed completion answers the same record.
 */
public record SiteUpload(TenantId department, String id, String projectId, SiteRecord.Kind kind,
    SiteRecord.Moment moment, String note, Instant capturedAt, Double latitude, Double longitude,
    Double accuracyMeters, String device, String recordedBy, String contentType, long size, String declaredSha256,
    long received, List<Long> partOffsets, Instant startedAt, String recordId) {
  public SiteUpload {
    partOffsets = partOffsets == null ? List.of() : List.copyOf(partOffsets);
  }

  public boolean receivedAll() {
    return received == size;
  }

  public boolean complete() {
    return recordId != null;
  }
}
