# try/except/else/finally in all combinations.
def attempt(divisor):
    log = []
    try:
        log.append("try")
        result = 10 // divisor
        log.append("computed " + str(result))
    except ZeroDivisionError:
        log.append("except")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log

print(attempt(2))
print(attempt(0))

def try_except(value):
    try:
        return int(value)
    except ValueError:
        return "bad"
print(try_except("12"), try_except("x"))

def try_finally(value):
    out = []
    try:
        out.append(int(value))
    finally:
        out.append("cleanup")
    return out
print(try_finally("5"))
try:
    try_finally("oops")
except ValueError as e:
    print("propagated:", e)

def try_except_else(value):
    try:
        n = int(value)
    except ValueError:
        print("  not a number:", repr(value))
    else:
        print("  parsed", n)
for v in ["1", "two", "-3"]:
    try_except_else(v)

# Several except clauses; the first match wins.
def classify(action):
    try:
        if action == "div":
            return 1 / 0
        if action == "key":
            return {}["missing"]
        if action == "index":
            return [][3]
        if action == "type":
            return "a" + 1
        if action == "value":
            return int("x")
        return "no error"
    except ZeroDivisionError:
        return "zero division"
    except (KeyError, IndexError) as e:
        return "lookup: " + type(e).__name__
    except ArithmeticError:
        return "never reached: ZeroDivisionError was caught above"
    except Exception as e:
        return "other: " + type(e).__name__ + ": " + str(e)

for action in ["div", "key", "index", "type", "value", "none"]:
    print(action, "->", classify(action))

# Nested try blocks.
def nested(a, b):
    try:
        try:
            return a / b
        except ZeroDivisionError:
            print("  inner caught, re-raising as ValueError")
            raise ValueError("bad divisor " + repr(b))
        finally:
            print("  inner finally")
    except ValueError as e:
        print("  outer caught:", e)
        return None
    finally:
        print("  outer finally")

print(nested(1, 2))
print(nested(1, 0))

# The exception variable is removed after the except block.
try:
    raise KeyError("gone")
except KeyError as err:
    print("inside:", repr(err))
try:
    print(err)
except NameError as e:
    print("NameError:", e)

# Exceptions inside loops.
results = []
for text in ["10", "0", "abc", "5", ""]:
    try:
        results.append(100 // int(text))
    except ValueError:
        results.append("nan")
        continue
    except ZeroDivisionError:
        results.append("inf")
    finally:
        results.append("|")
print(results)

# An except clause that does nothing.
try:
    [].pop()
except IndexError:
    pass
print("survived")

# Catching everything with a bare except.
try:
    None + 1
except:
    print("bare except caught something")
