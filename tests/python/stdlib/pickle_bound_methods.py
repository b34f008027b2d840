# Bound methods reduce to getattr(receiver, name), so pickle and copy take them.
import copy
import pickle


class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance

    def report(self):
        return f'{self.owner}: {self.balance}'

    @classmethod
    def opened(cls, owner):
        return cls(owner, 0)


acct = Account('ada', 12)
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    m = pickle.loads(pickle.dumps(acct.report, proto))
    print(proto, m(), type(m).__name__, m.__self__ is acct)

made = pickle.loads(pickle.dumps(Account.opened))
print(made('bob').report(), made.__self__ is Account)

# A list of callbacks survives a round trip, receivers shared as in the original.
callbacks = [acct.report, acct.report, Account.opened]
back = pickle.loads(pickle.dumps(callbacks))
print(back[0].__self__ is back[1].__self__, back[0](), back[2]('cy').owner)

print(copy.copy(acct.report)(), copy.copy(acct.report).__self__ is acct)
deep = copy.deepcopy(acct.report)
acct.balance = 99
print(deep(), deep.__self__ is acct, acct.report())

r = acct.report.__reduce__()
print(r[0] is getattr, r[1][0] is acct, r[1][1])
print(acct.report.__reduce_ex__(2)[1][1])
