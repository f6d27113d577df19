package cn.ggzy.server.application;

/** The background work of expert draws, run by the scheduler under a cluster lease. */
public interface ExpertJobs {
  /** Invitations unanswered in time are replaced by a further round; answers how many experts were replaced. */
  int replaceUnanswered();
}
