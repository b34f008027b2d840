"""The system calls under os, by the name of CPython's C module (shutil imports it on a POSIX
system): here those of the interpreter's own file system."""

from _fs import *  # noqa: F401,F403
from _fs import stat_result, DirEntry  # noqa: F401
from os import _as_c_functions

_as_c_functions(globals())
del _as_c_functions
