# min() and max() read one iterable item by item (a generator of a million items needs no
# list of them), keep the first of equal items, and fail as CPython does.
print(max(x % 1000 for x in range(10**6)), min(range(5, 10**6)))
print(max([3, 1, 2]), min(3, 1, 2), max("abc"), min([], default="d"), max([1, 5, 2], key=lambda v: -v))
print(max([(1, "b"), (1, "a")]), min({3: 1, 2: 0}), max(iter([2.5, 1])))
for bad in (lambda: max([]), lambda: min(), lambda: max(1, 2, default=0), lambda: max(1), lambda: max([1, "a"])):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(repr(max([1, 1.0])), repr(min([1.0, 1])), max([[1], [1]], key=len) is not None)
