from collections import deque, defaultdict, OrderedDict, Counter, namedtuple, ChainMap

# deque
d = deque([1, 2, 3])
d.append(4); d.appendleft(0)
print(d, len(d), d[0], d[-1])
print(d.pop(), d.popleft(), d)
d.extend([7, 8]); d.extendleft([-1, -2])
print(d)
d.rotate(2); print(d)
d.rotate(-3); print(d)
print(list(reversed(d)), 7 in d, 99 in d, d.count(7), d.index(7))
d.remove(7); print(d)
d.reverse(); print(d)
d[0] = 'x'; del d[1]; print(d)
d.insert(1, 'ins'); print(d)
bounded = deque(range(10), maxlen=3)
print(bounded, bounded.maxlen)
bounded.append(10); print(bounded)
bounded.appendleft(-1); print(bounded)
print(deque() == deque([]), deque([1]) == deque([1]), deque([1, 2]) < deque([1, 3]))
print(deque('abc') + deque('de'), deque([1]) * 3)
for exc_case in [lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1])[5],
                 lambda: deque([1]).remove(2), lambda: deque([1]).index(2)]:
    try:
        exc_case()
    except (IndexError, ValueError) as e:
        print(type(e).__name__, e)
q = deque()
for i in range(1000):
    q.append(i)
    if i % 3 == 0:
        q.popleft()
print(len(q), q[0], q[-1], sum(q))
print(bool(deque()), bool(deque([0])))
print(d.copy(), deque(d, maxlen=2))

# defaultdict
dd = defaultdict(list)
for k, v in [('a', 1), ('b', 2), ('a', 3)]:
    dd[k].append(v)
print(dd, dd['a'], dd['missing'], len(dd))
counts = defaultdict(int)
for ch in 'mississippi':
    counts[ch] += 1
print(sorted(counts.items()), isinstance(counts, dict))
print(defaultdict(None).default_factory)
try:
    defaultdict()['x']
except KeyError as e:
    print('KeyError', e)
nested = defaultdict(lambda: defaultdict(int))
nested['x']['y'] += 2
print(nested['x']['y'], dict(nested['x']))
print(dd.get('zzz'), 'zzz' in dd)

# OrderedDict
od = OrderedDict()
od['b'] = 1; od['a'] = 2; od['c'] = 3
print(od, list(od.keys()))
od.move_to_end('b'); print(od)
od.move_to_end('c', last=False); print(od)
print(od.popitem(), od.popitem(last=False), od)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1))
print(OrderedDict())

# Counter
c = Counter('abracadabra')
print(c)
print(c.most_common(2), c['a'], c['z'])
c.update('aaz'); print(c['a'], c['z'])
c.subtract({'a': 10}); print(c['a'])
print(sorted(Counter(a=3, b=1).elements()))
print(Counter(a=3, b=1) + Counter(a=1, b=2), Counter(a=3, b=1) - Counter(a=1, b=2))
print(Counter(a=3, b=1) | Counter(a=1, b=2), Counter(a=3, b=1) & Counter(a=1, b=2))
print(Counter([1, 1, 2]).total(), Counter(), -Counter(a=-2, b=3), +Counter(a=-2, b=3))
words = 'the quick the lazy the dog quick'.split()
print(Counter(words).most_common())

# namedtuple
Point = namedtuple('Point', ['x', 'y'])
p = Point(1, y=2)
print(p, p.x, p.y, p[0], tuple(p), p == (1, 2))
x, y = p
print(x + y, p._asdict(), p._replace(x=10), Point._make([5, 6]), Point._fields)
print(isinstance(p, tuple), len(p), hash(p) == hash((1, 2)))
P3 = namedtuple('P3', 'a b c', defaults=[0, 9])
print(P3(1), P3(1, 2, 3), P3._field_defaults)
R = namedtuple('R', 'a, def, a', rename=True)
print(R._fields)
for bad in [('Bad', 'a a'), ('Bad', 'a _b'), ('Bad', 'class x'), ('1x', 'a')]:
    try:
        namedtuple(*bad)
    except ValueError as e:
        print('ValueError', e)
try:
    Point(1)
except TypeError as e:
    print('TypeError', e)
print(sorted([Point(2, 1), Point(1, 5)]))
try:
    p.x = 5
except AttributeError as e:
    print('AttributeError')

# ChainMap
base = {'a': 1, 'b': 2}
over = {'b': 20}
cm = ChainMap(over, base)
print(cm['a'], cm['b'], len(cm), sorted(cm), cm.get('z', 0))
cm['c'] = 3
print(over, cm.maps)
child = cm.new_child({'a': 100})
print(child['a'], child.parents['a'])
print(ChainMap({'x': 1}, {'y': 2}))
