import hmac, hashlib, secrets, operator
h = hmac.new(b'key', b'msg', hashlib.sha256)
print(h.hexdigest(), h.digest_size, h.name)
h2 = hmac.new(b'key', digestmod='sha1'); h2.update(b'a'); h2.update(b'b'); print(h2.hexdigest(), h2.copy().hexdigest())
print(hmac.digest(b'k' * 100, b'data', 'md5').hex())
print(hmac.compare_digest(b'abc', b'abc'), hmac.compare_digest('abc', 'abd'), hmac.compare_digest(b'a', b'ab'))
t = secrets.token_hex(16); print(len(t), all(c in '0123456789abcdef' for c in t))
print(len(secrets.token_bytes(8)), len(secrets.token_urlsafe(16)) >= 16, secrets.choice('abc') in 'abc', 0 <= secrets.randbelow(10) < 10, secrets.randbits(8) < 256)
print(operator.itemgetter(1)([1, 2]))
print(hmac.new(b'', b'', 'sha512').hexdigest()[:32], hmac.HMAC(b'k', digestmod=hashlib.md5).block_size)
try:
    hmac.new(b'k')
except TypeError as e:
    print('TypeError', e)
