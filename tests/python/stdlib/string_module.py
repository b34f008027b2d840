import string
from string import Template, Formatter
print(string.ascii_letters, string.digits, string.punctuation, repr(string.whitespace))
print(string.capwords('hello   wide world'), string.capwords('a-b-c', '-'))
t = Template('$who likes $what, ${who}s cost $$5')
print(t.substitute(who='tim', what='kung pao'), t.get_identifiers(), t.is_valid())
print(t.safe_substitute(who='x'), Template('$a $b').substitute({'a': 1}, b=2))
for bad in ['$', 'ab $1 c', 'x\ny ${ z']:
    try:
        Template(bad).substitute({})
    except ValueError as e:
        print(e)
try:
    Template('$missing').substitute()
except KeyError as e:
    print('KeyError', e)
f = Formatter()
print(f.format('{0} + {1} = {2:>5}', 1, 2, 3), f.format('{a.real}|{b[1]}|{c!r}', a=3, b=[0, 9], c='s'))
print(list(f.parse('x{0:>{1}}y{{z}}')))
