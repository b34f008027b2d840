from decimal import Decimal, getcontext, localcontext, ROUND_HALF_UP, ROUND_DOWN, InvalidOperation, DivisionByZero
import decimal

a = Decimal('1.1')
b = Decimal('2.20')
print(a + b, a * b, b - a, b / a, a ** 2, -a, abs(Decimal('-3.5')), repr(a + b))
print(Decimal('0.1') + Decimal('0.2') == Decimal('0.3'), 0.1 + 0.2 == 0.3, Decimal(1) / Decimal(3))
print(Decimal(10), Decimal(-7), Decimal('1e3'), Decimal('-0'), Decimal('  3.14  '), Decimal('1_000.5'), Decimal(0.5), Decimal(0.1))
print(Decimal('NaN'), Decimal('-Infinity'), Decimal('inf') > 10**100, Decimal('sNaN').is_snan())
print(Decimal('3.14159').quantize(Decimal('0.01')), Decimal('2.675').quantize(Decimal('0.01'), rounding=ROUND_HALF_UP),
      Decimal('7.89').quantize(Decimal('1'), rounding=ROUND_DOWN), round(Decimal('2.5')), round(Decimal('3.14159'), 3))
print(Decimal(7) // Decimal(2), Decimal(-7) // Decimal(2), Decimal(7) % Decimal(3), Decimal(-7) % Decimal(3), divmod(Decimal(7), 2))
print(Decimal('2').sqrt(), Decimal('100').log10(), Decimal(1).exp(), Decimal('10').ln())
print(Decimal('1.50').normalize(), Decimal('123.4500').as_tuple(), Decimal('-1.5').copy_abs(), Decimal('0.000').is_zero())
print(int(Decimal('7.9')), float(Decimal('2.5')), str(Decimal('1E+2')), Decimal('12.30').to_integral_value(), Decimal('5').max(Decimal('7')))
print(sorted([Decimal('3'), Decimal('1.5'), Decimal('2')]), sum([Decimal('0.1')] * 10), Decimal('1.5') < 2, Decimal(2) == 2)
print(f'{Decimal("1234.5678"):.2f}', f'{Decimal("1234.5"):,}', format(Decimal('0.125'), '.1%'), f'{Decimal("3.14159"):>10.3}')
print(getcontext().prec, getcontext().rounding)
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / Decimal(7))
print(Decimal(1) / Decimal(7))
getcontext().prec = 10
print(Decimal(2).sqrt())
getcontext().prec = 28
for bad in [lambda: Decimal('abc'), lambda: Decimal(1) / Decimal(0), lambda: Decimal('1.5') + 1.5]:
    try:
        bad()
    except (InvalidOperation, DivisionByZero, TypeError) as e:
        print(type(e).__name__, isinstance(e, ArithmeticError))
print(Decimal('1.2345').compare(Decimal('1.3')), Decimal('-2').is_signed(), hash(Decimal('1.0')) == hash(1))
