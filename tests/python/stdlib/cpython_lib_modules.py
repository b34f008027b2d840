# Modules embedded from CPython's library (runtime/cpython_lib.rs), newly importable or
# replacing isola's copies.
import shlex
print(shlex.split('a "b c" d\\ e \'f g\''), shlex.quote("it's"), shlex.join(['a b', 'c']))
print(list(shlex.shlex("a=b; c && d", posix=True, punctuation_chars=True)))

import ipaddress
net = ipaddress.ip_network('192.168.0.0/30')
print(list(net.hosts()), net.broadcast_address, net.num_addresses)
print(ipaddress.ip_address('::1'), ipaddress.ip_address('10.0.0.1').is_private)
print(ipaddress.ip_interface('10.1.2.3/24').network, ipaddress.IPv6Network('2001:db8::/126').compressed)
try:
    ipaddress.ip_address('300.1.1.1')
except ValueError as e:
    print('ValueError', e)

import tomllib
doc = tomllib.loads('''
title = "t"
[owner]
name = "x"
dob = 1979-05-27T07:32:00Z
[db]
ports = [8000, 8001]
ratio = 0.5
enabled = true
[[items]]
a = 1
[[items]]
a = 2
''')
print(doc)
try:
    tomllib.loads('a = ')
except tomllib.TOMLDecodeError as e:
    print('TOMLDecodeError', e)

import heapq
h = []
for x in [5, 1, 4, 2]:
    heapq.heappush(h, x)
print(h, heapq.heappop(h), heapq.nsmallest(2, [3, 1, 2]), heapq.nlargest(2, 'hello'))
print(list(heapq.merge([1, 4], [2, 3], reverse=False)))
for f in (heapq.heappop, lambda h: heapq.heapreplace(h, 1)):
    try:
        f([])
    except IndexError as e:
        print('IndexError', e)

from contextlib import ExitStack, contextmanager, suppress, nullcontext, redirect_stdout
import io
@contextmanager
def tag(n):
    print('<' + n + '>')
    yield n.upper()
    print('</' + n + '>')
with ExitStack() as stack:
    print([stack.enter_context(tag(n)) for n in 'ab'])
with suppress(KeyError):
    {}['x']
buf = io.StringIO()
with redirect_stdout(buf):
    print('hidden')
print(repr(buf.getvalue()))

import bisect, operator, reprlib, textwrap, difflib, graphlib, keyword, numbers, colorsys, queue
from fractions import Fraction
print(bisect.bisect([1, 2, 4], 3), operator.itemgetter(1, 0)('ab'), reprlib.repr(list(range(20))))
print(textwrap.fill('the quick brown fox jumps over the lazy dog', 12))
print(list(difflib.unified_diff(['a\n', 'b\n'], ['a\n', 'c\n'])))
print(list(graphlib.TopologicalSorter({'b': {'a'}, 'c': {'b'}}).static_order()))
print(keyword.iskeyword('match'), keyword.issoftkeyword('match'), isinstance(3, numbers.Integral))
print(colorsys.rgb_to_hsv(0.2, 0.4, 0.4), Fraction(3, 4) + Fraction(1, 6), Fraction('1.25'))
q = queue.PriorityQueue()
q.put((2, 'b')); q.put((1, 'a'))
print(q.get(), q.qsize())
