/** The working calendar: shipped holiday notices, the per-region cache, their seeding at start-up. */
package cn.ggzy.server.infrastructure.calendar;
