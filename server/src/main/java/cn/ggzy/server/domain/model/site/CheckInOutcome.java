package cn.ggzy.server.domain.model.site;

/** What a check-in was decided to be. Only {@link #PRESENT} counts for attendance. */
public enum CheckInOutcome {
  /** On the site, in working hours, the enrolled person's live face. */
  PRESENT,
  /** Outside the site's geofence (farther than the reported accuracy and the tolerance). */
  OUTSIDE_SITE,
  /** Outside the site's working hours. */
  OUTSIDE_HOURS,
  /** A face, but not the enrolled person's (or no face, or several). */
  FACE_MISMATCH,
  /** The server's challenge (turn the head, blink) was not seen between the two frames. */
  LIVENESS_FAILED,
  /** A replayed or near-identical photo, a made-up position, an impossible journey or a wrong clock. */
  SUSPECTED_SPOOF
}
