# expect: timeout
class I:
    def __index__(self):
        while True:
            pass
range(I())
