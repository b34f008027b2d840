import statistics
from statistics import mean, median, mode, stdev, variance, pstdev, pvariance, StatisticsError
from fractions import Fraction
from decimal import Decimal

data = [2, 4, 4, 4, 5, 5, 7, 9]
print(mean(data), median(data), mode(data), pstdev(data), pvariance(data), stdev(data), variance(data))
print(statistics.median_low([1, 3, 5, 7]), statistics.median_high([1, 3, 5, 7]), statistics.median([1, 3, 5]),
      statistics.median_grouped([52, 52, 53, 54]))
print(mean([1.5, 2.5, 3.5]), mean([Fraction(1, 2), Fraction(1, 3)]), mean([Decimal('0.5'), Decimal('1.5')]))
print(statistics.fmean([1, 2, 3, 4]), statistics.geometric_mean([1, 2, 4]), statistics.harmonic_mean([40, 60]))
print(statistics.multimode('aabbbccccdd'), statistics.multimode([1, 1, 2, 2]), mode(['red', 'blue', 'red']))
print(statistics.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], n=4), statistics.quantiles(range(100), n=10, method='inclusive'))
x = [1, 2, 3, 4, 5]; y = [2, 4, 5, 4, 5]
print(statistics.correlation(x, y), statistics.covariance(x, y), statistics.linear_regression(x, y))
nd = statistics.NormalDist(100, 15)
print(nd, nd.mean, nd.stdev, round(nd.cdf(115), 6), round(nd.pdf(100), 6), round(nd.inv_cdf(0.975), 4))
print(statistics.NormalDist.from_samples([1, 2, 3, 4, 5]), round(nd.overlap(statistics.NormalDist(110, 15)), 6))
print(variance([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), stdev([Fraction(1), Fraction(2), Fraction(4)]))
for bad in [lambda: mean([]), lambda: stdev([1]), lambda: median([]), lambda: mode([])]:
    try:
        bad()
    except StatisticsError as e:
        print('StatisticsError', e)
