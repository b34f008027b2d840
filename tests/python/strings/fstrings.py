# f-strings with simple expressions and the common format specs.
name = "isola"
n = 42
pi = 3.14159265
neg = -7.5
big = 1234567890
items = [1, "two", 3.0]

print(f"{name}")
print(f"hello {name}!")
print(f"{n} {n + 1} {n * 2} {n // 5} {n % 5}")
print(f"{name!r} {items!r} {'quote'!r} {n!r} {pi!r}")
print(f"[{name:>8}] [{name:<8}] [{name:^9}] [{name:>3}]")
print(f"[{n:>6}] [{n:<6}] [{n:^6}] [{-n:>6}]")
print(f"{pi:.3f} {pi:.0f} {pi:.1f} {neg:.2f} {2.5:.0f} {3.5:.0f} {n:.2f}")
print(f"{big:,} {-big:,} {1000:,} {999:,} {0:,} {2 ** 70:,}")
print(f"{pi:08.2f} {neg:08.2f} {1234.5:08.2f} {0.0:08.2f} {123456.789:08.2f}")
print(f"{255:x} {-255:x} {4096:x} {0:x} {2 ** 64:x} {48879:x}")
print(f"{n=} {name=} {pi=} {items=}")
print(f"{n + 1=} {len(name)=}")
print(f"{True} {None} {[1, 2]} {(3,)} {{'k': 1}}")
print(f"{{literal braces}} {n}{{}}")
print(f"{'nested'} {name.upper()} {name[1:3]} {items[1]}")
print(f"{n if n > 40 else 0} {'yes' if name else 'no'}")
print(f"{1e20:.2f} {1 / 3:.3f} {-0.0:.1f} {2.675:.2f} {0.125:.2f}")
print(f"{'é日':>5}|{'ñ':^5}|{'日本':<4}|")
print(f"{n}{n}{name}", f"", f"{''}")

# A formatted table.
rows = [("apples", 3, 1.25), ("kiwis", 12, 0.4), ("melons", 2, 3.999)]
print(f"{'item':<10}{'qty':>5}{'price':>8}{'total':>10}")
for item, qty, price in rows:
    print(f"{item:<10}{qty:>5}{price:>8.2f}{qty * price:>10.2f}")
total = sum([q * p for _, q, p in rows])
print(f"{'sum':<23}{total:>10.2f}")

# Progress lines.
for done in [0, 1, 5, 10]:
    bar = "#" * done + "." * (10 - done)
    print(f"[{bar}] {done * 10:>3} {done / 10:.1f}")

print(f"{float('inf')} {float('nan'):>6} {-float('inf'):.2f}")
print(f"{10 ** 20} {1e16} {1e-5} {0.1 + 0.2}")
