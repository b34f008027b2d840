import textwrap
text = ("The quick brown fox jumps over the lazy dog. A well-known pangram, it "
        "contains every letter of the English alphabet at least once; typographers use it often.")
print(textwrap.wrap(text, 30))
print(textwrap.fill(text, width=40))
print(textwrap.fill(text, 25, initial_indent='* ', subsequent_indent='  '))
print(textwrap.shorten(text, 50), '|', textwrap.shorten('Hello  world!', width=12), '|', textwrap.shorten('Hello world', 11))
print(textwrap.wrap('supercalifragilisticexpialidocious is long', 10))
print(textwrap.wrap('supercalifragilisticexpialidocious is long', 10, break_long_words=False))
print(textwrap.wrap('a-very-hyphenated-compound-word here', 12), textwrap.wrap('a-very-hyphenated word', 12, break_on_hyphens=False))
print(textwrap.wrap('tabs\there  and   spaces', 8), textwrap.wrap('', 5), textwrap.wrap('   ', 5))
code = '''
    def f():
        return 1

    x = 2
'''
print(repr(textwrap.dedent(code)))
print(repr(textwrap.dedent('  a\n\tb')), repr(textwrap.dedent('   x\n   \n   y')))
print(textwrap.indent('one\ntwo\n\nthree', '> '))
print(textwrap.indent('a\nb', '+ ', lambda line: True))
w = textwrap.TextWrapper(width=20, max_lines=2, placeholder='...')
print(w.wrap(text))
print(textwrap.fill('Mr. Smith went. He left! Why? Fine.', 60, fix_sentence_endings=True))
try:
    textwrap.wrap('x', 0)
except ValueError as e:
    print('ValueError', e)
