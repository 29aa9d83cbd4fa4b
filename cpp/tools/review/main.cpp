// pausa-review replay FILE.json: prints, as JSON on stdout, each card after each review of each history
// (format: README "Spaced review"). A malformed file: a message with the JSON path of the problem on
// stderr and exit status 1.
#include "review/fsrsreplay.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <cstdio>

namespace {

int usage()
{
    QTextStream(stderr) << "usage: pausa-review replay FILE.json   (FILE '-' reads stdin)\n";
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3 || args.at(1) != QStringLiteral("replay"))
        return usage();
    QFile file(args.at(2));
    const bool opened = args.at(2) == QStringLiteral("-") ? file.open(stdin, QIODevice::ReadOnly)
                                                          : file.open(QIODevice::ReadOnly);
    // A history file is small; a bound keeps a device or a huge file from filling the memory.
    constexpr qint64 MaxBytes = 256 * 1024 * 1024;
    const QByteArray input = opened ? file.read(MaxBytes + 1) : QByteArray();
    if (!opened) {
        QTextStream(stderr) << args.at(2) << ": " << file.errorString() << '\n';
        return 1;
    }
    if (input.size() > MaxBytes) {
        QTextStream(stderr) << args.at(2) << ": larger than 256 MB\n";
        return 1;
    }
    const FsrsReplay::Result result = FsrsReplay::replay(input);
    if (!result.ok) {
        QTextStream(stderr) << args.at(2) << ": " << result.error << '\n';
        return 1;
    }
    fwrite(result.json.constData(), 1, size_t(result.json.size()), stdout);
    return 0;
}
