// pausa-content: checks, exports and summarises course folders for authors and CI (no GUI).
#include "commands.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("pausa-content"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PAUSA_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Checks and exports Pausa course content (see lessons/README.md).\n\n"
        "  check PATH...      print every problem as path:line:column, then a summary; exit 1 on errors\n"
        "  dump PATH --json   the loaded content as JSON on stdout, problems on stderr; exit 1 on errors\n"
        "  stats PATH...      lessons, minutes and questions per module\n"
        "  publish COURSE_DIR... OUT_DIR   check, then write OUT_DIR/catalog.json and OUT_DIR/objects/ for any\n"
        "                     static web host (see lessons/README.md); exit 1 on errors\n\n"
        "PATH is a course folder, a folder of courses, or a single .gift or lesson .md file."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("dump: write JSON (the only format)."));
    parser.addOption(json);
    const QCommandLineOption publisher(QStringLiteral("publisher"),
                                       QStringLiteral("publish: the publisher's name shown to learners."),
                                       QStringLiteral("name"));
    parser.addOption(publisher);
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("check, dump, stats or publish"));
    parser.addPositionalArgument(QStringLiteral("paths"), QStringLiteral("course folders or files"), QStringLiteral("PATH..."));
    parser.process(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList arguments = parser.positionalArguments();
    const QString command = arguments.isEmpty() ? QString() : arguments.takeFirst();
    if (arguments.isEmpty()
        || (command != u"check" && command != u"dump" && command != u"stats" && command != u"publish")) {
        err << "usage: pausa-content check|dump|stats|publish PATH... (see --help)\n";
        return 2;
    }
    if (command == u"publish") {
        if (arguments.size() < 2) {
            err << "usage: pausa-content publish [--publisher NAME] COURSE_DIR... OUT_DIR\n";
            return 2;
        }
        const QString outDir = arguments.takeLast();
        return runPublish(arguments, outDir, parser.value(publisher), out, err);
    }
    if (command == u"check")
        return runCheck(arguments, out);
    if (command == u"stats")
        return runStats(arguments, out, err);
    if (arguments.size() != 1) {
        err << "usage: pausa-content dump PATH --json (one PATH)\n";
        return 2;
    }
    return runDump(arguments.first(), out, err);
}
