# Binding of positional, keyword, default and keyword-only arguments, with CPython's errors.

def f(a, b=2, c=3):
    return (a, b, c)


def g(a, /, b, *, c, d=4):
    return (a, b, c, d)


def many(a=0, b=0, c=0, d=0, e=0, f=0, g=0, h=0, i=0, j=0):
    return a + 2 * b + 3 * c + 4 * d + 5 * e + 6 * f + 7 * g + 8 * h + 9 * i + 10 * j


print(f(1), f(1, 5), f(1, c=9), f(c=7, a=0), f(1, 2, 3), f(b=1, a=2))
print(g(1, 2, c=3), g(1, b=2, c=3, d=5), g(1, c=0, b=9))
print(many(j=1, a=1), many(1, 2, 3, 4, 5, 6, 7, 8, 9, 10),
      many(a=1, b=1, c=1, d=1, e=1, f=1, g=1, h=1, i=1, j=1))

calls = [
    lambda: f(),
    lambda: f(1, a=2),
    lambda: f(1, d=4),
    lambda: f(1, 2, 3, 4),
    lambda: g(1, 2),
    lambda: g(a=1, b=2, c=3),
    lambda: g(1, 2, 3),
    lambda: g(1, b=2, c=3, e=0),
    lambda: many(k=1),
    lambda: many(1, a=1),
]
for call in calls:
    try:
        print(call())
    except TypeError as e:
        print('TypeError:', e)

def closure_kw(x, y=1):
    def inner():
        return x + y
    return inner()


print(closure_kw(1), closure_kw(x=2, y=3))


class K:
    def m(self, a, b=10, *, c=100):
        return self, a, b, c

    def __repr__(self):
        return 'K'


k = K()
print(k.m(1), k.m(1, c=2), k.m(a=3, b=4), K.m(k, 5, b=6))
bound = k.m
print(bound(7, c=8))

# Values passed by keyword are each moved once: nothing is lost or repeated.
objs = [object() for _ in range(3)]
res = f(objs[0], c=objs[2], b=objs[1])
print([r is o for r, o in zip(res, objs)])
total = 0
for i in range(2000):
    total += sum(f(i, c=i)) + g(i, b=1, c=2)[0] + many(i=i, j=1)
print(total)
