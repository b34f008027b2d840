# Generators: yield, send, throw, close, return values, yield from, and generator expressions.
def countdown(n):
    while n > 0:
        received = yield n
        if received is not None:
            print("received", received)
            n = received
        else:
            n -= 1
    return "liftoff"


g = countdown(3)
print(next(g))
print(g.send(5))
print(list(g))


def averager():
    total = 0
    count = 0
    average = None
    while True:
        value = yield average
        if value is None:
            return (count, average)
        total += value
        count += 1
        average = total / count


def grouper(results, key):
    results[key] = yield from averager()


results = {}
for key, values in [("a", [1, 2, 3]), ("b", [10, 20])]:
    group = grouper(results, key)
    next(group)
    for v in values:
        group.send(v)
    try:
        group.send(None)
    except StopIteration:
        pass
print(results)


def guarded():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("caught inside:", e)
        yield "recovered"
    finally:
        print("cleanup")


g = guarded()
print(next(g))
print(g.throw(ValueError("boom")))
g.close()
print("closed")

g = guarded()
print(next(g))
g.close()


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def take(n, it):
    out = []
    for x in it:
        if len(out) == n:
            break
        out.append(x)
    return out


print(take(10, fib()))
squares = (x * x for x in range(6))
print(next(squares), sum(squares))
print(list(zip(fib(), "abc")))
print(sorted((x for x in [3, 1, 2]), reverse=True))


def flatten(items):
    for item in items:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item


print(list(flatten([1, [2, [3, [4, 5]], 6], [[7]]])))


def gen_raises():
    yield 1
    raise StopIteration


try:
    list(gen_raises())
except RuntimeError as e:
    print("RuntimeError:", e)

it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "done"))
try:
    next(it)
except StopIteration:
    print("exhausted")
