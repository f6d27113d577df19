/** Mobile API: auth. */
package cn.ggzy.mobileapi.auth;
