# __init_subclass__ comes from the first class of the new class's MRO that defines it, even
# when that is not the first base (a mixin before the base that defines it).
class Base:
    def __init_subclass__(cls, **kw):
        cls.tag = kw.get('tag', 'default')
        super().__init_subclass__()
class Mixin: pass
class A(Mixin, Base): pass
class B(Mixin, Base, tag='b'): pass
class C(A): pass
print(A.tag, B.tag, C.tag)
