package cn.ggzy.mobileapi.publicapi;

import cn.ggzy.mobileapi.ApiError;
import cn.ggzy.server.application.TenantDirectory;
import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.calendar.CalendarMissingException;
import cn.ggzy.server.domain.model.calendar.Deadline;
import cn.ggzy.server.domain.service.WorkingCalendar;
import cn.ggzy.tenants.RegionCode;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Public: the deadline of a legal clock on a region's working-day calendar (法定工作日期限). */
@Path("/v1/public/calendar")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "calendar", description = "工作日与期限 Working days and deadlines")
public class PublicCalendarResource {
  static final int MAX_WORKING_DAYS = 365;

  @Inject WorkingCalendar calendar;
  @Inject TenantDirectory directory;

  @GET
  @Path("/deadline")
  @Operation(summary = "The deadline N working days after a start",
      description = "The start's date in Asia/Shanghai is not counted; the deadline is the end (24:00 "
          + "Asia/Shanghai) of the Nth working day after it, on the region's calendar (State Council "
          + "holidays off, adjusted working days on). When the count runs into a year whose State "
          + "Council notice is not loaded yet, the deadline is provisional: counted on weekends and the "
          + "statutory holidays the law fixes (no 调休), with provisional true and the year named.")
  @APIResponse(responseCode = "200", description = "the deadline",
      content = @Content(schema = @Schema(implementation = DeadlineView.class)))
  @APIResponse(responseCode = "400", description = "region.unknown (region), calendar.start.invalid "
      + "(start), calendar.workingDays.invalid (workingDays), calendar.year.missing (start: the count "
      + "leaves the years 2000–2099 a calendar holds)",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  public DeadlineView deadline(
      @Parameter(description = "six-digit region code", example = "421181") @QueryParam("region") String region,
      @Parameter(description = "ISO-8601 date-time with offset (encode + as %2B)",
          example = "2026-09-30T20:00:00Z") @QueryParam("start") String start,
      @Parameter(description = "working days, 1 to 365", example = "15") @QueryParam("workingDays")
      String workingDays) {
    RegionCode code = region(region);
    Instant at = start(start);
    int n = workingDays(workingDays);
    try {
      return DeadlineView.of(calendar.deadline(code, at, n), n);
    } catch (CalendarMissingException e) {
      throw new CalendarMissingException(e.year(), "start");
    }
  }

  /**
   * A deadline: {@code due} is the instant it ends, {@code lastWorkingDay} the day it ends with;
   * {@code provisional} while the count relied on a year whose holiday notice is not loaded
   * ({@code missingCalendarYear}): it may move when that notice is loaded.
   */
  public record DeadlineView(
      @Schema(example = "2026-10-09T00:00:00+08:00") String due,
      @Schema(example = "2026-10-08") String lastWorkingDay,
      @Schema(example = "1") int workingDays,
      @Schema(description = "counted without the State Council notice of missingCalendarYear (暂定)",
          example = "false") boolean provisional,
      @Schema(description = "the year whose notice the count relied on without having it; null when final",
          example = "2027", nullable = true) Integer missingCalendarYear) {
    static DeadlineView of(Deadline deadline, int workingDays) {
      return new DeadlineView(deadline.due().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
          deadline.lastWorkingDay().toString(), workingDays, deadline.provisional(), deadline.provisionalYear());
    }
  }

  private RegionCode region(String value) {
    try {
      RegionCode code = RegionCode.of(value == null ? "" : value.trim());
      if (directory.region(code).isPresent()) {
        return code;
      }
    } catch (IllegalArgumentException e) {
      // not six digits
    }
    throw new DomainException("region.unknown", "region");
  }

  private static Instant start(String value) {
    if (value != null) {
      try {
        // an unencoded + in a query string arrives as a space
        return OffsetDateTime.parse(value.trim().replace(' ', '+'), DateTimeFormatter.ISO_OFFSET_DATE_TIME)
            .toInstant();
      } catch (DateTimeParseException e) {
        // falls through
      }
    }
    throw new DomainException("calendar.start.invalid", "start");
  }

  private static int workingDays(String value) {
    try {
      int n = Integer.parseInt(value == null ? "" : value.trim());
      if (n >= 1 && n <= MAX_WORKING_DAYS) {
        return n;
      }
    } catch (NumberFormatException e) {
      // falls through
    }
    throw new DomainException("calendar.workingDays.invalid", "workingDays");
  }
}
