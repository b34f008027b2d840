# An uncaught PEP 479 RuntimeError shows the StopIteration as its direct cause.
def numbers():
    yield 1
    raise StopIteration('too early')


print(list(numbers()))
