/** The officers' case register: inbox, registration, case detail with its actions, timeliness. */
package cn.ggzy.webui.cases;
