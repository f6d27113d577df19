/**
 * 标后监管 pages: the officers' supervised projects (a map of the site drawn and shown over Leaflet, the
 * people, the week's attendance, the day's check-ins, absence warnings) and the site staff's check-in page
 * opened from their personal link (camera, the server's challenge, the position).
 */
package cn.ggzy.webui.sites;
