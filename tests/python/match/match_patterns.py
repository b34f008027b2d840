def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case int(n) if n < 0:
            return f"negative {n}"
        case int() | float():
            return "number"
        case "hello":
            return "greeting"
        case str(s):
            return f"string {s!r}"
        case []:
            return "empty list"
        case [x]:
            return f"one item {x}"
        case [x, y]:
            return f"pair {x} {y}"
        case [first, *rest]:
            return f"first {first} rest {rest}"
        case {"type": "point", "x": px, "y": py}:
            return f"point {px},{py}"
        case {"type": t, **others}:
            return f"typed {t} {others}"
        case None:
            return "none"
        case _:
            return "other"

for v in [0, 2, -5, 7, 2.5, "hello", "abc", [], [9], (1, 2), [1, 2, 3], {"type": "point", "x": 1, "y": 2}, {"type": "box", "w": 3}, None, {1, 2}, True]:
    print(repr(v), "->", describe(v))

class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point():
            return "somewhere"
for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 7), "nope"]:
    print(where(p))

match (1, [2, 3], {"k": "v"}):
    case (a, [b, *c], {"k": d}) as whole:
        print(a, b, c, d, whole)

cmd = "go north"
match cmd.split():
    case ["go", ("north" | "south") as direction]:
        print("going", direction)
    case ["quit"]:
        print("bye")
