"""The next reference number follows the council's own pattern."""

from secretariat_app.domain.reference_numbers import next_reference


def test_the_next_number_of_the_year_in_the_councils_pattern():
    assert next_reference(["SBIC-2013-001", "SBIC-2015-001", "SBIC-2015-002"], 2015) == "SBIC-2015-003"
    assert next_reference(["SBIC-2013-001", "SBIC-2015-001"], 2026) == "SBIC-2026-001"  # a new year starts at 1


def test_codes_and_widths_are_kept():
    refs = ["SBIC-2026-ENV-01", "SBIC-2026-ENV-02", "SBIC-2025-ENV-09", None, "", "free text"]
    assert next_reference(refs, 2026) == "SBIC-2026-ENV-03"
    assert next_reference(["SBIC-2026-ENV-09"], 2026) == "SBIC-2026-ENV-10"
    assert next_reference(["SBIC-2026-ENV-99"], 2026) == "SBIC-2026-ENV-100"


def test_no_reference_yet():
    assert next_reference([], 2026) == "SBIC-2026-001"
    assert next_reference(["letter of 3 May"], 2026) == "SBIC-2026-001"
