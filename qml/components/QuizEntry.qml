pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Pausa

// The answer line of a short-answer or numerical question, with the reason a number was not taken.
// Enter asks to answer (or, once answered, to move on): `confirmed`. Once answered the field is read
// only, not disabled: it keeps the keyboard focus (Enter moves on, Tab goes on through the quiz) and
// the answer keeps the body text colour (a disabled field greys it to about 2.6:1).
ColumnLayout {
    id: entry

    property alias text: field.text
    property alias field: field
    property bool numerical: false
    property bool locked: false
    property string error: ""      // QuizQuestion.entryError
    signal confirmed()

    spacing: 4

    TextField {
        id: field
        objectName: "answerField"
        readOnly: entry.locked
        color: field.Material.foreground
        placeholderText: qsTr("Your answer")
        inputMethodHints: entry.numerical ? Qt.ImhFormattedNumbersOnly : Qt.ImhNone
        font.pixelSize: Theme.fontSizeBody
        Layout.fillWidth: true
        Accessible.name: qsTr("Your answer")
        Accessible.description: entry.error
        // Handled here, before the text input sees it: the input would pass Enter on to the page as
        // well, which answered and moved on in one key press.
        Keys.onReturnPressed: entry.confirmed()
        Keys.onEnterPressed: entry.confirmed()
    }
    Label {
        objectName: "entryError"
        visible: entry.error !== "" && !entry.locked
        text: entry.error
        wrapMode: Text.Wrap
        font.pixelSize: Theme.fontSizeSmall
        font.bold: true
        Layout.fillWidth: true
    }
}
