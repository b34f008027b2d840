# logging as programs use it: basicConfig, a logger tree, handlers, formatters, filters,
# exceptions, LoggerAdapter; everything is written to stdout so the output can be compared.
import logging
import re
import sys


class CleanOut:
    """stdout, with the directories of traceback file names left out (they differ by runner)."""

    def write(self, text):
        sys.stdout.write(re.sub(r'File "[^"]*/', 'File "', text))

    def flush(self):
        pass


logging.basicConfig(stream=sys.stdout, level=logging.DEBUG,
                    format='%(levelname)s:%(name)s:%(message)s')
log = logging.getLogger('app')
log.debug('debug %d', 1)
log.info('info %s', 'x')
log.warning('warn')
log.error('err %r', {'a': 1})
log.log(logging.CRITICAL, 'via log()')

child = logging.getLogger('app.sub')
child.setLevel(logging.WARNING)
child.info('hidden')
child.critical('crit')
print(child.parent is log, child.getEffectiveLevel(), log.getEffectiveLevel())
print(logging.getLogger('app.sub') is child, child.isEnabledFor(logging.INFO))
print(logging.getLevelName(10), logging.getLevelName('INFO'), logging.getLevelName(15))

# A handler of its own, with a format naming the calling function and line.
h = logging.StreamHandler(CleanOut())
h.setFormatter(logging.Formatter('[%(levelname)-8s] %(name)s %(funcName)s:%(lineno)d %(message)s'))
other = logging.getLogger('other')
other.addHandler(h)
other.propagate = False


def work():
    other.warning('from work')


work()
try:
    raise KeyError('missing')
except KeyError:
    other.exception('lookup failed')


class KeepFilter(logging.Filter):
    def filter(self, record):
        return 'keep' in record.getMessage()


other.addFilter(KeepFilter())
other.warning('drop me')
other.warning('keep me')
other.removeFilter(other.filters[0])

h.setFormatter(logging.Formatter('{levelname} {name} {message}', style='{'))
other.error('brace style')
h.setFormatter(logging.Formatter('$levelname $message', style='$'))
other.error('dollar style')

# Records collected by a handler subclass.
class ListHandler(logging.Handler):
    def __init__(self):
        super().__init__()
        self.records = []

    def emit(self, record):
        self.records.append((record.levelname, record.name, self.format(record)))


lh = ListHandler()
lh.setLevel(logging.INFO)
coll = logging.getLogger('collect')
coll.addHandler(lh)
coll.propagate = False
coll.setLevel(logging.DEBUG)
coll.debug('below handler level')
coll.info('one')
coll.warning('two %s', 'args')
print(lh.records)

adapter = logging.LoggerAdapter(log, {'user': 'ann'})
adapter.warning('adapted')
logging.warning('root warn')
logging.info('root info')
logging.disable(logging.ERROR)
log.error('disabled')
logging.disable(logging.NOTSET)
log.error('enabled again')
print(logging.root.level, logging.WARNING, logging.getLogger() is logging.root)
