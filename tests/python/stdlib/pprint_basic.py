import pprint
from dataclasses import dataclass
from collections import OrderedDict, defaultdict, Counter, deque

data = {'name': 'isola', 'versions': list(range(30)), 'nested': {'a': [1, 2, {'b': 'c' * 30}], 'z': (1, 2)},
        'text': 'a fairly long string that will need to be wrapped when the width is small enough'}
pprint.pprint(data)
pprint.pprint(data, width=40, indent=2)
pprint.pprint(data, depth=1)
pprint.pprint(data, compact=True, width=50)
pprint.pprint(data, sort_dicts=False, width=60)
print(pprint.pformat([1, 2, 3]), pprint.pformat({'b': 1, 'a': 2}), pprint.saferepr([1, [2]]))
rec = [1, 2]
rec.append(rec)
print("<Recursion on list with id=" in pprint.pformat(rec))
print(pprint.isrecursive(rec), pprint.isreadable([1, 2]), pprint.isreadable(rec))
@dataclass
class P:
    x: int
    y: list
pprint.pprint(P(1, list(range(25))), width=40)
pprint.pprint([OrderedDict(a=1), defaultdict(list, {'k': [1]}), Counter('hello'), deque(range(3))])
pprint.pprint({'tuple': tuple(range(20)), 'set': set(range(3)), 'frozen': frozenset([1]), 'bytes': b'x' * 10}, width=50)
pp = pprint.PrettyPrinter(width=20)
pp.pprint(['alpha', 'beta', 'gamma', 'delta'])
print(pp.pformat({'k': 'v'}))
