# An RLock counts the holds of the thread that owns it; other threads wait or give up, and a
# Condition over it releases every hold while it waits.
import threading

r = threading.RLock()
print(r.acquire(), r.acquire(), r.acquire(blocking=False), r.acquire(timeout=0.5))
print(r._is_owned(), repr(r).split(" at ")[0].split(" owner=")[0])
for _ in range(4):
    r.release()
print(r._is_owned(), repr(r).split(" owner=")[0])
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError", e)
try:
    r.acquire(False, 1)
except ValueError as e:
    print("ValueError", e)
try:
    r.acquire(True, -5)
except ValueError as e:
    print("ValueError", e)

results = []


def contender():
    results.append(("non-blocking", r.acquire(blocking=False)))
    results.append(("timed", r.acquire(timeout=0.01)))
    try:
        r.release()
    except RuntimeError as e:
        results.append(("release", str(e)))


with r:
    with r:
        t = threading.Thread(target=contender)
        t.start()
        t.join()
print(results)

# Once the main thread lets go, the other thread takes it.
t = threading.Thread(target=lambda: results.append(("free", r.acquire(timeout=1), r._is_owned())))
t.start()
t.join()
print(results[-1], r._is_owned())

lock = threading.RLock()
order = []


def worker(n):
    for i in range(3):
        with lock:
            with lock:
                order.append(n)


threads = [threading.Thread(target=worker, args=(n,)) for n in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(order))

cond = threading.Condition(threading.RLock())
box = []


def consumer():
    with cond:
        with cond:
            while not box:
                cond.wait()
            box.append("consumed " + box.pop())


t = threading.Thread(target=consumer)
t.start()
with cond:
    box.append("item")
    cond.notify()
t.join()
print(box)
