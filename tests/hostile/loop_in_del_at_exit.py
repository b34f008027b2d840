# expect: timeout
class C:
    def __del__(self):
        while True:
            pass
keep = C()
print("done")
