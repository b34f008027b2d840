import configparser, io
c = configparser.ConfigParser()
c.read_string("""
[DEFAULT]
base = /srv
[server]
host = localhost
port = 8080
debug = yes
path = %(base)s/app
[client]
timeout = 2.5
""")
print(c.sections(), c.defaults())
print(c['server']['host'], c.getint('server', 'port'), c.getboolean('server', 'debug'))
print(c.get('server', 'path'), c.getfloat('client', 'timeout'))
print(c.has_option('client', 'base'), list(c['client']))
c['new'] = {'a': '1', 'b': 'two'}
c.set('server', 'port', '9090')
s = io.StringIO(); c.write(s); print(s.getvalue())
r = configparser.RawConfigParser(); r.read_dict({'x': {'k': '%(no)s'}}); print(r.get('x', 'k'))
try:
    c.get('nope', 'x')
except configparser.NoSectionError as e:
    print('err', e)
