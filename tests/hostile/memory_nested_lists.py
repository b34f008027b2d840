# expect: memory
l = []
while True:
    l = [l, l, [0] * 1000]
