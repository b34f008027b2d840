# expect: memory
b = b"1".zfill(10 ** 10)
