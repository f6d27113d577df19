package cn.ggzy.server.application;

/** The background work of bid-rigging learning, run by the scheduler under a cluster lease. */
public interface RiggingJobs {
  /** Trains the region models whose labels changed since their last run; answers how many runs were made. */
  int trainWhereLabelsChanged();
}
