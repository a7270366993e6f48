"""Make the demonstration media in resources/media/ (we may not ship UNODC's own files).

Usage (from the repository root):

    python tools/make_demo_media.py               # everything
    python tools/make_demo_media.py pdf film vtt  # only some kinds
    python tools/make_demo_media.py --out DIR     # write elsewhere (default resources/media)
    python tools/check_demo_media.py              # then check them with Qt itself

Needs PySide6 (already an app dependency) and the `ffmpeg` command with libx264
(Debian package `ffmpeg`). Text is drawn with Qt using the bundled fonts from
resources/fonts/ (see tools/make_fonts.py), so Cyrillic and Arabic are shaped
correctly and nothing depends on system fonts.

What it writes (paths relative to resources/media/):

    first-aid-kit/first-aid-kit.demo.{en,fr,es,ru}.pdf
        A4, 5 pages, written with QPdfWriter + QPainter: cover with a
        "DEMONSTRATION COPY" band, what the kit is, its parts (illustrative),
        illustrative first-response principles, where the official kit comes from.
        Fonts are embedded as subsets by Qt.
    affected-for-life/affected-for-life.demo.{ar,fr,en,es,ru}.mp4
        6 s, 640x360, 25 fps, H.264 (libx264, yuv420p, main profile, keyframe
        every second) + AAC stereo 64 kbit/s (two soft chords, about -20 dBFS),
        -movflags +faststart. Frames are drawn with QPainter (title card in the
        language, moving progress bar and sweep, timecode) and piped to ffmpeg.
    affected-for-life/affected-for-life.demo.{en,fr,es,ru,ar,zh}.vtt
        WebVTT subtitles, 3 cues over the 6 s, UTF-8.

These are demonstration files, labelled as such in every file. A deployment
replaces them with the official UNODC files by editing the content sources only
(see resources/media/README.md).

Reproducibility: the MP4 and VTT files are byte-identical on re-runs with the
same ffmpeg/x264 (ffmpeg's bitexact flags, no metadata); in the PDFs Qt writes
the creation date and a random document ID, which this script replaces by fixed
values of the same length, so they are byte-identical too with the same Qt.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
FONTS = REPO / "resources" / "fonts"

PDF_LANGS = ["en", "fr", "es", "ru"]
FILM_LANGS = ["ar", "fr", "en", "es", "ru"]
VTT_LANGS = ["en", "fr", "es", "ru", "ar", "zh"]

# --------------------------------------------------------------------------- PDF texts

PDF_TEXT: dict[str, dict] = {
    "en": {
        "title": "Human Trafficking First Aid Kit for Law Enforcement Responders",
        "demo": "demonstration copy",
        "band": "DEMONSTRATION COPY – install the official UNODC file",
        "cover_note": (
            "This file was made for the kiosk software, to show how a document opens on "
            "screen. It is not a UNODC publication and does not reproduce the content of "
            "the kit. The kiosk operator must replace it with the official file."
        ),
        "header": "Demonstration copy – not a UNODC publication",
        "page": "Page {n} of {total}",
        "pages": [
            [
                ("h", "What the kit is"),
                (
                    "p",
                    "The Human Trafficking First Aid Kit for Law Enforcement Responders is "
                    "a set of concise guides designed by the UNODC Anti-Human Trafficking "
                    "and Migrant Smuggling Unit.",
                ),
                (
                    "p",
                    "It helps front-line law enforcement officers, who may come into "
                    "contact with cases of human trafficking, to identify indicators of "
                    "trafficking and to respond.",
                ),
                (
                    "p",
                    "The kit was released in two forms: an electronic version (e-version) "
                    "and a demonstration carry case.",
                ),
                ("h", "Who it is for"),
                (
                    "p",
                    "Front-line law enforcement officers: police officers, border and "
                    "immigration officers, customs officers and others who may be the "
                    "first to meet a possible victim of trafficking, often without being "
                    "specialists in the subject.",
                ),
                (
                    "p",
                    "Recognizing the indicators early can make a decisive difference for "
                    "a trafficked person.",
                ),
            ],
            [
                ("h", "Its parts (illustrative)"),
                (
                    "note",
                    "The list below describes, in our own words, the kind of guidance "
                    "that such a kit contains. It is illustrative only and does not "
                    "reproduce the official kit.",
                ),
                (
                    "item",
                    "Indicators of trafficking",
                    "Signs that may point to trafficking, for example someone else holding a "
                    "person's identity documents, restricted freedom of movement, debts that "
                    "cannot be repaid, fear, or signs of abuse.",
                ),
                (
                    "item",
                    "First contact with a possible victim",
                    "How to approach the person calmly and safely, communicate in a language "
                    "the person understands, and avoid causing further harm.",
                ),
                (
                    "item",
                    "Victims' rights and safety",
                    "Treating the person as a possible victim rather than an offender, "
                    "attending to urgent needs, protecting the person from the traffickers "
                    "and respecting privacy.",
                ),
                (
                    "item",
                    "Referral and cooperation",
                    "Passing the case to specialized units and to services that assist "
                    "victims, and working with other agencies and, where needed, other "
                    "countries.",
                ),
                (
                    "item",
                    "Contacts",
                    "Space for the national and local contacts an officer needs: hotlines, "
                    "specialized units, shelters and support services.",
                ),
            ],
            [
                ("h", "Principles for a first response (illustrative)"),
                (
                    "note",
                    "A general illustration written for this demonstration copy. In "
                    "practice, follow the official kit and your national procedures.",
                ),
                ("num", "Safety first: for the person, for you and for others."),
                ("num", "Do no harm: do not put the person at greater risk."),
                ("num", "Listen without judging, and explain what will happen next."),
                (
                    "num",
                    "Use a qualified interpreter, never a person who accompanies the "
                    "possible victim.",
                ),
                ("num", "Respect privacy and keep information confidential."),
                ("num", "Do not act alone: refer to specialized services."),
            ],
            [
                ("h", "Where the official kit comes from"),
                (
                    "p",
                    "The official Human Trafficking First Aid Kit for Law Enforcement "
                    "Responders is a publication of the United Nations Office on Drugs and "
                    "Crime (UNODC). It is available from UNODC.",
                ),
                ("h", "Note for the kiosk operator"),
                (
                    "p",
                    "This demonstration file must be replaced in every real deployment. "
                    "Copy the official UNODC file into the kiosk's media folder, point the "
                    "content entry of the First Aid Kit at it (see "
                    "resources/media/README.md) and rebuild the content database. No "
                    "code change is needed.",
                ),
                (
                    "small",
                    "Generated by tools/make_demo_media.py. Font: Noto Sans (SIL Open "
                    "Font License 1.1).",
                ),
            ],
        ],
    },
    "fr": {
        "title": "Trousse de premiers secours à l'usage des services de détection et de "
        "répression face à la traite des personnes",
        "demo": "exemplaire de démonstration",
        "band": "EXEMPLAIRE DE DÉMONSTRATION – installez le fichier officiel de l'ONUDC",
        "cover_note": (
            "Ce fichier a été créé pour le logiciel de la borne, afin de montrer comment un "
            "document s'ouvre à l'écran. Il ne s'agit pas d'une publication de l'ONUDC et "
            "il ne reproduit pas le contenu de la trousse. L'exploitant de la borne doit le "
            "remplacer par le fichier officiel."
        ),
        "header": "Exemplaire de démonstration – ce n'est pas une publication de l'ONUDC",
        "page": "Page {n} sur {total}",
        "pages": [
            [
                ("h", "Qu'est-ce que la trousse ?"),
                (
                    "p",
                    "La Trousse de premiers secours à l'usage des services de détection et "
                    "de répression face à la traite des personnes est un ensemble de guides "
                    "concis conçus par le Groupe de la lutte contre la traite des personnes "
                    "et le trafic illicite de migrants de l'ONUDC.",
                ),
                (
                    "p",
                    "Elle aide les agents des services de détection et de répression en "
                    "première ligne, susceptibles d'être confrontés à des cas de traite des "
                    "personnes, à repérer les indices de la traite et à y réagir.",
                ),
                (
                    "p",
                    "La trousse a été publiée sous deux formes : une version électronique "
                    "et une mallette de démonstration.",
                ),
                ("h", "À qui s'adresse-t-elle ?"),
                (
                    "p",
                    "Aux agents des services de détection et de répression en première "
                    "ligne : policiers, gardes-frontières, agents des services de "
                    "l'immigration et des douanes, et toutes les personnes qui peuvent être "
                    "les premières à rencontrer une victime potentielle de la traite, "
                    "souvent sans être spécialistes de la question.",
                ),
                (
                    "p",
                    "Repérer tôt les indices peut changer de manière décisive le sort d'une "
                    "personne victime de la traite.",
                ),
            ],
            [
                ("h", "Ses différentes parties (à titre d'illustration)"),
                (
                    "note",
                    "La liste ci-dessous décrit, avec nos propres mots, le type de "
                    "conseils que contient une telle trousse. Elle est donnée à titre "
                    "d'illustration et ne reproduit pas la trousse officielle.",
                ),
                (
                    "item",
                    "Indices de la traite",
                    "Signes qui peuvent indiquer une situation de traite : par exemple, une "
                    "autre personne détient les papiers d'identité, la liberté de mouvement est "
                    "restreinte, une dette ne peut pas être remboursée, la personne a peur ou "
                    "porte des traces de violence.",
                ),
                (
                    "item",
                    "Premier contact avec une victime potentielle",
                    "Comment aborder la personne avec calme et en toute sécurité, communiquer "
                    "dans une langue qu'elle comprend et éviter de lui causer un nouveau "
                    "préjudice.",
                ),
                (
                    "item",
                    "Droits et sécurité des victimes",
                    "Traiter la personne comme une victime potentielle et non comme une "
                    "délinquante, répondre à ses besoins urgents, la protéger des trafiquants "
                    "et respecter sa vie privée.",
                ),
                (
                    "item",
                    "Orientation et coopération",
                    "Transmettre le cas aux unités spécialisées et aux services d'aide aux "
                    "victimes, et travailler avec d'autres organismes et, si nécessaire, avec "
                    "d'autres pays.",
                ),
                (
                    "item",
                    "Contacts",
                    "Un espace pour les contacts nationaux et locaux dont l'agent a besoin : "
                    "lignes d'assistance, unités spécialisées, foyers d'accueil et services "
                    "d'aide.",
                ),
            ],
            [
                ("h", "Principes pour une première intervention (à titre d'illustration)"),
                (
                    "note",
                    "Illustration générale rédigée pour cet exemplaire de démonstration. "
                    "En pratique, suivez la trousse officielle et les procédures "
                    "nationales.",
                ),
                (
                    "num",
                    "La sécurité d'abord : celle de la personne, la vôtre et celle des autres.",
                ),
                ("num", "Ne pas nuire : ne pas exposer la personne à un risque accru."),
                ("num", "Écouter sans juger et expliquer ce qui va se passer ensuite."),
                (
                    "num",
                    "Faire appel à un interprète qualifié, jamais à une personne qui "
                    "accompagne la victime potentielle.",
                ),
                (
                    "num",
                    "Respecter la vie privée et préserver la confidentialité des informations.",
                ),
                ("num", "Ne pas agir seul : orienter vers les services spécialisés."),
            ],
            [
                ("h", "D'où vient la trousse officielle ?"),
                (
                    "p",
                    "La Trousse de premiers secours officielle est une publication de "
                    "l'Office des Nations Unies contre la drogue et le crime (ONUDC). Elle "
                    "est disponible auprès de l'ONUDC.",
                ),
                ("h", "Note à l'intention de l'exploitant de la borne"),
                (
                    "p",
                    "Ce fichier de démonstration doit être remplacé dans tout déploiement "
                    "réel. Copiez le fichier officiel de l'ONUDC dans le dossier des médias "
                    "de la borne, faites pointer l'entrée de contenu de la trousse vers ce "
                    "fichier (voir resources/media/README.md), puis reconstruisez la base "
                    "de contenu. Aucune modification du code n'est nécessaire.",
                ),
                (
                    "small",
                    "Généré par tools/make_demo_media.py. Police : Noto Sans (SIL Open "
                    "Font License 1.1).",
                ),
            ],
        ],
    },
    "es": {
        "title": "Botiquín de primeros auxilios para uso de los funcionarios encargados de "
        "hacer cumplir la ley frente a la trata de personas",
        "demo": "ejemplar de demostración",
        "band": "EJEMPLAR DE DEMOSTRACIÓN – instale el archivo oficial de la UNODC",
        "cover_note": (
            "Este archivo se creó para el software del quiosco, con el fin de mostrar cómo "
            "se abre un documento en la pantalla. No es una publicación de la UNODC ni "
            "reproduce el contenido del botiquín. El operador del quiosco debe sustituirlo "
            "por el archivo oficial."
        ),
        "header": "Ejemplar de demostración – no es una publicación de la UNODC",
        "page": "Página {n} de {total}",
        "pages": [
            [
                ("h", "¿Qué es el botiquín?"),
                (
                    "p",
                    "El Botiquín de primeros auxilios para uso de los funcionarios "
                    "encargados de hacer cumplir la ley frente a la trata de personas es un "
                    "conjunto de guías breves diseñadas por la Dependencia de Lucha contra "
                    "la Trata de Personas y el Tráfico Ilícito de Migrantes de la UNODC.",
                ),
                (
                    "p",
                    "Ayuda a los agentes de las fuerzas del orden que trabajan en primera "
                    "línea, y que pueden encontrarse con casos de trata de personas, a "
                    "reconocer los indicios de la trata y a responder.",
                ),
                (
                    "p",
                    "El botiquín se publicó en dos formatos: una versión electrónica y un "
                    "maletín de demostración.",
                ),
                ("h", "¿A quién está dirigido?"),
                (
                    "p",
                    "A los agentes de las fuerzas del orden que trabajan en primera línea: "
                    "policías, guardias de fronteras, funcionarios de inmigración y de "
                    "aduanas, y todas las personas que pueden ser las primeras en "
                    "encontrarse con una posible víctima de la trata, a menudo sin ser "
                    "especialistas en la materia.",
                ),
                (
                    "p",
                    "Reconocer a tiempo los indicios puede ser decisivo para el destino de "
                    "una persona víctima de la trata.",
                ),
            ],
            [
                ("h", "Sus partes (con fines ilustrativos)"),
                (
                    "note",
                    "La lista siguiente describe, con nuestras propias palabras, el tipo "
                    "de orientaciones que contiene un botiquín de este tipo. Tiene fines "
                    "meramente ilustrativos y no reproduce el botiquín oficial.",
                ),
                (
                    "item",
                    "Indicios de la trata",
                    "Señales que pueden apuntar a una situación de trata: por ejemplo, que otra "
                    "persona guarde los documentos de identidad, que la libertad de movimiento "
                    "esté restringida, que haya deudas imposibles de pagar, miedo o señales de "
                    "maltrato.",
                ),
                (
                    "item",
                    "Primer contacto con una posible víctima",
                    "Cómo acercarse a la persona con calma y de forma segura, comunicarse en un "
                    "idioma que entienda y evitar causarle más daño.",
                ),
                (
                    "item",
                    "Derechos y seguridad de las víctimas",
                    "Tratar a la persona como posible víctima y no como delincuente, atender "
                    "sus necesidades urgentes, protegerla de los tratantes y respetar su "
                    "privacidad.",
                ),
                (
                    "item",
                    "Derivación y cooperación",
                    "Remitir el caso a las unidades especializadas y a los servicios de "
                    "asistencia a las víctimas, y colaborar con otros organismos y, cuando sea "
                    "necesario, con otros países.",
                ),
                (
                    "item",
                    "Contactos",
                    "Un espacio para los contactos nacionales y locales que necesita el agente: "
                    "líneas de ayuda, unidades especializadas, centros de acogida y servicios de "
                    "apoyo.",
                ),
            ],
            [
                ("h", "Principios para una primera intervención (con fines ilustrativos)"),
                (
                    "note",
                    "Ilustración general redactada para este ejemplar de demostración. "
                    "En la práctica, siga el botiquín oficial y los procedimientos "
                    "nacionales.",
                ),
                ("num", "Primero, la seguridad: la de la persona, la suya y la de los demás."),
                ("num", "No causar daño: no exponer a la persona a un riesgo mayor."),
                ("num", "Escuchar sin juzgar y explicar qué ocurrirá a continuación."),
                (
                    "num",
                    "Recurrir a un intérprete cualificado, nunca a alguien que acompañe "
                    "a la posible víctima.",
                ),
                ("num", "Respetar la privacidad y mantener la confidencialidad de la información."),
                ("num", "No actuar en solitario: derivar a los servicios especializados."),
            ],
            [
                ("h", "¿De dónde procede el botiquín oficial?"),
                (
                    "p",
                    "El Botiquín de primeros auxilios oficial es una publicación de la "
                    "Oficina de las Naciones Unidas contra la Droga y el Delito (UNODC). "
                    "Puede obtenerse de la UNODC.",
                ),
                ("h", "Nota para el operador del quiosco"),
                (
                    "p",
                    "Este archivo de demostración debe sustituirse en toda instalación "
                    "real. Copie el archivo oficial de la UNODC en la carpeta de medios del "
                    "quiosco, haga que la entrada de contenido del botiquín apunte a ese "
                    "archivo (véase resources/media/README.md) y vuelva a generar la base "
                    "de datos de contenido. No es necesario modificar el código.",
                ),
                (
                    "small",
                    "Generado por tools/make_demo_media.py. Tipo de letra: Noto Sans "
                    "(SIL Open Font License 1.1).",
                ),
            ],
        ],
    },
    "ru": {
        "title": "Аптечка первой помощи для сотрудников правоохранительных органов по "
        "противодействию торговле людьми",
        "demo": "демонстрационный экземпляр",
        "band": "ДЕМОНСТРАЦИОННЫЙ ЭКЗЕМПЛЯР — установите официальный файл УНП ООН",
        "cover_note": (
            "Этот файл создан для программы киоска, чтобы показать, как документ "
            "открывается на экране. Он не является изданием УНП ООН и не воспроизводит "
            "содержание аптечки. Оператор киоска должен заменить его официальным файлом."
        ),
        "header": "Демонстрационный экземпляр — не издание УНП ООН",
        "page": "Страница {n} из {total}",
        "pages": [
            [
                ("h", "Что такое аптечка"),
                (
                    "p",
                    "Аптечка первой помощи для сотрудников правоохранительных органов по "
                    "противодействию торговле людьми — это набор кратких руководств, "
                    "разработанный Группой по борьбе с торговлей людьми и незаконным "
                    "ввозом мигрантов УНП ООН.",
                ),
                (
                    "p",
                    "Она помогает сотрудникам правоохранительных органов, которые работают "
                    "на передовой и могут столкнуться со случаями торговли людьми, "
                    "распознавать признаки торговли людьми и реагировать на них.",
                ),
                (
                    "p",
                    "Аптечка выпущена в двух формах: в электронной версии и в виде "
                    "демонстрационного кейса.",
                ),
                ("h", "Для кого она предназначена"),
                (
                    "p",
                    "Для сотрудников правоохранительных органов, работающих на передовой: "
                    "полицейских, пограничников, сотрудников миграционных и таможенных "
                    "служб — всех, кто может первым встретить возможную жертву торговли "
                    "людьми, часто не будучи специалистом в этой области.",
                ),
                (
                    "p",
                    "Своевременно распознанные признаки могут сыграть решающую роль в "
                    "судьбе жертвы торговли людьми.",
                ),
            ],
            [
                ("h", "Ее разделы (для иллюстрации)"),
                (
                    "note",
                    "Ниже своими словами описано, какие рекомендации обычно содержит "
                    "такая аптечка. Список приведен только для иллюстрации и не "
                    "воспроизводит официальную аптечку.",
                ),
                (
                    "item",
                    "Признаки торговли людьми",
                    "Признаки, которые могут указывать на торговлю людьми: например, документы "
                    "человека находятся у кого-то другого, свобода передвижения ограничена, "
                    "есть долг, который невозможно выплатить, человек испуган или на нем видны "
                    "следы насилия.",
                ),
                (
                    "item",
                    "Первый контакт с возможной жертвой",
                    "Как спокойно и безопасно подойти к человеку, общаться с ним на понятном "
                    "ему языке и не причинить ему дополнительного вреда.",
                ),
                (
                    "item",
                    "Права и безопасность жертв",
                    "Относиться к человеку как к возможной жертве, а не как к "
                    "правонарушителю, учитывать его неотложные потребности, защищать его от "
                    "торговцев людьми и уважать его частную жизнь.",
                ),
                (
                    "item",
                    "Направление и сотрудничество",
                    "Передача дела специализированным подразделениям и службам помощи жертвам, "
                    "взаимодействие с другими ведомствами и, при необходимости, с другими "
                    "странами.",
                ),
                (
                    "item",
                    "Контакты",
                    "Место для национальных и местных контактов, необходимых сотруднику: "
                    "горячие линии, специализированные подразделения, приюты и службы "
                    "поддержки.",
                ),
            ],
            [
                ("h", "Принципы первого реагирования (для иллюстрации)"),
                (
                    "note",
                    "Общая иллюстрация, подготовленная для этого демонстрационного "
                    "экземпляра. На практике следуйте официальной аптечке и "
                    "национальным процедурам.",
                ),
                ("num", "Прежде всего — безопасность: человека, ваша и окружающих."),
                ("num", "Не навредить: не подвергайте человека еще большему риску."),
                ("num", "Выслушайте, не осуждая, и объясните, что будет дальше."),
                (
                    "num",
                    "Привлекайте квалифицированного переводчика и никогда — человека, "
                    "сопровождающего возможную жертву.",
                ),
                ("num", "Уважайте частную жизнь и соблюдайте конфиденциальность информации."),
                ("num", "Не действуйте в одиночку: направляйте в специализированные службы."),
            ],
            [
                ("h", "Где взять официальную аптечку"),
                (
                    "p",
                    "Официальная аптечка первой помощи — издание Управления Организации "
                    "Объединенных Наций по наркотикам и преступности (УНП ООН). Ее можно "
                    "получить в УНП ООН.",
                ),
                ("h", "Примечание для оператора киоска"),
                (
                    "p",
                    "Этот демонстрационный файл необходимо заменить при любом реальном "
                    "развертывании. Скопируйте официальный файл УНП ООН в папку "
                    "медиафайлов киоска, укажите его в записи содержимого для аптечки "
                    "(см. resources/media/README.md) и заново соберите базу данных "
                    "содержимого. Изменять код не требуется.",
                ),
                (
                    "small",
                    "Создано с помощью tools/make_demo_media.py. Шрифт: Noto Sans "
                    "(SIL Open Font License 1.1).",
                ),
            ],
        ],
    },
}

ENGLISH_BAND = PDF_TEXT["en"]["band"]

# --------------------------------------------------------------------------- film texts

# title, "not the UNODC film", language name (as the language calls itself)
FILM_TEXT = {
    "en": ("Affected for Life – demonstration clip", "not the UNODC film", "English"),
    "fr": (
        "« Affected for Life » – extrait de démonstration",
        "ce n'est pas le film de l'ONUDC",
        "Français",
    ),
    "es": (
        "«Affected for Life»: fragmento de demostración",
        "no es la película de la UNODC",
        "Español",
    ),
    "ru": ("«Affected for Life» — демонстрационный фрагмент", "это не фильм УНП ООН", "Русский"),
    "ar": (
        "فيلم «Affected for Life» — مقطع تجريبي للعرض",
        "ليس فيلم مكتب الأمم المتحدة المعني بالمخدرات والجريمة",
        "العربية",
    ),
}
FILM_ENGLISH_NOTE = "Demonstration clip · not the UNODC film"

WIDTH, HEIGHT, FPS, SECONDS = 640, 360, 25, 6
ISO639_2 = {"ar": "ara", "en": "eng", "es": "spa", "fr": "fra", "ru": "rus", "zh": "zho"}

# --------------------------------------------------------------------------- subtitles

VTT_TIMES = [("00:00.500", "00:02.000"), ("00:02.000", "00:04.000"), ("00:04.000", "00:05.800")]
VTT_TEXT = {
    "en": [
        "Demonstration clip",
        "Affected for Life is a UNODC training film",
        "Install the official film to show it here",
    ],
    "fr": [
        "Extrait de démonstration",
        "« Affected for Life » est un film de formation de l'ONUDC",
        "Installez le film officiel pour le présenter ici",
    ],
    "es": [
        "Fragmento de demostración",
        "«Affected for Life» es una película de capacitación de la UNODC",
        "Instale la película oficial para mostrarla aquí",
    ],
    "ru": [
        "Демонстрационный фрагмент",
        "«Affected for Life» — учебный фильм УНП ООН",
        "Установите официальный фильм, чтобы показывать его здесь",
    ],
    # Each Arabic cue starts with an Arabic letter, so players pick right-to-left.
    "ar": [
        "مقطع تجريبي للعرض",
        "فيلم «Affected for Life» فيلم تدريبي من إنتاج مكتب الأمم المتحدة المعني "
        "بالمخدرات والجريمة",
        "ثبِّت الفيلم الرسمي لعرضه هنا",
    ],
    "zh": [
        "演示片段",
        "《Affected for Life》是毒品和犯罪问题办公室的一部培训影片",
        "请安装正式影片，以便在此播放",
    ],
}


def french_spacing(text: str) -> str:
    """French typography: no-break space before : ; ! ? » and after «; apostrophe ’."""
    text = re.sub(r" ([:;!?»])", "\u00a0\\1", text)
    return text.replace("« ", "«\u00a0").replace("'", "\u2019")


def localize(lang: str, text: str) -> str:
    return french_spacing(text) if lang == "fr" else text


# --------------------------------------------------------------------------- Qt set-up


def hide_system_fonts() -> None:
    """Let Qt see no system font, so the output depends on the bundled fonts only."""
    import tempfile

    empty = Path(tempfile.mkdtemp(prefix="no-fonts-"))
    conf = empty / "fonts.conf"
    conf.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n'
        f"<fontconfig><cachedir>{empty}/cache</cachedir></fontconfig>\n",
        encoding="utf-8",
    )
    os.environ["FONTCONFIG_FILE"] = str(conf)
    os.environ["QT_QPA_FONTDIR"] = str(empty)


def qt_app():
    """A QGuiApplication (offscreen unless a platform is chosen) with the bundled fonts."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # Qt's hash seed decides the glyph order of the font subsets embedded in the PDFs.
    os.environ.setdefault("QT_HASH_SEED", "0")
    from PySide6.QtGui import QFontDatabase, QGuiApplication

    app = QGuiApplication.instance()
    if app is None:
        hide_system_fonts()
        app = QGuiApplication([])
    for path in sorted(FONTS.glob("*.[ot]tf")):
        if QFontDatabase.addApplicationFont(str(path)) < 0:
            raise SystemExit(f"cannot load bundled font {path}")
    return app


