/** The logged-in officer kept in the Vaadin session, and the guard of the console's routes. */
package cn.ggzy.webui.session;
