# expect: timeout
class K:
    def __hash__(self):
        while True:
            pass
{K(): 1}
