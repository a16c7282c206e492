

def test_invisible_set_is_exactly_the_invisible_class():
    import re

    from postcheck.text import normalise as N

    every = "".join(map(chr, range(0x110000)))
    assert N._INVISIBLE_SET == frozenset(re.findall(N._INV, every))
    assert N._NFKC_SET.isdisjoint(N._INVISIBLE_SET) and "\ufb01" in N._NFKC_SET   # the fi ligature


def test_space_edits_answer_a_text_without_a_run_to_change_as_the_scan_did():
    """`_space_edits` skips the `_WS` scan when no whitespace run needs a change: the same edits on random texts of
    letters and every kind of whitespace (runs of one, two and three, "\\r\\n", no-break and thin spaces)."""
    import random

    from postcheck.text import normalise as n

    def plain(text):
        out = []
        for m in n._WS.finditer(text):
            run = m.group()
            breaks = run.count("\n") + run.count("\r") - run.count("\r\n")
            out.append((m.start(), m.end(), "\n\n" if breaks >= 2 else "\n" if breaks else " "))
        return out

    rng = random.Random(26)
    pieces = ["a", "b", " ", " ", "\n", "\n\n", "\t", "\r\n", "\r", "\xa0", "\u2009", "\u2028", "x."]
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 10)))
        assert list(n._space_edits(text)) == plain(text), repr(text)
