from __future__ import annotations
from dataclasses import dataclass, field, InitVar, fields
from typing import ClassVar, List, Optional
import typing

@dataclass
class Node:
    value: int
    children: List[Node] = field(default_factory=list)
    parent: Optional[Node] = None
    count: ClassVar[int] = 0
    scale: InitVar[int] = 1
    t: typing.ClassVar[str] = 'x'
    def __post_init__(self, scale):
        self.value *= scale

n = Node(2, scale=3)
print(n, [f.name for f in fields(Node)], Node.count, Node.__annotations__['children'])
print(typing.get_type_hints(Node)['parent'])
def f(a: Node, b: list[int] | None = None) -> dict[str, Node]:
    return {}
print(f.__annotations__)
