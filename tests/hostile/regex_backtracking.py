# expect: timeout
import re
re.match(r"(a*)*b", "a" * 40)
