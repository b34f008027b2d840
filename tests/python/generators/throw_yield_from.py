# Exceptions thrown into a generator paused in `yield from` reach the sub-generator first.
def inner():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("inner caught", e)
        yield "recovered"
        return "inner result"
    finally:
        print("inner cleanup")


def outer():
    try:
        r = yield from inner()
        print("outer got", r)
        yield "after"
    finally:
        print("outer cleanup")


g = outer()
print(next(g))
print(g.throw(ValueError("v1")))
print(next(g))
g.close()
print("--")
g = outer()
next(g)
g.close()
print("--")
g = outer()
next(g)
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))
print("--")


def echo():
    while True:
        try:
            x = yield
            print("echo", x)
        except TypeError as e:
            print("echo handled", e)


def wrapper():
    yield from echo()


w = wrapper()
next(w)
w.send(1)
w.throw(TypeError("t"))
w.send(2)
w.close()
print("done")
