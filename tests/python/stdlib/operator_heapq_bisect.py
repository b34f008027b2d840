import operator
from operator import itemgetter, attrgetter, methodcaller
import heapq
import bisect

print(operator.add(2, 3), operator.sub(5, 2), operator.mul(3, 4), operator.truediv(7, 2),
      operator.floordiv(7, 2), operator.mod(7, 3), operator.pow(2, 10), operator.neg(5))
print(operator.eq(1, 1), operator.lt(1, 2), operator.not_(0), operator.truth([]), operator.is_(None, None))
print(operator.contains([1, 2], 2), operator.getitem('abc', 1), operator.index(7), operator.concat([1], [2]))
print(operator.and_(6, 3), operator.or_(6, 3), operator.xor(6, 3), operator.lshift(1, 4), operator.inv(0))
print(itemgetter(1)('abc'), itemgetter(0, 2)('abc'), itemgetter('k')({'k': 9}))
class P:
    def __init__(self):
        self.name = 'n'
        self.child = self
    def greet(self, who, punct='!'):
        return f'hi {who}{punct}'
print(attrgetter('name')(P()), attrgetter('child.name', 'name')(P()), methodcaller('greet', 'bob', punct='?')(P()))
data = [('b', 2), ('a', 2), ('c', 1)]
print(sorted(data, key=itemgetter(1, 0)), max(data, key=itemgetter(1)))
l = [1, 2, 3]; operator.setitem(l, 0, 9); operator.delitem(l, 1); print(l)
x = [1]; x = operator.iadd(x, [2]); print(x, operator.length_hint([1, 2, 3]))
print(itemgetter(1), attrgetter('a.b'))

h = []
for v in [5, 1, 8, 3, 9, 2]:
    heapq.heappush(h, v)
print(h[0], [heapq.heappop(h) for _ in range(len(h))])
nums = [9, 4, 7, 1, 8, 2]
heapq.heapify(nums); print(nums)
print(heapq.heappushpop(nums, 0), heapq.heapreplace(nums, 10), nums)
print(heapq.nlargest(3, [5, 1, 8, 3, 9]), heapq.nsmallest(2, [5, 1, 8, 3, 9]),
      heapq.nlargest(2, ['aa', 'b', 'cccc'], key=len))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6])), list(heapq.merge([3, 1], [2], key=lambda v: -v)))
tasks = []
heapq.heappush(tasks, (2, 'write'))
heapq.heappush(tasks, (1, 'plan'))
heapq.heappush(tasks, (3, 'test'))
print([heapq.heappop(tasks)[1] for _ in range(3)])
try:
    heapq.heappop([])
except IndexError as e:
    print('IndexError', e)

a = [1, 2, 4, 4, 8]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 5), bisect.bisect_left(a, 0))
bisect.insort(a, 3); bisect.insort_left(a, 4); print(a)
print(bisect.bisect_left(a, 4, 0, 3), bisect.bisect_right([(1, 'a'), (2, 'b')], 2, key=lambda t: t[0]))
def grade(score, breakpoints=[60, 70, 80, 90], grades='FDCBA'):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
