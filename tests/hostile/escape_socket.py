# expect: raises ImportError
import socket
