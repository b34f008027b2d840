# Unpacking a tuple or list into plain locals (the VM's direct path), with finalizers of
# the values replaced, nested targets, closures' cells and errors.
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print('del', self.n)
def f():
    a = D(1)
    a, b = 5, 6
    print('after', a, b)
    a, b = D(3), 7
    a, b = [8, D(4)]
    print('after2', a)
    x, y = [10, 20]
    for k, v in {'p': 1, 'q': 2}.items():
        print(k, v)
    a, (b, c) = 1, (2, 3)
    print(a, b, c)
    try:
        p, q = (1, 2, 3)
    except ValueError as e:
        print(e)
    lst = [1, 2]
    lst, m = lst
    print(lst, m)
    g = 0
    def inner():
        nonlocal g
        g, h = 5, 6
        return h
    print(inner(), g)
    return x, y
print(f())
