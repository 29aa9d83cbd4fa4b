#include "frontmatter.h"

namespace {

QStringView stripCr(QStringView line)
{
    return line.endsWith(u'\r') ? line.chopped(1) : line;
}

// The opening and closing lines: `---`, trailing spaces and tabs forgiven (they are invisible in an editor).
// The catalogue's byte-level reader (FrontMatter::blockEnd) must agree exactly, so only ASCII counts.
bool isDelimiter(QStringView line)
{
    if (!line.startsWith(u"---"))
        return false;
    for (qsizetype i = 3; i < line.size(); ++i) {
        if (line[i] != u' ' && line[i] != u'\t')
            return false;
    }
    return true;
}

bool isDelimiter(QByteArrayView line)
{
    if (!line.startsWith("---"))
        return false;
    for (qsizetype i = 3; i < line.size(); ++i) {
        if (line[i] != ' ' && line[i] != '\t')
            return false;
    }
    return true;
}

bool isKeyChar(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'_'
        || c == u'-';
}

qsizetype skipSpaces(QStringView line, qsizetype i)
{
    while (i < line.size() && (line[i] == u' ' || line[i] == u'\t'))
        ++i;
    return i;
}

// Reads the value starting at `start` (0-based) of `line`: "quoted" or plain to the end of the line.
// Returns false with an error when a quote is not closed or text follows the closing quote.
bool readValue(QStringView line, qsizetype start, int lineNumber, QString *value, int *valueColumn,
               const QString &path, Diagnostics *diagnostics)
{
    if (start >= line.size() || line[start] != u'"') {
        *value = line.sliced(start).trimmed().toString();
        *valueColumn = int(start) + 1;
        return true;
    }
    QString out;
    qsizetype i = start + 1;
    for (; i < line.size(); ++i) {
        const QChar c = line[i];
        if (c == u'\\' && i + 1 < line.size() && (line[i + 1] == u'"' || line[i + 1] == u'\\')) {
            out += line[++i];
        } else if (c == u'"') {
            break;
        } else {
            out += c;
        }
    }
    if (i >= line.size()) {
        diagnostics->append(Diagnostic::error(path, lineNumber, int(start) + 1,
            QStringLiteral("the quote opened here is not closed on this line (write \\\" for a quote inside the value)")));
        return false;
    }
    const qsizetype after = skipSpaces(line, i + 1);
    if (after < line.size()) {
        diagnostics->append(Diagnostic::error(path, lineNumber, int(after) + 1,
            QStringLiteral("unexpected text after the closing quote")));
        return false;
    }
    *value = out;
    *valueColumn = int(start) + 2;
    return true;
}

// The same rules over text and over the catalogue's raw bytes (only ASCII counts, so both agree).
inline char16_t unitAt(QStringView line, qsizetype i) { return line[i].unicode(); }
inline char16_t unitAt(QByteArrayView line, qsizetype i) { return char16_t(uchar(line[i])); }

template <typename View>
bool isBlankLine(View line)
{
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (unitAt(line, i) != u' ' && unitAt(line, i) != u'\t' && unitAt(line, i) != u'\r')
            return false;
    }
    return true;
}

// A line that can belong to a front matter block: a comment, a list item or "key:".
template <typename View>
bool looksLikeFrontMatter(View line)
{
    qsizetype first = 0;
    while (first < line.size() && (unitAt(line, first) == u' ' || unitAt(line, first) == u'\t'))
        ++first;
    if (first >= line.size())
        return false;
    const char16_t c = unitAt(line, first);
    if (c == u'#' || (c == u'-' && (first + 1 == line.size() || unitAt(line, first + 1) == u' '
                                    || unitAt(line, first + 1) == u'\t')))
        return true;
    qsizetype colon = first;   // an indented key is a key still, if misplaced
    while (colon < line.size() && isKeyChar(QChar(unitAt(line, colon))))
        ++colon;
    return colon > first && colon < line.size() && unitAt(line, colon) == u':';
}

// A lesson's body has "---" lines of its own (between cards): the first of them is no proof that the
// block was closed. Text after a blank line, or two lines that cannot be keys, is the body already.
// Returns the file line where the body shows it started (the key lines start at line 2), or 0.
template <typename View>
int bodyStartsAmongKeys(const QList<View> &keyLines)
{
    int notKeys = 0;
    bool blank = false;
    for (qsizetype i = 0; i < keyLines.size(); ++i) {
        const int lineNumber = int(i) + 2;
        if (isBlankLine(keyLines[i]))
            blank = true;
        else if (!looksLikeFrontMatter(keyLines[i]) && (blank || ++notKeys == 2))
            return blank ? lineNumber : lineNumber - 1;
    }
    return 0;
}

} // namespace

