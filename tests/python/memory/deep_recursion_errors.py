# Deep data reaching json, copy.deepcopy, str and repr raises RecursionError, as in CPython,
# instead of exhausting the interpreter's stack.
import json, copy
x = []
for _ in range(100000):
    x = [x]
for name, f in [("json.dumps", json.dumps), ("copy.deepcopy", copy.deepcopy), ("str", str), ("repr", repr)]:
    try:
        f(x)
        print(name, "ok")
    except RecursionError as e:
        print(name, "RecursionError")
s = "[" * 100000 + "]" * 100000
try:
    json.loads(s)
    print("loads ok")
except RecursionError:
    print("loads RecursionError")
d = {}
cur = d
for _ in range(100000):
    cur["k"] = {}
    cur = cur["k"]
try:
    print(len(json.dumps(d)))
except RecursionError:
    print("dumps dict RecursionError")
