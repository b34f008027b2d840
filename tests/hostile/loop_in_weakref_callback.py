# expect: timeout
import weakref
class C:
    pass
def callback(ref):
    while True:
        pass
c = C()
r = weakref.ref(c, callback)
del c
