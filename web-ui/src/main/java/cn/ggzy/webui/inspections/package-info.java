/** 双随机一公开 in the console: rosters, plans and the draw, inspection tasks on the phone, the publication clock. */
package cn.ggzy.webui.inspections;
