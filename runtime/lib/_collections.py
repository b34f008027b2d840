"""isola's `_collections`: deque, defaultdict, OrderedDict and the namedtuple field
descriptor, written in Python for isola's VM. CPython's collections module (embedded from its
library) imports them from here, as it imports the C versions from its own `_collections`."""


# Objects whose repr is being built, by id, so that a container holding itself prints '...'.
_repr_running = set()


def _repr_enter(obj):
    if id(obj) in _repr_running:
        return True
    _repr_running.add(id(obj))
    return False


def _repr_leave(obj):
    _repr_running.discard(id(obj))


class deque:
    """A double-ended queue: two lists back to back (the front one reversed), so that
    appends and pops at either end are list operations, amortised O(1)."""

    __module__ = 'collections'

    __slots__ = ('_front', '_back', '_maxlen', '__weakref__')

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError('an integer is required')
            if maxlen < 0:
                raise ValueError('maxlen must be non-negative')
        self._maxlen = maxlen
        self._front = []
        self._back = []
        self.extend(iterable)

    @property
    def maxlen(self):
        return self._maxlen

    def append(self, x):
        self._back.append(x)
        if self._maxlen is not None and len(self._front) + len(self._back) > self._maxlen:
            self.popleft()

    def appendleft(self, x):
        self._front.append(x)
        if self._maxlen is not None and len(self._front) + len(self._back) > self._maxlen:
            self.pop()

    def pop(self):
        back = self._back
        if back:
            return back.pop()
        front = self._front
        if not front:
            raise IndexError('pop from an empty deque')
        if len(front) == 1:
            return front.pop()
        # Move the older half of the front list to the back.
        half = (len(front) + 1) // 2
        moved = front[:half]
        del front[:half]
        moved.reverse()
        back.extend(moved)
        return back.pop()

    def popleft(self):
        front = self._front
        if front:
            return front.pop()
        back = self._back
        if not back:
            raise IndexError('pop from an empty deque')
        if len(back) == 1:
            return back.pop()
        half = (len(back) + 1) // 2
        moved = back[:half]
        del back[:half]
        moved.reverse()
        front.extend(moved)
        return front.pop()

    def extend(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        if self._maxlen is None:
            self._back.extend(iterable)
            return
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        if self._maxlen is None:
            self._front.extend(iterable)
            return
        for x in iterable:
            self.appendleft(x)

    def clear(self):
        self._front = []
        self._back = []

    def copy(self):
        return self.__class__(self, self._maxlen)

    __copy__ = copy

    def count(self, x):
        n = 0
        for y in self:
            if y is x or y == x:
                n += 1
        return n

    def index(self, x, start=0, stop=None):
        n = len(self)
        if start < 0:
            start = max(start + n, 0)
        if stop is None or stop > n:
            stop = n
        elif stop < 0:
            stop = max(stop + n, 0)
        for i in range(start, stop):
            y = self[i]
            if y is x or y == x:
                return i
        raise ValueError(f'{x!r} is not in deque')

    def _set_items(self, items):
        self._front = []
        self._back = items

    def insert(self, i, x):
        if self._maxlen is not None and len(self) >= self._maxlen:
            raise IndexError('deque already at its maximum size')
        items = list(self)
        items.insert(i, x)
        self._set_items(items)

    def remove(self, value):
        for i, y in enumerate(self):
            if y is value or y == value:
                del self[i]
                return
        raise ValueError(f'{value!r} is not in deque')

    def reverse(self):
        self._front, self._back = self._back, self._front

    def rotate(self, n=1):
        length = len(self)
        if length <= 1:
            return
        n %= length
        if n == 0:
            return
        items = list(self)
        self._set_items(items[-n:] + items[:-n])

    def _locate(self, i):
        if not isinstance(i, int):
            raise TypeError(f'sequence index must be integer, not {type(i).__name__!r}')
        nf = len(self._front)
        n = nf + len(self._back)
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError('deque index out of range')
        if i < nf:
            return self._front, nf - 1 - i
        return self._back, i - nf

    def __getitem__(self, i):
        if isinstance(i, slice):
            raise TypeError("sequence index must be integer, not 'slice'")
        side, j = self._locate(i)
        return side[j]

    def __setitem__(self, i, x):
        side, j = self._locate(i)
        side[j] = x

    def __delitem__(self, i):
        side, j = self._locate(i)
        del side[j]

    def __len__(self):
        return len(self._front) + len(self._back)

    def __bool__(self):
        return bool(self._front) or bool(self._back)

    def __iter__(self):
        front, back = self._front, self._back
        n = len(front) + len(back)
        for i in range(len(front) - 1, -1, -1):
            if len(self._front) + len(self._back) != n or self._front is not front:
                raise RuntimeError('deque mutated during iteration')
            yield front[i]
        for x in back:
            if len(self._front) + len(self._back) != n or self._back is not back:
                raise RuntimeError('deque mutated during iteration')
            yield x

    def __reversed__(self):
        for x in reversed(self._back):
            yield x
        for x in self._front:
            yield x

    def __contains__(self, x):
        return x in self._front or x in self._back

    def __repr__(self):
        if _repr_enter(self):
            return '[...]'
        try:
            body = repr(list(self))
        finally:
            _repr_leave(self)
        name = type(self).__name__
        if self._maxlen is None:
            return f'{name}({body})'
        return f'{name}({body}, maxlen={self._maxlen})'

    def _cmp_items(self, other):
        if not isinstance(other, deque):
            return None
        return list(self), list(other)

    def __eq__(self, other):
        p = self._cmp_items(other)
        return NotImplemented if p is None else p[0] == p[1]

    def __ne__(self, other):
        p = self._cmp_items(other)
        return NotImplemented if p is None else p[0] != p[1]

    def __lt__(self, other):
        p = self._cmp_items(other)
        return NotImplemented if p is None else p[0] < p[1]

    def __le__(self, other):
        p = self._cmp_items(other)
        return NotImplemented if p is None else p[0] <= p[1]

    def __gt__(self, other):
        p = self._cmp_items(other)
        return NotImplemented if p is None else p[0] > p[1]

    def __ge__(self, other):
        p = self._cmp_items(other)
        return NotImplemented if p is None else p[0] >= p[1]

    __hash__ = None

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError(f'can only concatenate deque (not "{type(other).__name__}") to deque')
        d = self.copy()
        d.extend(other)
        return d

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        d = self.__class__((), self._maxlen)
        items = list(self)
        for _ in range(n):
            d.extend(items)
        return d

    __rmul__ = __mul__

    def __imul__(self, n):
        items = list(self)
        self.clear()
        for _ in range(n):
            self.extend(items)
        return self

    def __reduce__(self):
        return type(self), (list(self), self._maxlen)

    __class_getitem__ = classmethod(type(list[int]))


class defaultdict(dict):
    """dict subclass that calls a factory function to supply missing values."""

    __module__ = 'collections'

    def __init__(self, default_factory=None, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        dict.__init__(self, *args, **kwargs)
        self.default_factory = default_factory

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        self[key] = value = self.default_factory()
        return value

    def __repr__(self):
        f = self.default_factory
        if f is None:
            fr = 'None'
        elif _repr_enter(self):
            fr = '...'
        else:
            try:
                fr = repr(f)
            finally:
                _repr_leave(self)
        return f'{type(self).__name__}({fr}, {dict.__repr__(self)})'

    def copy(self):
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        return type(self), (self.default_factory,), None, None, iter(self.items())

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self.default_factory, other)
        new.update(self)
        return new


class OrderedDict(dict):
    """Dictionary that remembers insertion order, with move_to_end and an ordered popitem."""

    __module__ = 'collections'

    def __repr__(self):
        if not self:
            return f'{type(self).__name__}()'
        if _repr_enter(self):
            return '...'
        try:
            return f'{type(self).__name__}({list(self.items())!r})'
        finally:
            _repr_leave(self)

    def move_to_end(self, key, last=True):
        value = dict.pop(self, key)
        if last:
            dict.update(self, ((key, value),))
        else:
            items = list(dict.items(self))
            dict.clear(self)
            dict.update(self, ((key, value),))
            dict.update(self, items)

    def popitem(self, last=True):
        if not self:
            raise KeyError('dictionary is empty')
        key = list(self)[-1] if last else next(iter(self))
        return key, dict.pop(self, key)

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return dict.__eq__(self, other) and list(self) == list(other)
        return dict.__eq__(self, other)

    def __ne__(self, other):
        return not self == other

    __hash__ = None

    def copy(self):
        return type(self)(self)

    __copy__ = copy

    @classmethod
    def fromkeys(cls, iterable, value=None):
        self = cls()
        for key in iterable:
            self[key] = value
        return self

    def __reduce__(self):
        return type(self), (), None, None, iter(self.items())

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


class _tuplegetter:
    # A namedtuple field: item `index` of the tuple, read-only as CPython's C descriptor is.

    def __init__(self, index, doc):
        self._index = index
        self.__doc__ = doc

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return instance[self._index]

    def __set__(self, instance, value):
        raise AttributeError("can't set attribute")

    def __delete__(self, instance):
        raise AttributeError("can't delete attribute")
