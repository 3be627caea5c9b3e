"""Charts of the overview, drawn on the server as SVG by pygal (no JavaScript in the page).

Money is plotted in integer minor units and only formatted for the labels, so no amount is
ever a float.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, timedelta

import pygal
from pygal.style import Style

STYLE = Style(
    background="#ffffff",
    plot_background="#ffffff",
    foreground="#1d2330",
    foreground_strong="#1d2330",
    foreground_subtle="#8a93a3",
    colors=("#3d7bd9", "#e0823d", "#3fa36b", "#a354c2", "#c2455b"),
    font_family="system-ui, sans-serif",
)


def days(end: date, count: int = 30) -> list[date]:
    """The last ``count`` days up to ``end``, oldest first."""
    return [end - timedelta(days=count - 1 - i) for i in range(count)]


def bar_chart(
    title: str,
    labels: Sequence[str],
    series: Sequence[tuple[str, Sequence[int]]],
    formatter: Callable[[float], str] | None = None,
) -> str:
    """One inline SVG: a bar per day (and series). Every other label is shown."""
    chart = pygal.Bar(
        style=STYLE,
        js=[],  # no scripts: the page works without JavaScript and loads nothing from outside
        disable_xml_declaration=True,
        width=640,
        height=300,
        title=title,
        x_label_rotation=60,
        show_legend=len(series) > 1,
        legend_at_bottom=True,
        show_minor_x_labels=False,
        x_labels_major_every=3,
        truncate_label=-1,
        print_values=False,
        margin=8,
    )
    chart.x_labels = list(labels)
    if formatter is not None:
        chart.value_formatter = formatter
    for name, values in series:
        chart.add(name, list(values))
    return str(chart.render(is_unicode=True))
