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
    readonly property int sideNavWidth: 220
    // About 70 characters of body text.
    readonly property int readingWidth: Math.round(fontSizeBody * 36)
    readonly property int cornerRadius: 12

    readonly property bool reducedMotion: AppSettings.reducedMotion
    readonly property int durationShort: reducedMotion ? 0 : 150
    readonly property int durationMedium: reducedMotion ? 0 : 250

    // Breathing exercise: calm, low-contrast colours, one per theme (pick by Material.theme).
    readonly property color breathFillLight: "#8cc7bd"
    readonly property color breathFillDark: "#3d7a72"
    readonly property color breathHaloLight: "#e2f0ed"
    readonly property color breathHaloDark: "#24403c"
    readonly property color breathOnFillLight: "#143430"
    readonly property color breathOnFillDark: "#e6f3f0"
    readonly property color breathCardLight: "#f2f7f6"
    readonly property color breathCardDark: "#2a3533"
    // Accent for filled buttons on breathing screens: dark enough for white text in both themes.
    readonly property color breathAccentLight: "#00897b"
    readonly property color breathAccentDark: "#2b7a70"
}
