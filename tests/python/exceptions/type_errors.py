# TypeError messages raised by operations and calls.
def f(a, b):
    return a + b

def g(a, b=1, *, c):
    return a

def h():
    return 0

not_callable = 5
text = "abc"
float_index = 1.0
str_index = "0"
cases = [
    lambda: 1 + "a",
    lambda: "a" + 1,
    lambda: "a" * "b",
    lambda: [1] + (2,),
    lambda: len(5),
    lambda: not_callable(),
    lambda: text(),
    lambda: f(1, 2, 3),
    lambda: f(1),
    lambda: f(),
    lambda: f(1, 2, z=3),
    lambda: f(1, a=1),
    lambda: g(1),
    lambda: g(1, 2, 3, c=4),
    lambda: h(1),
    lambda: {[1]: 2},
    lambda: {}[[1]],
    lambda: hash([1, 2]),
    lambda: hash({}),
    lambda: 1 < "a",
    lambda: [] > 0,
    lambda: None < None,
    lambda: -"a",
    lambda: ~1.5,
    lambda: text[float_index],
    lambda: [1, 2][str_index],
    lambda: text.upper(1),
    lambda: int([1]),
    lambda: int(None),
    lambda: float([]),
    lambda: sum(["a", "b"]),
    lambda: sorted([1, "a"]),
    lambda: "x".join([1, 2]),
    lambda: iter(5),
    lambda: next([1]),
    lambda: abs("x"),
    lambda: None + 1,
    lambda: 2 ** "x",
    lambda: "n" + None,
    lambda: "a" - "b",
    lambda: 3 // "1",
    lambda: [1, 2] * 2.0,
    lambda: len(),
    lambda: ord("ab"),
    lambda: chr("a"),
    lambda: divmod(1, "2"),
    lambda: round("1.5"),
    lambda: min(1),
]

for i, case in enumerate(cases):
    try:
        case()
        print(i, "no error")
    except TypeError as e:
        print(i, "TypeError:", e)

# TypeError from unpacking and assignment.
try:
    a, b = None
except TypeError as e:
    print("TypeError:", e)
try:
    t = (1, 2)
    t[0] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    s = "abc"
    s[0] = "x"
except TypeError as e:
    print("TypeError:", e)
try:
    del text[0]
except TypeError as e:
    print("TypeError:", e)
try:
    for x in 42:
        pass
except TypeError as e:
    print("TypeError:", e)
