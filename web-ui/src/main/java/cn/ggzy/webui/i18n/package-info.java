/**
 * Language choice (zh-CN default, English), role names, departments' names and the display of domain
 * errors.
 */
package cn.ggzy.webui.i18n;
