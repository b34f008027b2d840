# expect: raises PermissionError
__import__("builtins").open("x", "w")
