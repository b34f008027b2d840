import contextvars
import html

var = contextvars.ContextVar('var', default=42)
print(var.get(), var.name)
tok = var.set(7)
print(var.get())
ctx = contextvars.copy_context()
var.reset(tok)
print(var.get(), ctx[var], var in ctx)
def inside():
    var.set(99)
    return var.get()
print(ctx.run(inside), var.get(), ctx[var])
nodefault = contextvars.ContextVar('nd')
try:
    nodefault.get()
except LookupError:
    print('LookupError')
print(nodefault.get('fallback'))

print(html.escape('<a href="x">Tom & \'Jerry\'</a>'), html.escape('<b>', quote=False))
print(html.unescape('&lt;p&gt;caf&#233; &amp; &#x41;&quot;&unknown;'))
