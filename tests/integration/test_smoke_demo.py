from secretariat_app.services.maintenance import check


def test_demo_loads_and_checks_clean(demo_app):
    report = check(demo_app.db)
    assert report.ok, report.errors
    assert report.counts["meeting"] == 3
    assert demo_app.records.get("agreement", "agr-2015-env-mou").doc["status"] == "in_force"
