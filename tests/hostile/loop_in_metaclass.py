# expect: timeout
class Meta(type):
    def __new__(mcls, name, bases, ns):
        while True:
            pass
class C(metaclass=Meta):
    pass
