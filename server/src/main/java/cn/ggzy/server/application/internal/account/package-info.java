/** Accounts, log-in, the officer and tenant directories and the office scopes: who may act, and where. */
package cn.ggzy.server.application.internal.account;
