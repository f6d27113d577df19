/** The working calendars page: the holiday notices in force per region and the case deadlines. */
package cn.ggzy.webui.admin.calendars;
