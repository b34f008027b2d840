import threading, queue

results = []
lock = threading.Lock()

def worker(n):
    total = 0
    for i in range(20000):
        total += i % n
    with lock:
        results.append((n, total))

threads = [threading.Thread(target=worker, args=(k,)) for k in (3, 5, 7)]
print(threads[0])
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results))
print(threads[0].is_alive(), threading.active_count())

q = queue.Queue(maxsize=2)
def producer():
    for i in range(10):
        q.put(i)
    q.put(None)
out = []
def consumer():
    while True:
        item = q.get()
        if item is None:
            break
        out.append(item * item)
p = threading.Thread(target=producer); c = threading.Thread(target=consumer)
p.start(); c.start(); p.join(); c.join()
print(out)

ev = threading.Event()
seen = []
def waiter():
    ev.wait()
    seen.append('woke')
w = threading.Thread(target=waiter, name='W'); w.start()
seen.append('before set')
ev.set(); w.join()
print(seen, w.name)

cond = threading.Condition()
items = []
def consume():
    with cond:
        cond.wait_for(lambda: len(items) >= 3)
        print('got', items)
t = threading.Thread(target=consume); t.start()
for i in range(3):
    with cond:
        items.append(i)
        cond.notify_all()
t.join()

sem = threading.BoundedSemaphore(2)
sem.acquire(); sem.release()
try:
    sem.release()
except ValueError as e:
    print(e)

def boom():
    raise ValueError('bad thing')
def hook(args):
    print('hook:', args.exc_type.__name__, args.exc_value, args.thread.name)
threading.excepthook = hook
t = threading.Thread(target=boom, name='Boomer'); t.start(); t.join()
print('after boom', t.is_alive())

l = threading.Lock(); l.acquire()
print(l.acquire(False), l.acquire(timeout=0.01), l.locked())
l.release()
try:
    l.release()
except RuntimeError as e:
    print(e)
r = threading.RLock()
with r:
    with r:
        print('reentrant ok')
try:
    r.release()
except RuntimeError as e:
    print(e)
for bad in (lambda: threading.Lock().acquire(False, 1), lambda: threading.Condition().wait(),
            lambda: threading.Semaphore(-1), lambda: threading.current_thread().join(),
            lambda: threading.Thread().join()):
    try:
        bad()
    except (RuntimeError, ValueError) as e:
        print(type(e).__name__, e)
print(threading.current_thread().name, threading.main_thread() is threading.current_thread())
loc = threading.local(); loc.x = 1
def show():
    print('local has x:', hasattr(loc, 'x'))
t = threading.Thread(target=show); t.start(); t.join()
print(loc.x)
