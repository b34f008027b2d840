# expect: ok
import gc
names = {o.__name__ for o in gc.get_objects() if isinstance(o, type)}
names |= {t.__name__ for t in (int, str, bytes, object, type)}
print(sorted(names & {"Popen", "FileIO", "socket", "CDLL", "BufferedReader"}))
