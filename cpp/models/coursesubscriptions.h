#pragma once

#include <QAbstractListModel>
#include <QDateTime>
#include <QtQml/qqml.h>

#include <memory>

class CatalogSync;

// "Add courses": the courses of a catalog link (or, before one is fetched, the installed subscribed
// courses), which to install, the download's progress, cancel, "check for updates now" and removing a
// course. One row per course. The work is CatalogSync's; this only presents it.
class CourseSubscriptions : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("App provides the course subscriptions.")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    // The catalog whose courses are listed; empty while the installed courses are listed.
    Q_PROPERTY(QString catalogUrl READ catalogUrl NOTIFY catalogChanged)
    Q_PROPERTY(QString publisher READ publisher NOTIFY catalogChanged)
    Q_PROPERTY(double bytesDone READ bytesDone NOTIFY progressChanged)
    Q_PROPERTY(double bytesTotal READ bytesTotal NOTIFY progressChanged)
    // One line saying what went wrong, or what was done; empty at first.
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(bool failed READ failed NOTIFY messageChanged)
    Q_PROPERTY(bool anySelected READ anySelected NOTIFY selectionChanged)

public:
    struct Row
    {
        QString courseId;
        QString title;
        QString language;
        QString description;
        qint64 bytes = 0;
        bool installed = false;
        bool updateAvailable = false;
        bool selected = false;
    };
    enum Roles {
        CourseIdRole = Qt::UserRole + 1, // the course's id
        TitleRole,                       // its title
        LanguageRole,                    // its language tag ("sv")
        DescriptionRole,                 // its description (Markdown)
        BytesRole,                       // the size of all its files
        InstalledRole,                   // a version of it is installed
        UpdateAvailableRole,             // installed, and the catalog has another version
        SelectedRole,                    // picked for installing
    };
    Q_ENUM(Roles)

    explicit CourseSubscriptions(QObject *parent = nullptr);
    ~CourseSubscriptions() override;

    // Where installed courses and subscriptions live; lists the installed subscribed courses.
    void setDataDir(const QString &dataDir);
    // The catalog an installed course came from; empty for a bundled or previewed course (or before
    // setDataDir). Reported results name a published course's activities under it.
    QUrl catalogOf(const QString &courseId) const;
    // Starts "check for updates" when the last check is older than `interval` (a background update
    // after the first frame).
    void checkForUpdatesIfDue(qint64 intervalSeconds = 6 * 3600);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    bool busy() const;
    QString catalogUrl() const { return m_catalogUrl; }
    QString publisher() const { return m_publisher; }
    double bytesDone() const { return double(m_bytesDone); }
    double bytesTotal() const { return double(m_bytesTotal); }
    QString message() const { return m_message; }
    bool failed() const { return m_failed; }
    bool anySelected() const;

    // Fetches the catalog at `link` and lists its courses.
    Q_INVOKABLE void openCatalog(const QString &link);
    Q_INVOKABLE void setSelected(int row, bool selected);
    // Installs (or updates) the selected courses of the listed catalog.
    Q_INVOKABLE void installSelected();
    Q_INVOKABLE void cancel();
    // Updates every subscribed course now.
    Q_INVOKABLE void checkForUpdates();
    // Removes an installed course's folder. Its progress stays (progress.db is keyed by course id).
    Q_INVOKABLE void removeCourse(const QString &courseId);
    // Back to the list of installed courses.
    Q_INVOKABLE void showInstalled();

Q_SIGNALS:
    void countChanged();
    void busyChanged();
    void catalogChanged();
    void progressChanged();
    void messageChanged();
    void selectionChanged();
    // Course folders under <data dir>/courses/ were added, replaced or removed: reload the library.
    void coursesInstalled();

private:
    void onFinished();
    void setRows(const QList<Row> &rows);
    void listCatalog();
    void setMessage(const QString &message, bool failed);
    enum class Pending { None, Catalog, Install, Update };

    std::unique_ptr<CatalogSync> m_sync;
    QList<Row> m_rows;
    QString m_catalogUrl;
    QString m_publisher;
    qint64 m_bytesDone = 0;
    qint64 m_bytesTotal = 0;
    QString m_message;
    bool m_failed = false;
    Pending m_pending = Pending::None;
};
