# Suspended generators keep what their saved operand stacks hold through a collection:
# the iterators of their for loops, the halves of a list being built, a delegating yield from.
import gc
class Node:
    def __init__(self): self.g = None
def gen(n):
    for x in [n, [n, n + 1], n + 2]:
        yield [x, (yield x)]
def main():
    gs = []
    for i in range(50):
        node = Node()
        g = gen(i)
        node.g = g
        next(g)
        gs.append(g)
    gc.collect()
    out = []
    for g in gs[:3]:
        out.append(g.send('s'))
        out.append(next(g))
    print(out)
    def outer():
        yield from gen(100)
    o = outer(); next(o); gc.collect(); print(o.send(1), list(o))
main()
