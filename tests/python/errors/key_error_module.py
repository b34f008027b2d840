# An uncaught KeyError at module level.
config = {"host": "localhost", "port": 8080}
for key in ["host", "port"]:
    print(key, "=", config[key])
timeout = config["timeout"]
print("not reached", timeout)
