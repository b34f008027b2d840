# An uncaught ZeroDivisionError raised two calls deep.
def average(values):
    total = 0
    for v in values:
        total += v
    return total / len(values)


def report(groups):
    for name in groups:
        print(name, average(groups[name]))


groups = {"a": [1, 2, 3], "b": [10, 20], "empty": [], "never": [5]}
print("start")
report(groups)
print("not reached")
