# Exception groups (PEP 654): construction rules, split/subgroup/derive, and except* matching,
# partial handling, handlers that raise, re-raising, nesting and bare exceptions.
import sys
eg = ExceptionGroup("eg", [ValueError(1), TypeError(2)])
print(repr(eg), eg.exceptions, eg.message, str(eg), eg.args)
print(type(eg).__mro__)
print(isinstance(eg, Exception), issubclass(ExceptionGroup, BaseExceptionGroup))
beg = BaseExceptionGroup("b", [ValueError(1)])
print(type(beg).__name__, type(BaseExceptionGroup("k", [KeyboardInterrupt()])).__name__)
try: ExceptionGroup("x", [KeyboardInterrupt()])
except TypeError as e: print("TypeError:", e)
try: ExceptionGroup("x", [])
except ValueError as e: print("ValueError:", e)
try: ExceptionGroup("x", [1])
except ValueError as e: print("ValueError:", e)
try: ExceptionGroup(1, [ValueError()])
except TypeError as e: print("TypeError:", e)
nested = ExceptionGroup("outer", [ValueError("a"), ExceptionGroup("inner", [TypeError("b"), ValueError("c")]), KeyError("d")])
m, r = nested.split(ValueError)
print(repr(m)); print(repr(r))
print(repr(nested.subgroup(lambda e: isinstance(e, (KeyError, TypeError)))))
print(nested.subgroup(OSError), repr(nested.derive([ValueError("z")])))
try:
    raise nested
except* ValueError as e:
    print("caught V", repr(e))
except* TypeError as e:
    print("caught T", repr(e))
except* KeyError as e:
    print("caught K", repr(e))
try:
    raise ValueError("naked")
except* ValueError as e:
    print("naked caught", repr(e), repr(e.exceptions[0]))
def partial():
    try:
        raise ExceptionGroup("p", [ValueError(1), TypeError(2)])
    except* ValueError:
        print("handled values")
try:
    partial()
except ExceptionGroup as e:
    print("rest", repr(e))
def raising_handler():
    try:
        raise ExceptionGroup("p", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("from handler")
try:
    raising_handler()
except BaseExceptionGroup as e:
    print("combined", repr(e))
def reraise():
    try:
        raise ExceptionGroup("p", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
try:
    reraise()
except ExceptionGroup as e:
    print("reraised", repr(e))
try:
    try:
        raise ExceptionGroup("x", [OSError(1)])
    except* ValueError:
        print("no")
except* OSError as e:
    print("outer got", repr(e))
try:
    try:
        raise TypeError("t")
    except* ValueError:
        print("no")
except TypeError as e:
    print("bare passes through", repr(e))
try:
    try:
        pass
    except* ExceptionGroup:
        pass
    print("no error when nothing raised")
    try:
        raise ValueError()
    except* ExceptionGroup:
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    raise ExceptionGroup("g", [ValueError("v")])
except* ValueError as e:
    print(repr(sys.exc_info()[1]), e is sys.exc_info()[1])
    try:
        raise TypeError("inner")
    except TypeError as t:
        print("inner", repr(t.__context__))
print(sys.exc_info())
for i in range(2):
    try:
        raise ExceptionGroup("g", [ValueError(i)])
    except* ValueError:
        for j in range(3):
            if j == 1:
                break
        print("loop ok", i, j)
