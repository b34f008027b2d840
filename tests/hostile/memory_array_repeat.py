# expect: memory
import array
a = array.array("d", [0.0]) * (10 ** 10)
