# The Python half of `_ast`: the node classes of `ast`, made from one table. Each line of
# `_NODES` names a class and its base, then its fields; after `|` come its position
# attributes. A field marked `?` is optional: the class holds None for it, so a node built
# without it reads None (as `ast.dump` expects); a field marked `*` is a list.

PyCF_ONLY_AST = 0x400
PyCF_TYPE_COMMENTS = 0x1000
PyCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000

_POSITIONS = "| lineno col_offset end_lineno? end_col_offset?"

_NODES = f"""
mod AST
Module mod body* type_ignores*
Interactive mod body*
Expression mod body
FunctionType mod argtypes* returns
stmt AST {_POSITIONS}
FunctionDef stmt name args body* decorator_list* returns? type_comment?
AsyncFunctionDef stmt name args body* decorator_list* returns? type_comment?
ClassDef stmt name bases* keywords* body* decorator_list*
Return stmt value?
Delete stmt targets*
Assign stmt targets* value type_comment?
AugAssign stmt target op value
AnnAssign stmt target annotation value? simple
For stmt target iter body* orelse* type_comment?
AsyncFor stmt target iter body* orelse* type_comment?
While stmt test body* orelse*
If stmt test body* orelse*
With stmt items* body* type_comment?
AsyncWith stmt items* body* type_comment?
Match stmt subject cases*
Raise stmt exc? cause?
Try stmt body* handlers* orelse* finalbody*
TryStar stmt body* handlers* orelse* finalbody*
Assert stmt test msg?
Import stmt names*
ImportFrom stmt module? names* level?
Global stmt names*
Nonlocal stmt names*
Expr stmt value
Pass stmt
Break stmt
Continue stmt
expr AST {_POSITIONS}
BoolOp expr op values*
NamedExpr expr target value
BinOp expr left op right
UnaryOp expr op operand
Lambda expr args body
IfExp expr test body orelse
Dict expr keys* values*
Set expr elts*
ListComp expr elt generators*
SetComp expr elt generators*
DictComp expr key value generators*
GeneratorExp expr elt generators*
Await expr value
Yield expr value?
YieldFrom expr value
Compare expr left ops* comparators*
Call expr func args* keywords*
FormattedValue expr value conversion format_spec?
JoinedStr expr values*
Constant expr value kind?
Attribute expr value attr ctx
Subscript expr value slice ctx
Starred expr value ctx
Name expr id ctx
List expr elts* ctx
Tuple expr elts* ctx
Slice expr lower? upper? step?
expr_context AST
Load expr_context
Store expr_context
Del expr_context
boolop AST
And boolop
Or boolop
operator AST
Add operator
Sub operator
Mult operator
MatMult operator
Div operator
Mod operator
Pow operator
LShift operator
RShift operator
BitOr operator
BitXor operator
BitAnd operator
FloorDiv operator
unaryop AST
Invert unaryop
Not unaryop
UAdd unaryop
USub unaryop
cmpop AST
Eq cmpop
NotEq cmpop
Lt cmpop
LtE cmpop
Gt cmpop
GtE cmpop
Is cmpop
IsNot cmpop
In cmpop
NotIn cmpop
comprehension AST target iter ifs* is_async
excepthandler AST {_POSITIONS}
ExceptHandler excepthandler type? name? body*
arguments AST posonlyargs* args* vararg? kwonlyargs* kw_defaults* kwarg? defaults*
arg AST arg annotation? type_comment? {_POSITIONS}
keyword AST arg? value {_POSITIONS}
alias AST name asname? {_POSITIONS}
withitem AST context_expr optional_vars?
match_case AST pattern guard? body*
pattern AST | lineno col_offset end_lineno end_col_offset
MatchValue pattern value
MatchSingleton pattern value
MatchSequence pattern patterns*
MatchMapping pattern keys* patterns* rest?
MatchClass pattern cls patterns* kwd_attrs* kwd_patterns*
MatchStar pattern name?
MatchAs pattern pattern? name?
MatchOr pattern patterns*
type_ignore AST
TypeIgnore type_ignore lineno tag
"""


class AST:
    _fields = ()
    _attributes = ()
    __match_args__ = ()

    def __init__(self, *args, **kwargs):
        fields = type(self)._fields
        if len(args) > len(fields):
            n = len(fields)
            s = "" if n == 1 else "s"
            raise TypeError(
                f"{type(self).__name__} constructor takes at most {n} positional argument{s}"
            )
        for name, value in zip(fields, args):
            setattr(self, name, value)
        for name, value in kwargs.items():
            setattr(self, name, value)

    def __reduce__(self):
        return type(self), (), self.__dict__ or None


AST.__module__ = "ast"


def _make_classes(table, namespace):
    for line in table.strip().splitlines():
        words, _, attributes = line.partition("|")
        name, base, *fields = words.split()
        body = {"__module__": "ast"}
        names = []
        for field in fields:
            plain = field.rstrip("?*")
            names.append(plain)
            if field.endswith("?"):
                body[plain] = None
        if fields or base == "AST":
            body["_fields"] = tuple(names)
            body["__match_args__"] = tuple(names)
        if attributes:
            attrs = []
            for attr in attributes.split():
                plain = attr.rstrip("?")
                attrs.append(plain)
                if attr.endswith("?"):
                    body[plain] = None
            body["_attributes"] = tuple(attrs)
        namespace[name] = type(name, (namespace[base],), body)


_make_classes(_NODES, globals())
del _make_classes, _NODES, _POSITIONS
