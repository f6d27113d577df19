/** The public credit pages (红黑名单): lists, search, a subject's printable page, the credit-repair application. */
package cn.ggzy.webui.credit;
