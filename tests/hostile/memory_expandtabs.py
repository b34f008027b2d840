# expect: raises OverflowError
s = "\t".expandtabs(10 ** 10)
