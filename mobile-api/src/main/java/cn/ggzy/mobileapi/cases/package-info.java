/** The case register for officers' phones: inbox, case detail, actions, notices, timeliness. */
package cn.ggzy.mobileapi.cases;
