# expect: memory or timeout
d = {i: i for i in range(10 ** 10)}
