package cn.ggzy.server.domain.model.rigging;

/**
 * The statistical screens of one tender's bids (Huber and Imhof; García Rodríguez et al. 2022).
 * Each is scale-free: it does not change when every bid is multiplied by the same factor.
 *
 * @param bids number of bids
 * @param coefficientOfVariation standard deviation (n − 1) over the mean
 * @param spread (highest − lowest) / lowest
 * @param differenceOfLowestTwo (second lowest − lowest) / lowest
 * @param relativeDistance (second lowest − lowest) / standard deviation of the losing bids
 * @param kurtosis excess kurtosis, bias-corrected (0 below four bids)
 * @param skewness skewness, bias-corrected (0 below three bids)
 * @param kolmogorovSmirnov distance of the min–max scaled bids from the uniform distribution
 */
public record TenderScreens(
    int bids,
    double coefficientOfVariation,
    double spread,
    double differenceOfLowestTwo,
    double relativeDistance,
    double kurtosis,
    double skewness,
    double kolmogorovSmirnov) {}
