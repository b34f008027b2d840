# exec and eval with a locals mapping apart from the globals: the source's names live there.
g = {'base': 10}
ns = {}
exec("x = base + 1\ndef f(a):\n    return a * 2\nimport math as m\nfor i in range(3):\n    last = i\n", g, ns)
print(sorted(ns), ns['x'], ns['f'](4), ns['last'], 'x' in g, sorted(k for k in g if k != '__builtins__'))
print(eval("x + base", g, ns), eval("[k for k in range(x)]", g, ns))
exec("del x\nglobal y\ny = 7", g, ns)
print('x' in ns, g['y'], 'y' in ns)
src = "def __create_fn__(v):\n def get():\n  return v\n return get"
ns2 = {}
exec(src, {}, ns2)
print(ns2['__create_fn__'](42)())
same = {'n': 1}
exec("n += 1\nm = n", same, same)
print(same['n'], same['m'])
exec("z = 5")
print(z)
def inner():
    loc = {}
    exec("w = 3", {}, loc)
    return loc
print(inner())
class Namespace(dict):
    pass
ns3 = {}
exec("class K:\n    attr = 1\nk = K.attr", {}, ns3)
print(ns3['k'], ns3['K'].__name__)
try:
    exec("print(undefined_name)", {}, {})
except NameError as e:
    print('NameError', e)