bool FrontMatter::parse(QStringView text, const QString &path, Diagnostics *diagnostics)
{
    Diagnostics ignored;
    if (!diagnostics)
        diagnostics = &ignored;
    m_entries.clear();
    m_openList = -1;

    auto nextLine = [&text](qsizetype from, qsizetype *next) {
        qsizetype end = text.indexOf(u'\n', from);
        if (end < 0) {
            end = text.size();
            *next = end;
        } else {
            *next = end + 1;
        }
        return stripCr(text.sliced(from, end - from));
    };

    qsizetype pos = 0;
    qsizetype next = 0;
    if (text.isEmpty() || !isDelimiter(nextLine(0, &next))) {
        diagnostics->append(Diagnostic::error(path, 1, 1,
            text.trimmed().isEmpty()
                ? QStringLiteral("the file is empty; it must start with a front matter block (a line with only ---, "
                                 "the keys, and another line with only ---)")
                : QStringLiteral("the file must start with a front matter block: a line with only ---, the keys "
                                 "(id: …, title: …), and another line with only ---")));
        return false;
    }
    // Find the closing line first, so that an unclosed block is one clear error, not one per body line.
    const qsizetype keysStart = next;
    int lineNumber = 2;
    qsizetype closeAt = -1;
    for (pos = keysStart; pos < text.size(); pos = next, ++lineNumber) {
        if (isDelimiter(nextLine(pos, &next))) {
            closeAt = pos;
            break;
        }
    }
    int bodyAt = closeAt < 0 ? lineNumber : 0;
    if (closeAt >= 0) {
        QList<QStringView> keyLines;
        for (pos = keysStart; pos < closeAt; pos = next)
            keyLines.append(nextLine(pos, &next));
        bodyAt = bodyStartsAmongKeys(keyLines);
        next = closeAt;
        nextLine(closeAt, &next);
    }
    if (bodyAt > 0) {
        diagnostics->append(Diagnostic::error(path, 1, 1,
            closeAt < 0 ? QStringLiteral("the front matter block opened here is never closed: add a line with only "
                                         "--- after its last key")
                        : QStringLiteral("the front matter block opened here is never closed (line ")
                    + QString::number(bodyAt)
                    + QStringLiteral(" is text, not a key): add a line with only --- after its last key")));
        return false;
    }
    m_closingLine = lineNumber;
    m_bodyOffset = next;
    m_bodyLine = lineNumber + 1;

    lineNumber = 2;
    QStringView last;
    int lastLine = 0;
    for (pos = keysStart; pos < closeAt; pos = next, ++lineNumber) {
        const QStringView line = nextLine(pos, &next);
        parseLine(line, lineNumber, path, diagnostics);
        if (!isBlankLine(line)) {
            last = line;
            lastLine = lineNumber;
        }
    }
    // "# Title" just before the closing line reads as a comment, but is most often the lesson's heading
    // above a front matter whose own closing line was forgotten (the card separator then closes it).
    if (last.startsWith(u"# "))
        diagnostics->append(Diagnostic::warning(path, lastLine, 1,
            QStringLiteral("this line is a comment of the front matter, not a heading of the lesson: if the lesson "
                           "starts here, close the front matter with a line with only --- above it")));
    return true;
}

void FrontMatter::parseLine(QStringView line, int lineNumber, const QString &path, Diagnostics *diagnostics)
{
    const qsizetype first = skipSpaces(line, 0);
    if (first == line.size() || line[first] == u'#')
        return;   // blank lines and comments (blank lines do not end a list)

    if (line[first] == u'-' && (first + 1 == line.size() || line[first + 1] == u' ' || line[first + 1] == u'\t')) {
        if (m_openList < 0) {
            diagnostics->append(Diagnostic::error(path, lineNumber, int(first) + 1,
                QStringLiteral("a list item, but there is no list key above it (write the key alone, like "
                               "\"lessons:\", on the line before the items)")));
            return;
        }
        const qsizetype start = skipSpaces(line, first + 1);
        QString item;
        int column = 0;
        if (!readValue(line, start, lineNumber, &item, &column, path, diagnostics))
            return;
        if (item.isEmpty()) {
            diagnostics->append(Diagnostic::error(path, lineNumber, int(first) + 1,
                QStringLiteral("an empty list item")));
            return;
        }
        FrontMatterEntry &list = m_entries[m_openList];
        list.items.append(item);
        list.itemLines.append(lineNumber);
        list.itemColumns.append(column);
        return;
    }

    m_openList = -1;
    if (first > 0) {
        diagnostics->append(Diagnostic::error(path, lineNumber, 1,
            QStringLiteral("this line is indented but is not a list item (\"- item\"); keys start at the "
                           "beginning of the line")));
        return;
    }
    qsizetype colon = 0;
    while (colon < line.size() && isKeyChar(line[colon]))
        ++colon;
    if (colon == 0 || colon == line.size() || line[colon] != u':') {
        diagnostics->append(Diagnostic::error(path, lineNumber, int(colon) + 1,
            QStringLiteral("expected \"key: value\" here, found \"") + line.toString()
                + QStringLiteral("\" (keys are letters, digits, _ and -, followed by a colon)")));
        return;
    }
    FrontMatterEntry entry;
    entry.key = line.first(colon).toString();
    entry.line = lineNumber;
    if (const FrontMatterEntry *previous = find(entry.key)) {
        diagnostics->append(Diagnostic::error(path, lineNumber, 1,
            QStringLiteral("\"") + entry.key + QStringLiteral("\" is given twice; the first is on line ")
                + QString::number(previous->line) + QStringLiteral(" (this one is ignored)")));
        return;
    }
    const qsizetype valueStart = skipSpaces(line, colon + 1);
    if (valueStart == line.size()) {
        entry.isList = true;
        entry.valueColumn = int(valueStart) + 1;
        m_entries.append(entry);
        m_openList = m_entries.size() - 1;
        return;
    }
    if (!readValue(line, valueStart, lineNumber, &entry.value, &entry.valueColumn, path, diagnostics))
        return;
    m_entries.append(entry);
}

