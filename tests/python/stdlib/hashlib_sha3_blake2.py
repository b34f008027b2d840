# hashlib's SHA-3, SHAKE and BLAKE2 (keyed, salted, personalised, any digest size), and
# hmac over them.
import hashlib
import hmac

for name in ['sha3_224', 'sha3_256', 'sha3_384', 'sha3_512', 'blake2b', 'blake2s']:
    h = hashlib.new(name, b'abc')
    print(name, h.digest_size, h.block_size, h.hexdigest())
    print(name, getattr(hashlib, name)(b'').hexdigest()[:32])

for name in ['shake_128', 'shake_256']:
    h = getattr(hashlib, name)(b'The quick brown fox')
    print(name, h.digest_size, h.block_size, h.hexdigest(10), h.digest(40).hex()[-16:])
    print(name, hashlib.new(name, b'').hexdigest(4), len(h.digest(0)))

print(hashlib.blake2b(b'data', digest_size=16).hexdigest())
print(hashlib.blake2s(b'data', digest_size=8, key=b'secret').hexdigest())
print(hashlib.blake2b(b'data', key=b'k' * 64, salt=b's' * 16, person=b'p' * 16).hexdigest()[:40])
print(hashlib.blake2s(b'', key=b'key').hexdigest())
print(hashlib.blake2b(key=b'key').hexdigest()[:32], hashlib.blake2b(b'x' * 300).hexdigest()[:32])

h = hashlib.blake2b(digest_size=20)
for chunk in [b'a', b'b' * 200, b'c']:
    h.update(chunk)
c = h.copy()
c.update(b'more')
print(h.hexdigest(), c.hexdigest() != h.hexdigest(), h.digest_size, h.name)

for kwargs in [{'digest_size': 0}, {'digest_size': 65}, {'key': b'k' * 65}, {'salt': b's' * 17},
               {'person': b'p' * 17}]:
    try:
        hashlib.blake2b(**kwargs)
    except ValueError as e:
        print('ValueError', e)
try:
    hashlib.blake2s(digest_size=33)
except ValueError as e:
    print('ValueError', e)

print(hmac.new(b'key', b'msg', 'sha3_256').hexdigest())
print(hmac.new(b'key', b'msg', hashlib.blake2b).hexdigest()[:32])
print(hashlib.blake2b.SALT_SIZE, hashlib.blake2s.PERSON_SIZE, hashlib.blake2b.MAX_KEY_SIZE,
      hashlib.blake2s.MAX_DIGEST_SIZE)
print(sorted(a for a in hashlib.algorithms_guaranteed))
