/** Account administration: list, create, reset password, disable/enable, assign roles. */
package cn.ggzy.webui.admin.accounts;
