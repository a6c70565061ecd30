import copy
import pickle
import re

import pytest

from analysis.regex import compile_on_use


def test_a_pattern_is_compiled_at_its_first_use_not_when_made():
    broken = compile_on_use("(unclosed")  # made at import: nothing compiled yet, so nothing raised
    with pytest.raises(re.error):
        broken.search("unclosed")


@pytest.mark.parametrize("method, args", [
    ("search", ("Talks in Vienna on Monday",)),
    ("match", ("Vienna talks",)),
    ("fullmatch", ("Vienna",)),
    ("findall", ("Vienna, Geneva and Doha",)),
    ("split", ("Vienna, Geneva and Doha",)),
    ("sub", ("<place>", "Vienna, Geneva and Doha")),
    ("subn", ("<place>", "Vienna, Geneva and Doha")),
])
def test_it_answers_as_the_compiled_pattern_does(method, args):
    source, flags = r"\b(vienna|geneva|doha)\b", re.IGNORECASE
    lazy, compiled = compile_on_use(source, flags), re.compile(source, flags)
    got, want = getattr(lazy, method)(*args), getattr(compiled, method)(*args)
    if isinstance(want, re.Match):
        assert (got.span(), got.groups()) == (want.span(), want.groups())
    else:
        assert got == want
    assert [m.span() for m in lazy.finditer(args[-1])] == [m.span() for m in compiled.finditer(args[-1])]
    assert (lazy.pattern, lazy.flags, lazy.groups) == (compiled.pattern, compiled.flags, compiled.groups)


def test_its_source_text_builds_other_patterns_without_compiling_it():
    states = compile_on_use(r"(?:two|three) states(")  # (unbalanced: compiling it would raise)
    assert states.pattern == r"(?:two|three) states("


@pytest.mark.parametrize("used_first", [False, True])
@pytest.mark.parametrize("duplicate", [lambda p: pickle.loads(pickle.dumps(p)), copy.copy, copy.deepcopy])
def test_a_pickled_or_copied_pattern_answers_as_the_original(duplicate, used_first):
    # (a Dask worker unpickles what a user's function refers to, such as an imported pattern)
    source, flags = r"\b(vienna|geneva)\b", re.IGNORECASE
    lazy = compile_on_use(source, flags)
    if used_first:
        lazy.search("Vienna")
    twin = duplicate(lazy)
    assert (twin.pattern, twin.flags) == (source, re.compile(source, flags).flags)
    assert twin.findall("Talks in Vienna, then Geneva") == ["Vienna", "Geneva"]
