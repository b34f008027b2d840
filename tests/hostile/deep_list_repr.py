# expect: raises RecursionError
l = []
for _ in range(10 ** 5):
    l = [l]
repr(l)
