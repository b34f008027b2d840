# CPython's own decimal (the pure _pydecimal) with the C module's signal messages.
import decimal
from decimal import (Decimal, getcontext, localcontext, Context, ROUND_HALF_UP, ROUND_DOWN,
                     ROUND_CEILING, InvalidOperation, DivisionByZero, Inexact, Rounded)
from fractions import Fraction

print(Decimal('1.1') + Decimal('2.2'), Decimal(10) / Decimal(3), Decimal('7.325').quantize(Decimal('0.01')),
      Decimal('7.325').quantize(Decimal('0.01'), rounding=ROUND_HALF_UP), Decimal('-2.5').to_integral_value(rounding=ROUND_CEILING))
print(repr(Decimal('1e-7')), str(Decimal('1E+3')), Decimal('0.1') * 3 == Decimal('0.3'), Decimal(0.1), Decimal.from_float(0.5))
print(Decimal(2).sqrt(), Decimal(1).exp(), Decimal(100).ln(), Decimal(1000).log10(), Decimal('2') ** 100)
print(Decimal('3.14159').as_tuple(), Decimal('0.125').as_integer_ratio(), int(Decimal('-7.9')), float(Decimal('2.5')),
      round(Decimal('2.675'), 2), round(Decimal('3.5')), Decimal('12.3456').scaleb(2), Decimal('-0').is_signed())
print(Decimal(1) == 1, Decimal('0.5') == 0.5, Decimal('0.5') == Fraction(1, 2), Decimal(3) < 3.5,
      hash(Decimal(5)) == hash(5), hash(Decimal('0.5')) == hash(0.5), sorted([Decimal('2'), 1, 1.5]))
print(format(Decimal('1234567.891'), ',.2f'), format(Decimal('0.000123'), '.2e'), f"{Decimal('42'):>8}",
      format(Decimal('-3.5'), '+.3%'), Decimal('1.20').normalize(), Decimal('123.456').adjusted())
with localcontext() as ctx:
    ctx.prec = 5
    ctx.rounding = ROUND_DOWN
    print(Decimal(1) / Decimal(7), ctx.prec, ctx.flags[Inexact], ctx.flags[Rounded])
print(getcontext().prec, getcontext())
c = Context(prec=3, traps=[])
print(c.divide(Decimal(1), Decimal(0)), c.sqrt(Decimal(-1)), c.flags[DivisionByZero], c.flags[InvalidOperation], c)
for bad in (lambda: Decimal('abc'), lambda: Decimal(1) / Decimal(0), lambda: Decimal(0) / Decimal(0),
            lambda: Decimal(-1).sqrt(), lambda: Decimal('1.5').quantize(Decimal('1e-30'), context=Context(prec=5)),
            lambda: Decimal('inf') - Decimal('inf'), lambda: Decimal(1) % Decimal(0)):
    try:
        bad()
    except (decimal.DecimalException, TypeError) as e:
        print(type(e).__name__, e)
print(issubclass(decimal.DivisionByZero, ZeroDivisionError), issubclass(decimal.InvalidOperation, ArithmeticError),
      decimal.ConversionSyntax.__mro__[1].__name__, Decimal.__module__, type(getcontext()).__name__)
print(sum([Decimal('0.1')] * 10), max(Decimal('1.5'), Decimal('1.50')), Decimal('NaN').is_nan(), Decimal('-Infinity'),
      Decimal('1.000').compare(Decimal(1)), Decimal(5).fma(2, 3), Decimal(7).remainder_near(Decimal(4)), divmod(Decimal(7), Decimal(-2)))
