# expect: memory
l = [None] * (10 ** 10)
