# expect: raises ValueError
int("9" * 10 ** 6)
