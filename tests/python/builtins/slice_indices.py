for s in [slice(1, 10, 2), slice(None, None, -1), slice(-3, None), slice(5, 1), slice(100, -100, -3)]:
    print(s, s.indices(7), list(range(*s.indices(7))), list(range(7))[s])
try:
    slice(1).indices(-1)
except ValueError as e:
    print(e)
