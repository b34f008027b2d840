# expect: raises ImportError
import subprocess
