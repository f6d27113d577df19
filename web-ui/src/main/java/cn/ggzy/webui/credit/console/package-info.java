/** The officers' credit pages: records and approvals, black-list history, repair decisions, red-list proposals. */
package cn.ggzy.webui.credit.console;
