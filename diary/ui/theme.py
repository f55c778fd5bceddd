"""The look of the window, in one place: the light and dark palettes, the spacings and type sizes,
and the one stylesheet built from them; it follows the system's colour scheme while the app runs."""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from diary.charts import colours as chart_colours
from diary.ui.focus_ring import FocusRingStyle

# Spacings, in pixels: every margin, padding and gap of the stylesheet is one of these.
SPACE_XS, SPACE_S, SPACE_M, SPACE_L = 2, 4, 8, 16
RADIUS = 4
FOCUS_WIDTH = 2  # the focus ring; a control's plain border is 1 px, and its padding 1 px more
# Type sizes, as multiples of the system's font (so large text in the system makes all of them large).
TYPE_SMALL, TYPE_LARGE, TYPE_TITLE, TYPE_DIGIT = 0.9, 1.15, 1.3, 1.35

TEXT_CONTRAST = 4.5  # WCAG AA for text
NON_TEXT_CONTRAST = 3.0  # WCAG AA for large text, borders of controls and the focus ring


@dataclass(frozen=True)
class Palette:
    """The colours of one scheme, by what they are for (hex strings)."""

    dark: bool
    window: str  # behind the pages
    base: str  # inside fields, lists and panels
    alt_base: str  # every other row of a table, and plain buttons
    text: str
    muted: str  # hints, placeholders, secondary words: still readable
    heading: str  # the small headings of panels
    border: str  # the edge of a control
    accent: str  # a chosen answer
    on_accent: str
    accent_soft: str  # a gentle tint: the answer "none", a focused row of answers
    focus: str  # the focus ring, on the window or a field
    focus_on_accent: str  # the focus ring on a chosen (accent) button
    highlight: str  # selected rows
    on_highlight: str
    link: str
    disabled: str  # greyed out (days after today in the calendar, disabled buttons)
    warning: str
    saved: str
    error: str
    banner: str  # the yellow note above the entry form
    on_banner: str
    banner_border: str
    info: str  # a calm blue note (the painkiller note, the timing insight)
    on_info: str
    info_border: str
    recorded: str  # the calendar's mark of a day with an entry
    progress: str  # the filled part of a progress bar (its words are drawn over it)
    bands: tuple[str, str, str, str]  # the activity buttons' tints: none, mild, moderate, severe
    severities: tuple[str, str, str, str]  # a chosen side-effect severity: none, mild, moderate, severe
    on_severities: tuple[str, str, str, str]
    chart: chart_colours.Theme

    def text_pairs(self) -> list[tuple[str, str, str]]:
        """(what, text colour, background) of every text the palette puts on a background."""
        p = self
        pairs = [(f"{fg} on {bg}", getattr(p, fg), getattr(p, bg)) for fg, bg in (
            ("text", "window"), ("text", "base"), ("text", "alt_base"), ("text", "accent_soft"),
            ("muted", "window"), ("muted", "base"), ("muted", "alt_base"), ("heading", "window"), ("heading", "base"),
            ("on_accent", "accent"), ("on_highlight", "highlight"), ("link", "window"), ("link", "base"),
            ("warning", "window"), ("warning", "base"), ("saved", "window"), ("error", "window"), ("error", "base"),
            ("on_banner", "banner"), ("on_info", "info"), ("recorded", "base"), ("text", "progress"),
        )]
        pairs += [(f"text on activity band {n}", p.text, band) for n, band in enumerate(p.bands)]
        pairs += [(f"severity {n}", fg, bg) for n, (fg, bg) in enumerate(zip(p.on_severities, p.severities))]
        pairs += [("chart text", p.chart.foreground, p.chart.background), ("chart muted", p.chart.muted, p.chart.background)]
        return pairs

    def edge_pairs(self) -> list[tuple[str, str, str]]:
        """(what, colour, background) of the edges and rings that must stand out (WCAG's 3:1)."""
        p = self
        return [
            ("focus ring on window", p.focus, p.window), ("focus ring on base", p.focus, p.base),
            ("focus ring on a chosen button", ring(p, p.accent), p.accent),
            *[(f"focus ring on severity {n}", ring(p, fill), fill) for n, fill in enumerate(p.severities)],
            *[(f"focus ring on activity band {n}", ring(p, fill), fill) for n, fill in enumerate(p.bands)],
            ("focus ring on a plain button", ring(p, p.alt_base), p.alt_base),
            ("border on window", p.border, p.window), ("border on base", p.border, p.base),
        ]


