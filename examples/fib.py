# Fibonacci numbers three ways: a loop, recursion with a cache, and big integers.
def fib_loop(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


cache = {0: 0, 1: 1}


def fib_memo(n):
    if n not in cache:
        cache[n] = fib_memo(n - 1) + fib_memo(n - 2)
    return cache[n]


for n in range(0, 31, 5):
    print(n, fib_loop(n), fib_memo(n))

big = fib_loop(300)
print("fib(300) =", big)
print("digits:", len(str(big)))
