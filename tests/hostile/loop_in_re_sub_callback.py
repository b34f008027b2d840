# expect: timeout
import re
def repl(m):
    while True:
        pass
re.sub("a", repl, "aaa")
