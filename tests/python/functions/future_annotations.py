"""With postponed evaluation, annotations are kept as source text and never evaluated."""
from __future__ import annotations
from __future__ import generator_stop, division


class Tree:
    left: Tree | None
    count: int = 0

    def __init__(self, left: Tree | None, value: int = 3, *rest: list[str],
                 key: dict[str, int], **kw: Undefined) -> Tree | None:
        self.left = left


print(Tree.__init__.__annotations__)
print(Tree.__annotations__)
x: UndefinedType = 1
y: List[int]
print(__annotations__, x)
