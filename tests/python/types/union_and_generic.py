# `X | Y` between types builds types.UnionType; `list[int]` a GenericAlias. Python 3.11
# evaluates module and class annotations, so these appear in ordinary code.
x: int | None = 5
class Point:
    coords: list[float] = []
    label: str | None = None
print(__annotations__, Point.__annotations__)
u = int | str
print(u, type(u), u.__args__, int | str | int, (int | str) == (str | int))
print(int | None, None | int, list[int] | None, type(int | int))
print(isinstance(1, int | str), isinstance(None, int | None), isinstance(2.5, int | str))
print(issubclass(bool, int | str), isinstance(3, (str, int | float)))
print(list[int], dict[str, list[int]], tuple[int, ...], type(list[int]))
print(list[int].__origin__, list[int].__args__, list[int]((1, 2)), dict[str, int](a=1))
for bad in (lambda: isinstance([], list[int]), lambda: int | 1, lambda: None | None):
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
