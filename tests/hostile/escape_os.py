# expect: raises ImportError
import os
os.system("echo escaped")
