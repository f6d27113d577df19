/** Filing a 举报 or 投诉 on the public site: the forms, evidence upload, proof of work and the receipt. */
package cn.ggzy.webui.publicsite.filing;
