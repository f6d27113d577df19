/** What runs once at application start. */
package cn.ggzy.server.infrastructure.startup;
