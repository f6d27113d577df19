/** The public pages (no login): the home page with the services' entrances and one page per service. */
package cn.ggzy.webui.publicsite;
