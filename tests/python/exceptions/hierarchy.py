# The builtin exception hierarchy: isinstance and issubclass checks.
print(isinstance(ZeroDivisionError(), ArithmeticError))
print(isinstance(ZeroDivisionError(), Exception), isinstance(ZeroDivisionError(), BaseException))
print(isinstance(KeyError(), LookupError), isinstance(IndexError(), LookupError), isinstance(KeyError(), IndexError))
print(isinstance(ValueError("x"), (TypeError, ValueError)), isinstance(ValueError(), (KeyError, TypeError)))

pairs = [
    (ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError), (ArithmeticError, Exception),
    (KeyError, LookupError), (IndexError, LookupError), (LookupError, Exception), (KeyError, IndexError),
    (UnboundLocalError, NameError), (NameError, Exception), (RecursionError, RuntimeError),
    (RuntimeError, Exception), (StopIteration, Exception), (AssertionError, Exception),
    (AttributeError, Exception), (TypeError, ValueError), (ValueError, Exception), (Exception, BaseException),
    (KeyboardInterrupt, Exception), (KeyboardInterrupt, BaseException), (SystemExit, Exception),
    (Exception, Exception), (BaseException, Exception), (NotImplementedError, RuntimeError),
    (ZeroDivisionError, (ValueError, ArithmeticError)),
]
for sub, sup in pairs:
    if type(sup) == tuple:
        sup_name = "(" + ", ".join([s.__name__ for s in sup]) + ")"
    else:
        sup_name = sup.__name__
    print(sub.__name__, "<", sup_name, issubclass(sub, sup))

# Catching by base class.
def raise_kind(kind):
    if kind == "zero":
        return 1 // 0
    if kind == "key":
        return {}["k"]
    if kind == "index":
        return [][0]
    if kind == "unbound":
        def f():
            v = v + 1
        return f()
    if kind == "recursion":
        raise RecursionError("simulated")
    if kind == "overflow":
        return 2.0 ** 5000

for kind in ["zero", "key", "index", "unbound", "recursion", "overflow"]:
    try:
        raise_kind(kind)
    except ArithmeticError as e:
        print(kind, "ArithmeticError", type(e).__name__)
    except LookupError as e:
        print(kind, "LookupError", type(e).__name__)
    except NameError as e:
        print(kind, "NameError", type(e).__name__)
    except RuntimeError as e:
        print(kind, "RuntimeError", type(e).__name__, e)

# type() of exception instances and their names.
errors = [ValueError("v"), TypeError("t"), KeyError("k"), StopIteration(), AssertionError()]
for err in errors:
    print(type(err), type(err).__name__, type(err) is ValueError, isinstance(err, Exception))

print(type(ValueError), ValueError.__name__)

# Exception types are values that can be stored and compared.
handlers = {ZeroDivisionError: "divide", KeyError: "lookup"}
for exc_type in [ZeroDivisionError, KeyError, ValueError]:
    print(exc_type.__name__, handlers.get(exc_type, "unhandled"))

catch_these = (KeyError, ValueError)
try:
    int("nope")
except catch_these as e:
    print("caught via a tuple in a variable:", type(e).__name__)

# Matching a list of types against an instance.
def describe(err):
    kinds = []
    for t in [BaseException, Exception, ArithmeticError, LookupError, ZeroDivisionError, KeyError]:
        if isinstance(err, t):
            kinds.append(t.__name__)
    return kinds

print(describe(ZeroDivisionError()), describe(KeyError()), describe(ValueError()))
