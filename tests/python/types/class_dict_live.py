# cls.__dict__ is a live read-only view of the class namespace: later class attributes show in
# a proxy fetched before them; lookups, membership, len and iteration read it in place.
class C:
    x = 1
    def f(self): pass
d = C.__dict__
print(type(d).__name__, 'x' in d, d['x'], d.get('y', 5), d.get('x'), len(d) == len(list(d)))
C.y = 2
print('y' in d, d['y'], sorted(k for k in d if not k.startswith('__')), sorted(k for k in d.keys() if k in ('x', 'f', 'y')))
try:
    d['zz']
except KeyError as e:
    print('KeyError', e)
print(d == dict(d), 1 in d, str(d)[:20] == repr(d)[13:33], dict(d.items())['x'])
try:
    d['x'] = 3
except TypeError as e:
    print(e)
print(list.__dict__['append'], 'append' in list.__dict__, '__len__' in list.__dict__)
print(type(iter(d)).__name__ in ('dict_keyiterator', 'list_iterator'))
