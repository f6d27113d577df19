/** The frame of every page: header with language switch and login, drawer with the navigation. */
package cn.ggzy.webui.layout;