const FrontMatterEntry *FrontMatter::find(QStringView key) const
{
    for (const auto &entry : m_entries) {
        if (entry.key == key)
            return &entry;
    }
    return nullptr;
}

QString FrontMatter::string(QStringView key, bool required, const QString &path, Diagnostics *diagnostics) const
{
    const FrontMatterEntry *entry = find(key);
    if (!entry) {
        if (required && diagnostics)
            diagnostics->append(Diagnostic::error(path, m_closingLine, 1,
                QStringLiteral("the required key \"") + key.toString()
                    + QStringLiteral("\" is missing; add a line \"") + key.toString()
                    + QStringLiteral(": …\" to the front matter")));
        return {};
    }
    if (entry->isList && !entry->items.isEmpty()) {
        if (diagnostics)
            diagnostics->append(Diagnostic::error(path, entry->line, 1,
                QStringLiteral("\"") + entry->key
                    + QStringLiteral("\" needs one value on the same line, not a list")));
        return {};
    }
    if (entry->value.isEmpty() && required && diagnostics)
        diagnostics->append(Diagnostic::error(path, entry->line, entry->valueColumn,
            QStringLiteral("\"") + entry->key + QStringLiteral("\" is empty; write its value after the colon")));
    return entry->value;
}

QStringList FrontMatter::list(QStringView key, const QString &path, Diagnostics *diagnostics) const
{
    const FrontMatterEntry *entry = find(key);
    if (!entry)
        return {};
    if (!entry->isList) {
        if (diagnostics)
            diagnostics->append(Diagnostic::error(path, entry->line, entry->valueColumn,
                QStringLiteral("\"") + entry->key
                    + QStringLiteral("\" is a list: write \"") + entry->key
                    + QStringLiteral(":\" alone on its line, then one \"  - item\" line per item")));
        return {};
    }
    return entry->items;
}

void FrontMatter::warnUnknownKeys(const QSet<QString> &known, const QString &path, Diagnostics *diagnostics) const
{
    if (!diagnostics)
        return;
    for (const auto &entry : m_entries) {
        if (!known.contains(entry.key)) {
            QStringList names = known.values();
            names.sort();
            diagnostics->append(Diagnostic::warning(path, entry.line, 1,
                QStringLiteral("unknown key \"") + entry.key + QStringLiteral("\" is ignored (known keys here: ")
                    + names.join(QStringLiteral(", ")) + u')'));
        }
    }
}

qsizetype FrontMatter::blockEnd(QByteArrayView bytes, int *bodyLine)
{
    qsizetype pos = 0;
    int lineNumber = 1;
    QList<QByteArrayView> keyLines;   // judged as parse() judges them, so both find the same blocks
    while (pos < bytes.size()) {
        qsizetype end = bytes.indexOf('\n', pos);
        const qsizetype next = end < 0 ? bytes.size() : end + 1;
        if (end < 0)
            end = bytes.size();
        QByteArrayView line = bytes.sliced(pos, end - pos);
        if (line.endsWith('\r'))
            line.chop(1);
        const bool delimiter = isDelimiter(line);
        if (lineNumber == 1 && !delimiter)
            return -1;
        if (lineNumber > 1 && delimiter) {
            if (bodyStartsAmongKeys(keyLines) > 0)
                return -1;
            *bodyLine = lineNumber + 1;
            return next;
        }
        if (lineNumber > 1)
            keyLines.append(line);
        pos = next;
        ++lineNumber;
    }
    return -1;
}
