# expect: ok
class Node:
    pass
head = None
for _ in range(10 ** 5):
    n = Node()
    n.next = head
    head = n
del head, n
print("freed")
