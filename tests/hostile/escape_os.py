# expect: raises AttributeError
# os is importable for its path functions, but has nothing that reaches the system.
import os
os.system("echo escaped")
