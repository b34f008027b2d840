# Small number-theory algorithms.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)

def lcm(a, b):
    return a // gcd(a, b) * b

for a, b in [(12, 18), (17, 5), (0, 9), (100, 75), (-24, 36), (2 ** 40, 6 ** 20)]:
    print(a, b, gcd(a, b), lcm(a, b))

def sieve(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0] = False
    is_prime[1] = False
    p = 2
    while p * p <= limit:
        if is_prime[p]:
            for m in range(p * p, limit + 1, p):
                is_prime[m] = False
        p += 1
    return [i for i in range(limit + 1) if is_prime[i]]

primes = sieve(200)
print(primes)
print(len(primes), sum(primes), primes[-1])

def collatz(n):
    steps = [n]
    while n != 1:
        if n % 2 == 0:
            n //= 2
        else:
            n = 3 * n + 1
        steps.append(n)
    return steps

print(collatz(6))
print(collatz(27)[:20], len(collatz(27)), max(collatz(27)))
longest = 0
best = 0
for start in range(1, 300):
    length = len(collatz(start))
    if length > longest:
        longest = length
        best = start
print(best, longest)

def prime_factors(n):
    factors = []
    d = 2
    while d * d <= n:
        while n % d == 0:
            factors.append(d)
            n //= d
        d += 1
    if n > 1:
        factors.append(n)
    return factors

for n in [2, 12, 97, 360, 1001, 2 ** 10 * 3 ** 5, 600851475143]:
    print(n, prime_factors(n))

def is_perfect(n):
    total = 1
    d = 2
    while d * d <= n:
        if n % d == 0:
            total += d
            if d * d != n:
                total += n // d
        d += 1
    return n > 1 and total == n

print([n for n in range(1, 10000) if is_perfect(n)])

def modpow(base, exp, mod):
    result = 1
    base %= mod
    while exp > 0:
        if exp & 1:
            result = result * base % mod
        base = base * base % mod
        exp >>= 1
    return result

print(modpow(2, 100, 1000000007), pow(2, 100, 1000000007))
print(modpow(3, 10 ** 18, 998244353), pow(3, 10 ** 18, 998244353))

def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x

for n in [0, 1, 15, 16, 17, 10 ** 20, 2 ** 101]:
    print(n, isqrt(n))
