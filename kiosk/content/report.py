"""Translation coverage for editors: every story and resource x every language."""

from __future__ import annotations

from kiosk.content.store import ContentStore


def coverage_table(store: ContentStore) -> str:
    """A plain-text table: one row per item, one column per language, ✓ where a text exists."""
    languages = [language.code for language in store.languages()]
    rows = [(f"{kind}: {item}", langs) for kind, item, langs in store.coverage()]
    width = max([len(name) for name, _ in rows] + [10])
    lines = [f"{'item':<{width}}  " + "  ".join(f"{code:^3}" for code in languages)]
    for name, langs in rows:
        marks = "  ".join(f"{'✓' if code in langs else '·':^3}" for code in languages)
        lines.append(f"{name:<{width}}  {marks}")
    totals = "  ".join(f"{sum(code in langs for _, langs in rows):^3}" for code in languages)
    lines.append(f"{f'total ({len(rows)} items)':<{width}}  {totals}")
    return "\n".join(lines)
