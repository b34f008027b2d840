# An __index__ that empties the list while it is being indexed: IndexError or an adjusted slice, as CPython, never a crash.
class Evil:
    def __init__(self, lst, n): self.lst, self.n = lst, n
    def __index__(self):
        self.lst.clear()
        return self.n
for op in ('get', 'set', 'del', 'getslice', 'setslice', 'setext', 'delslice'):
    l = list(range(10))
    e = Evil(l, 5)
    try:
        if op == 'get': r = l[e]
        elif op == 'set': l[e] = 1
        elif op == 'del': del l[e]
        elif op == 'getslice': r = l[e:8]
        elif op == 'setslice': l[2:e] = [7, 7]
        elif op == 'setext': l[0:e:2] = [1, 2, 3]
        elif op == 'delslice': del l[0:e:2]
        print(op, 'ok', l)
    except (IndexError, ValueError) as ex:
        print(op, type(ex).__name__, ex)
