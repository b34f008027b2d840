# CPython's own statistics module: exact sums over fractions, NormalDist with dict __slots__.
import statistics as st
from fractions import Fraction
from decimal import Decimal

data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
print(st.mean(data), st.fmean(data), st.median(data), st.median_low([1, 3, 5, 7]),
      st.median_high([1, 3, 5, 7]), st.median_grouped([52, 52, 53, 54]))
print(st.mode([1, 1, 2, 3, 3, 3]), st.mode('aabbbc'), st.multimode('aabbcc'), st.multimode([]))
print(st.variance(data), st.pvariance(data), st.stdev(data), st.pstdev(data))
print(st.mean([Fraction(1, 3), Fraction(2, 3), Fraction(1, 2)]), st.variance([Fraction(1, 2), Fraction(3, 4), 1]))
print(st.mean([Decimal('1.5'), Decimal('2.25')]), st.median([Decimal('1'), Decimal('3')]))
print(round(st.geometric_mean([54, 24, 36]), 9), st.harmonic_mean([40, 60]), st.harmonic_mean([1, 2, 4], weights=[4, 2, 1]))
print(st.quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104], n=10))
print(st.quantiles([1, 2, 3, 4, 5], n=4, method='inclusive'))
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(st.covariance(x, y), round(st.correlation(x, x[::-1]), 12), st.linear_regression([1, 2, 3, 4, 5], [3, 5, 7, 9, 11]))
print(st.fmean([1, 2, 3], weights=[0.25, 0.25, 0.5]), st.pvariance([1, 2, 3], mu=2))

nd = st.NormalDist(100, 15)
print(nd, nd.mean, nd.median, nd.mode, nd.stdev, nd.variance)
print(round(nd.cdf(130), 9), round(nd.pdf(100), 12), round(nd.inv_cdf(0.975), 9), nd.quantiles(4))
print(round(nd.overlap(st.NormalDist(110, 15)), 9), nd.zscore(130))
print(nd + 5, nd * 2, nd - st.NormalDist(10, 20), 2 * nd, -nd, nd == st.NormalDist(100, 15))
fit = st.NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5])
print(fit, hash(nd) == hash(st.NormalDist(100, 15)), st.NormalDist.__slots__)
try:
    nd.extra = 1
except AttributeError as e:
    print('AttributeError', e)
for bad in (lambda: st.mean([]), lambda: st.stdev([1]), lambda: st.NormalDist(0, -1),
            lambda: st.harmonic_mean([-1]), lambda: st.quantiles([1], n=4),
            lambda: st.correlation([1, 1], [1, 2]), lambda: nd.inv_cdf(1.5)):
    try:
        bad()
    except st.StatisticsError as e:
        print('StatisticsError', e)
