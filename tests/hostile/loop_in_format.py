# expect: timeout
class F:
    def __format__(self, spec):
        while True:
            pass
f"{F()}"