LIGHT = Palette(
    dark=False, window="#f4f5f4", base="#ffffff", alt_base="#eceeed", text="#1c2526", muted="#545f61",
    heading="#2f5d62", border="#7b8789", accent="#2f5d62", on_accent="#ffffff", accent_soft="#dde8e6",
    focus="#1a56db", focus_on_accent="#ffd166", highlight="#2f5d62", on_highlight="#ffffff", link="#1a4fa0",
    disabled="#9aa3a5", warning="#8a5a00", saved="#2d6a2d", error="#a12a2a",
    banner="#fff4d6", on_banner="#3d3000", banner_border="#c9a640",
    info="#e8f0fb", on_info="#1c2526", info_border="#8fa9d0", recorded="#1f6f5c", progress="#8fc1b9",
    bands=("#eef3f1", "#f4f1e0", "#f7e8d6", "#f6dcd8"),
    severities=("#dde5e3", *chart_colours.LIGHT.severities[2:]),
    on_severities=("#1d3b3f", "#3d2000", "#ffffff", "#ffffff"),
    chart=chart_colours.LIGHT,
)
DARK = Palette(
    dark=True, window="#1f2324", base="#2a2f30", alt_base="#323839", text="#e8ecec", muted="#aeb8b9",
    heading="#8ccfc6", border="#7d898b", accent="#8ccfc6", on_accent="#0f2a2c", accent_soft="#2f4a4b",
    focus="#8ab4ff", focus_on_accent="#0b2d6b", highlight="#8ccfc6", on_highlight="#0f2a2c", link="#9cc2ff",
    disabled="#6c7677", warning="#f0b64d", saved="#8fd18f", error="#ff9a8f",
    banner="#3d3417", on_banner="#ffe9a8", banner_border="#8a7330",
    info="#23324a", on_info="#e1e9f5", info_border="#4f6a91", recorded="#7fd6c0", progress="#356b65",
    bands=("#283031", "#34331f", "#3b3022", "#402a2a"),
    severities=("#3a4445", *chart_colours.DARK.severities[2:]),
    on_severities=("#e8ecec", "#ffffff", "#111111", "#111111"),
    chart=chart_colours.DARK,
)


