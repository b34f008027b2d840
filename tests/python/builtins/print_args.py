# print with several arguments, sep, end, and no arguments.
print()
print("a")
print("a", "b", "c")
print(1, 2.5, None, True, [1], (2,), {"k": "v"}, "s")
print("a", "b", sep="")
print("a", "b", "c", sep=", ")
print("x", "y", sep="\n")
print("no newline", end="")
print(" <- continued")
print("a", "b", sep="-", end="!\n")
print(end="")
print("", end="|\n")
print("", "", sep="+")
print(sep="ignored")
print("tab", "separated", sep="\t")
print(*[1, 2, 3])
print(*"abc", sep=".")
print(*[], sep="x")
print("multi\nline", "text")
print("unicode:", "héllo", "日本", "😀", sep=" | ")
print("repr vs str:", "quote's", repr("quote's"))
print(None, sep=None, end=None)
print(1, 2, sep=None)
print("a", "b", end=None)
for i in range(3):
    print(i, end=" ")
print()
for i in range(3):
    print(i, i * i, sep=":", end=";")
print()
row = ["id", "name", "score"]
print(*row, sep=",")
print(*[str(n).rjust(3) for n in range(5)])

# Printing nested and special values.
print([[1, [2, [3]]], {"a": {"b": {}}}], ((), [()], ([],)))
print([1.0, 1e100, -0.0, 0.1 + 0.2, float("inf")], [True, False, None])
print({1: "one", "two": 2, (3,): [3]}, {}, [], ())
print(str(1) + str(2), str(1.5), str(None), str(True), str([1, "a"]), str(("b",)))
print(-5, +5, 0, -0.0, 10 ** 25, -(2 ** 70))
print("%", "%%", "{}", "{0}", "\\")

# A small bar chart.
data = {"mon": 3, "tue": 7, "wed": 5, "thu": 0, "fri": 9}
for day, value in data.items():
    print(day, "|", "#" * value, value)
print("total", sum(data.values()), sep=": ")
