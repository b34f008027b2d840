from __future__ import annotations
import __future__
import gc
import graphlib
import colorsys
import difflib
import queue
import reprlib
import weakref

def f(x: SomeUndefinedType) -> AlsoUndefined:
    return x
print(f(3), __future__.annotations.compiler_flag > 0, __future__.all_feature_names[:3])
print(gc.collect(), gc.isenabled(), gc.get_threshold())

ts = graphlib.TopologicalSorter({'d': {'b', 'c'}, 'b': {'a'}, 'c': {'a'}})
order = list(ts.static_order())
print(order[0], order[-1], sorted(order[1:3]))
try:
    list(graphlib.TopologicalSorter({'a': {'b'}, 'b': {'a'}}).static_order())
except graphlib.CycleError as e:
    print('CycleError', e.args[0])

print(colorsys.rgb_to_hsv(0.2, 0.4, 0.4), colorsys.hsv_to_rgb(0.5, 0.5, 0.4), colorsys.rgb_to_hls(1, 0, 0))
a = ['one', 'two', 'three', 'four']
b = ['one', 'too', 'three', 'fore', 'five']
print(''.join(difflib.unified_diff([x + '\n' for x in a], [x + '\n' for x in b], 'a', 'b')), end='')
print(list(difflib.ndiff(['abc\n'], ['abd\n'])))
print(difflib.SequenceMatcher(None, 'abcd', 'bcde').ratio(), difflib.get_close_matches('appel', ['ape', 'apple', 'peach', 'puppy']))
sm = difflib.SequenceMatcher(a='private Thread currentThread;', b='private volatile Thread currentThread;')
print(sm.get_matching_blocks()[:2], sm.get_opcodes()[:2])

q = queue.Queue()
for i in range(3):
    q.put(i)
print(q.qsize(), q.get(), q.get_nowait(), q.empty())
pq = queue.PriorityQueue()
for item in [(3, 'c'), (1, 'a'), (2, 'b')]:
    pq.put(item)
print([pq.get()[1] for _ in range(3)])
lq = queue.LifoQueue(maxsize=2)
lq.put(1); lq.put(2)
print(lq.full(), lq.get())
try:
    queue.Queue().get_nowait()
except queue.Empty:
    print('Empty')
try:
    lq.put(5); lq.put_nowait(6)
except queue.Full:
    print('Full')

print(reprlib.repr(list(range(100))), reprlib.repr('x' * 100), reprlib.repr({i: i for i in range(10)}))
class Obj:
    pass
o = Obj()
r = weakref.ref(o)
print(r() is o, weakref.WeakValueDictionary(a=o)['a'] is o)
