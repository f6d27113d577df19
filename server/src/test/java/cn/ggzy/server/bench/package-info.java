/** Rerunnable benchmarks of the server's queries on generated data (run as programs, not tests). */
package cn.ggzy.server.bench;
