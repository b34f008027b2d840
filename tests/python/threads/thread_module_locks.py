# _thread hands out the lock types (RLock, allocate_lock), as CPython modules import them.
import _thread
from _thread import RLock, allocate_lock
r = RLock()
with r:
    with r:
        print("reentrant")
l = allocate_lock()
print(l.acquire(), l.locked(), isinstance(l, _thread.LockType))
l.release()
try:
    _thread.nope
except AttributeError as e:
    print(e)
