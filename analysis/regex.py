"""Regular expressions compiled at their first use, not when their module is imported.

Every extractor module is imported by ``import analysis``; a pattern compiled at import costs every fresh process
its compile time, whether or not an article needs it (the time saved is measured in the README's performance table,
the ``load_vs_pandas`` row).

A ``compile_on_use`` pattern is used through its methods (``search``, ``sub`` …) and ``pattern`` only: it is not a
``re.Pattern``, so ``re.search(p, text)``, ``re.compile(p)``, ``isinstance(p, re.Pattern)`` and pandas' ``str``
methods do not take it, and two with the same source do not compare equal. Pass ``p.pattern`` where a function
wants a pattern of its own.
"""

from __future__ import annotations

import re

# what the extractors call on a pattern: after the first use each is a plain attribute of the instance, the
# compiled pattern's own bound method, so a search costs what it costs on the compiled pattern
_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")


class CompiledOnUse:
    """``re.compile(pattern, flags)``, done when one of its methods or attributes is first asked for.

    ``pattern`` is the source text at once (other patterns are built from it at import)."""

    def __init__(self, pattern: str, flags: int = 0):
        self.pattern = pattern
        self._flags = flags

    def __getattr__(self, name: str):
        # (only reached for a name the instance does not hold: before the first use, or an attribute such as ``groups``)
        if name.startswith("__") or "pattern" not in self.__dict__:
            # pickle and copy ask an instance made without __init__ (empty __dict__) for __setstate__ and the like:
            # reading self.pattern there would come back here without end
            raise AttributeError(name)
        compiled = self.__dict__.get("_compiled")
        if compiled is None:
            compiled = self._compiled = re.compile(self.pattern, self._flags)
            for method in _METHODS:
                setattr(self, method, getattr(compiled, method))
        return getattr(compiled, name)

    def __reduce__(self):
        # pickled and copied as the call that makes it, not as its __dict__ (which after the first use holds the
        # compiled pattern's bound methods)
        return compile_on_use, (self.pattern, self._flags)

    def __repr__(self) -> str:
        return f"compile_on_use({self.pattern!r}, {self._flags})"


def compile_on_use(pattern: str, flags: int = 0) -> CompiledOnUse:
    """A pattern that behaves like ``re.compile(pattern, flags)`` and is compiled at its first search."""
    return CompiledOnUse(pattern, flags)
