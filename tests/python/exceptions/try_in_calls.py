# Functions with try, with and finally blocks, called many times, nested, recursive,
# returning from inside their blocks and raising through them: each call's handlers are its
# own.
def lookup(cache, key):
    try:
        return cache[key]
    except KeyError:
        return None


cache = {1: "a"}
print([lookup(cache, k) for k in (1, 2, 1, 3)])


def depth(n):
    try:
        if n == 0:
            raise ValueError("bottom")
        try:
            return depth(n - 1) + 1
        finally:
            pass
    except ValueError:
        return 0


print(depth(50))


def nested(n):
    out = []
    try:
        try:
            try:
                if n % 3 == 0:
                    raise KeyError(n)
                if n % 3 == 1:
                    raise IndexError(n)
                out.append("none")
            except KeyError:
                out.append("key")
                raise TypeError(n)
        except IndexError:
            out.append("index")
        finally:
            out.append("finally")
    except TypeError as e:
        out.append(f"type {e}")
    return out


for i in range(6):
    print(i, nested(i))


class Managed:
    def __init__(self, log):
        self.log = log

    def __enter__(self):
        self.log.append("enter")
        return self

    def __exit__(self, *exc):
        self.log.append(f"exit {exc[0].__name__ if exc[0] else None}")
        return exc[0] is ZeroDivisionError


def with_calls(n):
    log = []
    with Managed(log):
        if n:
            1 / 0
        log.append("body")
    return log


print([with_calls(i % 2) for i in range(4)])


def gen():
    for i in range(3):
        try:
            yield i
        finally:
            print("gen finally", i)


def drive():
    try:
        for v in gen():
            try:
                if v == 1:
                    raise RuntimeError("in loop")
            except RuntimeError as e:
                print("caught", e)
    finally:
        print("drive finally")


drive()
drive()


def escapes(n):
    try:
        return 1 / n
    except TypeError:
        return "type"


total = 0
for i in range(1, 200):
    total += escapes(i) > 0
print(total)
try:
    escapes(0)
except ZeroDivisionError as e:
    print("escaped", e)
print(escapes(None), escapes(4))
