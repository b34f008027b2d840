x: int = 5
y: str
class Point:
    x: int
    y: int = 0
    label: "str" = "p"
    def f(self):
        z: int = 3
        return z
print(__annotations__, Point.__annotations__, Point.y, Point().f(), x)
try:
    print(y)
except NameError as e:
    print(e)
class Empty:
    pass
print(hasattr(Empty, "__annotations__"), "__annotations__" in Point.__dict__)
