"""Where one Vietnamese name stands against others found in the same sentence."""

from __future__ import annotations


def starts_in_any(name: tuple[str, str, int, int], found: list) -> bool:
    """A name that starts within one of ``found`` ("Công viên Thống Nhất và …")."""
    return any(a <= name[2] < b for _, _, a, b in found)


def within_any(name: tuple[str, str, int, int], found: list) -> bool:
    """A name within one of ``found`` ("Bộ NN" of "Bộ NN&PTNT")."""
    return any(a <= name[2] and name[3] <= b for _, _, a, b in found)
