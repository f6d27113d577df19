/** Work that runs once per cluster, not once per node: ShedLock leases in MongoDB guard it. */
package cn.ggzy.server.infrastructure.scheduling;
