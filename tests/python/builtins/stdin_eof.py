# Standard input at its end (the corpus runs with no input): reads give nothing, input() raises
# EOFError after its prompt, and a program may put its own stream in sys.stdin.
import io
import sys

print(repr(sys.stdin.read()), repr(sys.stdin.readline()), list(sys.stdin), sys.stdin.readlines())
print(repr(sys.stdin.read(5)), repr(sys.stdin.readline(3)))
print(repr(sys.stdin.buffer.read()), sys.stdin.buffer.readline(), list(sys.stdin.buffer))
print(sys.stdin.name, sys.stdin.readable(), sys.stdin.isatty(), sys.stdin is sys.__stdin__)
try:
    input("prompt> ")
except EOFError as e:
    print("EOFError:", e)
try:
    sys.stdin.write("x")
except OSError as e:
    print("write:", e)
try:
    sys.stdout.read()
except OSError as e:
    print("read:", e)
sys.stdin = io.StringIO("first\nsecond")
print(input(), input("? "))
try:
    input()
except EOFError:
    print("EOF again")
sys.stdin = sys.__stdin__
