"""The story page: a whole story, its Markdown rendered safely, with credit and source as text."""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QTextCharFormat, QTextCursor, QTextDocument, QTextDocumentFragment
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from kiosk.content.model import Story
from kiosk.i18n import RTL_LANGUAGES
from kiosk.ui.content_note import ContentNote
from kiosk.ui.wording import fallback_note, meta_line

_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]+)\]\(\s*<?([^)\s>]*)>?(?:\s+\"[^\"]*\")?\s*\)")


def safe_markdown(text: str) -> str:
    """Markdown that can only produce text: no HTML, no images, links written out."""
    text = _IMAGE.sub(lambda m: m.group(1), text)
    text = _LINK.sub(lambda m: f"{m.group(1)} ({m.group(2)})" if m.group(2) else m.group(1), text)
    # A backslash makes '<' literal, so neither raw HTML nor <autolinks> survive.
    return text.replace("\\<", "<").replace("<", "\\<")


def render_safe_markdown(document: QTextDocument, text: str) -> None:
    """Fill `document` from story Markdown; whatever the source, the result is plain styled text."""
    document.setMarkdown(safe_markdown(text), QTextDocument.MarkdownFeature.MarkdownNoHTML)
    cursor = QTextCursor(document)
    cursor.select(QTextCursor.SelectionType.Document)
    plain = QTextCharFormat()
    plain.setAnchor(False)
    plain.setAnchorHref("")
    cursor.mergeCharFormat(plain)


#: Story text laid out per step: about 30 ms of work, so that a very long story (which a
#: content editor was warned about) never freezes the interface while it opens.
CHUNK_CHARS = 30_000


def markdown_chunks(text: str, size: int = CHUNK_CHARS) -> list[str]:
    """`text` cut at paragraph breaks (blank lines outside code fences) into ~`size` pieces."""
    if len(text) <= size:
        return [text]
    chunks, start, fenced = [], 0, False
    position = 0
    for line in text.splitlines(keepends=True):
        position += len(line)
        if line.lstrip().startswith(("```", "~~~")):
            fenced = not fenced
        if not fenced and not line.strip() and position - start >= size:
            chunks.append(text[start:position])
            start = position
    if start < len(text):
        chunks.append(text[start:])
    return chunks


