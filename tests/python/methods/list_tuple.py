# Methods of list and tuple.


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


class Eq:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return isinstance(other, Eq) and other.n == self.n

    def __repr__(self):
        return 'Eq(%d)' % self.n


class Idx:
    def __index__(self):
        return 1


a = [3, 1, 2]
a.append(4)
a.extend([5, 6])
a.extend(range(7, 9))
a.extend('ab')
a.extend({'k': 1})
a.insert(0, 'first')
a.insert(-1, 'before-last')
a.insert(100, 'end')
a.insert(-100, 'start')
a.insert(Idx(), 'idx')
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a.pop(Idx()), a)
a.remove('a')
print(a, a.index(3), a.index(5, 2), a.index(6, -5, -1), a.count(1), a.count('zz'))
b = a.copy()
b.reverse()
print(b, a is b, b == a[::-1])
b.clear()
print(b, a)
nums = [5, 2, 9, 1, 5, 6]
nums.sort()
print(nums)
nums.sort(reverse=True)
print(nums)
words = ['banana', 'Apple', 'cherry', 'apple', 'Banana']
words.sort(key=str.lower)
print(words)
words.sort(key=len, reverse=True)
print(words)
pairs = [(1, 'b'), (0, 'z'), (1, 'a'), (0, 'a')]
pairs.sort(key=lambda p: p[0])
print(pairs)
print([Eq(1), Eq(2), Eq(1)].count(Eq(1)), [Eq(1), Eq(2)].index(Eq(2)))
nan = float('nan')
print([nan].count(nan), [nan].index(nan), [1, 1.0, True].count(1))
items = [1, 2, 3]
items.extend(items)
print(items)
x = [1, 2]
x.append(x)
print(x)
t = (1, 2, 3, 2, 1)
print(t.count(2), t.count(5), t.index(2), t.index(2, 2), t.index(1, -1), t.index(3, 0, 3))

for f in [lambda: [].pop(), lambda: [1].pop(5), lambda: [1].pop(-2), lambda: [1].pop('x'),
          lambda: [1].pop(2**70), lambda: [1].remove(2), lambda: [1].index(2), lambda: ['a'].index('b'),
          lambda: [1, 2].index(1, 1), lambda: [1].index(1, None), lambda: [1].index(1, 'x'),
          lambda: [1].insert('x', 1), lambda: [1].insert(2**70, 1), lambda: [1].extend(5),
          lambda: [1].extend(None), lambda: [3, 'a'].sort(), lambda: [1].sort(key=5),
          lambda: [1, 2].sort(key=lambda v: 1 / 0), lambda: [1].sort(reverse=None),
          lambda: [1].sort(reverse=2**40), lambda: (1, 2).index(3), lambda: (1,).index(1, 'x'),
          lambda: (1,).count(), lambda: [1, 2].sort(key=len)]:
    show('err', f)

m = [3, 2, 1]


def key_mutates(v):
    m.append(v)
    return v


show('mutating sort', lambda: m.sort(key=key_mutates))
print(m)
