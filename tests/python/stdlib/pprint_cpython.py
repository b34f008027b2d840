# CPython's own pprint: formatters chosen by the identity of a type's __repr__.
import pprint
import types
from collections import OrderedDict, Counter, defaultdict, deque, ChainMap, UserDict, UserList
from dataclasses import dataclass, field

data = {'words': ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta'],
        'matrix': [[i * j for j in range(6)] for i in range(4)],
        'meta': {'nested': {'deeper': {'deepest': list(range(12))}}, 'flag': True, 'none': None}}
pprint.pprint(data, width=40)
pprint.pprint(data, depth=2, compact=True)
print(pprint.pformat(data, indent=2, width=60, sort_dicts=False))
pprint.pp({'b': 1, 'a': [2] * 30})
rec = [1, 2]
rec.append(rec)
d = {'self': None}
d['self'] = d
print(pprint.pformat(rec)[:20], pprint.pformat(d)[:22], pprint.isrecursive(rec), pprint.isreadable(rec),
      pprint.isreadable({"a": (1, 2.5, "x")}), pprint.saferepr(d)[:22])
pprint.pprint(OrderedDict((k, k * 11) for k in 'abcdefgh'), width=30)
pprint.pprint(Counter('mississippi river banks'), width=40)
dd = defaultdict(list)
for i in range(12):
    dd[i % 3].append('item%d' % i)
pprint.pprint(dd, width=50)
pprint.pprint(deque(range(30), maxlen=40), width=40)
pprint.pprint(ChainMap({'a': list(range(10))}, {'b': 'x' * 50}), width=40)
pprint.pprint(UserDict(a=list(range(20))), width=40)
pprint.pprint(UserList(range(25)), width=30)
pprint.pprint(types.MappingProxyType({'k%d' % i: i for i in range(8)}), width=30)
pprint.pprint(types.SimpleNamespace(name='ns', values=list(range(15)), inner=types.SimpleNamespace(x=1)), width=40)

@dataclass
class Config:
    name: str
    options: dict = field(default_factory=dict)
    tags: list = field(default_factory=list)
pprint.pprint(Config('service', {'retries': 3, 'timeouts': [1, 2, 4, 8, 16, 32]}, ['a' * 20, 'b' * 20]), width=50)
pprint.pprint({'text': 'lorem ipsum dolor sit amet ' * 4, 'blob': b'\x00\x01binary' * 8,
               'arr': bytearray(b'abcdefghij' * 6)}, width=50)
class MyDict(dict):
    pass
class ReprDict(dict):
    def __repr__(self):
        return 'ReprDict(...)'
pprint.pprint(MyDict(zip('abcdefghij', range(10))), width=30)
pprint.pprint([ReprDict(a=1), frozenset(range(12)), set('abcdefghijklmno'[:6])], width=30)
pprint.pprint(tuple(range(3)), width=1)
pp = pprint.PrettyPrinter(width=20, indent=4, underscore_numbers=True)
pp.pprint([10 ** 6, 12345678, {'big': 2 ** 40}])
print(pprint.pformat('x' * 100, width=30))
