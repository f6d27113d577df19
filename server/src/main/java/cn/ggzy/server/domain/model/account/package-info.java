/** Officer accounts: login, roles, password and lock-out; the edge where the tenant is resolved. */
package cn.ggzy.server.domain.model.account;
