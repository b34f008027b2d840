# expect: raises PermissionError
# os is importable for its path functions; what would reach the system refuses.
import os
os.system("echo escaped")
