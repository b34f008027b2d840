# A generator abandoned by break or return is closed at once, so its finally/with cleanup runs.
class Resource:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("open", self.name)
        return self

    def __exit__(self, *exc):
        print("close", self.name, exc[0].__name__ if exc[0] else None)
        return False


def lines(name):
    with Resource(name):
        for i in range(5):
            yield f"{name}:{i}"


for line in lines("a"):
    print(line)
    if line.endswith("1"):
        break
print("after break")


def first_match(pred):
    for line in lines("b"):
        if pred(line):
            return line
    return None


print(first_match(lambda s: s.endswith("2")))


def counted():
    try:
        n = 0
        while True:
            yield n
            n += 1
    finally:
        print("counted cleanup at", n)


g = counted()
for v in g:
    if v == 2:
        break
print("still alive:", next(g))
g.close()


def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        raise


for v in stubborn():
    break


def nested():
    try:
        yield from counted()
    finally:
        print("nested cleanup")


for v in nested():
    if v == 1:
        break
print("done")
