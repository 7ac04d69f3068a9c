"""Hostile item texts (issue #13 item 4): long runs of punctuation, thousands of numbers, deep
nesting. Used by tests/test_analysis_budget.py (a result is produced) and by
benchmarks/analysis_speed.py (the worst milliseconds per item)."""

from __future__ import annotations

N = 40_000


def pathological_texts() -> dict[str, str]:
    """Shared with the benchmark: long runs, thousands of numbers, deep nesting."""
    return {
        "run of full stops": "Regulator fines bank " + "." * N,
        "run of exclamation marks": "Fine" + "!" * N + " Next",
        "mixed end marks": "?!." * (N // 3) + " A",
        "full stops and spaces": ". " * N + "Fined",
        "thousands of numbers": " ".join(f"{i},000" for i in range(8000)) + " euros fine",
        "run of currency signs": "€" * N + "5m fine",
        "deep nesting": "(" * N + "fine €5m" + ")" * N,
        "punctuation in a phrase gap": "faces " + ". , " * N + " fine",
        "one long number": "1" * N + " million euros",
        "long grouped number": "1" + ".000" * 10_000 + " euro",
        "one word repeated": "fine " * 10_000,
        "elisions": "d'" * N + "amende",
        "run of hyphens": "fine" + "-" * N + "d",
        "run of spaces": "€" + " " * N + "5",
        "capitals after end marks": "A. " * N,
    }
