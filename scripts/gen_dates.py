"""Write resources/dates.yml, the month and day names of the EU languages, from CLDR (via Babel).

    .venv/bin/python scripts/gen_dates.py > resources/dates.yml

The names are CLDR's (format and stand-alone contexts, wide and abbreviated, so that genitive forms
such as Polish "stycznia" are there too); tests/test_dates.py checks the file still agrees with it.
Time-zone names are not CLDR's short names (which are region-dependent): they live in the hand-kept
`timezones` block at the end of this script.
"""

from __future__ import annotations

import sys

from babel import Locale

LANGUAGES = [
    "bg",
    "cs",
    "da",
    "de",
    "el",
    "en",
    "es",
    "et",
    "fi",
    "fr",
    "ga",
    "hr",
    "hu",
    "it",
    "lt",
    "lv",
    "mt",
    "nl",
    "no",  # Norwegian (Bokmål): Datatilsynet's listing, beside the EU languages
    "pl",
    "pt",
    "ro",
    "sk",
    "sl",
    "sv",
]

# Abbreviations seen in RFC 822 dates, with their UTC offsets in minutes (RFC 822 section 5, the
# European names in English, French and German forms).
TIMEZONES = {
    "UT": 0, "UTC": 0, "GMT": 0, "Z": 0, "WET": 0, "WEZ": 0,
    "BST": 60, "WEST": 60, "WESZ": 60, "CET": 60, "MEZ": 60, "HNEC": 60,
    "CEST": 120, "MESZ": 120, "HAEC": 120, "EET": 120, "OEZ": 120,
    "EEST": 180, "OESZ": 180,
    "EST": -300, "EDT": -240, "CST": -360, "CDT": -300,
    "MST": -420, "MDT": -360, "PST": -480, "PDT": -420,
}  # fmt: skip


def _names(mapping: object, count: int) -> list[str]:
    return [str(mapping[i]) for i in range(1 if count == 12 else 0, count + (1 if count == 12 else 0))]  # type: ignore[index]


def main() -> None:
    out = sys.stdout
    out.write("# Month and day names of the EU languages, from CLDR: regenerate with scripts/gen_dates.py.\n")
    out.write("# months: one list per month (January first), every spelling CLDR gives.\n")
    out.write("# days: one list per weekday (Monday first).\n")
    out.write("languages:\n")
    for code in LANGUAGES:
        locale = Locale.parse(code)
        months: list[list[str]] = [[] for _ in range(12)]
        days: list[list[str]] = [[] for _ in range(7)]
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for i, name in enumerate(_names(locale.months[context][width], 12)):
                    if name not in months[i]:
                        months[i].append(name)
                for i, name in enumerate(_names(locale.days[context][width], 7)):
                    if name not in days[i]:
                        days[i].append(name)
        key = f'"{code}"' if code in ("no", "yes", "on", "off") else code  # YAML 1.1 would read a boolean
        out.write(f"  {key}:\n    months:\n")
        for names in months:
            out.write("      - [" + ", ".join(f'"{n}"' for n in names) + "]\n")
        out.write("    days:\n")
        for names in days:
            out.write("      - [" + ", ".join(f'"{n}"' for n in names) + "]\n")
    out.write("timezones:\n")
    for name, minutes in TIMEZONES.items():
        out.write(f"  {name}: {minutes}\n")


if __name__ == "__main__":
    main()
