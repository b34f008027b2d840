# Less common format specs: fill characters, signs, bases, percent, nested widths.
name = "isola"
n = 42
pi = 3.14159265
print(f"[{name:*^11}] [{name:-<7}] [{name:.>8}] [{name:_^4}]")
print(f"[{n:06}] [{-n:06}] [{n:+}] [{-n:+}] [{n: }] [{n:+06}]")
print(f"{255:X} {255:b} {8:o} {-5:b} {255:#x} {255:#o} {5:#b} {255:08b}")
print(f"{255:02x} {7:02x} {4096:04x} {10:>4x} {10:<4X}|")
print(f"{1234567.891:,.2f} {-1234.5:,.1f} {1e6:,.0f}")
print(f"{0.5:.2%} {0.12345:.1%} {1:.0%}")
print(f"{12.5:10.3f}|{12.5:<10.1f}|{12.5:^10}|{-12.5:>10}|")
print(f"{pi:e} {pi:.2e} {123456.0:.3e} {1e-10:.1e}")
print(f"{pi:g} {1e20:g} {1e-5:g} {123456789.0:g} {0.0001:g}")
print(f"{pi:10.4} {pi:.3} {1e20:.3} {100.0:.1}")
width = 10
prec = 3
print(f"[{name:>{width}}] [{pi:.{prec}f}] [{n:^{width}}] [{pi:{width}.{prec}f}]")
print(f"{n:d} {-n:d} {True:d} {n:5d}|{n:<5d}|")
print(f"{'abc':.2} {'abcdef':>8.3}|")
print(f"{1e16:,.1f} {2 ** 40:_} {1234.5678:_.2f}")
data = [0, 15, 16, 255, 128, 7]
print(" ".join([f"{b:02x}" for b in data]))
print(" ".join([f"{b:08b}" for b in data]))
for v in [0, 1, -1, 3.5, -2.25, 1000000]:
    print(f"|{v:>10}|{v:<10}|{v:^10}|{v:+10}|")
