"""A small, complete content tree written into a temporary folder for tests."""

from __future__ import annotations

from pathlib import Path

LANGUAGES = """\
[[language]]
code = "en"
name = "English"
direction = "ltr"

[[language]]
code = "fr"
name = "Français"
direction = "ltr"

[[language]]
code = "es"
name = "Español"
direction = "ltr"

[[language]]
code = "ru"
name = "Русский"
direction = "ltr"

[[language]]
code = "ar"
name = "العربية"
direction = "rtl"

[[language]]
code = "zh"
name = "中文"
direction = "ltr"
"""

LABELS = """\
[tags.children]
en = "Children"
fr = "Enfants"
es = "Niños"
ru = "Дети"
ar = "الأطفال"
zh = "儿童"

[tags.trust-fund]
en = "Trust Fund"
fr = "Fonds d'affectation spéciale"
es = "Fondo Fiduciario"
ru = "Целевой фонд"
ar = "الصندوق الاستئماني"
zh = "信托基金"

[notes.children-exploited]
en = "This story is about children who are trafficked and exploited."
fr = "Cette histoire parle d'enfants victimes de la traite."
es = "Esta historia trata de niños víctimas de la trata."
ru = "Эта история о детях — жертвах торговли людьми."
ar = "تتناول هذه القصة أطفالًا ضحايا للاتجار."
zh = "这个故事讲述被贩运的儿童。"

[countries.KH]
en = "Cambodia"
fr = "Cambodge"
es = "Camboya"
ru = "Камбоджа"
ar = "كمبوديا"
zh = "柬埔寨"
"""

STORIES = {
    "2012-07-04-cambodia": {
        "story.toml": 'date = 2012-07-04\ncountry = "KH"\ntags = ["children", "trust-fund"]\n'
        'credit = "UNODC"\nsensitive = true\ncontent_note = "children-exploited"\n\n[published]\nen = 2012-07-09\nfr = 2012-07-04\n',
        "en.md": "# Cambodia: UN Trust Fund helps NGO\n\nThe thriving cross-border trade in Poipet.\n\n"
        "Second paragraph.\n",
        "fr.md": "# Cambodge : le fonds soutient les ONG\n\nLe commerce transfrontalier de Poipet.\n",
        "ru.md": "# Камбоджа: Целевой Фонд ООН\n\nПроцветающая транснациональная торговля.\n",
        "zh.md": "# 柬埔寨：联合国信托基金\n\n波贝的跨境贸易吸引了许多移民家庭。\n",
    },
    "2011-09-09-queretaro": {
        "story.toml": 'date = 2011-09-09\ntags = ["children"]\n',
        "en.md": "# Querétaro: the world's first Blue Heart City\n\nMexico became the first country.\n",
    },
    "2012-03-30-osce-review": {
        "story.toml": "date = 2012-03-30\n",
        "fr.md": "# ONUDC et OSCE : bilan\n\nDes hauts fonctionnaires <script>alert(1)</script>.\n",
    },
}

RESOURCES = {
    "first-aid-kit": {
        "resource.toml": 'kind = "document"\norder = 1\nicon = "fa5s.first-aid"\n\n[files]\n'
        'en = "kit/kit.en.pdf"\nfr = "kit/kit.fr.pdf"\n\n[[sources]]\n'
        'title = "First Aid Kit for Use by Law Enforcement Responders"\ndate = 2011-08-26\n',
        "en.md": "# First Aid Kit\n\nFor law enforcement first responders.\n",
        "fr.md": "# Trousse de premiers secours\n\nPour les premiers intervenants.\n",
    },
    "trust-fund": {
        "resource.toml": 'kind = "fund"\norder = 2\nicon = "fa5s.hand-holding-heart"\n'
        'url = "https://www.unodc.org/unodc/en/human-trafficking-fund.html"\n\n[[sources]]\n'
        'title = "United Nations anti-trafficking fund delivers help to victims"\n'
        'publisher = "UNODC"\ndate = 2011-10-18\n',
        "en.md": "# UN Voluntary Trust Fund\n\nHelps victims.\n",
    },
}

MEDIA = {"kit/kit.en.pdf": b"%PDF-1.4 english\n", "kit/kit.fr.pdf": b"%PDF-1.4 french\n"}


def write_sample_content(base: Path) -> Path:
    """Write content/ and media/ under `base`; return the content folder."""
    content = base / "content"
    content.mkdir(parents=True)
    (content / "languages.toml").write_text(LANGUAGES, encoding="utf-8")
    (content / "labels.toml").write_text(LABELS, encoding="utf-8")
    for group, items in (("stories", STORIES), ("resources", RESOURCES)):
        for slug, files in items.items():
            folder = content / group / slug
            folder.mkdir(parents=True)
            for name, text in files.items():
                (folder / name).write_text(text, encoding="utf-8")
    for name, data in MEDIA.items():
        path = base / "media" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    return content
