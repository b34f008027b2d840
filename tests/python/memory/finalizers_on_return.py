# A returning function releases its locals first to last, so the finalizers they queue run
# in that order, whether the frame was a plain call or a constructor's __init__.
class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def plain():
    a = D("a")
    b = D("b")
    c = D("c")
    print("returning")


def with_args(x, y):
    z = D("z")
    print("returning")


class Holder:
    def __init__(self, first, second):
        self.kept = D("kept")
        local = D("local")
        other = D("other")


plain()
with_args(D("x"), D("y"))
h = Holder(1, 2)
print("made")
del h
print("end")
