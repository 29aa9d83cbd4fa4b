import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtTest
import Pausa
import Pausa.Models
import "helpers/find.js" as Find

// Text contrast, WCAG 2.x: at least 4.5:1 for every text/background pair the app draws, in the light
// and the dark theme. The colours are read off the real window (Main.qml, so its accent choice is
// the one tested) and off real components placed in it, not copied from Theme.
Item {
    id: root

    Component {
        id: probes
        Column {
            property alias primary: primary
            property alias secondary: secondary
            property alias flatAccent: flatAccent
            property alias card: card
            property alias notice: notice
            property alias chip: chip
            ActionButton { id: primary; text: "Fortsätt"; highlighted: true }
            ActionButton { id: secondary; text: "Lugn nu" }
            ActionButton { id: flatAccent; text: "Öva"; highlighted: true; flat: true }
            Card { id: card; width: 200; height: 60 }
            NoticeBanner { id: notice; width: 300; text: "Dina framsteg flyttades åt sidan." }
            BreathingChip { id: chip; text: "1 min"; selected: true }
        }
    }

    // The two navigations over a frame of their own, for their icons' tints.
    Component {
        id: navigationProbes
        Item {
            property alias bottomNav: bottomNav
            property alias sideNav: sideNav
            width: 360
            height: 600
            AppFrame { id: probeFrame; anchors.fill: parent; visible: false }
            BottomNav { id: bottomNav; frame: probeFrame; width: 360 }
            SideNav { id: sideNav; frame: probeFrame; y: bottomNav.height; width: Theme.sideNavWidth; height: 300 }
        }
    }

    TestCase {
        name: "Contrast"
        when: windowShown

        property var window: null

        // sRGB relative luminance of a colour laid over an opaque background.
        function luminance(c, under) {
            const a = c.a
            const mix = under ? [c.r * a + under.r * (1 - a), c.g * a + under.g * (1 - a), c.b * a + under.b * (1 - a)]
                              : [c.r, c.g, c.b]
            const lin = mix.map(v => v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4))
            return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]
        }
        function ratio(text, background, page) {
            const back = background.a < 1 ? Qt.rgba(...[background.r, background.g, background.b].map(
                             (v, i) => v * background.a + [page.r, page.g, page.b][i] * (1 - background.a)), 1)
                                          : background
            const l1 = luminance(text, back)
            const l2 = luminance(back)
            return (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05)
        }
        function withOpacity(c, opacity) {
            return Qt.rgba(c.r, c.g, c.b, c.a * opacity)
        }
        function expectReadable(what, text, background, page) {
            const r = ratio(text, background, page ?? background)
            verify(r >= 4.5, `${what}: ${r.toFixed(2)}:1 (${text} on ${background})`)
        }

        function initTestCase() {
            const component = Qt.createComponent("qrc:/qt/qml/Pausa/Main.qml")
            compare(component.status, Component.Ready, component.errorString())
            window = component.createObject(null, { width: 360, height: 740 })
            verify(window !== null)
        }
        function cleanupTestCase() {
            AppSettings.themeMode = AppSettings.System
            window.destroy()
        }

        function test_textContrast_data() {
            return [{ tag: "light", mode: AppSettings.Light, dark: false },
                    { tag: "dark", mode: AppSettings.Dark, dark: true }]
        }

        function test_textContrast(data) {
            AppSettings.themeMode = data.mode
            const m = window.Material
            compare(m.theme === Material.Dark, data.dark)
            const p = createTemporaryObject(probes, window.contentItem)
            verify(p !== null)
            const page = m.background

            // Body text, captions (the faintest opacity any text uses) and accent-coloured words
            // (the "Continue" heading, done ticks), on the page and on a card.
            expectReadable("body text", m.foreground, page)
            expectReadable("caption", withOpacity(m.foreground, Theme.secondaryTextOpacity), page)
            expectReadable("accent text", m.accent, page)
            expectReadable("body text on a card", m.foreground, p.card.color, page)
            expectReadable("caption on a card", withOpacity(m.foreground, Theme.secondaryTextOpacity), p.card.color, page)
            expectReadable("accent text on a card", m.accent, p.card.color, page)

            // Buttons: filled with the accent, tonal, and a flat one in the accent colour.
            expectReadable("filled button", p.primary.textColor, p.primary.background.color, page)
            compare(p.primary.background.color, m.accent)
            expectReadable("tonal button", p.secondary.textColor, p.secondary.background.color, page)
            expectReadable("flat accent button", p.flatAccent.textColor, page)

            // A selected chip and a marked quiz option number use the same ink on the accent.
            expectReadable("selected chip", p.chip.contentItem.color, p.chip.background.color, page)

            // The notice banner.
            const noticeText = p.notice.children[0].children[0]
            compare(noticeText.text, p.notice.text)
            expectReadable("notice", noticeText.color, p.notice.color, page)

            // The selected entry of the side navigation.
            expectReadable("selected navigation entry", m.foreground, m.listHighlightColor, page)

            // The breathing guide: the seconds on the disc (and on its halo when the disc is small),
            // the words and controls on the breathing card.
            expectReadable("seconds on the disc", data.dark ? Theme.breathOnFillDark : Theme.breathOnFillLight,
                           data.dark ? Theme.breathFillDark : Theme.breathFillLight)
            expectReadable("seconds on the halo", data.dark ? Theme.breathOnFillDark : Theme.breathOnFillLight,
                           data.dark ? Theme.breathHaloDark : Theme.breathHaloLight)
            expectReadable("text on the breathing card", m.foreground,
                           data.dark ? Theme.breathCardDark : Theme.breathCardLight)
        }

        // Course text (MarkdownBlocks): a link in the theme's link colour, drawn in it (Qt's Markdown
        // reader took #0000ff from the application palette: 1.5:1 on the dark page), and a table's text
        // and rules.
        Component {
            id: markdownProbe
            MarkdownBlocks {
                width: 340
                fontPixelSize: 40
                blocks: [{ kind: "text", text: "[Read the checklist](https://example.org)", plainText: "Read the checklist" },
                         { kind: "table", align: [Qt.AlignLeft],
                           header: [{ text: "Aid", plainText: "Aid" }],
                           rows: [[{ text: "Trolley", plainText: "Trolley" }], [{ text: "Lift", plainText: "Lift" }]] }]
            }
        }
        // How many pixels of `image` are within 0.04 per channel of `colour`.
        function pixelsNear(image, width, height, colour) {
            let count = 0
            for (let x = 0; x < width; ++x) {
                for (let y = 0; y < height; ++y) {
                    const p = image.pixel(x, y)
                    if (Math.abs(p.r - colour.r) < 0.04 && Math.abs(p.g - colour.g) < 0.04 && Math.abs(p.b - colour.b) < 0.04)
                        ++count
                }
            }
            return count
        }

        function test_courseTextContrast_data() {
            return test_textContrast_data()
        }
        function test_courseTextContrast(data) {
            // Shown first in the other theme, then switched, as a learner switches in Settings: the
            // text already on screen takes the new link colour.
            AppSettings.themeMode = data.dark ? AppSettings.Light : AppSettings.Dark
            const blocks = createTemporaryObject(markdownProbe, window.contentItem)
            verify(blocks !== null)
            waitForRendering(blocks)
            AppSettings.themeMode = data.mode
            const m = window.Material
            const page = m.background
            const cardProbe = createTemporaryObject(probes, window.contentItem)
            // Course text not (yet) in a window has the default (light) theme: it must not decide the
            // colour the window's text is drawn in.
            verify(createTemporaryObject(markdownProbe, null) !== null)
            const textBlock = Find.named(blocks, "block_0")
            let link = null
            for (let i = 0; i < textBlock.children.length; ++i) {
                if (textBlock.children[i].textFormat === Text.MarkdownText && textBlock.children[i].visible)
                    link = textBlock.children[i]
            }
            verify(link, "the text block's label")
            expectReadable("link", link.linkColor, page)
            expectReadable("link on a card", link.linkColor, cardProbe.card.color, page)

            // Drawn in that colour, not in Qt's default blue.
            tryVerify(() => link.width > 0 && link.height > 0)
            waitForRendering(link)
            const image = grabImage(link)
            verify(pixelsNear(image, link.width, link.height, link.linkColor) > 20, "the link is drawn in " + link.linkColor)
            compare(pixelsNear(image, link.width, link.height, Qt.rgba(0, 0, 1, 1)), 0, "nothing drawn in #0000ff")

            // The table: its text in the theme's text colour, its rules 3:1 on the page.
            const cell = Find.named(blocks, "tableCell_1_0")
            verify(cell, "a cell of the table")
            compare(cell.color, m.foreground)
            expectReadable("table cell", cell.color, page)
            const rule = Find.named(blocks, "tableRule")
            verify(rule.height > 0)
            const r = ratio(rule.color, page, page)
            verify(r >= 3, `table rule: ${r.toFixed(2)}:1 (${rule.color} on ${page})`)
        }

        // --- The quiz's locked answers (design pass #17): once answered, a matching drop-down and the
        // answer line keep their text readable (disabled, they greyed it to about 2.6:1).
        Component {
            id: lockedQuizProbes
            Column {
                property alias matching: matching
                property alias entry: entry
                width: 320
                QuizMatching {
                    id: matching
                    width: 320
                    leftItems: ["Den arga"]
                    rightItems: ["Lyssna först", "Skynda på"]
                    locked: true
                    results: [{ given: 1, right: false, expected: "Lyssna först" }]
                }
                QuizEntry { id: entry; width: 320; locked: true; text: "3,5" }
            }
        }
        function test_lockedQuizAnswers_data() {
            return test_textContrast_data()
        }
        function test_lockedQuizAnswers(data) {
            AppSettings.themeMode = data.mode
            const m = window.Material
            const p = createTemporaryObject(lockedQuizProbes, window.contentItem)
            verify(p !== null)
            const page = m.background

            const box = Find.named(p.matching, "matchBox_0")
            verify(box && !box.enabled, "the drop-down is locked")
            compare(box.displayText, "Skynda på")
            expectReadable("locked drop-down", box.contentItem.color, box.background.color, page)
            expectReadable("mark under a locked drop-down", Find.named(p.matching, "matchMark_0").color, page)

            verify(p.entry.field.readOnly, "the answer line is locked")
            expectReadable("locked answer line", p.entry.field.color, page)
        }

        // Icons are not text: WCAG's non-text contrast asks 3:1 against what is next to them. The
        // navigation's icons, selected (filled, in the accent) and not, on the bottom bar and on the
        // side navigation's plain and selected rows, as drawn (the pixels carry the tint).
        function iconsIn(item) {
            let found = String(item.source ?? "").startsWith("image://icon/") ? [item] : []
            for (let i = 0; i < item.children.length; ++i)
                found = found.concat(iconsIn(item.children[i]))
            return found
        }
        // Qt 6.4's grabImage(item) crops the window at the item's position in its parent, not in the
        // window, so the whole window is grabbed and the icon's pixels are read where it is.
        function expectDrawnInItsColour(icon, background, page) {
            tryCompare(icon, "status", Image.Ready)
            const under = over(background, page)
            const expected = over(icon.color, under)
            const shot = grabImage(window.contentItem)
            const origin = icon.mapToItem(window.contentItem, 0, 0)
            let inked = 0
            for (let y = 0; y < icon.height; ++y) {
                for (let x = 0; x < icon.width; ++x) {
                    const c = shot.pixel(origin.x + x, origin.y + y)
                    if (Math.abs(c.r - expected.r) < 0.02 && Math.abs(c.g - expected.g) < 0.02 && Math.abs(c.b - expected.b) < 0.02)
                        ++inked
                }
            }
            verify(inked > icon.width, `${icon.name} is drawn in ${icon.color} (${inked} px)`)
        }
        // A colour laid over an opaque one.
        function over(c, under) {
            return Qt.rgba(c.r * c.a + under.r * (1 - c.a), c.g * c.a + under.g * (1 - c.a), c.b * c.a + under.b * (1 - c.a), 1)
        }
        function expectVisibleIcon(what, icon, background, page) {
            const r = ratio(icon.color, background, page)
            verify(r >= 3, `${what}: ${r.toFixed(2)}:1 (${icon.color} on ${background})`)
        }

        function test_navigationIconContrast_data() {
            return test_textContrast_data()
        }
        function test_navigationIconContrast(data) {
            AppSettings.themeMode = data.mode
            const m = window.Material
            const page = m.background
            const p = createTemporaryObject(navigationProbes, window.contentItem)
            verify(p !== null)

            const tabs = iconsIn(p.bottomNav)
            compare(tabs.length, 4)
            compare(tabs[0].name, "home_filled")   // the frame shows its first destination
            compare(tabs[0].color, m.accent)
            expectVisibleIcon("selected tab icon", tabs[0], p.bottomNav.background.color, page)
            for (let i = 1; i < 4; ++i) {
                verify(!tabs[i].name.endsWith("_filled"), tabs[i].name)
                expectVisibleIcon("tab icon " + tabs[i].name, tabs[i], p.bottomNav.background.color, page)
            }

            const entries = iconsIn(p.sideNav)
            compare(entries.length, 4)
            compare(entries[0].name, "home_filled")
            compare(entries[0].color, m.accent)
            const selectedRow = entries[0].parent.parent   // Icon, its Row, the ListRow
            expectVisibleIcon("selected side entry icon", entries[0], selectedRow.background.color, p.sideNav.color)
            for (let i = 1; i < 4; ++i)
                expectVisibleIcon("side entry icon " + entries[i].name, entries[i], p.sideNav.color, page)

            for (const icon of tabs)
                expectDrawnInItsColour(icon, p.bottomNav.background.color, page)
            expectDrawnInItsColour(entries[0], selectedRow.background.color, p.sideNav.color)
            for (let i = 1; i < 4; ++i)
                expectDrawnInItsColour(entries[i], p.sideNav.color, page)
        }
    }
}
