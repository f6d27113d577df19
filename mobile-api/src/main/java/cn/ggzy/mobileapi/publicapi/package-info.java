/** Mobile API: publicapi. */
package cn.ggzy.mobileapi.publicapi;
