# The end of a program, as CPython's shutdown: atexit callbacks (last registered first), then
# the finalizers of everything __main__ held, in the order the objects were made, cycles
# included; weakref.finalize objects still alive run at exit.
import atexit
import weakref


class Res:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def bye(who, punctuation="."):
    print("atexit", who + punctuation)


atexit.register(bye, "first")
atexit.register(bye, "second", punctuation="!")
atexit.register(bye, "unregistered")
atexit.unregister(bye)
atexit.register(bye, "third")


_private = Res("_private")
a = Res("a")
cycle = Res("cycle")
cycle.me = cycle
kept = Res("kept by finalize")
weakref.finalize(kept, print, "finalize at exit")
holder = [Res("in a list"), {"k": Res("in a dict")}]
temporary = Res("temporary")
temporary = None
print("end of program")
