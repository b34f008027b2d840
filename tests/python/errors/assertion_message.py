# An uncaught AssertionError with a message, raised from a nested call.
def check_balance(balance):
    assert balance >= 0, "balance went negative: " + str(balance)
    return balance


def apply(transactions):
    balance = 0
    for amount in transactions:
        balance += amount
        print("balance", check_balance(balance))
    return balance


apply([100, -30, -50, -40, 10])
