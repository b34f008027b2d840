def f(n):
    return f(n + 1)
try:
    f(0)
except RecursionError as e:
    print("recursion", e)
def outer():
    try:
        return "try"
    finally:
        print("finally runs")
print(outer())
for i in range(3):
    try:
        if i == 1:
            continue
        print("body", i)
    finally:
        print("fin", i)
def g():
    for i in range(5):
        try:
            if i == 2:
                break
        finally:
            print("f", i)
    return i
print(g())
try:
    try:
        raise KeyError("a")
    except KeyError:
        raise ValueError("b")
except ValueError as e:
    print(repr(e.__context__))
x = [1, 2, 3]
it = iter(x)
print(next(it), list(it))
print([i for i in range(3) for j in range(i)])
print({k: v for k, v in zip("abc", range(3))})
print({x % 3 for x in range(10)})
s = "héllo wörld"
print(s[1:4], s[::-1], s.upper(), len(s), s.find("w"))
print(1 if [] else 2, not 0, 3 and 4, 0 or "x")
print(2 ** -1, 10 / 4, 10 // 4, -10 // 4, 10 % -4, 2 ** 0.5, (-8) ** 2)
print(0.1 + 0.2, 1e16, 1e-5, 123456789.0, float("inf"), -float("inf"), float("nan"))
print(int(3.9), int(-3.9), round(-0.5), round(0.5), round(1.5), abs(-3.5))
print(10 ** 20, -(2 ** 63), 2 ** 64 // 3, (2 ** 64) % 7, -(2**70) >> 3, ~(2**65))
print(max("abc", "abd"), min([3, 1, 2], default=0), sorted("hello"))
print(list(range(10, 0, -3)), range(5)[-1], 3 in range(5), len(range(0, 10, 3)))
print(isinstance(True, int), type(True), bool.__mro__ if False else 0)
print(chr(65), ord("é"), hex(255), oct(8), bin(-5), hex(-255))
print(repr("a'b"), repr('a"b'), repr("a'b\"c"), repr("\n\t\x00é"), ascii("é"))
lst = [3, 1, 2]; lst.sort(); print(lst)
print(tuple([1]), (1,), (), [()], {})
print(str(None), str(True), repr(None))
a = b = []
a.append(1); print(b)
print("a" < "b" < "c", 1 < 2 > 1.5, 1 == 1.0 == True)
i = 0
while True:
    i += 1
    if i > 3:
        break
else:
    print("no")
print(i)
for n in range(2):
    pass
else:
    print("else", n)
