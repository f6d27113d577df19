/** Double-random inspections (双随机): rosters, plans with verifiable draws, tasks and publication. */
package cn.ggzy.server.application.internal.inspection;
