# expect: memory
l = []
while True:
    l.append("x" * 1000)
