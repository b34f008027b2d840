# Sets find keys of classes with __eq__ and __hash__ by equality in every method.
class K:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        return isinstance(o, K) and self.v == o.v

    def __hash__(self):
        return hash(self.v)

    def __repr__(self):
        return f"K({self.v})"


s = {K(1), K(2), K(3)}
s.discard(K(1))
print(len(s), K(1) in s, K(2) in s)
s.remove(K(2))
print(sorted(s, key=lambda k: k.v))
try:
    s.remove(K(9))
except KeyError as e:
    print("KeyError", e)
s.add(K(3))
print(len(s))
s2 = {frozenset([1, 2]), frozenset([3])}
s2.discard({1, 2})
print(s2)
s2.remove({3})
print(s2)
