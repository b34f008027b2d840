import warnings

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    warnings.warn('first')
    warnings.warn('deprecated thing', DeprecationWarning)
    warnings.warn(RuntimeWarning('as instance'))
    print(len(w), [str(x.message) for x in w], [x.category.__name__ for x in w])
    print(issubclass(w[1].category, DeprecationWarning), isinstance(w[0].message, UserWarning))

with warnings.catch_warnings():
    warnings.simplefilter('error')
    try:
        warnings.warn('now an error', UserWarning)
    except UserWarning as e:
        print('raised', type(e).__name__, e)

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('ignore')
    warnings.warn('ignored')
    print(len(w))

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('once')
    for _ in range(3):
        warnings.warn('only once')
    warnings.filterwarnings('ignore', message='skip')
    warnings.warn('skip me')
    print(len(w))

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    warnings.filterwarnings('error', category=RuntimeWarning)
    try:
        warnings.warn('rt', RuntimeWarning)
    except RuntimeWarning:
        print('runtime error raised')
    warnings.warn('user still recorded')
    print(len(w), str(w[0].message))
try:
    warnings.warn('bad', int)
except TypeError as e:
    print('TypeError', e)
try:
    warnings.simplefilter('bogus')
except AssertionError as e:
    print('AssertionError', e)
print(warnings.formatwarning('msg', UserWarning, 'file.py', 10), end='')
