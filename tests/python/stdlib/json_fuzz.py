import json, random
rng = random.Random(1234)
def gen(depth):
    k = rng.randrange(10 if depth < 4 else 6)
    if k == 0: return rng.randint(-10**6, 10**6)
    # A parsed power of ten: float ** is the platform pow, whose last digit can differ under wasm32.
    if k == 1: return rng.random() * float("1e%d" % rng.randint(-8, 20))
    if k == 2: return "".join(rng.choice("ab\"\\\n\t é€😀\x00/<>") for _ in range(rng.randrange(6)))
    if k == 3: return rng.choice([None, True, False, 0, -0.0, 1e100, 2**70])
    if k == 4: return rng.randint(-5, 5) * 0.5
    if k == 5: return ""
    if k in (6, 7): return [gen(depth + 1) for _ in range(rng.randrange(4))]
    return {rng.choice(["a", "b", "key", "ü", "", "x y", "1"]) + str(rng.randrange(3)): gen(depth + 1) for _ in range(rng.randrange(4))}
for i in range(300):
    obj = gen(0)
    s = json.dumps(obj)
    print(s)
    print(json.dumps(obj, indent=rng.choice([None, 0, 1, 2, "\t"]), sort_keys=rng.random() < 0.5, ensure_ascii=rng.random() < 0.5, separators=rng.choice([None, (",", ":"), (" ,", " : ")])))
    assert json.loads(s) == obj or s != s
    # mutate the text and report what the decoder says
    if s:
        pos = rng.randrange(len(s))
        bad = s[:pos] + rng.choice(["", "x", ",", "]", "}", "\"", "\\", " ", "{", "[", ":", "1", "-"]) + s[pos + 1:]
        try:
            print("ok", type(json.loads(bad)).__name__)
        except json.JSONDecodeError as e:
            print("err", e)
