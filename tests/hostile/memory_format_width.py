# expect: memory
s = "{:>{}}".format(1, 10 ** 10)
