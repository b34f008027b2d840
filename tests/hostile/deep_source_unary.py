# expect: raises SyntaxError
eval("-" * 10 ** 6 + "1")
