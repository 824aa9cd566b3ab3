"""``newscrawl report``: one self-contained HTML file of charts (Plotly, its JavaScript inlined:
nothing is fetched when it is viewed) showing what is in the database.

Charts: articles per day per site, new/updated/duplicate articles per run, the largest
syndicated-story clusters, extraction health per site (shares without a date, without an
author, with a short body), crawl timings and errors per run, and languages.
"""

from __future__ import annotations

import html
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from newscrawl.db import Engine
from newscrawl.db.report import report_data

#: A body shorter than this many characters counts as short in the health chart.
SHORT_BODY = 500
#: Clusters shown.
TOP_CLUSTERS = 15


def _query(engine: Engine) -> dict[str, Any]:
    return report_data(engine, short_body=SHORT_BODY, top_clusters=TOP_CLUSTERS)


def _figures(data: dict[str, Any]) -> list[tuple[str, Any]]:
    import plotly.graph_objects as go

    figs: list[tuple[str, Any]] = []
    fig = go.Figure()
    for site in sorted({s for s, _, _ in data["daily"]}):
        rows = sorted((str(d), n) for s, d, n in data["daily"] if s == site)
        fig.add_bar(name=site, x=[d for d, _ in rows], y=[n for _, n in rows])
    fig.update_layout(barmode="stack", xaxis_title="publication day", yaxis_title="articles")
    figs.append(("Articles per day per site", fig))

    runs = data["runs"]
    labels = [f"#{x.id} {x.site or x.spider}" for x in runs]
    fig = go.Figure()
    for name, values in (
        ("new", [x.articles_new for x in runs]),
        ("updated", [x.articles_updated or 0 for x in runs]),
        ("duplicates", [x.duplicates for x in runs]),
        ("dropped", [x.dropped for x in runs]),
    ):
        fig.add_bar(name=name, x=labels, y=values)
    fig.update_layout(barmode="group", xaxis_title="crawl run", yaxis_title="articles")
    figs.append(("New, updated and duplicate articles per run", fig))

    fig = go.Figure()
    cl = list(reversed(data["clusters"]))
    fig.add_bar(
        orientation="h",
        y=[c[0] for c in cl],
        x=[c[1] for c in cl],
        text=[f"{c[2]} site(s)" for c in cl],
        name="articles",
    )
    fig.update_layout(xaxis_title="articles in the story cluster")
    fig.update_yaxes(automargin=True)
    if not cl:
        fig.add_annotation(text="no story appears on more than one page yet", showarrow=False)
    figs.append(("Largest syndicated-story clusters", fig))

    fig = go.Figure()
    health = data["health"]
    for i, name in enumerate(("no date", "no author", f"body < {SHORT_BODY} chars"), start=2):
        fig.add_bar(
            name=name,
            x=[h[0] for h in health],
            y=[round(100 * (h[i] or 0) / h[1], 1) if h[1] else 0 for h in health],
        )
    fig.update_layout(barmode="group", yaxis_title="% of the site's articles", yaxis_range=[0, 100])
    figs.append(("Extraction health per site", fig))

    fig = go.Figure()
    fig.add_bar(name="duration (s)", x=labels, y=[x.duration_s or 0 for x in runs])
    fig.add_scatter(
        name="HTTP errors",
        x=labels,
        y=[x.http_errors or 0 for x in runs],
        yaxis="y2",
        mode="lines+markers",
    )
    fig.update_layout(
        yaxis_title="seconds",
        yaxis2={"title": "errors", "overlaying": "y", "side": "right", "rangemode": "tozero"},
    )
    figs.append(("Crawl timings and errors per run", fig))

    fig = go.Figure()
    fig.add_pie(
        labels=[lang or "unknown" for lang, _ in data["languages"]],
        values=[n for _, n in data["languages"]],
    )
    figs.append(("Languages of the articles' bodies", fig))
    return figs


def render(data: dict[str, Any], title: str = "newscrawl report") -> str:
    """The report page: Plotly's JavaScript inline, one ``<div>`` per chart."""
    from plotly.offline import get_plotlyjs

    parts = []
    for i, (heading, fig) in enumerate(_figures(data)):
        fig.update_layout(
            height=400,
            template="plotly_white",
            legend={"orientation": "h"},
            margin={"t": 20, "r": 20},
        )
        div = fig.to_html(
            full_html=False,
            include_plotlyjs=False,
            div_id=f"chart-{i}",
            config={"responsive": True},
        )
        parts.append(f"<section><h2>{html.escape(heading)}</h2>{div}</section>")
    runs = data["runs"]
    failed = sum(1 for r in runs if r.status == "failed")
    stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    summary = (
        f"{data['total']} articles, {len(runs)} runs ({failed} failed), "
        f"{len({s for s, _, _ in data['daily']})} site(s) with dated articles; made {stamp}"
    )
    meta = json.dumps({"charts": len(parts)})
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>{html.escape(title)}</title>"
        "<style>body{font-family:system-ui,sans-serif;margin:1.5em auto;max-width:1400px;"
        "padding:0 1em}main{display:grid;grid-template-columns:repeat(auto-fit,minmax(560px,1fr));"
        "gap:1.5em}section{min-width:0}h2{font-size:1.1em;margin-bottom:.2em}</style>"
        f"<script>{get_plotlyjs()}</script>"
        f'<script type="application/json" id="report-meta">{meta}</script>'
        f"</head><body><h1>{html.escape(title)}</h1><p>{html.escape(summary)}</p><main>"
        + "".join(parts)
        + "</main>"
        # Charts drawn before the page was laid out in full fit their cells once it is.
        + "<script>window.addEventListener('load',()=>document.querySelectorAll("
        "'.js-plotly-plot').forEach(p=>Plotly.Plots.resize(p)));</script>" + "</body></html>\n"
    )


def write_report(engine: Engine, path: Path) -> None:
    """Write the report to ``path`` (through a temporary file: whole or absent)."""
    page = render(_query(engine))
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    tmp.write_text(page, encoding="utf-8")
    tmp.replace(path)
