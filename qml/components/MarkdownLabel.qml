import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import Pausa
import Pausa.Models

// A Label for a course's Markdown (as MarkdownBlocks::displayText made it safe), wrapping, with links
// in the theme's link colour. Qt's Markdown reader colours a link with the application palette's Link
// role at the moment it reads the text and ignores Text.linkColor; MarkdownPalette carries the theme's
// colour there, and the text is read again whenever that colour changes (its rereadSuffix).
Label {
    id: label

    property string markdownText

    text: markdownText + MarkdownPalette.rereadSuffix
    textFormat: Text.MarkdownText
    wrapMode: Text.Wrap
    // The colour links are drawn in (through MarkdownPalette); Label's own property is where tests read it.
    linkColor: Material.theme === Material.Dark ? Theme.linkDark : Theme.linkLight

    // Only from a label in a window: one not (yet) in a window has the default theme, and its colour
    // would win over the window's (the palette is one for the whole app).
    Binding {
        target: MarkdownPalette
        property: "linkColor"
        value: label.linkColor
        when: label.Window.window !== null
        restoreMode: Binding.RestoreNone
    }
}
