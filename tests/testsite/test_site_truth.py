"""The test site's ground truth: shape, determinism, distinct bodies, URL forms, UTC dates."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from testsite_helpers import CST

from newscrawl.testsite.generator import Site


# --------------------------------------------------------------------------- truth shape
def test_truth_shape_and_determinism(site: Site, truth: list[dict[str, object]]) -> None:
    assert len(truth) == site.n_articles == 60
    assert truth == Site(60, seed=0).truth()
    assert truth != Site(60, seed=1).truth()
    assert [t["template"] for t in truth[:6]] == ["zh", "en", "legacy"] * 2
    assert len({str(t["id"]) for t in truth}) == 60
    canon = {str(t["canonical_url"]) for t in truth}
    assert len(canon) == 60
    all_urls = [u for t in truth for u in t["urls"]]  # type: ignore[attr-defined]
    assert len(all_urls) == len(set(all_urls)), "a URL serves two articles"
    for t in truth:
        assert set(t) == {
            "id", "template", "canonical_url", "urls", "title", "body", "author",
            "published", "language", "related",
        }  # fmt: skip
        urls = t["urls"]
        assert isinstance(urls, list) and urls[0] == t["canonical_url"]
        pub = datetime.fromisoformat(str(t["published"]))
        assert pub.utcoffset() == timedelta(0) and str(t["published"]).endswith("+00:00")
        assert 2021 <= pub.year <= 2023
        assert t["language"] == ("en" if t["template"] == "en" else "zh")
        body = str(t["body"])
        assert 4 <= len(body.split("\n\n")) <= 8
        assert not body.endswith("）")
        related = t["related"]
        assert isinstance(related, list)
        kinds = [r["kind"] for r in related]
        assert kinds.count("recommended") == 1 and 3 <= kinds.count("related") <= 5
        for r in related:
            assert r["url"] in canon and r["url"] != t["canonical_url"]
        if t["template"] == "en":
            assert any(u.endswith("/index.html") for u in urls)
        if t["template"] == "zh":
            assert any(u.endswith("_print.htm") for u in urls)


def test_bodies_are_distinct() -> None:
    rows = Site(600, seed=3).truth()
    bodies = [str(t["body"]) for t in rows]
    assert len(set(bodies)) == len(bodies)
    titles = [str(t["title"]) for t in rows]
    assert len(set(titles)) == len(titles)

    def shingles(text: str) -> set[str]:
        return {text[i : i + 8] for i in range(len(text) - 8)}

    sample = [shingles(b) for b in bodies[:45]]
    worst = max(len(a & b) / len(a | b) for i, a in enumerate(sample) for b in sample[i + 1 :])
    assert worst < 0.5


def test_tracking_and_index_forms_are_linked(truth: list[dict[str, object]]) -> None:
    urls = [u for t in truth for u in t["urls"]]  # type: ignore[attr-defined]
    assert any("?from=timeline" in u for u in urls)
    assert any("?utm_source=wechat&utm_medium=social" in u for u in urls)
    assert any("?utm_source=twitter&utm_campaign=x" in u for u in urls)


def test_utc_conversion_examples(truth: list[dict[str, object]]) -> None:
    row = next(t for t in truth if t["id"] == "wrongcharset")
    assert datetime.fromisoformat(str(row["published"])).astimezone(CST) == datetime(
        2022, 3, 19, 12, 5, tzinfo=CST
    )
    assert datetime.fromisoformat(str(row["published"])).tzinfo == UTC
