"""The exchange document read as a stream gives exactly what ``json.loads`` gives -- whatever the
layout, wherever the reads cut the text (chunks of a few bytes here) -- and refuses what it refuses."""

from __future__ import annotations

import io
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from secretariat_app.errors import ExchangeError
from secretariat_app.exchange import files, stream

STREAMED = frozenset({"people", "meetings"})
READER = stream.Reader(json.JSONDecoder().raw_decode, STREAMED)

scalars = st.none() | st.booleans() | st.integers(-10**12, 10**12) | st.floats(allow_nan=False, allow_infinity=False) \
    | st.text(max_size=12)
values = st.recursive(scalars, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=5), inner,
                                                                                              max_size=4), max_leaves=12)
documents = st.dictionaries(st.sampled_from(["format", "version", "people", "meetings", "note", "ünï", "x"]),
                            values | st.lists(values, max_size=5), max_size=6)


def whole(raw: bytes) -> object:
    return stream.assembled(READER.entries(io.BytesIO(raw)))


@pytest.fixture(autouse=True)
def tiny_reads(monkeypatch):
    monkeypatch.setattr(stream, "CHUNK", 5)  # every value, key and number is cut somewhere


@settings(max_examples=150, deadline=None)
@given(documents, st.sampled_from([None, 0, 2]), st.booleans())
def test_any_layout_reads_as_json_loads_reads_it(doc, indent, ascii_only):
    raw = json.dumps(doc, indent=indent, ensure_ascii=ascii_only).encode()
    assert whole(raw) == json.loads(raw)


@settings(max_examples=150, deadline=None)
@given(documents, st.data())
def test_a_damaged_document_is_refused_as_json_loads_refuses_it(doc, data):
    raw = bytearray(json.dumps(doc, indent=1).encode())
    cut = data.draw(st.integers(0, len(raw)))
    damaged = bytes(raw[:cut] + data.draw(st.sampled_from([b"", b"}", b",", b"]", b"x", b'"', b" 1"])) + raw[cut:])
    try:
        expected = json.loads(damaged)
    except ValueError:
        with pytest.raises(stream.StreamError, match="not valid JSON|not UTF-8|appears twice"):
            whole(damaged)
    else:
        if isinstance(expected, dict) or not damaged.lstrip().startswith(b"{"):
            assert whole(damaged) == expected


def test_errors_say_the_line_and_column():
    raw = b'{"format": "secretariat-exchange",\n  "people": [{"id": "a"},\n   {"id": "b",}]}'
    with pytest.raises(stream.StreamError) as caught:
        whole(raw)
    with pytest.raises(json.JSONDecodeError) as reference:
        json.loads(raw)
    assert f"line {reference.value.lineno}, column {reference.value.colno}" in str(caught.value)


def test_records_come_one_at_a_time_in_the_files_order():
    raw = json.dumps({"meetings": [{"id": "g1"}, {"id": "g2"}], "format": "f", "people": [], "note": [1]}).encode()
    assert list(READER.entries(io.BytesIO(raw))) == [
        ("meetings", 0, {"id": "g1"}), ("meetings", 1, {"id": "g2"}), ("format", None, "f"),
        ("people", None, []), ("note", None, [1])]


def test_a_key_twice_at_the_top_level_is_refused():
    with pytest.raises(stream.StreamError, match="'people' appears twice"):
        whole(b'{"people": [], "people": [{"id": "x"}]}')


def test_every_byte_read_is_seen_once_in_order():
    raw = json.dumps({"people": [{"id": str(i), "name": "가나다" * i} for i in range(40)]}, indent=2).encode()
    seen = bytearray()
    list(READER.entries(io.BytesIO(raw), seen.extend))
    assert bytes(seen) == raw


def test_a_file_changed_between_two_readings_is_refused(tmp_path):
    path = tmp_path / "x.json"
    path.write_text(json.dumps({"format": files.FORMAT, "version": 2, "people": [{"id": "a"}]}), "utf-8")
    bundle = files.read(path)
    list(bundle.entries())
    path.write_text(json.dumps({"format": files.FORMAT, "version": 2, "people": [{"id": "b"}]}), "utf-8")
    with pytest.raises(ExchangeError, match="changed while it was being imported"):
        list(bundle.entries())
