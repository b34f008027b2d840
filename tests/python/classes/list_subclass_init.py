# list.__init__ on a list and on instances of list subclasses: no argument empties the list.
class L(list):
    pass
class M(list):
    def __init__(self, *a):
        super().__init__(*a)
        self.extra = len(self)
x = L([1, 2, 3])
print(x, L(), L("ab"))
x.__init__()
print(x)
x.__init__([4, 5])
print(x)
list.__init__(x)
print(x, M(), M([7, 8]).extra, M().extra)
y = [1, 2]
list.__init__(y)
print(y)
try:
    list.__init__(x, 1, 2)
except TypeError as e:
    print("TypeError", e)
