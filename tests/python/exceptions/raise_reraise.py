# raise, raise ... from ..., bare raise, args, str and repr of exceptions.
try:
    raise ValueError("bad value")
except ValueError as e:
    print(type(e).__name__, e, repr(e), e.args)

try:
    raise ValueError
except ValueError as e:
    print(repr(e), str(e) == "", e.args)

for exc in [ValueError("x"), KeyError("k"), KeyError(42), IndexError(), TypeError("a", "b", 3),
            RuntimeError(""), Exception("it's"), ZeroDivisionError('say "hi"'), KeyError(("t", 1))]:
    print(repr(exc), "|", str(exc), "|", exc.args)
    print(exc)

e = ValueError("one", 2, [3])
print(e.args, len(e.args), e.args[2])
e2 = Exception()
print(repr(e2), e2.args, repr(str(e2)))
print(repr(KeyError()), repr(str(KeyError("multi word"))), str(KeyError("a", "b")))

# Bare raise re-raises the current exception.
def risky():
    try:
        return {}["missing"]
    except KeyError:
        print("  logging and re-raising")
        raise

try:
    risky()
except KeyError as e:
    print("outer caught", repr(e))

# raise ... from ... sets the cause.
def load(config, key):
    try:
        return config[key]
    except KeyError as err:
        raise ValueError("missing setting " + repr(key)) from err

try:
    load({"a": 1}, "b")
except ValueError as e:
    print(type(e).__name__, e)

# raise from None.
try:
    try:
        int("x")
    except ValueError:
        raise TypeError("replaced") from None
except TypeError as e:
    print(repr(e))

# Raising an exception class or an instance.
for thing in [IndexError, IndexError("with message")]:
    try:
        raise thing
    except IndexError as e:
        print(repr(e))

# except with a tuple of types.
def trigger(kind):
    if kind == 0:
        raise KeyError("k")
    if kind == 1:
        raise IndexError("i")
    if kind == 2:
        raise ValueError("v")
    return "fine"

for kind in range(4):
    try:
        print(trigger(kind))
    except (KeyError, IndexError) as e:
        print("lookup error:", type(e).__name__, e)
    except (ValueError, TypeError) as e:
        print("value or type error:", repr(e))

# Re-raising after partial handling in a loop.
errors = []
for text in ["1", "x", "3"]:
    try:
        try:
            errors.append(int(text))
        except ValueError:
            errors.append("handled " + text)
            raise
    except ValueError as e:
        errors.append(str(e))
print(errors)

# Validation helpers that raise.
def check_age(age):
    if type(age) != int:
        raise TypeError("age must be an int, not " + type(age).__name__)
    if age < 0:
        raise ValueError("age must be non-negative: " + str(age))
    return age

for a in [30, -1, "old", 2.5, 0]:
    try:
        print("ok", check_age(a))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

# Exceptions are values.
errs = [ValueError("a"), TypeError("b")]
for err in errs:
    try:
        raise err
    except Exception as caught:
        print(caught is err, repr(caught))
