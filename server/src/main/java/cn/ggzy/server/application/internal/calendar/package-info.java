/** The working-day calendar's administration (法定节假日 and adjusted working days). */
package cn.ggzy.server.application.internal.calendar;
