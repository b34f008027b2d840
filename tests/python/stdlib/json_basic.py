import json

data = {"name": "Ann", "age": 30, "scores": [1, 2.5, -3e20, 1e-7, 0.1], "ok": True, "none": None,
        "nested": {"a": [], "b": {}, "c": [{"d": "e"}]}, "t": (1, 2), "uni": "héllo \u2603 \U0001F600",
        "esc": "quote\" back\\ nl\n tab\t ctl\x01 del\x7f /"}
print(json.dumps(data))
print(json.dumps(data, indent=2))
print(json.dumps(data, indent=4, sort_keys=True))
print(json.dumps(data, ensure_ascii=False))
print(json.dumps(data, separators=(",", ":")))
print(json.dumps([1, [2, [3]]], indent=0))
print(json.dumps([1, {"a": 2}], indent="\t"))
print(json.dumps({"a": 1, "b": 2}, indent=2, separators=(", ", " = ")))
print(json.dumps({3: "i", 1.5: "f", True: "t", None: "n", "s": "s"}))
print(json.dumps({"b": 1, "a": 2, "c": {"z": 1, "y": 2}}, sort_keys=True))
print(json.dumps([float("nan"), float("inf"), -float("inf"), 1.0, 10**20, 2**70, -0.0, 1e16, 123.456]))
print(json.dumps("simple"), json.dumps(5), json.dumps(None), json.dumps(False), json.dumps([]), json.dumps({}))
print(json.dumps({(1, 2): 3, "x": 4}, skipkeys=True))

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

def enc(o):
    if isinstance(o, Point):
        return {"x": o.x, "y": o.y}
    if isinstance(o, set):
        return sorted(o)
    raise TypeError(f"cannot {type(o).__name__}")

print(json.dumps([Point(1, 2), {3, 1, 2}], default=enc))

class MyEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return [o.x, o.y]
        return super().default(o)

print(json.dumps({"p": Point(5, 6)}, cls=MyEncoder))
print(MyEncoder(indent=1).encode([Point(0, 0)]))

for bad in [lambda: json.dumps(object()), lambda: json.dumps({(1, 2): 3}), lambda: json.dumps(float("nan"), allow_nan=False),
            lambda: json.dumps([float("inf")], allow_nan=False, indent=2), lambda: json.dumps({1: 2, "a": 3}, sort_keys=True),
            lambda: json.dumps({"p": Point(1, 1), "q": object()}, cls=MyEncoder), lambda: json.dumps(enc, default=enc)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

l = []
l.append(l)
try:
    json.dumps(l)
except ValueError as e:
    print("ValueError", e)
d = {}
d["self"] = d
try:
    json.dumps(d)
except ValueError as e:
    print("ValueError", e)

text = '{"a": [1, 2, {"b": null}], "c": "d\\u00e9\\ud83d\\ude00\\n", "e": 1.5e3, "f": -0, "g": true, "h": 12345678901234567890}'
obj = json.loads(text)
print(obj)
print(json.loads('  [1, 2.0, "x", null, false, NaN, Infinity, -Infinity]  '))
print(json.loads('"\\"\\\\\\/\\b\\f\\n\\r\\t"'))
print(json.loads('{"a": 1, "a": 2, "b": 3}'))
print(json.loads(b'{"bytes": [1]}'))
print(json.loads('1.0'), json.loads('-12'), json.loads('1E+2'), json.loads('0.5e-1'), json.loads('[]'), json.loads('{}'))
print(json.loads('{"a": 1.5}', parse_float=str), json.loads('[7]', parse_int=float))
print(json.loads('[NaN]', parse_constant=lambda c: "const:" + c))
print(json.loads('{"x": {"y": 1}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"x": 1, "y": 2}', object_pairs_hook=list))
print(json.loads('"tab\there"', strict=False))
dec = json.JSONDecoder()
print(dec.raw_decode('[1, 2] tail'), dec.raw_decode('xx {"a": 1}', 3), dec.decode(' 3 '))
print(json.loads(json.dumps(data)) == json.loads(json.dumps(data, indent=3)))

for s in ['[1,]', '{"a":1,}', '{a:1}', '[1 2]', '"abc', '"a\\x"', '"\\u12"', '"\\uzzzz  "', '[1]x', '', ' ', '-', '{"a" 1}', 'nul',
          '"a\tb"', '[', '{', '{"a":', '1.', '01', '1e', '[1,2', '\ufeff1', 'tru', '[1,\n2,\n  x]', '{"a": 1}\n\n  }',
          '"é\u00e9" 5', '[-]', '.5', '+1', "'a'", '[1, 2', '{"a" : [1, {"b": }]}']:
    try:
        print(repr(s), json.loads(s))
    except json.JSONDecodeError as e:
        print(repr(s), type(e).__name__, e, "|", e.msg, e.pos, e.lineno, e.colno)

try:
    json.loads(5)
except TypeError as e:
    print("TypeError", e)
print(isinstance(json.JSONDecodeError("m", "d", 0), ValueError))
try:
    json.loads("[1, oops]")
except ValueError as e:
    print("caught as ValueError:", e)
print(json.dumps(json.loads('{"k": [1, 2, 3]}'), indent=2))
