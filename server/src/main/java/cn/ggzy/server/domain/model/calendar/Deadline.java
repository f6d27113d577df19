package cn.ggzy.server.domain.model.calendar;

import java.time.LocalDate;
import java.time.ZonedDateTime;

/** A clock's end: its last working day and the instant that day ends (24:00 Asia/Shanghai). */
public record Deadline(LocalDate lastWorkingDay, ZonedDateTime due) {}
