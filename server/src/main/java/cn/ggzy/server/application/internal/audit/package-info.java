/** The audit trail and its hash-chain verification. */
package cn.ggzy.server.application.internal.audit;
