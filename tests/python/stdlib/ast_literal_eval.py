import ast
for s in ["1", "-1", "+2", "1.5", "-1.5e3", "3j", "1+2j", "-1-2j", "'s'", "b'b'", "u'u'", "True", "None", "...",
          "(1, 2)", "()", "[1, [2, 3]]", "{1: 'a', 'b': [2]}", "{}", "{1, 2}", "set()", "  7", "\t8", "(1,)", "10**2" , "x", "f(1)",
          "{**a}", "1 if 1 else 2", "'a' + 'b'", "[*a]", "-'a'", "1 + 1", "2j + 1", "-(1)", "--1", "not 1", "{[1]: 2}", "{{1}}", "set([1])",
          "(1, 2, x)", "1;", "lambda: 0", "f'{1}'", "0x10", "1_0", "1e400", "-1e400"]:
    try:
        print(repr(s), repr(ast.literal_eval(s)))
    except Exception as e:
        msg = str(e).split(': <')[0]
        print(repr(s), type(e).__name__, msg)
print(ast.literal_eval(ast.parse("[1, 2]", mode="eval")))
print(ast.literal_eval(ast.Constant(5)))
try:
    ast.literal_eval(ast.Name('x', ast.Load()))
except ValueError as e:
    print(str(e)[:24])
