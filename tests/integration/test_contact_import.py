"""Contact sheets in: the encodings Korean and Chinese offices send, merged header cells, duplicates of
people already kept (in other scripts too), sheets refused whole with their row and column named, and
merging two records of one person."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from secretariat_app import bootstrap, cli
from secretariat_app.services.contact_sheets import guess_mapping
from secretariat_app.services.contacts import KEEP_BOTH, SKIP, ContactSheetRefused

from ..factories import snapshot, without_sync


def _csv(path: Path, rows: list[list[str]], encoding: str) -> Path:
    path.write_bytes("\r\n".join(",".join(r) for r in rows).encode(encoding))
    return path


def _import(app: bootstrap.App, path: Path, mapping: dict[str, str] | None = None, dry_run: bool = False,
            choices: dict[str, str] | None = None):  # type: ignore[no-untyped-def]
    table = app.contacts.read(path)
    plan = app.contacts.plan(table, mapping if mapping is not None else app.contacts.guess_mapping(table))
    plan.decide(choices or {})
    return table, plan, app.contacts.import_plan(plan, dry_run)


def test_a_korean_cp949_sheet(sqlite_demo_app: bootstrap.App, tmp_path: Path) -> None:
    path = _csv(tmp_path / "seoul.csv", [["성명", "직위", "소속", "소속 도시", "이메일", "전화"],
                                         ["박지성", "주무관", "서울특별시 기후환경본부", "서울", "jisung@seoul.go.kr", "02-120"],
                                         ["한가람", "팀장", "서울관광재단", "서울", "", ""]], "cp949")
    table, plan, done = _import(sqlite_demo_app, path)
    assert table.encoding == "cp949"
    assert done.counts == {"add": 3, "update": 0, "unchanged": 0, "skip": 0}  # two people, one new organization
    added = {s.doc["name"].get("ko"): s.doc for s in plan.steps if s.kind == "person"}
    park = sqlite_demo_app.records.get("person", added["박지성"]["id"]).doc
    assert park["organization"] == "org-smg-cehq" and park["email"] == "jisung@seoul.go.kr"  # matched by name
    han = sqlite_demo_app.records.get("person", added["한가람"]["id"]).doc
    org = sqlite_demo_app.records.get("organization", han["organization"]).doc
    assert org["name"] == {"ko": "서울관광재단"} and org["city"] == "seoul"


def test_a_chinese_gb18030_sheet_with_duplicates_in_other_scripts(sqlite_demo_app: bootstrap.App, tmp_path: Path) -> None:
    before = sqlite_demo_app.records.get("person", "person-kim-min-jun")
    path = _csv(tmp_path / "beijing.csv", [["姓名", "职务", "电子邮箱"],
                                           ["金敏俊", "", "minjun@seoul.go.kr"],  # 金敏俊 is kept already
                                           ["陳靜", "处长", ""],  # 陈静 in traditional characters
                                           ["张建国", "副局长", "zhang@bjepb.gov.cn"]], "gb18030")
    table, plan, done = _import(sqlite_demo_app, path, dry_run=True)
    assert table.encoding == "gb18030"
    dupes = {s.existing["id"]: s.reasons for s in plan.duplicates}  # type: ignore[index]
    assert dupes == {"person-kim-min-jun": ("name",), "person-chen-jing": ("name",)}
    assert done.dry_run and done.counts == {"add": 1, "update": 1, "unchanged": 1, "skip": 0}  # 陈静 has a 职务
    assert sqlite_demo_app.records.get("person", "person-kim-min-jun").version == before.version  # a dry run
    plan.decide({plan.duplicates[1].key: SKIP})
    sqlite_demo_app.contacts.import_plan(plan)
    kim = sqlite_demo_app.records.get("person", "person-kim-min-jun").doc
    assert kim["email"] == "minjun@seoul.go.kr" and kim["name"] == before.doc["name"]  # filled in, not overwritten
    assert sqlite_demo_app.records.get("person", "person-chen-jing").doc.get("position", {}) != {"zh": "处长"}
    # The same sheet again: the e-mail now matches as well; "keep both" adds a second record.
    _, again, _ = _import(sqlite_demo_app, path, dry_run=True)
    assert again.duplicates[0].reasons == ("email", "name")
    again.decide({again.duplicates[0].key: KEEP_BOTH})
    assert len(again.duplicates) == 3 and again.counts()["add"] == 1  # 张建国 was added the first time


def test_an_xlsx_with_merged_header_cells(sqlite_demo_app: bootstrap.App, tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["이름 Name", None, None, "E-mail"])
    sheet.merge_cells("A1:C1")
    sheet.merge_cells("D1:D2")
    sheet.append(["한국어", "中文", "English", None])
    sheet.append(["왕안순", "王安顺", "Wang Anshun", "wang@beijing.gov.cn"])
    sheet.append(["오세훈", "吴世勋", "Oh Se-hoon", "oh@seoul.go.kr"])
    book.save(tmp_path / "merged.xlsx")
    table = sqlite_demo_app.contacts.read(tmp_path / "merged.xlsx")
    assert guess_mapping(table.headers) == {"이름 Name 한국어": "person.name.ko", "이름 Name 中文": "person.name.zh",
                                            "이름 Name English": "person.name.en", "E-mail": "person.email"}
    _, plan, done = _import(sqlite_demo_app, tmp_path / "merged.xlsx")
    assert [s.existing["id"] for s in plan.duplicates] == ["person-wang-anshun"]  # type: ignore[index]
    assert done.counts == {"add": 1, "update": 1, "unchanged": 0, "skip": 0}


@pytest.mark.parametrize(("rows", "mapping", "where", "code"), [
    ([["Name", "E-mail"], ["Li Wei", "li.wei(at)bj.gov.cn"]], None, (2, "E-mail"), "not_email"),
    ([["Name", "Phone"], ["x" * 4000, "1"]], None, (2, "Name"), "lang_longer_than"),
    ([["Name"], ["=HYPERLINK(\"http://x\")"]], None, (2, "Name"), "formula_in_cell"),
    ([["Name", "Organization"], ["Li Wei", "Nowhere Institute"]], None, (2, "Organization"), "organization_needs_city"),
    ([["Phone"], ["010"]], None, (1, ""), "no_name_column"),
    ([["Name"]], None, (1, ""), "sheet_empty"),
])
def test_bad_sheets_are_refused_whole(sqlite_demo_app: bootstrap.App, tmp_path: Path, rows: list[list[str]],
                                      mapping: dict[str, str] | None, where: tuple[int, str], code: str) -> None:
    book = openpyxl.Workbook()
    for row in [*rows, ["Good Person", *[""] * (len(rows[0]) - 1)]] if len(rows) > 1 else rows:
        book.active.append(row)
    if code == "formula_in_cell":
        book.active["A2"] = "=HYPERLINK(\"http://x\")"
    book.save(tmp_path / "bad.xlsx")
    before = snapshot(sqlite_demo_app)
    with pytest.raises(ContactSheetRefused) as refused:
        _import(sqlite_demo_app, tmp_path / "bad.xlsx", mapping)
    found = [(p.row, p.column, p.problem.code) for p in refused.value.row_problems]
    assert (*where, code) in found
    assert snapshot(sqlite_demo_app) == before  # the good row is not added either


def test_import_contacts_command(sqlite_demo_app: bootstrap.App, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(sqlite_demo_app.settings.sqlite_path)
    path = _csv(tmp_path / "list.csv", [["Full name", "Mail"], ["Kim Minjun", "kim@x.org"], ["Wen Li", "bad"]], "utf-8")
    assert cli.main(["--db", db, "import-contacts", str(path), "--dry-run"]) == 2
    err = capsys.readouterr().err
    assert "row 3, column 'Mail': 'bad' is not an e-mail address" in err and "nothing was changed" in err
    mapping = '{"Full name": "person.name.en", "Mail": ""}'
    assert cli.main(["--db", db, "import-contacts", str(path), "--mapping", mapping, "--duplicates", "skip"]) == 0
    out = capsys.readouterr().out
    assert "row 2: same name as person person-kim-min-jun" in out and "Added 1 and updated 0" in out
    assert cli.main(["--db", db, "import-contacts", str(path), "--mapping", '{"Colour": "person.name.en"}']) == 2
    assert "does not have" in capsys.readouterr().err


def test_merging_two_people_moves_every_reference(sqlite_demo_app: bootstrap.App) -> None:
    app = sqlite_demo_app
    app.records.create("person", {"id": "person-kim-dup", "name": {"en": "KIM Min-jun", "zh": "金敏俊"},
                                  "email": "kmj@seoul.go.kr"})
    meeting = app.records.get("meeting", "mtg-env-1")
    doc = meeting.doc
    doc["participants"] = [*doc["participants"], "person-kim-dup"]
    doc["minutes"]["actions"][1]["owner"] = "person-kim-dup"
    doc["minutes"]["actions"][0]["counterpart_owner"] = "person-kim-dup"  # the owner in the other city, too
    # in the roll call twice (as himself, and as someone's stand-in) under both records
    attendees = doc["minutes"]["attendees"]
    assert [a["person"] for a in attendees].count("person-kim-min-jun") == 1
    other = next(a for a in attendees if a["person"] != "person-kim-min-jun")
    other.update(status="represented", represented_by="person-kim-dup")
    attendees.append({"person": "person-kim-dup", "status": "present", "represented_by": None})
    app.records.update("meeting", doc, meeting.version)
    before = snapshot(app)
    change = app.contacts.merge("person", "person-kim-min-jun", "person-kim-dup")
    assert change.action == "merge" and ("person", "person-kim-dup") in change.records
    merged = app.records.get("meeting", "mtg-env-1").doc
    assert "person-kim-dup" not in merged["participants"] and merged["participants"].count("person-kim-min-jun") == 1
    assert merged["minutes"]["actions"][1]["owner"] == "person-kim-min-jun"
    assert merged["minutes"]["actions"][0]["counterpart_owner"] == "person-kim-min-jun"
    roll = merged["minutes"]["attendees"]
    assert [a["person"] for a in roll].count("person-kim-min-jun") == 1 and "person-kim-dup" not in str(roll)
    assert any(a["represented_by"] == "person-kim-min-jun" for a in roll)
    assert app.records.get("person", "person-kim-min-jun").doc["email"] == "kmj@seoul.go.kr"
    assert app.records.get("person", "person-kim-dup", include_trash=True).deleted_at is not None
    assert {h.action for h in app.records.history("person", "person-kim-dup")} >= {"merge"}
    app.records.undo()
    # The content as it was (an undo is a new revision of each record: their sync data moves on).
    after = without_sync(snapshot(app))
    assert after["meetings"] == without_sync(before)["meetings"] and after["people"] == without_sync(before)["people"]
