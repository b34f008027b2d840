# Calling a class whose __init__ is a plain Python function: argument errors, the result
# of __init__, closures, inherited __init__, deep construction and keyword-only parameters.
class A:
    def __init__(self, x, y):
        self.s = x + y
print(A(1, 2).s)
try:
    A(1)
except TypeError as e:
    print(e)
try:
    A(1, 2, 3)
except TypeError as e:
    print(e)
class B:
    def __init__(self, x):
        return 5
try:
    B(1)
except TypeError as e:
    print(e)
def outer(k):
    class C:
        def __init__(self, v):
            self.v = v + k
    return C
print(outer(10)(5).v)
class D:
    def __init__(self, v):
        f = lambda: v
        self.f = f
print(D(7).f())
class E(A):
    pass
print(E(3, 4).s)
import sys
class R:
    def __init__(self, n):
        self.child = R(n - 1) if n else None
try:
    R(10**6)
except RecursionError as e:
    print("RecursionError", e)
class K:
    def __init__(self, a, *, b=2):
        self.t = a + b
print(K(1).t, K(1, b=5).t)
