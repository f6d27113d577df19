/** The Vaadin web UI: the public mobile-first pages and the officers' console. */
package cn.ggzy.webui;
