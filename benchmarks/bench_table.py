"""The one table every benchmark prints into: rows of (figure, value, floor, ratio, target)."""

from __future__ import annotations

import os
import platform
import re
from datetime import UTC, datetime
from pathlib import Path

HEADER = ("figure", "value", "floor", "ratio", "target")
Row = tuple[str, str, str, str, str]


def render(rows: list[Row]) -> str:
    lines = ["| " + " | ".join(HEADER) + " |", "|" + "---|" * len(HEADER)]
    lines += ["| " + " | ".join(cell.replace("|", "\\|") for cell in row) + " |" for row in rows]
    return "\n".join(lines)


def load_average() -> str:
    """The 1-minute load average: above the core count, other work was competing for the CPU."""
    try:
        return f"{os.getloadavg()[0]:.1f}"
    except OSError:
        return "?"


def machine() -> str:
    """Date (UTC) and machine size: cores, RAM, CPU model, OS, Python."""
    ram = cpu = ""
    try:
        kb = int(re.search(r"MemTotal:\s+(\d+)", Path("/proc/meminfo").read_text())[1])
        ram = f"{kb / 1024 / 1024:.1f} GiB RAM"
    except (OSError, TypeError):
        ram = "RAM unknown"
    try:
        cpu = re.search(r"model name\s*:\s*(.+)", Path("/proc/cpuinfo").read_text())[1].strip()
    except (OSError, TypeError):
        cpu = platform.processor() or "CPU model unknown"
    try:
        osname = re.search(r'PRETTY_NAME="([^"]+)"', Path("/etc/os-release").read_text())[1]
    except (OSError, TypeError):
        osname = platform.system()
    when = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    return f"Measured {when} on {os.cpu_count()} cores, {ram}, {cpu}, {osname}, Python {platform.python_version()}"


def ms(seconds: float) -> str:
    if seconds >= 1:
        return f"{seconds:.2f} s"
    return f"{seconds * 1000:.0f} ms" if seconds >= 0.1 else f"{seconds * 1000:.1f} ms"


def ratio(value: float, floor: float) -> str:
    return f"{value / floor:.2f}×" if floor else ""


def installed_env() -> dict[str, str]:
    """The environment of a fresh process timed as a user's would run: bytecode caches allowed.

    pip writes ``.pyc`` files for what it installs (pandas among them), and a checkout writes
    ``__pycache__`` on its first import; a shell with ``PYTHONDONTWRITEBYTECODE=1`` (this machine's)
    would have every process compile the package from source (about 70 ms for ``analysis``) while
    pandas keeps its bytecode, an unequal comparison.
    """
    return {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
