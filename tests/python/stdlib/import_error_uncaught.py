# An import that fails at the top of a program ends it with CPython's traceback.
import collections
print(collections.deque([1]).popleft())
from collections import deque, OrderedDict
import no_such_module_here
print('not reached')
