#pragma once

#include "catalog.h"
#include "content/diagnostic.h"

#include <QString>
#include <QStringList>

// `pausa-content publish`: writes course folders as a static publication any web server can serve,
// OUT_DIR/catalog.json plus OUT_DIR/objects/<sha256> per file. Objects are named by their content, so
// they never change once uploaded, and a half-finished upload never mixes two versions of a course: the
// catalog is the one file that changes, and it is written last.
class CatalogPublisher
{
public:
    // Loads and fully checks every course folder (as `pausa-content check`); builds the catalog when no
    // course has an error. The problems found, warnings included, are in diagnostics().
    std::optional<Catalog> build(const QStringList &courseFolders, const QString &publisher);
    // Writes the objects (those already there are kept) and then catalog.json; false with error() set
    // when a file cannot be read or written.
    bool write(const Catalog &catalog, const QStringList &courseFolders, const QString &outFolder);

    const Diagnostics &diagnostics() const { return m_diagnostics; }
    QString error() const { return m_error; }

    // Every regular file of a course folder, relative and sorted; hidden files (".git") are left out.
    // A symbolic link or a path the catalog cannot carry is an error in `diagnostics`.
    static QStringList courseFiles(const QString &folder, Diagnostics *diagnostics);

private:
    Diagnostics m_diagnostics;
    QString m_error;
};
