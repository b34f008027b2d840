# Timed waits with no other thread to end them sleep out their timeout and report it.
import threading, time, queue

start = time.monotonic()
lock = threading.Lock()
lock.acquire()
print(lock.acquire(timeout=0.05))
print(threading.Event().wait(0.05))
c = threading.Condition()
with c:
    print(c.wait(0.05))
s = threading.Semaphore(0)
print(s.acquire(timeout=0.05))
try:
    queue.Queue().get(timeout=0.05)
except queue.Empty:
    print('Empty')
t = threading.Thread(target=time.sleep, args=(0.05,))
t.start()
t.join(0.01)
t.join()
print(t.is_alive())
time.sleep(0.05)
time.sleep(0)
elapsed = time.monotonic() - start
print(elapsed >= 0.3, elapsed < 5)
print('done', flush=True)
import sys
print(sys.stdout.flush(), sys.stderr.flush())
