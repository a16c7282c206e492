

def test_invisible_set_is_exactly_the_invisible_class():
    import re

    from postcheck.text import normalise as N

    every = "".join(map(chr, range(0x110000)))
    assert N._INVISIBLE_SET == frozenset(re.findall(N._INV, every))
    assert N._NFKC_SET.isdisjoint(N._INVISIBLE_SET) and "\ufb01" in N._NFKC_SET   # the fi ligature
