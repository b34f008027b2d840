# The pi-digits benchmark (pyperformance's bm_pidigits, from the Computer Language Benchmarks
# Game): a spigot algorithm over big integers. The original takes count() and islice() from
# itertools; the two small generators below do the same.

DEFAULT_DIGITS = 2000


def icount(start):
    while True:
        yield start
        start += 1


def islice(iterable, n):
    it = iter(iterable)
    for _ in range(n):
        yield next(it)


def gen_x():
    return map(lambda k: (k, 4 * k + 2, 0, 2 * k + 1), icount(1))


def compose(a, b):
    aq, ar, as_, at = a
    bq, br, bs, bt = b
    return (aq * bq,
            aq * br + ar * bt,
            as_ * bq + at * bs,
            as_ * br + at * bt)


def extract(z, j):
    q, r, s, t = z
    return (q * j + r) // (s * j + t)


def gen_pi_digits():
    z = (1, 0, 0, 1)
    x = gen_x()
    while 1:
        y = extract(z, 3)
        while y != extract(z, 4):
            z = compose(z, next(x))
            y = extract(z, 3)
        z = compose((10, -10 * y, 0, 1), z)
        yield y


def calc_ndigits(n):
    return list(islice(gen_pi_digits(), n))


digits = calc_ndigits(DEFAULT_DIGITS)
text = "".join(map(str, digits))
for i in range(0, len(text), 50):
    print(text[i:i + 50])
