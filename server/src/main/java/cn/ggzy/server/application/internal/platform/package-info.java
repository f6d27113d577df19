/** Start-up of the platform: the first administrator and the tenant catalogue, walks over tenants. */
package cn.ggzy.server.application.internal.platform;
