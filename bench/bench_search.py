"""Search benchmark on a generated archive: latency per query class, index size, rebuild time.

    secretariat generate --scale 20 -o bench/data/search-archive-20.json
    secretariat --db bench/data/search-20.sqlite3 import bench/data/search-archive-20.json
    python bench/bench_search.py --db bench/data/search-20.sqlite3 [--reindex] [--repeat 30]
    python bench/bench_search.py --database-url postgresql+psycopg://…/bench20 [--reindex]

Each query runs through the whole service (parse, compile, SQL, snippets of the first 20 results),
``--repeat`` times after a warm-up; p50 and p95 are per query class. On SQLite, the text part of
each query also runs as the bare FTS5 statement (``SELECT rowid … MATCH ? ORDER BY rank LIMIT 20``)
on the same file, for comparison. Results go to stdout and to bench/out/search-<backend>.json.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import text  # noqa: E402

from secretariat_app.search import index, packing  # noqa: E402
from secretariat_app.search.compiler import Compiler  # noqa: E402
from secretariat_app.search.query import And, Not, Term, parse  # noqa: E402
from secretariat_app.search.service import SearchService  # noqa: E402
from secretariat_app.search.snippets import Highlighter  # noqa: E402
from secretariat_app.settings import Settings, sqlite_url  # noqa: E402
from secretariat_app.storage.database import Database  # noqa: E402

LIMIT = 20
QUERIES: dict[str, list[str]] = {
    "common 2-char CJK": ["北京", "서울", "환경", "环境"],
    "rare 2-char CJK": ["습지", "湿地", "철새", "候鸟", "갯벌", "滩涂"],
    "3+ char CJK": ["반딧불이", "萤火虫", "미세먼지", "大气污染", "탄소중립"],
    "English words": ["Seoul", "Beijing", "dust", "wetland", "cooperation"],
    "phrases": ['"fine dust"', '"air quality"', '"서울시 기후환경본부"', '"北京市 环境"'],
    "prefix": ["environ*", "coop*"],
    "filter only": ["status:in_force expires:<2027-01-01", "kind:action due:<today status:open",
                    "kind:agreement signed:2014..2016", "party:beijing kind:agreement", "team:환경"],
    "filtered terms": ["환경 kind:agreement", "北京 status:in_force", "dust signed:2014..2016", "湿地 city:seoul",
                       "환경 -北京 kind:meeting"],
}


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def bare_match(db: Database, query: str) -> str | None:
    """The FTS5 MATCH expression of a query's text terms (None when it has none)."""
    tree = parse(query).tree
    children = list(tree.children) if isinstance(tree, And) else [tree]
    compiler = Compiler(SearchService(db).backend)
    parts = [compiler.match(c) for c in children if isinstance(c, Term)]
    negatives = [compiler.match(c.child) for c in children if isinstance(c, Not) and isinstance(c.child, Term)]
    parts = [p for p in parts if p]
    if not parts:
        return None
    expr = compiler.b.combine("AND", parts)
    return compiler.b.negate_within(expr, negatives) if negatives else expr


CPU: list[float] = []  # the CPU time of the same runs (SQLite works in this process): on a machine
#                       shared with other work, wall time includes waiting for a core, CPU time does not.


def timed(fn, repeat: int) -> list[float]:  # type: ignore[no-untyped-def]
    fn()  # warm-up: caches, first compile
    out = []
    for _ in range(repeat):
        start, cpu = time.perf_counter(), time.process_time()
        fn()
        out.append((time.perf_counter() - start) * 1000)
        CPU.append((time.process_time() - cpu) * 1000)
    return out


def snippets_cpu(service: SearchService, query: str, repeat: int) -> list[float]:
    """CPU milliseconds of the snippets (search/snippets.py) of the first 20 results, their stored texts
    already read and decoded."""
    parsed = parse(query)
    if parsed.tree is None:
        return []
    rows, stored, _built = service.found(parsed, LIMIT, [])
    texts = [stored[r.id][1] for r in rows][:LIMIT]

    def snippets() -> None:
        highlighter = Highlighter(parsed.highlight_terms(), "en")
        for found in texts:
            highlighter.snippet(found)

    CPU.clear()
    timed(snippets, repeat)
    return list(CPU)


