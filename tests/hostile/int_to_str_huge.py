# expect: timeout
x = 7 ** (10 ** 7)
while True:
    s = str(x)
