/** Regions and their departments (tenants): listing and adding them, for system administrators. */
package cn.ggzy.webui.admin.regions;
