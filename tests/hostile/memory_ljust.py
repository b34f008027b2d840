# expect: memory
s = "a".ljust(10 ** 10)
