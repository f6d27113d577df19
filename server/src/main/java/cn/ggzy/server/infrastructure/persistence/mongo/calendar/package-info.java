/** The working-day calendars per region. */
package cn.ggzy.server.infrastructure.persistence.mongo.calendar;
