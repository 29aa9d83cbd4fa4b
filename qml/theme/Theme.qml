pragma Singleton
import QtQuick
import Pausa.Models

// Every size, spacing, duration and colour role that pages use, so no page hard-codes one.
QtObject {
    // Below this window width the phone frame (bottom tabs) is used, above it the laptop frame.
    readonly property int wideBreakpoint: 720

    readonly property real textScale: AppSettings.textScale
    readonly property int fontSizeSmall: Math.round(13 * textScale)
    readonly property int fontSizeBody: Math.round(16 * textScale)
    readonly property int fontSizeLarge: Math.round(20 * textScale)
    readonly property int fontSizeTitle: Math.round(26 * textScale)

    readonly property int spacing: 8
    readonly property int margin: 16
    readonly property int touchTarget: 48
    // Material's 56 px: the larger targets a hand finds without looking. A page's main action buttons
    // (Continue, Start, Next), the least height of a list row (a lesson, an exercise), the page's
    // title bar and the bottom tab bar (each grows when its text needs more).
    readonly property int actionButtonHeight: touchTarget + 8
    readonly property int rowHeight: touchTarget + 8
    readonly property int headerHeight: touchTarget + 8
    readonly property int tabBarHeight: touchTarget + 8
    // Icons (Icon.qml): Material's 24 px glyph, growing with the text beside it; the bottom tabs'
    // labels stop growing at 15 px, so their icons stay at 24.
    readonly property int iconSize: Math.round(24 * textScale)
    readonly property int navIconSize: 24
    // Beside small text (a "Mastered" mark, the activity list): Material's dense 18 px.
    readonly property int iconSizeSmall: Math.round(18 * textScale)
    // The app's own icon where it stands for Pausa (the About page).
    readonly property int appIconSize: 64
    readonly property int sideNavWidth: 220
    // About 70 characters of body text.
    readonly property int readingWidth: Math.round(fontSizeBody * 36)
    // A page at least this wide (a laptop) puts two columns side by side (home: what to do next beside
    // the course; a course: its description beside its modules; a module: its lessons beside the quiz
    // and the exercises), each column still no wider than reading text; together at most wideContentWidth.
    readonly property int twoColumnMinWidth: Math.round(readingWidth * 1.6)
    readonly property int wideContentWidth: Math.round(readingWidth * 2.2)
    // A confirmation dialog (reset, remove a course, stop reporting), one that shows an address (a
    // link), and a small prompt over a page (the breathing session's "go on?"): at most this wide,
    // and on a phone the window less the margins.
    readonly property int dialogWidth: 420
    readonly property int wideDialogWidth: 480
    readonly property int promptWidth: 360
    readonly property int cornerRadius: 12
    readonly property int buttonRadius: 10
    readonly property int focusRingWidth: 2

    // Colour roles, one per theme (pick by Material.theme). Every text/background pair here is held to
    // WCAG's 4.5:1 by tests/qml/tst_contrast.qml. Material's own Teal is too light for white text
    // (3.7:1) and as text on white, so the accent is a darker teal on light and a lighter one on dark.
    readonly property color accentLight: "#00796b"
    readonly property color accentDark: "#80cbc4"
    readonly property color accentInkLight: "#ffffff"
    readonly property color accentInkDark: "#00201c"
    // Secondary buttons: a quiet tonal surface instead of Material's shadowed grey.
    readonly property color tonalLight: "#e3e8e7"
    readonly property color tonalDark: "#3a4442"
    readonly property color noticeLight: "#fff3cd"
    readonly property color noticeDark: "#4a3b12"
    readonly property color noticeInkLight: "#5c4400"
    readonly property color noticeInkDark: "#fbe7b0"
    // How strongly a tappable surface is veiled in its content colour while hovered and pressed
    // (StateLayer, RowBackground).
    readonly property real hoverVeil: 0.08
    readonly property real pressVeil: 0.16
    // Secondary text is the foreground at these opacities: captions (small text: counts, dates,
    // hints), the lowest any text is drawn with and the one tst_contrast holds to 4.5:1; and a card's
    // summary under its title (body text).
    readonly property real secondaryTextOpacity: 0.75
    readonly property real summaryTextOpacity: 0.85

    readonly property bool reducedMotion: AppSettings.reducedMotion
    readonly property int durationShort: reducedMotion ? 0 : 150
    readonly property int durationMedium: reducedMotion ? 0 : 250

    // Breathing exercise: calm, low-contrast colours, one per theme (pick by Material.theme).
    readonly property color breathFillLight: "#8cc7bd"
    readonly property color breathFillDark: "#387068"
    readonly property color breathHaloLight: "#e2f0ed"
    readonly property color breathHaloDark: "#24403c"
    readonly property color breathOnFillLight: "#143430"
    readonly property color breathOnFillDark: "#e6f3f0"
    readonly property color breathCardLight: "#f2f7f6"
    readonly property color breathCardDark: "#2a3533"

    // Links in course text (MarkdownLabel): Qt's default #0000ff is 1.5:1 on the dark background.
    // Held to 4.5:1 on the page and on a card by tests/qml/tst_contrast.qml.
    readonly property color linkLight: "#0b57d0"
    readonly property color linkDark: "#a8c7fa"
    // The rules between a lesson table's rows (MarkdownTable): 3:1 on the page, WCAG's contrast for
    // lines that carry meaning (tst_contrast).
    readonly property color tableRuleLight: "#858e8c"
    readonly property color tableRuleDark: "#8a9593"
}
