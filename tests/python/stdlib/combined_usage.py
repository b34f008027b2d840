from dataclasses import dataclass, field
from enum import Enum, auto
from typing import List, Optional, Dict
from collections import namedtuple, Counter, defaultdict, deque, OrderedDict
from functools import lru_cache, partial, reduce, cached_property
from itertools import groupby, chain, accumulate, product
import heapq, bisect, operator, copy, string, textwrap, math

class Status(Enum):
    TODO = auto()
    DONE = auto()

@dataclass(order=True)
class Task:
    priority: int
    name: str = field(compare=False)
    status: Status = field(default=Status.TODO, compare=False)
    tags: List[str] = field(default_factory=list, compare=False)

tasks = [Task(3, 'c'), Task(1, 'a', Status.DONE), Task(2, 'b', tags=['x'])]
print(sorted(tasks))
print([t.name for t in sorted(tasks, key=operator.attrgetter('name'), reverse=True)])
print(Counter(t.status for t in tasks))
by_status = defaultdict(list)
for t in tasks:
    by_status[t.status.name].append(t.name)
print(dict(by_status))
Pair = namedtuple('Pair', 'left right')
print([Pair(*p)._asdict() for p in product('ab', [1, 2])][:2])

class Solver:
    def __init__(self, n):
        self.n = n
    @lru_cache(maxsize=None)
    def ways(self, k):
        return 1 if k <= 1 else self.ways(k - 1) + self.ways(k - 2)
    @cached_property
    def total(self):
        return sum(self.ways(i) for i in range(self.n))
s = Solver(30)
print(s.ways(30), s.total, Solver.ways.cache_info().hits > 0)
words = 'the cat sat on the mat the end'.split()
print([(k, len(list(g))) for k, g in groupby(sorted(words))])
print(list(accumulate([3, 1, 4, 1, 5], max)), reduce(operator.mul, range(1, 8)))
h = []
for t in tasks:
    heapq.heappush(h, (t.priority, t.name))
print([heapq.heappop(h) for _ in range(len(h))])
sc = [10, 20, 30]
bisect.insort(sc, 25)
print(sc, bisect.bisect_left(sc, 25))
t2 = copy.deepcopy(tasks[2]); t2.tags.append('y')
print(tasks[2].tags, t2.tags, t2 == tasks[2])
print(textwrap.fill(' '.join(string.ascii_lowercase[i:i+3] for i in range(0, 26, 3)), 20))
od = OrderedDict.fromkeys('abc', 0)
od.move_to_end('a')
print(od, list(od.items())[0])
dq = deque(range(5), maxlen=3)
dq.extendleft([9, 8])
print(dq, list(chain.from_iterable([[1], [2, 3]])), math.prod(range(1, 6)))
print(Status.DONE, Status['TODO'].value, [s.name for s in Status], Status(2) is Status.DONE)
