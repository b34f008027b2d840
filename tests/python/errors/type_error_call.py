# An uncaught TypeError for a call with too many arguments.
def area(width, height):
    return width * height


shapes = [(2, 3), (4, 5), (1, 2, 3)]
for shape in shapes:
    print(shape, area(*shape))
