# expect: timeout
class C:
    def __del__(self):
        while True:
            pass
c = C()
del c
print("unreachable")
