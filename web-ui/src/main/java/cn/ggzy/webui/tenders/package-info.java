/** 投标数据导入: the console page that imports a CSV or JSON file of bids and shows the report. */
package cn.ggzy.webui.tenders;