class StoryBody(QTextBrowser):
    """Read-only story text that never opens or loads anything."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("StoryBody")
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        # Mouse selection only: keyboard selection would draw a text cursor in the story.
        # The arrow and page keys still scroll it, and it keeps its place in the Tab order.
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._pending: list[str] = []

    def show_markdown(self, text: str) -> None:
        """Show story Markdown: the first part at once, the rest appended chunk by chunk."""
        self._pending = markdown_chunks(text)
        render_safe_markdown(self.document(), self._pending.pop(0))
        if self._pending:
            QTimer.singleShot(0, self, self._append_next)

    @property
    def complete(self) -> bool:
        """Whether the whole text is in the document (long stories fill in over a moment)."""
        return not self._pending

    def _append_next(self) -> None:
        if not self._pending:
            return
        part = QTextDocument()
        render_safe_markdown(part, self._pending.pop(0))
        cursor = QTextCursor(self.document())
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.insertBlock()
        cursor.insertFragment(QTextDocumentFragment(part))
        if self._pending:
            QTimer.singleShot(0, self, self._append_next)

    def loadResource(self, kind: int, name: QUrl):
        return None  # stories are text: never read files or the network for them

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Backspace, Qt.Key.Key_Escape):
            event.ignore()  # let the window go back
            return
        super().keyPressEvent(event)


class StoryPage(QWidget):
    """Shows one Story; sensitive stories show a ContentNote until the visitor continues."""

    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("StoryPage")
        self._story: Story | None = None
        self._lang = "en"
        self._country = ""
        self._note_accepted = False
        self.back_button = QPushButton()
        self.back_button.clicked.connect(self.back_requested)
        self.title = QLabel(objectName="StoryTitle", wordWrap=True)
        self.meta = QLabel(objectName="CardMeta", wordWrap=True)
        self.fallback = QLabel(objectName="FallbackNote", wordWrap=True)
        # A version the publishing organisation translated itself is never shown as original.
        self.translated_by = QLabel(objectName="FallbackNote", wordWrap=True)
        self.content_note = ContentNote(self)
        self.content_note.continue_requested.connect(self.accept_content_note)
        self.content_note.back_requested.connect(self.back_requested)
        self.body = StoryBody(self)
        self.credit = QLabel(objectName="Credit", wordWrap=True)
        self.source = QLabel(objectName="SourceText", wordWrap=True)
        labels = (
            self.title,
            self.meta,
            self.fallback,
            self.translated_by,
            self.credit,
            self.source,
        )
        for label in labels:
            label.setTextFormat(Qt.TextFormat.PlainText)
        self.source.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        column = QVBoxLayout()
        column.setSpacing(12)
        column.addWidget(self.meta)
        column.addWidget(self.title)
        column.addWidget(self.fallback)
        column.addWidget(self.translated_by)
        column.addWidget(self.content_note)
        column.addWidget(self.body, 1)
        column.addWidget(self.credit)
        column.addWidget(self.source)
        column.addStretch(0)  # takes the room only while the body is hidden
        centred = QHBoxLayout()
        centred.addStretch(1)
        holder = QWidget()
        holder.setMaximumWidth(980)
        holder.setLayout(column)
        centred.addWidget(holder, 8)
        centred.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 20, 32, 16)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addLayout(centred, 1)
        self.retranslate()

    @property
    def story(self) -> Story | None:
        return self._story

    @property
    def showing_content_note(self) -> bool:
        return self.content_note.isVisibleTo(self)

    def show_story(self, story: Story, lang: str, country: str = "") -> None:
        """Show `story` (in the interface language `lang`); a new story shows its note again."""
        if self._story is None or story.id != self._story.id:
            self._note_accepted = False
        self._story, self._lang, self._country = story, lang, country
        self.title.setText(story.title)
        self.body.show_markdown(story.body)
        direction = (
            Qt.LayoutDirection.RightToLeft
            if story.shown.lang in RTL_LANGUAGES
            else Qt.LayoutDirection.LeftToRight
        )
        option = self.body.document().defaultTextOption()
        option.setTextDirection(direction)
        self.body.document().setDefaultTextOption(option)
        self.source.setVisible(bool(story.source))
        self._update_texts()
        self._update_note()
        self.body.verticalScrollBar().setValue(0)

    def accept_content_note(self) -> None:
        self._note_accepted = True
        self._update_note()
        self.body.setFocus(Qt.FocusReason.OtherFocusReason)

    def reset(self) -> None:
        self._story = None
        self._note_accepted = False

    def _update_note(self) -> None:
        needs_note = bool(self._story and self._story.sensitive and not self._note_accepted)
        self.content_note.setVisible(needs_note)
        self.body.setVisible(not needs_note)
        self.credit.setVisible(not needs_note and bool(self._story and self._story.credit))
        self.source.setVisible(not needs_note and bool(self._story and self._story.source))

    def _update_texts(self) -> None:
        story = self._story
        if story is None:
            return
        self.meta.setText(meta_line(story.date, self._country or None, self._lang))
        note = fallback_note(story.shown)
        self.fallback.setText(note)
        self.fallback.setVisible(bool(note))
        self.translated_by.setText(
            self.tr("Translated by %1").replace("%1", story.translated_by or "")
        )
        self.translated_by.setVisible(bool(story.translated_by))
        self.credit.setText(self.tr("Credit: %1").replace("%1", story.credit or ""))
        self.source.setText(self.tr("Source: %1").replace("%1", story.source or ""))
        self.body.setAccessibleName(story.title)

    def focus_first(self) -> None:
        """Put keyboard focus where reading starts."""
        if self.showing_content_note:
            self.content_note.continue_button.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.body.setFocus(Qt.FocusReason.OtherFocusReason)

    def retranslate(self) -> None:
        self.back_button.setText(self.tr("Back"))
        self.back_button.setAccessibleName(self.tr("Back to the stories"))
        self.body.setAccessibleDescription(self.tr("Story text"))
        self._update_texts()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
