import random

for seed in [0, 1, 42, 12345, -7, 2**40 + 3, 10**30, "hello", b"bytes seed", "", 3.5]:
    random.seed(seed)
    print(repr(seed), [random.random() for _ in range(3)])
    print(" ints", [random.randint(1, 100) for _ in range(10)])
    print(" range", [random.randrange(0, 1000, 7) for _ in range(5)], random.randrange(10))
    print(" bits", random.getrandbits(1), random.getrandbits(31), random.getrandbits(32), random.getrandbits(100))
    xs = list(range(20))
    random.shuffle(xs)
    print(" shuffle", xs)
    print(" choice", random.choice("abcdefgh"), random.choice([10, 20, 30]))
    print(" sample", random.sample(range(100), 5), random.sample("abcdefg", 3))
    print(" choices", random.choices("abc", k=5), random.choices([1, 2, 3], weights=[5, 1, 1], k=6))
    print(" uniform", random.uniform(1, 10), random.triangular(0, 10, 3))
    # Rounded: these go through log/exp/cos, whose last bit may differ between C libms.
    r10 = lambda xs: [round(x, 10) for x in xs]
    print(" gauss", r10([random.gauss(0, 1), random.normalvariate(5, 2), random.expovariate(1.5)]))
    print(" other", r10([random.lognormvariate(0, 1), random.vonmisesvariate(1, 2), random.gammavariate(2.5, 1)]))
    print(" other2", r10([random.gammavariate(0.5, 1), random.betavariate(2, 3), random.paretovariate(2), random.weibullvariate(1, 2)]))
    print(" bytes", random.randbytes(5))

random.seed(2024)
long = [random.random() for _ in range(2000)]
print(sum(long), long[-1], long[623], long[624], long[1247])
print(sum(random.randint(0, 10**6) for _ in range(1000)))

r = random.Random(99)
s = random.Random(99)
print(r.random() == s.random(), r.randint(1, 6), s.randint(1, 6))
state = r.getstate()
print(type(state), len(state), state[0], len(state[1]), state[2])
a = [r.random() for _ in range(5)]
r.setstate(state)
b = [r.random() for _ in range(5)]
print(a == b)
print(r.getrandbits(0), random.Random(5).sample(range(10**6), 3))
big = random.Random(7).sample(range(1000), 50)
print(big)
print(random.Random("abc").random(), random.Random(b"abc").random())
print(random.Random(10**100).random(), random.Random(-10**100).random())
print(random.Random(0).random() == random.Random(False).random())
print(random.Random(1).choices(range(10), cum_weights=[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], k=4))
print(random.Random(3).sample(["a", "b", "c"], k=5, counts=[1, 2, 3]) if False else random.Random(3).sample(["a", "b", "c"], k=4, counts=[1, 2, 3]))

class MyRandom(random.Random):
    pass

m = MyRandom(5)
print(m.random(), m.randint(1, 10), isinstance(m, random.Random))
u = random.random()
print(0.0 <= u < 1.0)
random.seed()
print(0 <= random.randint(0, 5) <= 5)

for bad in [lambda: random.randrange(0), lambda: random.randrange(5, 5), lambda: random.choice([]),
            lambda: random.sample([1, 2], 3), lambda: random.randrange(1, 10, 0),
            lambda: random.getrandbits(-1), lambda: random.randint(1.5, 3),
            lambda: random.sample({1, 2}, 1), lambda: random.choices([1, 2], [1]),
            lambda: random.Random().setstate((3, (1, 2), None)), lambda: random.seed([1]),
            lambda: random.randrange("a"), lambda: random.choices([1], 3)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
