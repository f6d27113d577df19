/** Working-day calendars (State Council holiday notices) and the regions' deadline settings. */
package cn.ggzy.server.domain.model.calendar;
