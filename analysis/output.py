"""Writing output that a reader never sees half of: folders swapped in whole, one-line errors.

Used by the CLI export (:mod:`analysis.export`) and the site build (:mod:`analysis.site`).
A folder of output is built in a fresh folder beside its target and moved into place with
one rename of a directory, under a lock, so every reader, and every later run, sees either
the previous folder or the new one, never a mix and never none (:func:`replaced_folder`).
Messages go out as one line whatever the path holds, and a failed write to stdout (a full
disk, ``> /dev/full``) ends in one line too (:func:`emit`, :func:`fail`).
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import fcntl
import os
import secrets
import shutil
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

LOCK_WAIT = 60.0  # seconds a second writer waits for the first before giving up (a swap takes well under 1 s)
_RENAME_EXCHANGE = 2  # renameat2(2) flag: swap two paths atomically (Linux 3.15+, glibc 2.28+)
_AT_FDCWD = -100


class OutputError(Exception):
    """The output cannot be written where asked; the message is one line for the reader."""


def one_line(value: object) -> str:
    """``value`` as text with line breaks and other control characters escaped ("a\\nb")."""
    from .article import one_line as escape

    return escape(str(value))


def fail(message: object) -> int:
    """Print ``error: message`` as one line on stderr; returns 2, the CLI's exit code for it."""
    print(f"error: {one_line(message)}", file=sys.stderr)
    return 2


def emit(text: str) -> None:
    """Write ``text`` to stdout now, so that a failure raises ``OSError`` here and not at exit.

    After a failure stdout points at the null device: the interpreter's last flush at exit
    finds somewhere to put what was buffered instead of printing a traceback of its own.
    """
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except OSError:
        with contextlib.suppress(OSError, ValueError):
            null = os.open(os.devnull, os.O_WRONLY)
            os.dup2(null, sys.stdout.fileno())
            os.close(null)
        raise


# --- whole folders -------------------------------------------------------------------------------------


def leftovers(parent: Path, name: str) -> list[Path]:
    """What runs writing ``parent/name`` left behind when they were killed: build and set-aside folders."""
    prefixes = (f".{name}.build-", f".{name}.old-")
    with contextlib.suppress(FileNotFoundError):
        return sorted(p for p in parent.iterdir() if p.name.startswith(prefixes))
    return []


def check_target(out: str | Path, *, ours: Callable[[Path], bool], what: str = "output written here") -> Path:
    """The absolute folder ``out`` names, or :class:`OutputError` when it must not be replaced.

    ``ours(folder)`` says whether a non-empty folder is output this program wrote (``what``
    names it in the message); any other non-empty folder is refused, so a reader's own files
    are never deleted.
    """
    target = Path(os.path.realpath(out))  # a symlink is followed: the folder it names is replaced
    if target.parent == target:
        raise OutputError(f"{target} cannot be replaced; choose a folder inside it")
    if target.exists() and not target.is_dir():
        raise OutputError(f"{target} is a file; choose a folder")
    if target.is_dir():
        try:
            empty = next(target.iterdir(), None) is None
            mine = empty or ours(target)
        except OSError as err:
            raise OutputError(f"cannot read {target}: {err.strerror or err}") from None
        if not mine:
            raise OutputError(f"{target} exists and is not {what}; choose another folder or empty it")
    ancestor = target.parent
    while not ancestor.exists():
        ancestor = ancestor.parent
    if not ancestor.is_dir() or not os.access(ancestor, os.W_OK | os.X_OK):
        raise OutputError(f"cannot write in {ancestor}")
    return target


