// Writes the fixture history (progressfixture.cpp) into a progress database file of the CURRENT
// schema version, as one self-contained file (journal_mode=DELETE, no -wal beside it):
//
//     build/bin/progress_fixture_writer tests/cpp/progress/data/progress-v<N>.db
//
// A fixture is written once, when schema version N is released, and never regenerated: it stands
// for the files learners have on their devices. See data/README.md.
#include "progressfixture.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 2) {
        std::fputs("usage: progress_fixture_writer OUTPUT.db\n", stderr);
        return 2;
    }
    QTemporaryDir dir;
    {
        ProgressStore store;
        const ProgressStore::OpenResult opened = store.open(dir.path());
        if (opened.status != ProgressStore::OpenResult::Status::Created || !ProgressFixture::record(store)) {
            std::fprintf(stderr, "progress_fixture_writer: %s\n", qPrintable(store.lastError() + opened.message));
            return 1;
        }
    }
    const QString file = dir.filePath(QStringLiteral("progress.db"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fixture"));
        db.setDatabaseName(file);
        if (!db.open()) {
            std::fprintf(stderr, "progress_fixture_writer: %s\n", qPrintable(db.lastError().text()));
            return 1;
        }
        QSqlQuery query(db);
        // Folds the WAL into the file and drops it, so the fixture is one file.
        if (!query.exec(QStringLiteral("PRAGMA journal_mode = DELETE")) || !query.exec(QStringLiteral("VACUUM"))) {
            std::fprintf(stderr, "progress_fixture_writer: %s\n", qPrintable(query.lastError().text()));
            return 1;
        }
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("fixture"));
    const QString output = args.at(1);
    QFile::remove(output);
    if (!QFile::copy(file, output)) {
        std::fprintf(stderr, "progress_fixture_writer: cannot write %s\n", qPrintable(output));
        return 1;
    }
    QFile(output).setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    std::printf("wrote %s (schema version %d)\n", qPrintable(QDir::toNativeSeparators(output)),
                ProgressStore::schemaVersion());
    return 0;
}
