"""Writes a generated content tree of N stories for the scale benchmark.

    python -m bench.make_scale_content OUT_DIR [--stories 10000]

The language mix follows real content, where most stories exist in one or two
languages (the bundled content: 30 of 34 stories in English only, 3 in English
and French, 1 in four languages): see LANGUAGE_MIX. Texts have news-like lengths:
a title of 6-14 words and 2-7 paragraphs of 25-80 words (about 0.7-4 kB per text,
Chinese fewer characters), in Latin, Cyrillic, Arabic and Chinese scripts. Words
come from small per-language vocabularies with a fixed seed, so the tree is the
same every run. Languages and labels are copied from the bundled content; one fund
resource (no media files) keeps the resource panel populated.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _words(text: str) -> list[str]:
    return text.split()


WORDS = {
    "en": _words(
        "trafficking victims human rights protection children women migrants labour "
        "exploitation police court justice support shelter border smuggling awareness campaign "
        "government cooperation training prosecutors investigation survivors community network "
        "forced recruitment report united nations office fund grant assistance recovery family "
        "school village city region evidence trial sentence partners"
    ),
    "fr": _words(
        "traite victimes droits protection enfants femmes migrants travail exploitation "
        "police tribunal justice soutien refuge frontière trafic sensibilisation campagne "
        "gouvernement coopération formation procureurs enquête survivants communauté réseau "
        "forcé recrutement rapport nations unies office fonds subvention aide famille école "
        "village ville région preuves procès peine partenaires"
    ),
    "es": _words(
        "trata víctimas derechos protección niños mujeres migrantes trabajo explotación "
        "policía tribunal justicia apoyo refugio frontera tráfico concienciación campaña "
        "gobierno cooperación formación fiscales investigación supervivientes comunidad red "
        "forzado reclutamiento informe naciones unidas oficina fondo ayuda familia escuela "
        "pueblo ciudad región pruebas juicio condena socios"
    ),
    "ru": _words(
        "торговля людьми жертвы права защита дети женщины мигранты труд эксплуатация "
        "полиция суд правосудие поддержка приют граница незаконный ввоз информирование "
        "кампания правительство сотрудничество обучение прокуроры расследование выжившие "
        "община сеть принудительный вербовка доклад ООН управление фонд помощь семья школа "
        "деревня город регион доказательства процесс приговор партнёры"
    ),
    "ar": _words(
        "الاتجار بالبشر الضحايا حقوق الحماية الأطفال النساء المهاجرين العمل الاستغلال "
        "الشرطة المحكمة العدالة الدعم المأوى الحدود التهريب التوعية الحملة الحكومة التعاون "
        "التدريب المدعين التحقيق الناجين المجتمع الشبكة القسري التجنيد التقرير الأمم المتحدة "
        "المكتب الصندوق المساعدة الأسرة المدرسة القرية المدينة المنطقة الأدلة المحاكمة"
    ),
    "zh": _words(
        "人口贩运 受害者 人权 保护 儿童 妇女 移民 劳动 剥削 警察 法院 司法 支持 庇护所 边境 "
        "偷运 宣传 运动 政府 合作 培训 检察官 调查 幸存者 社区 网络 强迫 招募 报告 联合国 "
        "办公室 基金 援助 家庭 学校 村庄 城市 地区 证据 审判 判决 伙伴"
    ),
}
#: (share of stories, languages they have a text in). Most stories are in one language
#: (mostly English), some in two; few are in all six. A visitor choosing Chinese
#: therefore sees mostly fallback texts, which is what search and switching must handle.
LANGUAGE_MIX = (
    (0.58, ("en",)),
    (0.12, ("en", "fr")),
    (0.05, ("en", "es")),
    (0.04, ("ru",)),
    (0.04, ("ar",)),
    (0.03, ("zh",)),
    (0.03, ("fr",)),
    (0.03, ("es",)),
    (0.03, ("en", "ru")),
    (0.02, ("en", "ar")),
    (0.03, ("en", "fr", "es", "ru", "ar", "zh")),
)
CITIES = _words("Poipet Querétaro Chisinau Tirana Recife Mumbai Beirut Lahore Porto Bangkok")


def _sentence(rng: random.Random, lang: str, words: int) -> str:
    chosen = [rng.choice(WORDS[lang]) for _ in range(words)]
    if lang == "zh":
        return "".join(chosen) + "。"
    if rng.random() < 0.2:
        chosen.insert(rng.randrange(len(chosen)), rng.choice(CITIES))
    text = " ".join(chosen)
    return text[0].upper() + text[1:] + "."


def _text(rng: random.Random, lang: str, serial: int) -> str:
    title = _sentence(rng, lang, rng.randint(6, 14)).rstrip(".。")
    paragraphs = []
    for _ in range(rng.randint(2, 7)):
        words = rng.randint(25, 80)
        sentences, left = [], words
        while left > 0:
            size = min(left, rng.randint(8, 18))
            sentences.append(_sentence(rng, lang, size))
            left -= size
        paragraphs.append(" ".join(sentences))
    paragraphs[-1] += f" (ref {serial:05d})"
    return f"# {title}\n\n" + "\n\n".join(paragraphs) + "\n"


def _labels(src: Path) -> tuple[list[str], list[str]]:
    import tomllib

    labels = tomllib.loads((src / "labels.toml").read_text(encoding="utf-8"))
    return sorted(labels.get("tags", {})), sorted(labels.get("countries", {}))


def write_scale_content(out: Path, stories: int = 10_000, seed: int = 7) -> Path:
    """Write content/ (and an empty media/) under `out`; return the content folder."""
    bundled = ROOT / "resources" / "content"
    content = out / "content"
    if content.exists():
        shutil.rmtree(content)
    (content / "stories").mkdir(parents=True)
    (out / "media").mkdir(parents=True, exist_ok=True)
    for name in ("languages.toml", "labels.toml"):
        shutil.copy(bundled / name, content / name)
    tags, countries = _labels(bundled)
    rng = random.Random(seed)
    shares = [share for share, _ in LANGUAGE_MIX]
    for serial in range(stories):
        year, month, day = rng.randint(2005, 2025), rng.randint(1, 12), rng.randint(1, 28)
        folder = content / "stories" / f"{year}-{month:02d}-{day:02d}-story-{serial:05d}"
        folder.mkdir()
        story_tags = rng.sample(tags, k=rng.randint(0, 2)) if tags else []
        lines = [f"date = {year}-{month:02d}-{day:02d}"]
        if countries and rng.random() < 0.7:
            lines.append(f'country = "{rng.choice(countries)}"')
        lines.append("tags = [" + ", ".join(f'"{t}"' for t in story_tags) + "]")
        lines.append('credit = "UNODC"')
        (folder / "story.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
        (languages,) = rng.choices([langs for _, langs in LANGUAGE_MIX], weights=shares)
        for lang in languages:
            (folder / f"{lang}.md").write_text(_text(rng, lang, serial), encoding="utf-8")
    fund = content / "resources" / "trust-fund"
    fund.mkdir(parents=True)
    (fund / "resource.toml").write_text(
        'kind = "fund"\norder = 1\nicon = "fa5s.hand-holding-heart"\n'
        'url = "https://www.unodc.org/unodc/en/human-trafficking-fund.html"\n',
        encoding="utf-8",
    )
    for lang in WORDS:
        (fund / f"{lang}.md").write_text(_text(rng, lang, 0), encoding="utf-8")
    return content


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--stories", type=int, default=10_000)
    args = parser.parse_args(argv)
    content = write_scale_content(args.out, args.stories)
    print(f"wrote {args.stories} stories (language mix: bench.make_scale_content) to {content}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
