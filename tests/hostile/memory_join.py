# expect: memory
s = "".join(["abc"] * 10 ** 9)