def families_for(lang: str) -> list[str]:
    if lang == "ar":
        return ["Noto Sans Arabic", "Noto Sans"]
    if lang == "zh":
        return ["Noto Sans CJK SC", "Noto Sans"]
    return ["Noto Sans"]


# --------------------------------------------------------------------------- PDF


def make_pdf(lang: str, out: Path) -> None:
    from PySide6.QtCore import QMarginsF, QRectF, Qt
    from PySide6.QtGui import (
        QColor,
        QFont,
        QPageLayout,
        QPageSize,
        QPainter,
        QPdfWriter,
        QPen,
    )

    t = PDF_TEXT[lang]
    loc = lambda s: localize(lang, s)  # noqa: E731
    total = 1 + len(t["pages"])

    writer = QPdfWriter(str(out))
    writer.setResolution(300)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
    writer.setTitle(f"{t['title']} – {t['demo']}")
    writer.setCreator("tools/make_demo_media.py (demonstration copy, not a UNODC publication)")

    mm = 300 / 25.4
    page_w, page_h = writer.width(), writer.height()
    margin = 20 * mm
    text_w = page_w - 2 * margin

    navy = QColor("#0b2545")
    band_red = QColor("#b3261e")
    grey = QColor("#555555")

    def font(size: float, bold: bool = False) -> QFont:
        # No italics: only upright faces are bundled.
        f = QFont(families_for(lang), -1)
        f.setPointSizeF(size)
        f.setBold(bold)
        return f

    painter = QPainter(writer)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    wrap = Qt.TextFlag.TextWordWrap
    left = Qt.AlignmentFlag.AlignLeft

    def block(
        y: float,
        text: str,
        f: QFont,
        color: QColor,
        x: float = margin,
        width: float | None = None,
        flags=None,
        gap: float = 3.5,
    ) -> float:
        """Draw wrapped text at y; return the y below it plus a gap (mm)."""
        width = text_w - (x - margin) if width is None else width
        painter.setFont(f)
        painter.setPen(color)
        rect = QRectF(x, y, width, page_h)
        flags = (left | wrap) if flags is None else flags
        bound = painter.boundingRect(rect, flags, text)
        painter.drawText(QRectF(x, y, width, bound.height()), flags, text)
        return y + bound.height() + gap * mm

    def furniture(n: int) -> None:
        # A light diagonal watermark, a running header and the page number footer.
        painter.save()
        painter.translate(page_w / 2, page_h / 2)
        painter.rotate(-50)
        painter.setFont(font(60, bold=True))
        painter.setPen(QColor(0, 0, 0, 18))
        painter.drawText(
            QRectF(-page_h, -200, 2 * page_h, 400), Qt.AlignmentFlag.AlignCenter, "DEMO"
        )
        painter.restore()
        painter.setPen(QPen(navy, 0.4 * mm))
        painter.drawLine(
            int(margin), int(page_h - 18 * mm), int(page_w - margin), int(page_h - 18 * mm)
        )
        painter.setFont(font(8.5))
        painter.setPen(grey)
        footer = QRectF(margin, page_h - 16 * mm, text_w, 8 * mm)
        painter.drawText(footer, Qt.AlignmentFlag.AlignLeft, loc(t["header"]))
        painter.drawText(
            footer, Qt.AlignmentFlag.AlignRight, loc(t["page"].format(n=n, total=total))
        )

    # ---- cover
    painter.fillRect(QRectF(0, 0, page_w, 14 * mm), navy)
    y = 45 * mm
    y = block(y, loc(t["title"]), font(24, bold=True), navy, gap=4)
    y = block(y, loc(t["demo"]), font(16), grey, gap=14)
    band_h = 34 * mm if lang != "en" else 22 * mm
    painter.fillRect(QRectF(0, y, page_w, band_h), band_red)
    inner = y + 5 * mm
    inner = block(inner, loc(t["band"]), font(15, bold=True), QColor("white"), gap=2)
    if lang != "en":
        block(inner, ENGLISH_BAND, font(12), QColor("#ffe3e0"))
    y += band_h + 14 * mm
    block(y, loc(t["cover_note"]), font(11.5), QColor("#222222"))
    furniture(1)

    # ---- content pages
    for index, page in enumerate(t["pages"], start=2):
        writer.newPage()
        y = 22 * mm
        number = 0
        for entry in page:
            kind = entry[0]
            if kind == "h":
                y = block(y + 2 * mm, loc(entry[1]), font(17, bold=True), navy, gap=4)
            elif kind == "p":
                y = block(y, loc(entry[1]), font(11.5), QColor("#222222"), gap=4)
            elif kind == "note":
                top = y
                y = block(y, loc(entry[1]), font(10), grey, gap=6)
                painter.fillRect(QRectF(margin - 3 * mm, top, 1.2 * mm, y - top - 6 * mm), band_red)
            elif kind == "item":
                painter.setBrush(navy)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.drawEllipse(QRectF(margin, y + 2.2 * mm, 2.4 * mm, 2.4 * mm))
                y = block(y, loc(entry[1]), font(12.5, bold=True), navy, x=margin + 7 * mm, gap=1.5)
                y = block(y, loc(entry[2]), font(11), QColor("#222222"), x=margin + 7 * mm, gap=5)
            elif kind == "num":
                number += 1
                painter.setFont(font(13, bold=True))
                painter.setPen(band_red)
                painter.drawText(
                    QRectF(margin, y, 8 * mm, 8 * mm), Qt.AlignmentFlag.AlignLeft, f"{number}."
                )
                y = block(y, loc(entry[1]), font(12), QColor("#222222"), x=margin + 9 * mm, gap=5)
            elif kind == "small":
                y = block(y + 8 * mm, loc(entry[1]), font(8.5), grey)
        furniture(index)
    painter.end()
    fix_pdf_dates_and_ids(out)


