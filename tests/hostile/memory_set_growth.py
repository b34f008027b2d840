# expect: memory
s = set(range(10 ** 10))
