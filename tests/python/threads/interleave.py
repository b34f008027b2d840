# Threads interleave: a shared counter updated under a lock, barrier rendezvous, a timer,
# and a producer/consumer pipeline through queue.Queue with task_done/join.
import threading
import queue

counter = 0
lock = threading.Lock()

def add(n):
    global counter
    for _ in range(n):
        with lock:
            counter += 1

ts = [threading.Thread(target=add, args=(5000,)) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print('counter', counter)

order = []
barrier = threading.Barrier(3, action=lambda: order.append('all arrived'))
def arrive(name):
    order.append(name)
    barrier.wait()
    order.append(name + ' passed')
ts = [threading.Thread(target=arrive, args=(n,)) for n in 'abc']
for t in ts:
    t.start()
for t in ts:
    t.join()
print(order.index('all arrived') == 3, sorted(order[4:]))

fired = []
tm = threading.Timer(0.01, lambda: fired.append('timer'))
tm.start()
tm.join()
cancelled = threading.Timer(10, lambda: fired.append('never'))
cancelled.start()
cancelled.cancel()
cancelled.join()
print(fired)

tasks = queue.Queue()
done = []
def worker():
    while True:
        item = tasks.get()
        if item is None:
            tasks.task_done()
            break
        done.append(item * 10)
        tasks.task_done()
workers = [threading.Thread(target=worker, daemon=True) for _ in range(3)]
for w in workers:
    w.start()
for i in range(12):
    tasks.put(i)
for _ in workers:
    tasks.put(None)
tasks.join()
print(sorted(done))
print(tasks.empty(), tasks.qsize(), workers[0].daemon)
try:
    queue.Queue().get(timeout=0.01)
except queue.Empty:
    print('empty after timeout')
q = queue.Queue(1)
q.put(1)
try:
    q.put(2, block=False)
except queue.Full:
    print('full')
lq = queue.LifoQueue(); pq = queue.PriorityQueue()
for x in (3, 1, 2):
    lq.put(x); pq.put(x)
print([lq.get() for _ in range(3)], [pq.get() for _ in range(3)])
print(threading.active_count(), [t.name for t in threading.enumerate()])
