# expect: raises RecursionError
import json
l = []
for _ in range(10 ** 5):
    l = [l]
json.dumps(l)
