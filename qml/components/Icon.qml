import QtQuick
import QtQuick.Controls.Material
import Pausa

// One of Pausa's icons (assets/icons/material: Material icons; "pausa": the app's own), drawn by
// IconImageProvider from its SVG at exactly `size` px and tinted in `color` (by default the text
// colour of where it sits). An icon that stands alone (no text beside it saying the same) gets an
// Accessible.name; one beside its words is left decorative and screen readers skip it.
Image {
    id: icon

    // The icon's file name without ".svg": "home", "home_filled", "check_circle", ... (icons.txt).
    property string name
    // The tint; "transparent" keeps the SVG's own colours (the app icon).
    property color color: Material.foreground
    // The glyph's width and height in px. Theme.iconSize grows with the text size; a touch target
    // around the icon stays Theme.touchTarget (48 px) or more.
    property int size: Theme.iconSize

    // The provider takes the colour as hex without "#" (rrggbb, or aarrggbb when not opaque).
    source: icon.name.length === 0 ? ""
          : "image://icon/" + icon.name + (icon.color.a > 0 ? "/" + icon.color.toString().substring(1) : "")
    width: icon.size
    height: icon.size
    sourceSize.width: icon.size
    sourceSize.height: icon.size
    fillMode: Image.PreserveAspectFit
    cache: true

    Accessible.role: Accessible.Graphic
    Accessible.ignored: Accessible.name.length === 0
}
