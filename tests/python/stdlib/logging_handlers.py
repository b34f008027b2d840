# logging.handlers and logging.config: rotating files, queues, memory buffering, dictConfig.
import logging
import logging.config
import logging.handlers
import os
import queue
import shutil
import tempfile

tmp = tempfile.mkdtemp()
path = os.path.join(tmp, 'app.log')
logging.config.dictConfig({
    'version': 1,
    'formatters': {'plain': {'format': '%(levelname)s:%(name)s:%(message)s'}},
    'handlers': {'rotating': {'class': 'logging.handlers.RotatingFileHandler',
                              'filename': path, 'maxBytes': 120, 'backupCount': 2,
                              'formatter': 'plain'}},
    'loggers': {'app': {'level': 'INFO', 'handlers': ['rotating'], 'propagate': False}},
})
log = logging.getLogger('app')
for i in range(12):
    log.info('event %d', i)
log.debug('not shown')
print(sorted(os.listdir(tmp)))
for name in sorted(os.listdir(tmp)):
    with open(os.path.join(tmp, name)) as f:
        print(name, f.read().split('\n'))

# A queue handler hands prepared records to a queue; a listener passes them on.
q = queue.Queue()
qlog = logging.getLogger('queued')
qlog.propagate = False
qlog.addHandler(logging.handlers.QueueHandler(q))
qlog.warning('first %s', 'warning')
record = q.get_nowait()
print(record.getMessage(), record.msg, record.args, record.levelname)

# A memory handler buffers until its capacity or a record at flushLevel.
class Collect(logging.Handler):
    def __init__(self):
        super().__init__()
        self.seen = []

    def emit(self, record):
        self.seen.append(record.getMessage())


target = Collect()
memory = logging.handlers.MemoryHandler(3, flushLevel=logging.ERROR, target=target)
mlog = logging.getLogger('buffered')
mlog.propagate = False
mlog.setLevel(logging.DEBUG)
mlog.addHandler(memory)
mlog.info('a')
mlog.info('b')
print(target.seen)
mlog.error('boom')
print(target.seen)
for m in 'cdef':
    mlog.debug(m)
print(target.seen, len(memory.buffer))
memory.close()
print(target.seen)

# A timed rotating handler names its files by time; only the base file exists at first.
timed = logging.handlers.TimedRotatingFileHandler(os.path.join(tmp, 'timed.log'), when='D',
                                                  backupCount=3)
print(timed.suffix, timed.when, timed.interval)
timed.close()
logging.shutdown()
shutil.rmtree(tmp)
print(os.path.exists(tmp))
