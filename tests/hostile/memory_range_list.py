# expect: memory
l = list(range(10 ** 10))
