package cn.ggzy.server.application;

import cn.ggzy.server.application.InspectionViews.ClockLine;
import cn.ggzy.server.application.InspectionViews.PhotoContent;
import cn.ggzy.server.application.InspectionViews.TaskDetail;
import cn.ggzy.server.application.InspectionViews.TaskSummary;
import cn.ggzy.server.domain.model.inspection.TaskParts.ConclusionKind;
import cn.ggzy.server.domain.model.inspection.TaskParts.Outcome;
import java.util.List;

/**
 * Inspection tasks: team members record on site (checklist, photos, place, time, findings — the
 * findings become cases in one action) and conclude; the plan's owner publishes the result within
 * 20 working days of the conclusion, and the office follows that clock for its region.
 */
public interface InspectionTasks {
  int PUBLICATION_WORKING_DAYS = 20;
  int MAX_PHOTO_BYTES = 10 * 1024 * 1024;

  List<TaskSummary> mine(Caller caller);

  TaskDetail find(Caller caller, String taskId);

  TaskDetail answer(Caller caller, String taskId, int index, Outcome outcome, String note);

  TaskDetail addPhoto(Caller caller, String taskId, String fileName, String contentType, byte[] content);

  PhotoContent photo(Caller caller, String taskId, String fileId);

  TaskDetail locate(Caller caller, String taskId, double latitude, double longitude, double accuracyMeters);

  TaskDetail addFinding(Caller caller, String taskId, String text);

  /** Registers every finding not yet registered as a case (source: random inspection). */
  TaskDetail fileCases(Caller caller, String taskId);

  TaskDetail conclude(Caller caller, String taskId, ConclusionKind kind, String summary);

  /** Concluded tasks waiting for publication, the earliest due first (office roles: the whole region). */
  List<ClockLine> publicationClock(Caller caller);

  TaskDetail publish(Caller caller, String taskId, String text);
}
