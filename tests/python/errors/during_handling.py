# An exception raised inside an except block shows the implicit context.
def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        print("missing key", repr(key), "- falling back to index")
        return table[len(table)]


table = {0: "zero", 1: "one"}
print(lookup(table, 1))
print(lookup(table, 7))
