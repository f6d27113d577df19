/** Mobile API: officers. */
package cn.ggzy.mobileapi.officers;
