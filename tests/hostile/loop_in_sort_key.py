# expect: timeout
def key(x):
    while True:
        pass
sorted([3, 1, 2], key=key)
