# if / elif / else chains and nested conditions.
def grade(score):
    if score >= 90:
        return "A"
    elif score >= 80:
        return "B"
    elif score >= 70:
        return "C"
    elif score >= 60:
        return "D"
    else:
        return "F"

for s in [100, 95, 90, 89.9, 80, 75, 60, 59, 0, -5]:
    print(s, grade(s))

def fizzbuzz(n):
    if n % 15 == 0:
        return "FizzBuzz"
    elif n % 3 == 0:
        return "Fizz"
    elif n % 5 == 0:
        return "Buzz"
    return str(n)

print(" ".join([fizzbuzz(i) for i in range(1, 31)]))

def classify(x):
    if type(x) == int:
        if x < 0:
            kind = "negative int"
        elif x == 0:
            kind = "zero"
        else:
            if x % 2 == 0:
                kind = "even int"
            else:
                kind = "odd int"
    elif type(x) == str:
        if not x:
            kind = "empty string"
        elif x.isdigit():
            kind = "numeric string"
        else:
            kind = "string"
    elif x is None:
        kind = "none"
    else:
        kind = "other"
    return kind

for v in [-3, 0, 4, 7, "", "123", "abc", None, 2.5, [1]]:
    print(repr(v), classify(v))

def leap(year):
    if year % 400 == 0:
        return True
    if year % 100 == 0:
        return False
    return year % 4 == 0

print([y for y in range(1890, 2030, 4) if not leap(y)])
print(leap(2000), leap(1900), leap(2024), leap(2023))

# Conditions with and/or/not and chained comparisons.
for age in [5, 13, 17, 18, 30, 65, 80]:
    if age < 13:
        group = "child"
    elif 13 <= age < 18:
        group = "teen"
    elif 18 <= age < 65 and not age == 40:
        group = "adult"
    else:
        group = "senior"
    print(age, group)

# if with pass and single-line bodies.
x = 5
if x > 3: print("big")
if x < 3:
    pass
else:
    print("not small")
if x: y = "truthy"
print(y)

# Triangle classification.
def triangle(a, b, c):
    a, b, c = sorted([a, b, c])
    if a <= 0 or a + b <= c:
        return "invalid"
    if a == b == c:
        return "equilateral"
    if a == b or b == c:
        return "isosceles"
    if a * a + b * b == c * c:
        return "right"
    return "scalene"

for sides in [(3, 3, 3), (3, 4, 5), (2, 2, 3), (1, 2, 3), (5, 6, 7), (0, 1, 1), (13, 5, 12)]:
    print(sides, triangle(*sides))
