# time.sleep in one thread lets the others run: threads that sleep wake in the order of their
# wake times, a timed wait ends on time while another thread sleeps, and a join or an event
# wait on a sleeping thread is no deadlock.
import threading
import time

events = []


def ticker(name, start, step, count):
    time.sleep(start)
    for i in range(count):
        events.append(f"{name}{i}")
        time.sleep(step)


t = threading.Thread(target=ticker, args=("w", 0, 0.2, 3))
t.start()
ticker("m", 0.1, 0.2, 3)
t.join()
print(events)

order = []


def nap(seconds):
    time.sleep(seconds)
    order.append(seconds)


threads = [threading.Thread(target=nap, args=(s,)) for s in (0.4, 0.1, 0.3, 0.2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(order)

# The main thread sleeps while a worker computes.
progress = []


def compute():
    total = 0
    for i in range(20000):
        total += i
    progress.append(total)


t = threading.Thread(target=compute)
t.start()
time.sleep(0.5)
print("computed during the sleep:", progress)
t.join()

# A timed wait ends on time, however long the thread holding the lock sleeps.
lock = threading.Lock()
held = threading.Event()


def holder():
    with lock:
        held.set()
        time.sleep(0.6)


t = threading.Thread(target=holder)
t.start()
held.wait()
start = time.monotonic()
got = lock.acquire(timeout=0.05)
waited = time.monotonic() - start
print("acquired:", got, "waited under 0.4 s:", waited < 0.4)
print("event wait:", threading.Event().wait(0.02))
t.join()
print("after join, lock is free:", lock.acquire(blocking=False))
lock.release()

done = threading.Event()


def late_setter():
    time.sleep(0.05)
    done.set()


t = threading.Thread(target=late_setter)
t.start()
print("event set by a sleeper:", done.wait(), done.is_set())
t.join()