def fix_pdf_dates_and_ids(path: Path) -> None:
    """Replace Qt's creation date and random document IDs by fixed same-length values.

    Same length keeps every byte offset (and so the xref table) valid.
    """
    data = path.read_bytes()

    def same_length(pattern: bytes, make) -> None:
        nonlocal data
        data = re.sub(pattern, lambda m: make(m.group(0)), data)

    # /CreationDate (D:20261128222800+00'00') and the XMP dates.
    same_length(rb"D:\d{14}[^)]*", lambda s: b"D:20240101000000" + s[16:])
    same_length(
        rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[^<\"]*", lambda s: b"2024-01-01T00:00:00" + s[19:]
    )
    # Document IDs: uuid:... in XMP and /ID [<hex><hex>] in the trailer.
    same_length(
        rb"uuid:[0-9a-fA-F-]{36}", lambda s: b"uuid:" + b"00000000-0000-0000-0000-000000000000"
    )
    same_length(
        rb"/ID \[[^\]]*\]",
        lambda s: re.sub(
            rb"<[0-9a-fA-F]+>", lambda h: b"<" + b"0" * (len(h.group(0)) - 2) + b">", s
        ),
    )
    path.write_bytes(data)


# --------------------------------------------------------------------------- film


def render_frame(lang: str, frame: int):
    from PySide6.QtCore import QPointF, QRectF, Qt
    from PySide6.QtGui import (
        QBrush,
        QColor,
        QFont,
        QImage,
        QLinearGradient,
        QPainter,
        QTextOption,
    )

    title, not_film, language = (localize(lang, s) for s in FILM_TEXT[lang])
    total = FPS * SECONDS
    progress = frame / (total - 1)
    seconds = frame / FPS

    image = QImage(WIDTH, HEIGHT, QImage.Format.Format_RGB888)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    gradient = QLinearGradient(QPointF(0, 0), QPointF(0, HEIGHT))
    gradient.setColorAt(0, QColor("#0d2b52"))
    gradient.setColorAt(1, QColor("#061a33"))
    painter.fillRect(image.rect(), QBrush(gradient))

    # A soft vertical light band sweeping slowly across the card.
    sweep_x = -120 + (WIDTH + 240) * progress
    sweep = QLinearGradient(QPointF(sweep_x - 80, 0), QPointF(sweep_x + 80, 0))
    sweep.setColorAt(0, QColor(255, 255, 255, 0))
    sweep.setColorAt(0.5, QColor(120, 170, 230, 40))
    sweep.setColorAt(1, QColor(255, 255, 255, 0))
    painter.fillRect(QRectF(sweep_x - 80, 0, 160, HEIGHT), QBrush(sweep))

    rtl = lang == "ar"
    direction = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight

    def text(
        y: float, h: float, s: str, size: float, color: str, bold=False, families=None
    ) -> None:
        rect = QRectF(40, y, WIDTH - 80, h)
        option = QTextOption(Qt.AlignmentFlag.AlignCenter)
        option.setTextDirection(direction)
        option.setWrapMode(QTextOption.WrapMode.WordWrap)
        f = QFont(families or families_for(lang), -1)
        f.setBold(bold)
        # Shrink until the (possibly wrapped) text fits the box.
        for pixels in range(int(size), 11, -1):
            f.setPixelSize(pixels)
            painter.setFont(f)
            if painter.boundingRect(rect, s, option).height() <= h:
                break
        painter.setPen(QColor(color))
        painter.drawText(rect, s, option)

    text(20, 26, "DEMO", 18, "#f2b8b5", bold=True, families=["Noto Sans"])
    text(62, 100, title, 30, "#ffffff", bold=True)
    text(166, 50, not_film, 22, "#bcd4f0")
    text(220, 42, language, 22, "#ffffff", bold=True)
    if lang != "en":
        text(264, 26, FILM_ENGLISH_NOTE, 14, "#8fa8c8", families=["Noto Sans"])

    # Progress line (always left to right, like the media controls) and timecode.
    bar = QRectF(40, 306, WIDTH - 80, 6)
    painter.fillRect(bar, QColor("#23406a"))
    painter.fillRect(
        QRectF(bar.x(), bar.y(), bar.width() * progress, bar.height()), QColor("#5fa8ff")
    )
    painter.setBrush(QColor("#ffffff"))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(QPointF(bar.x() + bar.width() * progress, bar.center().y()), 7, 7)

    f = QFont(["Noto Sans"], -1)
    f.setPixelSize(15)
    painter.setFont(f)
    painter.setPen(QColor("#dfe9f5"))
    whole = int(seconds)
    timecode = f"00:{whole:02d}.{frame % FPS:02d}  /  00:{SECONDS:02d}.00"
    painter.drawText(QRectF(40, 320, WIDTH - 80, 24), Qt.AlignmentFlag.AlignRight, timecode)
    painter.drawText(
        QRectF(40, 320, WIDTH - 80, 24),
        Qt.AlignmentFlag.AlignLeft,
        f"frame {frame + 1:03d}/{total}",
    )
    painter.end()
    return image


def audio_expression() -> str:
    """Two soft chords (C major, then A minor), each swelling in and out: no clicks."""
    chords = [(261.63, 329.63, 392.00), (220.00, 261.63, 329.63)]
    sines = ["+".join(f"sin(2*PI*{f}*t)" for f in chord) for chord in chords]
    envelope = "pow(sin(PI*mod(t,3)/3),2)"
    left = f"0.11*{envelope}*if(lt(t,3),{sines[0]},{sines[1]})"
    right = f"0.11*{envelope}*if(lt(t,3),{sines[0]},{sines[1]})*0.9"
    return f"{left}|{right}"


def make_clip(lang: str, out: Path) -> None:
    ffmpeg = shutil.which("ffmpeg")
    if not ffmpeg:
        raise SystemExit("ffmpeg not found (apt-get install ffmpeg)")
    cmd = [
        ffmpeg,
        "-hide_banner",
        "-loglevel",
        "error",
        "-y",
        "-f",
        "rawvideo",
        "-pix_fmt",
        "rgb24",
        "-s",
        f"{WIDTH}x{HEIGHT}",
        "-r",
        str(FPS),
        "-i",
        "pipe:0",
        "-f",
        "lavfi",
        "-i",
        f"aevalsrc=exprs='{audio_expression()}':s=48000:d={SECONDS}:c=stereo",
        "-map",
        "0:v",
        "-map",
        "1:a",
        "-c:v",
        "libx264",
        "-preset",
        "slow",
        "-crf",
        "24",
        "-pix_fmt",
        "yuv420p",
        "-profile:v",
        "main",
        "-g",
        str(FPS),
        "-keyint_min",
        str(FPS),
        "-threads",
        "1",
        "-c:a",
        "aac",
        "-b:a",
        "64k",
        "-ac",
        "2",
        "-ar",
        "48000",
        "-metadata:s:a:0",
        f"language={ISO639_2[lang]}",
        "-metadata:s:v:0",
        f"language={ISO639_2[lang]}",
        "-t",
        str(SECONDS),
        "-movflags",
        "+faststart",
        "-map_metadata",
        "-1",
        "-fflags",
        "+bitexact",
        "-flags:v",
        "+bitexact",
        "-flags:a",
        "+bitexact",
        str(out),
    ]
    proc = subprocess.Popen(cmd, stdin=subprocess.PIPE)
    assert proc.stdin is not None
    for frame in range(FPS * SECONDS):
        image = render_frame(lang, frame)
        assert image.bytesPerLine() == WIDTH * 3
        proc.stdin.write(bytes(image.constBits()))
    proc.stdin.close()
    if proc.wait() != 0:
        raise SystemExit(f"ffmpeg failed for {out}")


# --------------------------------------------------------------------------- WebVTT


def make_vtt(lang: str, out: Path) -> None:
    lines = ["WEBVTT", ""]
    for number, ((start, end), text) in enumerate(
        zip(VTT_TIMES, VTT_TEXT[lang], strict=True), start=1
    ):
        lines += [str(number), f"{start} --> {end}", localize(lang, text), ""]
    out.write_text("\n".join(lines), encoding="utf-8", newline="\n")


# --------------------------------------------------------------------------- main


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("kinds", nargs="*", choices=["pdf", "film", "vtt", []], default=[])
    parser.add_argument("--out", type=Path, default=REPO / "resources" / "media")
    args = parser.parse_args(argv)
    kinds = set(args.kinds or ["pdf", "film", "vtt"])
    out: Path = args.out

    # Keep a reference to the application until the end (dropping it early makes
    # PySide6 crash at interpreter exit).
    app = qt_app() if kinds & {"pdf", "film"} else None
    written: list[Path] = []
    if "pdf" in kinds:
        folder = out / "first-aid-kit"
        folder.mkdir(parents=True, exist_ok=True)
        for lang in PDF_LANGS:
            path = folder / f"first-aid-kit.demo.{lang}.pdf"
            make_pdf(lang, path)
            written.append(path)
    if kinds & {"film", "vtt"}:
        (out / "affected-for-life").mkdir(parents=True, exist_ok=True)
    if "film" in kinds:
        for lang in FILM_LANGS:
            path = out / "affected-for-life" / f"affected-for-life.demo.{lang}.mp4"
            make_clip(lang, path)
            written.append(path)
    if "vtt" in kinds:
        for lang in VTT_LANGS:
            path = out / "affected-for-life" / f"affected-for-life.demo.{lang}.vtt"
            make_vtt(lang, path)
            written.append(path)
    for path in written:
        print(f"{path.stat().st_size:>9,}  {path}")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