@contextlib.contextmanager
def replaced_folder(out: str | Path, *, ours: Callable[[Path], bool], what: str = "output written here",
                    marker: str | None = None, wait: float = LOCK_WAIT) -> Iterator[Path]:
    """Yield an empty folder beside ``out``; once the block ends, it becomes ``out`` in one step.

    - **Whole or nothing.** The block writes into a fresh ``.NAME.build-PID-HEX`` folder in
      ``out``'s parent (same file system, so the swap is a rename). An error or a signal in the
      block removes it and leaves ``out`` as it was.
    - **Never a mix, never none.** A new ``out`` is one rename(2) of the built folder. An
      existing one is swapped with ``renameat2(RENAME_EXCHANGE)``, which exchanges the two
      names atomically, so ``out`` always names a whole folder, old or new; the old one, now
      under the build name, is deleted after. Where the exchange is unsupported (not Linux, or
      a file system without it), ``out`` is renamed aside to ``.NAME.old-…`` and the build
      renamed in: if a kill falls between the two renames, the next run renames the old
      folder back before doing anything else.
    - **One writer at a time.** A ``flock`` on the parent folder itself (no lock file to leave
      behind or to race on when deleted) makes a second writer wait up to ``wait`` seconds,
      then fail with one line. Build and set-aside folders are only made under that lock, so
      any found while holding it were left by a run that died: they are removed (or, for a set-
      aside folder with no ``out``, restored).
    - **Nothing left by a failure.** Parent folders this call created are removed again when
      the block fails, so a failed run into a new nested path leaves no empty folders.

    ``ours`` and ``what`` decide which existing folders may be replaced (:func:`check_target`); ``marker``,
    if given, names a file written into every folder built here.
    """
    target = check_target(out, ours=ours, what=what)
    parent, name = target.parent, target.name
    created = _make_parents(parent)
    built: Path | None = None
    try:
        with _locked(parent, wait=wait, what=target, created=created):
            _recover(parent, name, target)
            target = check_target(target, ours=ours, what=what)  # again: another run may have written it meanwhile
            built = parent / f".{name}.build-{os.getpid()}-{secrets.token_hex(4)}"
            built.mkdir()
            yield built
            if marker:
                (built / marker).write_text("written by python -m analysis; replaced whole by the next run\n",
                                            encoding="utf-8")
            old = _swap_in(built, target)
            built = None
            if old is not None:
                shutil.rmtree(old, ignore_errors=True)
    except BaseException:
        if built is not None:
            shutil.rmtree(built, ignore_errors=True)
        for folder in reversed(created):
            with contextlib.suppress(OSError):
                folder.rmdir()  # only while empty: another run may have used it meanwhile
        raise


def _make_parents(parent: Path) -> list[Path]:
    """Create ``parent`` and its missing ancestors; returns those created, outermost first."""
    missing = []
    folder = parent
    while not folder.exists():
        missing.append(folder)
        folder = folder.parent
    created = []
    try:
        for folder in reversed(missing):
            try:
                folder.mkdir()
            except FileExistsError:
                continue
            created.append(folder)
    except BaseException:
        for folder in reversed(created):
            with contextlib.suppress(OSError):
                folder.rmdir()
        raise
    return created


@contextlib.contextmanager
def _locked(folder: Path, *, wait: float, what: Path, created: list[Path]) -> Iterator[None]:
    deadline = time.monotonic() + wait
    while True:
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
        try:
            while True:
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError:
                    if time.monotonic() > deadline:
                        raise OutputError(f"another run is writing to {what}; gave up after {wait:.0f} s, "
                                          f"try again when it ends") from None
                    time.sleep(0.02)
            try:
                same = os.fstat(fd).st_ino == folder.stat().st_ino
            except FileNotFoundError:
                same = False
            if same:
                yield
                return
            # the folder was removed (a failed run cleaning up after itself) while we waited
        finally:
            os.close(fd)
        created += _make_parents(folder)


def _recover(parent: Path, name: str, target: Path) -> None:
    """Undo what killed runs left: restore a set-aside folder when ``out`` is missing, delete the rest."""
    stale = leftovers(parent, name)
    if not target.exists():
        aside = [p for p in stale if p.name.startswith(f".{name}.old-")]
        if aside:
            newest = max(aside, key=lambda p: p.stat().st_mtime)
            newest.rename(target)
            stale.remove(newest)
    for path in stale:
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path, ignore_errors=True)
        else:
            with contextlib.suppress(OSError):
                path.unlink()


def _exchange(a: Path, b: Path) -> bool:
    """Swap the names ``a`` and ``b`` in one step; False where the system cannot."""
    try:
        renameat2 = ctypes.CDLL(None, use_errno=True).renameat2
    except (AttributeError, OSError):
        return False
    if renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.EINVAL, errno.ENOSYS, errno.ENOTSUP, errno.EOPNOTSUPP):
        return False
    raise OSError(code, os.strerror(code), str(b))


def _swap_in(built: Path, target: Path) -> Path | None:
    """Make ``built`` the folder at ``target``; returns where the previous one now is, if any."""
    if not target.exists():
        built.rename(target)  # one rename(2): the folder appears whole
        return None
    if _exchange(built, target):
        return built  # the previous folder now has the build's name
    aside = target.with_name(f".{target.name}.old-{os.getpid()}-{secrets.token_hex(4)}")
    target.rename(aside)
    try:
        built.rename(target)
    except BaseException:
        aside.rename(target)
        raise
    return aside