def luminance(colour: str) -> float:
    """WCAG 2's relative luminance of a hex colour ("#rrggbb")."""
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(one: str, other: str) -> float:
    """WCAG 2's contrast ratio of two hex colours, from 1 to 21."""
    light, dark = sorted((luminance(one), luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def qpalette(p: Palette) -> QPalette:
    """The Qt palette of `p`, every role the Fusion style paints with."""
    R, G = QPalette.ColorRole, QPalette.ColorGroup
    palette = QPalette()
    roles = {
        R.Window: p.window, R.WindowText: p.text, R.Base: p.base, R.AlternateBase: p.alt_base, R.Text: p.text,
        R.Button: p.alt_base, R.ButtonText: p.text, R.BrightText: p.error, R.PlaceholderText: p.muted,
        R.ToolTipBase: p.base, R.ToolTipText: p.text, R.Highlight: p.highlight, R.HighlightedText: p.on_highlight,
        R.Link: p.link, R.LinkVisited: p.link, R.Accent: p.accent,
        R.Light: p.base, R.Midlight: p.alt_base, R.Mid: p.border, R.Dark: p.border, R.Shadow: "#000000",
    }
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    for role in (R.WindowText, R.Text, R.ButtonText):
        palette.setColor(G.Disabled, role, QColor(p.disabled))
    palette.setColor(G.Disabled, R.Highlight, QColor(p.border))
    return palette


def ring(p: Palette, fill: str) -> str:
    """The focus ring on a button filled with `fill`: of the two ring colours, the one standing out more."""
    return max((p.focus, p.focus_on_accent), key=lambda colour: contrast(colour, fill))


def stylesheet(p: Palette, font_pt: float) -> str:
    """The app's stylesheet in `p`'s colours, type sized from the system's font (`font_pt` points)."""
    def pt(scale: float) -> str:
        return f"{font_pt * scale:.1f}pt"

    pad = f"{SPACE_S}px {SPACE_M + 2}px"  # a button's; 1 px less each way while its ring is 1 px wider
    ring_pad = f"{SPACE_S - 1}px {SPACE_M + 1}px"
    band_rules = "\n".join(
        f'QPushButton[role="activity"][band="{n}"] {{ background: {colour}; }}' for n, colour in enumerate(p.bands)
    )
    # A chosen severity: its colour edged in its text's ("none", on every row, more quietly; not
    # bold: "moderate" would not fit), and a ring that stands out on that colour.
    severity_rules = "\n".join(
        f'QPushButton[role="severity"][level="{n}"]:checked {{ color: {fg}; background: {bg}; '
        f'border: 2px solid {p.muted if n == 0 else fg}; padding: 0px 1px; }}\n'
        f'QPushButton[role="severity"][level="{n}"]:checked:focus {{ border-color: {ring(p, bg)}; }}'
        for n, (bg, fg) in enumerate(zip(p.severities, p.on_severities))
    )
    # Text colours come from the palette (qpalette): a "color" here would set every colour group,
    # and greyed-out text, such as the calendar's days out of reach, would no longer be grey.
    return f"""
QToolTip {{ background: {p.base}; border: 1px solid {p.border}; padding: {SPACE_XS}px; }}
QPushButton {{ background: {p.alt_base}; border: 1px solid {p.border}; border-radius: {RADIUS}px;
    padding: {pad}; min-height: 20px; }}
QPushButton:hover {{ background: {p.accent_soft}; }}
QPushButton:disabled {{ color: {p.disabled}; border-color: {p.disabled}; }}
QPushButton:default {{ border-width: 2px; padding: {ring_pad}; }}
QPushButton:focus {{ border: {FOCUS_WIDTH}px solid {p.focus}; padding: {ring_pad}; }}
QPushButton:checked {{ color: {p.on_accent}; background: {p.accent}; border-color: {p.accent}; }}
QPushButton:checked:focus {{ border-color: {ring(p, p.accent)}; }}
/* Spin boxes, date fields and drop-down lists keep Fusion's frame and arrows (a styled frame would
   lose the arrows); their focus ring is drawn by the style (focus_ring.py). */
QLineEdit, QPlainTextEdit, QTextEdit, QAbstractItemView {{
    background: {p.base}; border: 1px solid {p.border}; border-radius: {RADIUS}px; padding: 1px; }}
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QAbstractItemView:focus {{
    border: {FOCUS_WIDTH}px solid {p.focus}; padding: 0px; }}
QLineEdit:disabled, QAbstractSpinBox:disabled, QComboBox:disabled {{ color: {p.disabled}; }}
QComboBox QAbstractItemView {{ border: 1px solid {p.border}; padding: 0px; }}
/* The calendar's days: its own frame would take room from the last week of the month. */
QCalendarWidget QAbstractItemView, QCalendarWidget QAbstractItemView:focus {{ border: none; border-radius: 0px; padding: 0px; }}
QCheckBox, QRadioButton {{ border: {FOCUS_WIDTH}px solid transparent; border-radius: {RADIUS}px; padding: {SPACE_XS}px; }}
QCheckBox:focus, QRadioButton:focus {{ border-color: {p.focus}; }}
QCheckBox:disabled, QRadioButton:disabled {{ color: {p.disabled}; }}
QGroupBox {{ font-weight: bold; }}
QProgressBar {{ background: {p.alt_base}; border: 1px solid {p.border}; border-radius: {RADIUS}px;
    text-align: center; }}
QProgressBar::chunk {{ background: {p.progress}; border-radius: {RADIUS}px; }}

QPushButton[role="activity"] {{ min-width: 44px; min-height: 44px; padding: 0px; font-size: {pt(TYPE_DIGIT)}; }}
QPushButton[role="activity"]:focus, QPushButton[role="activity"]:checked:focus {{ padding: 0px; }}
{band_rules}
QPushButton[role="activity"]:hover {{ background: {p.accent_soft}; }}
QPushButton[role="activity"]:checked {{ color: {p.on_accent}; background: {p.accent}; border-color: {p.accent}; }}
QPushButton[role="activity"]:checked {{ font-weight: bold; }}
QPushButton[role="severity"] {{ min-width: 60px; min-height: 26px; padding: 0px {SPACE_XS}px; }}
QPushButton[role="severity"]:focus {{ padding: 0px 1px; }}
{severity_rules}
/* A chosen answer is coloured, not bold: bold words would no longer fit their button. */
QPushButton[role="answer"] {{ min-height: 30px; padding: 0px {SPACE_M}px; font-weight: normal; }}
QPushButton[role="answer"]:focus {{ padding: 0px {SPACE_M - 1}px; }}
QFrame[role="choice"] {{ border: {FOCUS_WIDTH}px solid transparent; border-radius: {RADIUS + 1}px; }}
QFrame[role="choice"]:focus {{ border: {FOCUS_WIDTH}px solid {p.focus}; background: {p.accent_soft}; }}
QLabel[role="hint"] {{ color: {p.muted}; font-style: italic; }}
QLabel[role="muted"] {{ color: {p.muted}; }}
QLabel[role="heading"] {{ font-weight: bold; font-size: {pt(TYPE_LARGE)}; }}
QLabel[role="error"] {{ color: {p.error}; }}
QLabel[role="warning"], QLabel#warning {{ color: {p.warning}; }}
QLabel[role="strong"] {{ font-weight: bold; }}

QFrame#banner {{ background: {p.banner}; border: 1px solid {p.banner_border}; border-radius: {RADIUS + 2}px; }}
QFrame#banner QLabel {{ color: {p.on_banner}; }}
QLabel#status[state="saved"] {{ color: {p.saved}; }}
QLabel#status[state="dirty"] {{ color: {p.on_banner}; background: {p.banner}; border: 1px solid {p.banner_border};
    border-radius: {RADIUS}px; padding: {SPACE_XS}px {SPACE_M}px; font-weight: bold; }}
QLabel#status[state="new"] {{ color: {p.muted}; }}
QPushButton#saveDay[dirty="true"] {{ color: {p.on_accent}; background: {p.accent}; font-weight: bold; }}
QLabel#opioidBar {{ color: {p.on_info}; background: {p.info}; border: 1px solid {p.info_border};
    border-radius: {RADIUS + 2}px; padding: {SPACE_M - 2}px; }}

QFrame#responsePanel {{ background: {p.base}; border: 1px solid {p.border}; border-radius: {RADIUS + 2}px; }}
QLabel#responseHeading {{ color: {p.heading}; font-weight: bold; }}
QLabel#responseCategory {{ font-size: {pt(TYPE_LARGE)}; font-weight: bold; }}
QLabel#responseNext {{ font-style: italic; }}

QFrame#timingInsight {{ background: {p.info}; border: 1px solid {p.info_border}; border-radius: {RADIUS + 2}px; }}
QFrame#timingInsight QLabel {{ color: {p.on_info}; }}
QFrame#timingInsight[found="false"] {{ background: {p.base}; border: 1px solid {p.border}; }}
QFrame#timingInsight[found="false"] QLabel {{ color: {p.text}; }}
QLabel#timingNotes {{ font-size: {pt(TYPE_LARGE)}; }}
QLabel#timingCaveat {{ font-style: italic; }}
QLabel#emptyState {{ font-size: {pt(TYPE_LARGE)}; padding: {SPACE_M}px 0px; }}
"""


_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
_HEX = r"(#[0-9a-fA-F]{6})"


def stylesheet_text_pairs(sheet: str, p: Palette) -> list[tuple[str, str, str]]:
    """(selector, text colour, background) of each rule of `sheet` that sets a text colour or a
    background: its own background, else its container's ("QFrame#banner QLabel": the banner's),
    else each background it may be drawn on (the window, a field); its own colour, else the
    palette's text. Greyed-out (disabled) controls are left out: WCAG asks no contrast of them."""
    rules = [(selectors.strip(), body) for selectors, body in _RULE.findall(sheet) if ":disabled" not in selectors]
    backgrounds = {s: m.group(1) for s, body in rules if (m := re.search(r"background:\s*" + _HEX, body))}
    pairs = []
    for selectors, body in rules:
        colour = re.search(r"(?<![-\w])color:\s*" + _HEX, body)
        background = re.search(r"background:\s*" + _HEX, body)
        own = background.group(1) if background else None
        if colour is None and own is None:
            continue
        text = colour.group(1) if colour else p.text
        container = backgrounds.get(selectors.rsplit(" ", 1)[0]) if " " in selectors else None
        behind = [own] if own else [container] if container else [p.window, p.base]
        pairs += [(selectors, text, bg) for bg in behind]
    return pairs


def scheme_palette(scheme: Qt.ColorScheme) -> Palette:
    """The palette of a colour scheme; an unknown scheme is light."""
    return DARK if scheme == Qt.ColorScheme.Dark else LIGHT


class Look(QObject):
    """Applies a palette to the app and follows the system's colour scheme as it changes."""

    changed = Signal(object)  # the Palette now applied

    def __init__(self, app: QApplication):
        super().__init__(app)
        self._app = app
        self._font_pt = app.font().pointSizeF()
        self.palette = LIGHT
        # Fusion paints with the palette on every system (the native styles of Windows and macOS
        # ignore parts of it), so the colours checked by the tests are the colours shown.
        self._style = FocusRingStyle(LIGHT.focus)
        app.setStyle(self._style)
        app.styleHints().colorSchemeChanged.connect(self.on_color_scheme_changed)
        app.fontChanged.connect(self.on_font_changed)  # larger text: the stylesheet's sizes follow
        self.apply(scheme_palette(app.styleHints().colorScheme()))

    def apply(self, palette: Palette) -> None:
        self.palette = palette
        self._style.colour = QColor(palette.focus)
        self._app.setPalette(qpalette(palette))
        self._app.setStyleSheet(stylesheet(palette, self._font_pt))
        self.changed.emit(palette)

    def on_font_changed(self, font: QFont) -> None:
        if font.pointSizeF() > 0 and font.pointSizeF() != self._font_pt:
            self._font_pt = font.pointSizeF()
            self._app.setStyleSheet(stylesheet(self.palette, self._font_pt))

    def on_color_scheme_changed(self, scheme: Qt.ColorScheme) -> None:
        palette = scheme_palette(scheme)
        if palette is not self.palette:
            self.apply(palette)


def install(app: QApplication) -> Look:
    """Give `app` the diary's look, following the system's scheme (once: later calls return the same)."""
    look = app.findChild(Look)
    return look if isinstance(look, Look) else Look(app)


def current() -> Palette:
    """The palette the app shows now (light if the look is not installed, as in a bare test)."""
    app = QGuiApplication.instance()
    look = app.findChild(Look) if app is not None else None
    return look.palette if isinstance(look, Look) else LIGHT

