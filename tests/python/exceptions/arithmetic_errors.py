# ZeroDivisionError and OverflowError from arithmetic.
cases = [
    ("1 / 0", lambda: 1 / 0),
    ("1 // 0", lambda: 1 // 0),
    ("1 % 0", lambda: 1 % 0),
    ("divmod(1, 0)", lambda: divmod(1, 0)),
    ("1.0 / 0", lambda: 1.0 / 0),
    ("1 / 0.0", lambda: 1 / 0.0),
    ("1.5 // 0.0", lambda: 1.5 // 0.0),
    ("1.5 % 0", lambda: 1.5 % 0),
    ("divmod(1.5, 0.0)", lambda: divmod(1.5, 0.0)),
    ("0 ** -1", lambda: 0 ** -1),
    ("0.0 ** -1", lambda: 0.0 ** -1),
    ("pow(0, -2)", lambda: pow(0, -2)),
    ("10 ** 30 // 0", lambda: 10 ** 30 // 0),
    ("-(10 ** 30) % 0", lambda: -(10 ** 30) % 0),
    ("pow(2, 5, 0)", lambda: pow(2, 5, 0)),
    ("2.0 ** 10000", lambda: 2.0 ** 10000),
    ("10.0 ** 400", lambda: 10.0 ** 400),
    ("(-2.5) ** 5000", lambda: (-2.5) ** 5000),
    ("1e308 * 10", lambda: 1e308 * 10),
    ("float(10 ** 400)", lambda: float(10 ** 400)),
    ("10 ** 400 / 1", lambda: 10 ** 400 / 1),
    ("1 / 10 ** 400", lambda: 1 / 10 ** 400),
    ("10 ** 400 / 10 ** 399", lambda: 10 ** 400 / 10 ** 399),
    ("int(float('inf'))", lambda: int(float("inf"))),
    ("int(float('nan'))", lambda: int(float("nan"))),
    ("round(float('inf'))", lambda: round(float("inf"))),
    ("10 ** 400 + 0.5", lambda: 10 ** 400 + 0.5),
    ("1 << -1", lambda: 1 << -1),
    ("1 >> -1", lambda: 1 >> -1),
]

for text, case in cases:
    try:
        print(text, "=", case())
    except ZeroDivisionError as e:
        print(text, "-> ZeroDivisionError:", e)
    except OverflowError as e:
        print(text, "-> OverflowError:", e)
    except ValueError as e:
        print(text, "-> ValueError:", e)

# Both are ArithmeticErrors.
for case in [lambda: 5 // 0, lambda: 2.0 ** 5000]:
    try:
        case()
    except ArithmeticError as e:
        print("ArithmeticError caught:", type(e).__name__, e)

# Safe division helper.
def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return float("inf") if a > 0 else float("-inf") if a < 0 else float("nan")

print(safe_div(1, 2), safe_div(1, 0), safe_div(-1, 0), safe_div(0, 0))

# Averages that handle empty input.
def average(values):
    try:
        return sum(values) / len(values)
    except ZeroDivisionError:
        return None

print(average([1, 2, 3, 4]), average([]), average([2.5]))

# Exponential growth until overflow.
x = 2.0
steps = 0
try:
    while True:
        x = x * x
        steps += 1
        if x == float("inf"):
            print("reached inf after", steps, "steps without an error")
            break
except OverflowError as e:
    print("overflow", e)
y = 2.0
steps = 0
try:
    while True:
        y = y ** 2
        steps += 1
except OverflowError as e:
    print("power overflow after", steps, "steps:", e)
