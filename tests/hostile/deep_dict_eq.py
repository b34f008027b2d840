# expect: raises RecursionError
a = b = {}
for _ in range(10 ** 5):
    a = {1: a}
    b = {1: b}
a == b
