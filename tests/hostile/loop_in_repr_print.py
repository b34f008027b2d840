# expect: timeout
class R:
    def __repr__(self):
        while True:
            pass
print([R()])
