# Cycles that pass through the container wrapped by an instance of a built-in subclass (a
# list, dict or set subclass whose items refer back to their holder) are collected, however
# the instance was made.
import gc


class Items(list):
    def add(self, x):
        super().append(x)


class Table(dict):
    pass


class Bag(set):
    pass


class Node:
    def __init__(self, name):
        self.name = name


def alive():
    gc.collect()
    return sum(1 for o in gc.get_objects() if type(o) is Node)


def through_list(n):
    for i in range(n):
        node = Node(i)
        node.peers = Items()
        node.peers.append(node)


def through_list_method(n):
    for i in range(n):
        node = Node(i)
        node.peers = Items()
        node.peers.add(node)


def through_list_new(n):
    for i in range(n):
        node = Node(i)
        peers = list.__new__(Items)
        list.append(peers, node)
        node.peers = peers


def through_list_args(n):
    for i in range(n):
        node = Node(i)
        node.peers = Items([1, 2])
        node.peers.append(node)


def through_dict(n):
    for i in range(n):
        node = Node(i)
        node.table = Table()
        node.table["self"] = node


def through_set(n):
    for i in range(n):
        node = Node(i)
        bag = Bag()
        bag.add(node)
        node.bag = bag


def between_two(n):
    for i in range(n):
        a, b = Node("a"), Node("b")
        a.peers, b.peers = Items(), Items()
        a.peers.append(b)
        b.peers.append(a)


base = alive()
for case in (through_list, through_list_method, through_list_new, through_list_args,
             through_dict, through_set, between_two):
    case(50)
    print(case.__name__, alive() - base)

# The live ones stay: a held cycle is not collected.
keep = Node("kept")
keep.peers = Items()
keep.peers.append(keep)
gc.collect()
print(keep.peers[0] is keep, alive() - base)
