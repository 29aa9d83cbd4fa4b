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
}
