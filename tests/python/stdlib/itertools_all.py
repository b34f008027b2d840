import itertools
from itertools import (count, cycle, repeat, accumulate, chain, compress, dropwhile,
                       filterfalse, groupby, islice, pairwise, starmap, takewhile, tee,
                       zip_longest, product, permutations, combinations,
                       combinations_with_replacement)
import operator

print(list(islice(count(), 5)), list(islice(count(10, -2), 4)), list(islice(count(0.5, 0.25), 3)))
print(list(islice(cycle('abc'), 7)), list(cycle([])))
print(list(repeat('x', 3)), list(repeat(1, 0)), list(zip(range(3), repeat(7))))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3, 4], operator.mul)),
      list(accumulate([1, 2], initial=100)), list(accumulate([])), list(accumulate([3, 1, 4, 1, 5], max)))
print(list(chain('ab', [1, 2], ())), list(chain.from_iterable(['xy', 'z'])), list(chain()))
print(list(compress('ABCDEF', [1, 0, 1, 0, 1, 1])))
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, '', 'a'])))
print([(k, list(g)) for k, g in groupby('AAAABBBCCDAABBB')])
print([k for k, g in groupby('AAAABBBCCD')])
print([(k, len(list(g))) for k, g in groupby(sorted(['apple', 'avocado', 'banana', 'cherry', 'blueberry']), key=lambda w: w[0])])
groups = groupby([1, 1, 2, 2, 3])
k1, g1 = next(groups)
k2, g2 = next(groups)
print(k1, list(g1), k2, list(g2))
print(list(islice('ABCDEFG', 2)), list(islice('ABCDEFG', 2, 4)), list(islice('ABCDEFG', 2, None)),
      list(islice('ABCDEFG', 0, None, 2)), list(islice(range(10), 1, 8, 3)))
it = iter(range(10))
print(list(islice(it, 3)), next(it))
for bad in [(-1,), (0, -1), (0, 5, 0)]:
    try:
        islice('abc', *bad)
    except ValueError as e:
        print('ValueError', e)
print(list(pairwise('ABCD')), list(pairwise('A')))
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])))
a, b = tee([1, 2, 3])
print(list(a), list(b))
x, y, z = tee(iter('ab'), 3)
print(next(x), list(y), list(x), list(z))
print(list(zip_longest('ABCD', 'xy', fillvalue='-')), list(zip_longest([1], [2, 3], [])))
print(list(product('AB', 'xy')), list(product(range(2), repeat=3))[:4], list(product()))
print(list(permutations('ABC', 2)), len(list(permutations(range(5)))), list(permutations([], 0)))
print(list(combinations('ABCD', 2)), list(combinations(range(4), 3)), list(combinations('AB', 3)))
print(list(combinations_with_replacement('ABC', 2)))
print(sum(1 for _ in combinations(range(10), 4)), list(permutations('ab', 5)))
print(list(map(operator.itemgetter(1), [(1, 'a'), (2, 'b')])))
