# The import system: forms of import, sys.modules, errors, __import__, importlib.
import sys
import keyword
import collections.abc
import collections.abc as cabc
from collections import deque, OrderedDict as OD
from collections.abc import Mapping, Sequence

print(keyword.iskeyword('for'), keyword.iskeyword('spam'))
print(collections.abc.Mapping is Mapping, cabc is collections.abc)
print(deque.__name__, OD.__name__)
print('keyword' in sys.modules, sys.modules['keyword'] is keyword)
print(type(keyword).__name__, keyword.__name__)

# A module is executed once: importing again gives the same object.
import keyword as k2
print(k2 is keyword)

# Deleting from sys.modules forces a fresh import.
del sys.modules['keyword']
import keyword as k3
print(k3 is keyword, k3.kwlist == keyword.kwlist)

# Changing a module is visible to every importer in this interpreter.
import math
math.pi = 3
from math import pi
print(pi)

# __import__ and importlib.import_module.
m = __import__('collections.abc')
print(m.__name__)
m = __import__('collections.abc', fromlist=['Mapping'])
print(m.__name__)
import importlib
print(importlib.import_module('collections.abc').__name__)
print(importlib.import_module('.abc', 'collections').__name__)

# from m import *: __all__ decides.
from itertools import *
print(list(islice(count(3), 4)))

# Errors, with CPython's wording.
for stmt in ['import nosuchmodule', 'import collections.nosuch', 'from keyword import nosuch',
             'import keyword.sub', 'from . import x', 'from .x import y']:
    try:
        exec(stmt)
    except ImportError as e:
        print(type(e).__name__, isinstance(e, ImportError), e.name if type(e).__name__ == 'ModuleNotFoundError' else '')
        # CPython names the module's file after "cannot import name": leave it out.
        print(' ', str(e).split(' (')[0])

try:
    importlib.import_module('')
except ValueError as e:
    print('ValueError', e)
try:
    importlib.import_module('.abc')
except TypeError as e:
    print('TypeError', e)

# A None entry in sys.modules blocks the import.
sys.modules['blocked'] = None
try:
    import blocked
except ImportError as e:
    print(type(e).__name__, e)