def run(db: Database, repeat: int) -> dict[str, object]:
    service = SearchService(db)
    classes: dict[str, object] = {}
    print(f"{'class':<20} {'p50 ms':>8} {'p95 ms':>8} {'cpu p50':>8} {'cpu p95':>8} {'bare p50':>9} "
          f"{'bare p95':>9} {'bcpu p50':>9} {'bcpu p95':>9} {'snippets cpu':>12}  results")
    for name, queries in QUERIES.items():
        ours: list[float] = []
        bare: list[float] = []
        counts = {}
        ours_cpu: list[float] = []
        bare_cpu: list[float] = []
        snippets: list[float] = []
        for q in queries:
            snippets += snippets_cpu(service, q, repeat)
            CPU.clear()
            ours += timed(lambda q=q: service.search(q, LIMIT), repeat)
            ours_cpu += CPU
            counts[q] = len(service.search(q, LIMIT).results)
            expr = bare_match(db, q) if db.dialect == "sqlite" else None
            if expr is not None:
                with db.reading() as uow:
                    conn = uow.session.connection()
                    CPU.clear()
                    bare += timed(lambda e=expr, c=conn: c.execute(text(
                        "SELECT rowid FROM search_fts WHERE search_fts MATCH :m ORDER BY rank LIMIT 20"),
                        {"m": e}).all(), repeat)
                    bare_cpu += CPU
        row = {"p50": percentile(ours, 0.5), "p95": percentile(ours, 0.95),
               "cpu_p50": percentile(ours_cpu, 0.5), "cpu_p95": percentile(ours_cpu, 0.95), "queries": counts,
               "snippets_cpu_p50": percentile(snippets, 0.5) if snippets else 0.0}
        if bare:
            row.update(bare_p50=percentile(bare, 0.5), bare_p95=percentile(bare, 0.95),
                       bare_cpu_p50=percentile(bare_cpu, 0.5), bare_cpu_p95=percentile(bare_cpu, 0.95))
        classes[name] = row
        bares = " ".join(f"{row[k]:9.1f}" if k in row else f"{'-':>9}"
                         for k in ("bare_p50", "bare_p95", "bare_cpu_p50", "bare_cpu_p95"))
        print(f"{name:<20} {row['p50']:8.1f} {row['p95']:8.1f} {row['cpu_p50']:8.1f} {row['cpu_p95']:8.1f} "
              f"{bares} {row['snippets_cpu_p50']:12.2f}  {counts}")
    return classes


def sizes(db: Database) -> dict[str, float]:
    with db.reading() as uow:
        s = uow.session
        texts = 0
        packer = packing.current(s)
        for (value,) in s.execute(text("SELECT packed FROM search_texts")):
            texts += sum(len(t.encode("utf-8")) for _, _, t in packer.unpack(value)[1])
        entries = s.scalar(text("SELECT count(*) FROM search_entries"))
        if db.dialect == "sqlite":
            fts = s.scalar(text("SELECT sum(pgsize) FROM dbstat WHERE name LIKE 'search_fts%'")) or 0
            rows = s.scalar(text("SELECT sum(pgsize) FROM dbstat WHERE name IN ('search_entries', 'search_facets') "
                                 "OR name LIKE 'ix_search_%' OR name LIKE 'sqlite_autoindex_search_%'")) or 0
            stored = s.scalar(text("SELECT sum(pgsize) FROM dbstat WHERE name = 'search_texts'")) or 0
            total = s.scalar(text("SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size()"))
        else:
            fts = s.scalar(text("SELECT pg_relation_size('ix_search_entries_tsv')")) or 0
            rows = s.scalar(text("SELECT pg_total_relation_size('search_entries') + "
                                 "pg_total_relation_size('search_facets')")) - fts
            stored = s.scalar(text("SELECT pg_total_relation_size('search_texts')"))
            total = s.scalar(text("SELECT pg_database_size(current_database())"))
    return {"entries": entries, "text_mb": texts / 1e6, "word_index_mb": fts / 1e6, "entry_rows_mb": rows / 1e6,
            "stored_texts_mb": stored / 1e6,
            "database_mb": total / 1e6, "word_index_vs_text": fts / texts if texts else 0}


def queued_build(db: Database) -> dict[str, float]:
    """The index emptied and every record queued, as an import into an empty database leaves it; then
    the time ``build_queued`` takes to index them (this process writes; worker processes read and split
    the records, as after an import)."""
    import resource

    from secretariat_app.search import queue
    from secretariat_app.search.backends import backend_for

    with db.writing() as uow:
        s = uow.session
        backend_for(db.dialect).clear(s)
        s.execute(text("DELETE FROM search_facets"))
        for kind, table in index._TABLES.items():
            queue.enqueue(s, kind, s.scalars(text(f"SELECT id FROM {table} WHERE deleted_at IS NULL")))
        uow.commit()
    who = (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)
    started, before = time.perf_counter(), [resource.getrusage(w) for w in who]
    records = index.build_queued(db)
    after = [resource.getrusage(w) for w in who]
    cpu = [round(a.ru_utime + a.ru_stime - b.ru_utime - b.ru_stime, 1) for a, b in zip(after, before, strict=True)]
    row = {"records": records, "seconds": round(time.perf_counter() - started, 1),
           "cpu_seconds_writer": cpu[0], "cpu_seconds_workers": cpu[1]}
    print(f"queued build: {records} records in {row['seconds']} s (CPU: writer {cpu[0]} s, workers {cpu[1]} s)")
    return row


