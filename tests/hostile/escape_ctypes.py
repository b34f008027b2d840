# expect: raises ImportError
import ctypes
