# expect: timeout
class CM:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        while True:
            pass
with CM():
    raise KeyError
