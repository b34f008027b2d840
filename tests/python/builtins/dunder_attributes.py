# Built-in values expose their special methods, for hasattr checks and direct calls.
def flatten(items):
    out = []
    for x in items:
        if hasattr(x, "__iter__") and not isinstance(x, str):
            out.extend(flatten(x))
        else:
            out.append(x)
    return out


print(flatten([1, [2, [3, (4, 5)], "ab"], {6: 0}, range(7, 9)]))
for v in [[1], (1,), "s", 5, {1: 2}, {1}, range(2), iter([]), None, 1.5]:
    print(type(v).__name__, hasattr(v, "__iter__"), hasattr(v, "__len__"),
          hasattr(v, "__getitem__"), hasattr(v, "__next__"), hasattr(v, "__add__"),
          hasattr(v, "__contains__"))
print([1, 2].__len__(), "abc".__getitem__(1), {1: "x"}.__getitem__(1), (5).__add__(3),
      [1].__add__([2]), "ab".__mul__(2), (7).__sub__(2), "b".__contains__("b"))
it = [10, 20].__iter__()
print(it.__next__(), next(it))
try:
    it.__next__()
except StopIteration:
    print("StopIteration")
print(callable(getattr([], "__len__", None)), getattr(5, "__len__", "no len"))
