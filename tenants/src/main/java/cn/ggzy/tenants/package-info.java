/** Tenant model (region → supervision office → departments), the typed tenant id and the 麻城市 catalogue. */
package cn.ggzy.tenants;
