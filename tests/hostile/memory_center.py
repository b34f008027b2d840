# expect: memory
s = "a".center(10 ** 10)
