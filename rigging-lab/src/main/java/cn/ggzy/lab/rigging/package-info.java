/**
 * Bid-rigging research outside the WAR: the {@code rigging} command line (score, train, evaluate,
 * published), the benchmark, the evaluation and the training of the collusion model that
 * {@code server} ships and scores with.
 */
package cn.ggzy.lab.rigging;
