"""The window's look: WCAG AA contrast of every colour in both schemes, the focus ring, and a live
window following the system when it goes dark and back."""

from dataclasses import replace
from itertools import pairwise

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from diary.charts import colours as chart_colours
from diary.ui import theme

PALETTES = pytest.mark.parametrize("palette", [theme.LIGHT, theme.DARK], ids=["light", "dark"])


def too_faint(pairs, minimum):
    return [(what, fg, bg, round(theme.contrast(fg, bg), 2)) for what, fg, bg in pairs if theme.contrast(fg, bg) < minimum]


def test_contrast_is_wcag_s_ratio():
    assert theme.contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert theme.contrast("#ffffff", "#000000") == pytest.approx(21.0)
    assert theme.contrast("#2f5d62", "#2f5d62") == pytest.approx(1.0)
    assert theme.contrast("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)  # the classic lightest AA grey


@PALETTES
def test_every_text_of_the_palette_reads_at_aa(palette):
    pairs = palette.text_pairs()
    assert len(pairs) > 25
    assert too_faint(pairs, theme.TEXT_CONTRAST) == []


@PALETTES
def test_the_focus_ring_and_the_edges_of_controls_stand_out(palette):
    assert too_faint(palette.edge_pairs(), theme.NON_TEXT_CONTRAST) == []


@PALETTES
def test_every_colour_of_the_stylesheet_reads_at_aa(palette):
    sheet = theme.stylesheet(palette, 10.0)
    pairs = theme.stylesheet_text_pairs(sheet, palette)
    checked = {what for what, _, _ in pairs}
    # The check reads the rules it should: a label on the banner is judged on the banner's colour.
    assert ("QFrame#banner QLabel", palette.on_banner, palette.banner) in pairs
    assert 'QPushButton[role="severity"][level="3"]:checked' in checked
    assert too_faint(pairs, theme.TEXT_CONTRAST) == []


def test_a_colour_changed_badly_is_caught():
    faint = replace(theme.LIGHT, muted="#a0a0a0", banner="#6b5a20")
    assert {what for what, *_ in too_faint(faint.text_pairs(), theme.TEXT_CONTRAST)} >= {"muted on window", "on_banner on banner"}
    sheet = theme.stylesheet(replace(theme.DARK, warning="#6b4400"), 10.0)
    assert any("warning" in what for what, *_ in too_faint(theme.stylesheet_text_pairs(sheet, theme.DARK), theme.TEXT_CONTRAST))


@pytest.mark.parametrize("chart", [chart_colours.PRINT, chart_colours.LIGHT, chart_colours.DARK], ids=["print", "light", "dark"])
def test_severities_differ_by_lightness_not_hue_alone(chart):
    """none → mild → moderate → severe: each a step further from the background in lightness, so the
    strip reads in greys, and to the colour blind."""
    levels = chart.severities[1:]
    background = theme.luminance(chart.background)
    distances = [abs(theme.luminance(c) - background) for c in levels]
    assert distances == sorted(distances)
    assert all(theme.contrast(a, b) >= 1.3 for a, b in pairwise(levels))


def test_the_printed_chart_stays_black_on_white():
    assert (chart_colours.PRINT.background, chart_colours.PRINT.foreground) == ("#ffffff", "#222222")
    assert all(c[1:3] == c[3:5] == c[5:7] for c in chart_colours.PRINT.severities)  # greys only


# --- a live window -------------------------------------------------------------------------------


def role_pairs(widget: QWidget):
    p = widget.palette()
    group = QPalette.ColorGroup.Active
    for fg, bg in ((QPalette.ColorRole.WindowText, QPalette.ColorRole.Window), (QPalette.ColorRole.Text, QPalette.ColorRole.Base),
                   (QPalette.ColorRole.ButtonText, QPalette.ColorRole.Button),
                   (QPalette.ColorRole.HighlightedText, QPalette.ColorRole.Highlight)):
        yield f"{type(widget).__name__} {widget.objectName()} {fg.name}", p.color(group, fg).name(), p.color(group, bg).name()


@pytest.mark.parametrize("scheme", [Qt.ColorScheme.Light, Qt.ColorScheme.Dark], ids=["light", "dark"])
def test_every_widget_s_palette_reads_at_aa(qtbot, window, scheme, system_scheme):
    system_scheme(scheme)
    for row in range(window.nav.count()):  # every page built, as seen
        window.nav.setCurrentRow(row)
    widgets = [window, *window.findChildren(QWidget)]
    assert len(widgets) > 200
    faint = [pair for w in widgets for pair in too_faint(role_pairs(w), theme.TEXT_CONTRAST)]
    assert faint == []


def test_the_window_follows_the_system_into_dark_and_back(qtbot, window, system_scheme):
    heading = window.response_panel.findChild(QLabel, "responseHeading")
    window.nav.setCurrentRow(window.pages.index(window.trends_page))
    trends = window.trends_page.page
    assert heading.palette().color(QPalette.ColorRole.WindowText).name() == theme.LIGHT.heading

    system_scheme(Qt.ColorScheme.Dark)
    shown = heading.palette().color(QPalette.ColorRole.WindowText).name()
    assert shown == theme.DARK.heading
    # Readable on the panel it sits on (the panel's background is the base colour).
    assert QApplication.palette().color(QPalette.ColorRole.Base).name() == theme.DARK.base
    assert theme.contrast(shown, theme.DARK.base) >= theme.TEXT_CONTRAST
    assert trends.chart.theme is chart_colours.DARK
    assert _hex(trends.chart.figure.get_facecolor()) == theme.DARK.window  # the chart sits on the window's colour
    assert chart_colours.DARK.severities[4] in trends.legend.text()

    system_scheme(Qt.ColorScheme.Light)
    assert heading.palette().color(QPalette.ColorRole.WindowText).name() == theme.LIGHT.heading
    assert trends.chart.theme is chart_colours.LIGHT


def _hex(rgba) -> str:
    return "#" + "".join(f"{round(c * 255):02x}" for c in rgba[:3])


def test_the_focus_ring_is_drawn_in_its_colour(qtbot, window, system_scheme):
    for scheme, palette in ((Qt.ColorScheme.Light, theme.LIGHT), (Qt.ColorScheme.Dark, theme.DARK)):
        system_scheme(scheme)
        window.activateWindow()
        qtbot.waitActive(window)
        button = window.entry_page.activity_group.button(3)
        window.entry_page.activity_group.button(5).setFocus()
        edge = button.grab().toImage().pixelColor(1, button.height() // 2).name()
        assert edge != palette.focus
        button.setFocus()
        qtbot.waitUntil(button.hasFocus)
        assert button.grab().toImage().pixelColor(1, button.height() // 2).name() == palette.focus


def test_a_spin_box_with_the_focus_has_the_ring(qtbot, window, system_scheme):
    spin = window.entry_page.dose_spin
    window.activateWindow()
    qtbot.waitActive(window)
    for scheme, palette in ((Qt.ColorScheme.Light, theme.LIGHT), (Qt.ColorScheme.Dark, theme.DARK)):
        system_scheme(scheme)
        window.entry_page.note_edit.setFocus()
        qtbot.waitUntil(lambda: not spin.hasFocus())
        assert spin.grab().toImage().pixelColor(0, spin.height() // 2).name() != palette.focus
        spin.setFocus()
        qtbot.waitUntil(spin.hasFocus)
        image = spin.grab().toImage()
        assert image.pixelColor(0, image.height() // 2).name() == palette.focus
        assert image.pixelColor(image.width() // 3, 0).name() == palette.focus


def test_larger_text_in_the_system_makes_the_stylesheet_s_sizes_larger(qapp):
    look = theme.install(qapp)
    font = qapp.font()
    before = font.pointSizeF()
    sized = f"font-size: {before * 2 * theme.TYPE_LARGE:.1f}pt"
    assert sized not in qapp.styleSheet()
    try:
        font.setPointSizeF(before * 2)
        qapp.setFont(font)
        assert sized in qapp.styleSheet()
    finally:
        font.setPointSizeF(before)
        qapp.setFont(font)
    assert look.palette is theme.LIGHT and sized not in qapp.styleSheet()
