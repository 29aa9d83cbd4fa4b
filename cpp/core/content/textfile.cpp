#include "textfile.h"

#include "utf8.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

namespace {

QString formatSize(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1) + QStringLiteral(" MiB (")
        + QString::number(bytes) + QStringLiteral(" bytes)");
}

QString notRegularMessage()
{
    return QStringLiteral("this is not a regular file (a named pipe, a device or a socket); a course file "
                          "must be an ordinary file: replace it with one");
}

// What a path that is not a regular file is, in the author's words; empty for a regular file.
QString notARegularFile(const QFileInfo &info)
{
    if (info.isFile())
        return {};
    if (info.isDir())
        return QStringLiteral("this is a folder, but a file was expected here");
    return notRegularMessage();
}

} // namespace

bool TextFile::findInvalidUtf8(const QByteArray &bytes, int *line, int *column)
{
    const auto *begin = reinterpret_cast<const unsigned char *>(bytes.constData());
    const auto *end = begin + bytes.size();
    const unsigned char *lineStart = begin;
    int lineNumber = 1;
    for (const unsigned char *p = begin; p < end;) {
        const int length = Utf8::sequenceLength(p, end);
        if (length == 0) {
            // Every byte before p is valid, so counting the bytes that start a character gives the column.
            int characters = 0;
            for (const unsigned char *q = lineStart; q < p; ++q)
                characters += (*q & 0xC0) != 0x80;
            *line = lineNumber;
            *column = characters + 1;
            return true;
        }
        if (*p == '\n') {
            ++lineNumber;
            lineStart = p + 1;
        }
        p += length;
    }
    return false;
}

bool TextFile::decode(const QByteArray &bytes, const QString &displayPath, Diagnostics *diagnostics)
{
    m_text.clear();
    QByteArrayView view(bytes);
    const bool hasBom = view.startsWith(bom);
    if (hasBom)
        view = view.sliced(3);

    // Qt's decoder is the fast path; only a file it rejects is walked again to find the first bad byte.
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
    QString text = decoder.decode(view);
    if (decoder.hasError()) {
        int line = 0;
        int column = 0;
        if (findInvalidUtf8(bytes, &line, &column) && line == 1 && hasBom)
            column -= 1;   // the BOM is not a character an editor shows
        if (diagnostics)
            diagnostics->append(Diagnostic::error(displayPath, line, column,
                QStringLiteral("this is not valid UTF-8 text (the first bad byte is here); "
                               "save the file as UTF-8 in your editor")));
        return false;
    }
    m_text = std::move(text);
    return true;
}

bool TextFile::read(const QString &filePath, const QString &displayPath, Diagnostics *diagnostics)
{
    m_text.clear();
    QByteArray bytes;
    return readBytes(filePath, displayPath, diagnostics, &bytes) && decode(bytes, displayPath, diagnostics);
}

bool TextFile::readBytes(const QString &filePath, const QString &displayPath, Diagnostics *diagnostics,
                         QByteArray *bytes)
{
    bytes->clear();
    const auto fail = [&](const QString &message) {
        if (diagnostics)
            diagnostics->append(Diagnostic::error(displayPath, 0, 0, message));
        return false;
    };
    // Only regular files are opened: opening a named pipe blocks until something writes to it, and a
    // device such as /dev/zero never ends. (A symbolic link counts as what it leads to.)
    const QFileInfo info(filePath);
    if (!info.exists())
        return fail(QStringLiteral("file not found"));
    if (const QString message = notARegularFile(info); !message.isEmpty())
        return fail(message);
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("the file cannot be read: ") + file.errorString());
    // Checked before reading, so a huge file costs nothing. A file swapped for a pipe or a device after
    // the check above reads as sequential: refused too.
    if (file.isSequential())
        return fail(notRegularMessage());
    const qint64 size = file.size();
    if (size > maxBytes)
        return fail(QStringLiteral("the file is ") + formatSize(size)
                    + QStringLiteral("; a course file may be at most 1 MiB, so split it into smaller files"));
    // Never more than the limit and one byte, whatever the file turns out to be.
    *bytes = file.read(maxBytes + 1);
    if (bytes->size() > maxBytes) {   // the file grew while being read
        bytes->clear();
        return fail(QStringLiteral("the file is larger than 1 MiB; a course file may be at most 1 MiB"));
    }
    return true;
}
