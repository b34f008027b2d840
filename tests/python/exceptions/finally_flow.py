# finally runs on return, break, continue, and when exceptions propagate.
def returns_in_try():
    try:
        print("  in try")
        return "from try"
    finally:
        print("  finally runs before the return completes")

print(returns_in_try())

def finally_overrides():
    try:
        return "try value"
    finally:
        return "finally value"

print(finally_overrides())

def finally_swallows():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"

print(finally_swallows())

def return_value_is_computed_first():
    x = 1
    try:
        return x
    finally:
        x = 2
        print("  x changed to", x)

print(return_value_is_computed_first())

def mutation_in_finally():
    items = [1]
    try:
        return items
    finally:
        items.append("added in finally")

print(mutation_in_finally())

# break and continue inside try/finally.
for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
    finally:
        print("finally", i)
print("loop done")

count = 0
while True:
    try:
        count += 1
        if count < 3:
            continue
        break
    finally:
        print("while finally", count)
print("count", count)

# Nested finally blocks all run, inner first.
def nested_finally():
    try:
        try:
            try:
                return "deep"
            finally:
                print("  finally 3")
        finally:
            print("  finally 2")
    finally:
        print("  finally 1")

print(nested_finally())

# finally with an exception from an except clause.
def except_raises():
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            print("  handling, then raising KeyError")
            raise KeyError("new")
        finally:
            print("  finally still runs")
    except KeyError as e:
        print("  caught", repr(e))

except_raises()

# Return inside except, with finally.
def except_return(x):
    try:
        return 10 // x
    except ZeroDivisionError:
        return "div by zero"
    finally:
        print("  cleanup for", x)

print(except_return(5), except_return(0))

# finally in a loop with break in except.
attempts = 0
for value in ["a", "b", "7", "8"]:
    try:
        attempts += 1
        n = int(value)
    except ValueError:
        print("retry after", repr(value))
        continue
    else:
        print("got", n)
        break
    finally:
        print("attempt", attempts)
print(attempts, n)

# Resource handling pattern.
log = []
def use_resource(fail):
    log.append("open")
    try:
        if fail:
            raise RuntimeError("failure while using")
        log.append("use")
        return "ok"
    finally:
        log.append("close")

print(use_resource(False), log)
log.clear()
try:
    use_resource(True)
except RuntimeError as e:
    print(e, log)
