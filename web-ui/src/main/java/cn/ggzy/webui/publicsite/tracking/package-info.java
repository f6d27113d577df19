/** Following up a 投诉 or 举报 with its receipt number and access code: progress, messages, 补正. */
package cn.ggzy.webui.publicsite.tracking;