def tantivy_reference(db: Database, repeat: int) -> dict[str, object]:
    """The reference of the issue's table, in the same run: the same entries' texts (read by our loader,
    timed apart) indexed by tantivy (``pip install tantivy``: a bench-only library, MIT) with 2-character
    n-grams, lowercased; its size, build time (wall, CPU of all its threads), and the top 20 of the rare
    and common 2-character words."""
    import resource
    import tempfile

    import tantivy  # type: ignore[import-not-found]

    from secretariat_app.search.entries import entries_of
    from secretariat_app.search.loader import load

    started, cpu = time.perf_counter(), time.process_time()
    texts: list[str] = []
    with db.reading() as uow:
        conn = uow.session.connection()
        found = index.file_texts(conn)
        for kind, lo, hi, _count in index._ranges(uow.session)[0]:
            for doc in load(conn, kind, lo, hi):
                texts += ["\n".join(value for _path, _lang, value in e.texts) for e in entries_of(kind, doc, found)]
    reading = {"seconds": round(time.perf_counter() - started, 1), "cpu_seconds": round(time.process_time() - cpu, 1)}
    builder = tantivy.SchemaBuilder()
    builder.add_text_field("words", stored=False, tokenizer_name="bigrams")
    schema = builder.build()
    with tempfile.TemporaryDirectory() as folder:
        engine = tantivy.Index(schema, path=folder)
        engine.register_tokenizer("bigrams", tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.ngram(2, 2, False))
                                  .filter(tantivy.Filter.lowercase()).build())
        before = resource.getrusage(resource.RUSAGE_SELF)
        started = time.perf_counter()
        writer = engine.writer(heap_size=256 << 20)
        for value in texts:
            writer.add_document(tantivy.Document(words=value))
        writer.commit()
        writer.wait_merging_threads()
        after = resource.getrusage(resource.RUSAGE_SELF)
        build = {"seconds": round(time.perf_counter() - started, 1),
                 "cpu_seconds": round(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime, 1),
                 "size_mib": round(sum(f.stat().st_size for f in Path(folder).iterdir()) / 2**20, 1)}
        engine.reload()
        searcher = engine.searcher()
        latency: dict[str, float] = {}
        for name in ("common 2-char CJK", "rare 2-char CJK"):
            CPU.clear()
            for q in QUERIES[name]:
                query = engine.parse_query(q, ["words"])
                assert searcher.search(query, LIMIT).hits, q  # each finds something, as ours does
                timed(lambda query=query: searcher.search(query, LIMIT).hits, repeat)
            latency[name] = percentile(CPU, 0.5)
    out = {"entries": len(texts), "reading": reading, "build": build, "cpu_p50_ms": latency}
    print(f"tantivy reference: {len(texts)} entries; our loader read them in {reading['seconds']} s; tantivy built "
          f"{build['size_mib']} MiB in {build['seconds']} s (CPU {build['cpu_seconds']} s); top 20, CPU p50: "
          + ", ".join(f"{k} {v:.2f} ms" for k, v in latency.items()))
    return out


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    where = p.add_mutually_exclusive_group(required=True)
    where.add_argument("--db", type=Path)
    where.add_argument("--database-url")
    p.add_argument("--reindex", action="store_true", help="time a full rebuild of the index first")
    p.add_argument("--workers", type=int, default=None, help="rebuild worker processes (default: cores)")
    p.add_argument("--repeat", type=int, default=20)
    p.add_argument("--queued", action="store_true",
                   help="time indexing every record as an import into an empty database queues them")
    p.add_argument("--no-sizes", action="store_true", help="skip measuring the index's size (reads every text)")
    p.add_argument("--tantivy", action="store_true",
                   help="the reference: the same texts indexed and searched by tantivy (pip install tantivy)")
    args = p.parse_args()
    url = args.database_url or sqlite_url(args.db)
    db = Database(Settings(url, "bench"))
    out: dict[str, object] = {"backend": db.dialect, "database": db.settings.display_name}
    if args.reindex:
        import resource

        before = [resource.getrusage(who) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)]
        report = index.rebuild(db, workers=args.workers)
        after = [resource.getrusage(who) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)]
        cpu = [round(a.ru_utime + a.ru_stime - b.ru_utime - b.ru_stime, 1) for a, b in zip(after, before, strict=True)]
        assert report is not None
        out["rebuild"] = {"records": report.records, "entries": report.entries, "seconds": round(report.seconds, 1),
                          "cpu_seconds_writer": cpu[0], "cpu_seconds_workers": cpu[1]}
        print(f"rebuild: {report.records} records, {report.entries} entries in {report.seconds:.1f} s "
              f"(CPU: writer {cpu[0]} s, workers {cpu[1]} s)")
    if not args.no_sizes:
        out["sizes"] = sizes(db)
        print("sizes:", {k: round(v, 2) if isinstance(v, float) else v for k, v in out["sizes"].items()})
    out["latency_ms"] = run(db, args.repeat)
    if args.tantivy:
        out["tantivy"] = tantivy_reference(db, args.repeat)
    if args.queued:  # after the rest: it leaves the index in segments a rebuild would have merged
        out["queued_build"] = queued_build(db)
        if not args.no_sizes:
            out["sizes_after_queued_build"] = sizes(db)
            print("sizes:", {k: round(v, 2) if isinstance(v, float) else v
                             for k, v in out["sizes_after_queued_build"].items()})
    target = ROOT / "bench" / "out" / f"search-{db.dialect}.json"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"written to {target}")
    db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
