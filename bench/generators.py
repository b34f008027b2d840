# The generators benchmark (pyperformance's bm_generators): recursive generators with
# `yield from`, traversing a balanced binary tree in order. Annotations use postponed
# evaluation, as the original does.

from __future__ import annotations


class Tree:
    def __init__(self, left: Tree | None, value: int, right: Tree | None) -> None:
        self.left = left
        self.value = value
        self.right = right

    def __iter__(self):
        if self.left:
            yield from self.left
        yield self.value
        if self.right:
            yield from self.right


def tree(input: range) -> Tree | None:
    n = len(input)
    if n == 0:
        return None
    i = n // 2
    return Tree(tree(input[:i]), input[i], tree(input[i + 1:]))


assert list(tree(range(10))) == list(range(10))
iterable = tree(range(100000))
total = 0
count = 0
for _ in range(3):
    for value in iterable:
        total += value
        count += 1
print(count, total)
