# expect: timeout
class C:
    @property
    def x(self):
        while True:
            pass
C().x
