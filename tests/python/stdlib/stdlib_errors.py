# Error messages of the standard library types, as CPython words them.
from collections import namedtuple, Counter, deque, OrderedDict, defaultdict
from enum import Enum
from dataclasses import dataclass, FrozenInstanceError
import heapq, bisect, statistics, fractions, decimal, functools, itertools, copy

P = namedtuple('P', 'x y')
p = P(1, 2)
C = Enum('C', 'A B')


@dataclass(frozen=True)
class F:
    v: int


cases = [
    "p.x = 5", "p.z", "P(1, 2, 3)", "P(x=1)", "Counter('ab') < 3", "C.A < C.B", "C(3)",
    "C['Z']", "del C.A", "deque([1])[5]", "deque().popleft()", "deque([1], maxlen=-1)",
    "OrderedDict().popitem()", "defaultdict(5)", "F(1).v = 2", "heapq.heappop([])",
    "statistics.mean([])", "fractions.Fraction(1, 0)", "decimal.Decimal('x')",
    "functools.reduce(lambda a, b: a, [])", "next(itertools.islice([], 1))",
    "list(itertools.permutations([1], -1))", "P._make([1])", "p._replace(q=1)",
]
for stmt in cases:
    try:
        exec(stmt)
        print('no error:', stmt)
    except Exception as e:
        print(f'{stmt:40} {type(e).__name__}: {e}')
