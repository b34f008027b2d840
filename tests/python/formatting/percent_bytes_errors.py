# The errors of %-formatting name bytes formatting for bytes and bytearray.
for e in ["b'by' % (1,)", "b'%s' % (1, 2)", "b'x' % 5", "bytearray(b'x') % (1,)", "'x' % 5", "b'%d' % ()"]:
    try:
        print(eval(e))
    except TypeError as ex:
        print(ex)
