# CPython 3.13's _interpreters and _interpqueues measured as isola's interpreters_bench example
# measures isola: one `CPython 3.13 | what | value` line per measurement.
import os
import sys
import threading
import time

import _interpreters
import _interpqueues

N = int(sys.argv[1]) if len(sys.argv) > 1 else 200


def row(what, value):
    print(f"CPython {sys.version_info[0]}.{sys.version_info[1]} | {what} | {value}")


def resident():
    with open('/proc/self/statm') as f:
        return int(f.read().split()[1]) * os.sysconf('SC_PAGE_SIZE')


def median_us(times):
    times.sort()
    return times[len(times) // 2] * 1e6


# CPython's API is Python's: "create + close" and "interpreters.create() + close() in Python"
# are the same measurement there.
times = []
for _ in range(N):
    start = time.perf_counter()
    _interpreters.destroy(_interpreters.create())
    times.append(time.perf_counter() - start)
row('create + close', f'{median_us(times):.1f} µs')
row('interpreters.create() + close() in Python', f'{median_us(times):.1f} µs')

times = []
for _ in range(N):
    start = time.perf_counter()
    interp = _interpreters.create()
    _interpreters.exec(interp, 'pass')
    _interpreters.destroy(interp)
    times.append(time.perf_counter() - start)
row('create + exec(pass) + close', f'{median_us(times):.1f} µs')

IMPORTS = 'json, re, collections, dataclasses, typing'
times = []
for _ in range(20):
    interp = _interpreters.create()
    start = time.perf_counter()
    _interpreters.exec(interp, f'import {IMPORTS}')
    times.append(time.perf_counter() - start)
    _interpreters.destroy(interp)
row(f'import {IMPORTS} (fresh interpreter)', f'{median_us(times) / 1000:.2f} ms')

count = 100
before = resident()
live = [_interpreters.create() for _ in range(count)]
for interp in live:
    _interpreters.exec(interp, 'pass')
after = resident()
for interp in live:
    _interpreters.destroy(interp)
row(f'memory per idle interpreter ({count})', f'{(after - before) / count / 1024:.0f} KiB')

# A round trip through two queues between the main interpreter and an echoing one. The queue
# module's blocking get polls; 0 as the default unbound op, and fmt 0 (shareable objects).
messages = 2000
ping = _interpqueues.create(0, 0, 1)
pong = _interpqueues.create(0, 0, 1)
echo = _interpreters.create()
script = f"""
import _interpqueues, time
for _ in range({messages}):
    while True:
        try:
            obj = _interpqueues.get({ping})
            break
        except _interpqueues.QueueError:
            pass
    _interpqueues.put({pong}, obj[0], 0, 1)
"""
worker = threading.Thread(target=_interpreters.exec, args=(echo, script))
worker.start()
start = time.perf_counter()
for i in range(messages):
    _interpqueues.put(ping, i, 0, 1)
    while True:
        try:
            _interpqueues.get(pong)
            break
        except _interpqueues.QueueError:
            pass
elapsed = time.perf_counter() - start
worker.join()
row('queue round trip', f'{elapsed * 1e6 / messages:.2f} µs (busy polling)')
