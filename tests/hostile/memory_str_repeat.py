# expect: memory
s = "x" * (2 ** 40)
