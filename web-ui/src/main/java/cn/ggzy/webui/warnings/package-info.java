/** Console pages of the bid-rigging warnings (围标串标预警): the list with filters and one warning's review. */
package cn.ggzy.webui.warnings;
