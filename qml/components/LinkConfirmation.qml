import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Pausa

// Asks before a link in course content leaves the app: shows the address it goes to, Open / Cancel.
// Whether a link may open, and at what address, is LinkGate's (C++); a link it refuses is shown with
// a Close button only.
Dialog {
    id: dialog

    property url courseFolder        // MarkdownBlocks.baseUrl: relative links are course files
    property string link             // as the text gave it
    property int action: LinkGate.None
    property string address

    // A link was clicked: nothing for an anchor, otherwise the question.
    function ask(clicked) {
        const verdict = LinkGate.action(clicked, courseFolder)
        if (verdict === LinkGate.None)
            return
        link = clicked
        action = verdict
        address = LinkGate.address(clicked, courseFolder)
        open()
    }

    objectName: "linkConfirmation"
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 2 * Theme.margin : Theme.dialogWidth, Theme.wideDialogWidth)
    contentWidth: width - leftPadding - rightPadding
    modal: true
    title: action === LinkGate.Open ? qsTr("Open this link?") : qsTr("This link cannot be opened")

    ColumnLayout {
        width: dialog.contentWidth
        spacing: Theme.spacing
        Label {
            objectName: "linkAddress"
            text: dialog.address
            textFormat: Text.PlainText
            wrapMode: Text.WrapAnywhere
            maximumLineCount: 6
            elide: Text.ElideRight
            font.pixelSize: Theme.fontSizeBody
            font.bold: true
            Layout.fillWidth: true
        }
        Label {
            text: dialog.action === LinkGate.Open
                  ? qsTr("It opens outside Pausa, in your browser or mail app.")
                  : qsTr("A course can link to web pages (https, http), e-mail addresses and its own files, nothing else.")
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontSizeSmall
            opacity: Theme.secondaryTextOpacity
            Layout.fillWidth: true
        }
    }
    // Our own buttons, not standardButtons: Qt has no Swedish words for those (see SettingsPage).
    footer: RowLayout {
        spacing: Theme.spacing
        Item { Layout.fillWidth: true }
        ActionButton {
            objectName: "cancelLinkButton"
            text: dialog.action === LinkGate.Open ? qsTr("Cancel") : qsTr("Close")
            flat: true
            font.pixelSize: Theme.fontSizeBody
            Layout.rightMargin: dialog.action === LinkGate.Open ? 0 : Theme.margin
            Layout.bottomMargin: Theme.margin
            onClicked: dialog.reject()
        }
        ActionButton {
            objectName: "openLinkButton"
            visible: dialog.action === LinkGate.Open
            text: qsTr("Open")
            highlighted: true
            font.pixelSize: Theme.fontSizeBody
            Layout.rightMargin: Theme.margin
            Layout.bottomMargin: Theme.margin
            onClicked: dialog.accept()
        }
    }
    onAccepted: LinkGate.open(link, courseFolder)
}
