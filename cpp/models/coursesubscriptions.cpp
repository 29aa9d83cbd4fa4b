#include "coursesubscriptions.h"

#include "catalog/catalogsync.h"

#include <QLocale>

CourseSubscriptions::CourseSubscriptions(QObject *parent)
    : QAbstractListModel(parent)
{
}

CourseSubscriptions::~CourseSubscriptions() = default;

void CourseSubscriptions::setDataDir(const QString &dataDir)
{
    m_sync = std::make_unique<CatalogSync>(dataDir);
    connect(m_sync.get(), &CatalogSync::finished, this, &CourseSubscriptions::onFinished);
    connect(m_sync.get(), &CatalogSync::progress, this, [this](qint64 done, qint64 total) {
        m_bytesDone = done;
        m_bytesTotal = total;
        Q_EMIT progressChanged();
    });
    showInstalled();
}

QUrl CourseSubscriptions::catalogOf(const QString &courseId) const
{
    if (!m_sync)
        return {};
    for (const InstalledCourse &course : m_sync->subscriptions().installed) {
        if (course.id == courseId)
            return course.url;
    }
    return {};
}

void CourseSubscriptions::checkForUpdatesIfDue(qint64 intervalSeconds)
{
    if (!m_sync || busy() || !m_sync->subscriptions().load() || m_sync->subscriptions().subscriptions.isEmpty())
        return;
    const QDateTime last = m_sync->subscriptions().lastCheck;
    if (last.isValid() && last.secsTo(QDateTime::currentDateTimeUtc()) < intervalSeconds)
        return;
    checkForUpdates();
}

int CourseSubscriptions::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant CourseSubscriptions::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case CourseIdRole:
        return row.courseId;
    case TitleRole:
    case Qt::DisplayRole:
        return row.title;
    case LanguageRole:
        return row.language;
    case DescriptionRole:
        return row.description;
    case BytesRole:
        return double(row.bytes);
    case InstalledRole:
        return row.installed;
    case UpdateAvailableRole:
        return row.updateAvailable;
    case SelectedRole:
        return row.selected;
    default:
        return {};
    }
}

QHash<int, QByteArray> CourseSubscriptions::roleNames() const
{
    return {{CourseIdRole, "courseId"},   {TitleRole, "title"},
            {LanguageRole, "language"},   {DescriptionRole, "description"},
            {BytesRole, "bytes"},         {InstalledRole, "installed"},
            {UpdateAvailableRole, "updateAvailable"}, {SelectedRole, "selected"}};
}

bool CourseSubscriptions::busy() const
{
    return m_sync && m_sync->isBusy();
}

bool CourseSubscriptions::anySelected() const
{
    return std::any_of(m_rows.begin(), m_rows.end(), [](const Row &row) { return row.selected; });
}

void CourseSubscriptions::openCatalog(const QString &link)
{
    if (!m_sync || busy())
        return;
    const QUrl url = QUrl::fromUserInput(link.trimmed());
    if (const QString refused = HttpFetch::refusal(url); !refused.isEmpty()) {
        setMessage(refused, true);
        return;
    }
    m_catalogUrl = url.toString();
    m_publisher.clear();
    Q_EMIT catalogChanged();
    m_pending = Pending::Catalog;
    setMessage({}, false);
    m_sync->fetchCatalog(url);
    Q_EMIT busyChanged();
}

void CourseSubscriptions::setSelected(int row, bool selected)
{
    if (row < 0 || row >= m_rows.size() || m_rows[row].selected == selected)
        return;
    m_rows[row].selected = selected;
    const QModelIndex changed = index(row);
    Q_EMIT dataChanged(changed, changed, {SelectedRole});
    Q_EMIT selectionChanged();
}

void CourseSubscriptions::installSelected()
{
    if (!m_sync || busy() || m_catalogUrl.isEmpty())
        return;
    QStringList ids;
    for (const Row &row : std::as_const(m_rows)) {
        if (row.selected)
            ids.append(row.courseId);
    }
    if (ids.isEmpty())
        return;
    m_pending = Pending::Install;
    m_bytesDone = m_bytesTotal = 0;
    Q_EMIT progressChanged();
    setMessage({}, false);
    m_sync->install(QUrl(m_catalogUrl), ids);
    Q_EMIT busyChanged();
}

void CourseSubscriptions::cancel()
{
    if (busy())
        m_sync->cancel();
}

void CourseSubscriptions::checkForUpdates()
{
    if (!m_sync || busy())
        return;
    m_pending = Pending::Update;
    m_bytesDone = m_bytesTotal = 0;
    Q_EMIT progressChanged();
    setMessage({}, false);
    m_sync->syncAll();
    Q_EMIT busyChanged();
}

void CourseSubscriptions::removeCourse(const QString &courseId)
{
    if (!m_sync || busy())
        return;
    const QString error = m_sync->removeCourse(courseId);
    if (!error.isEmpty()) {
        setMessage(tr("The course could not be removed: %1").arg(error), true);
        return;
    }
    setMessage(tr("The course was removed. Your progress in it is kept."), false);
    Q_EMIT coursesInstalled();
    if (m_catalogUrl.isEmpty())
        showInstalled();
    else
        listCatalog();
}

void CourseSubscriptions::showInstalled()
{
    if (!m_sync)
        return;
    m_catalogUrl.clear();
    m_publisher.clear();
    Q_EMIT catalogChanged();
    m_sync->subscriptions().load();
    QList<Row> rows;
    for (const InstalledCourse &course : std::as_const(m_sync->subscriptions().installed)) {
        Row row;
        row.courseId = course.id;
        row.title = course.title;
        for (const CatalogFile &file : course.files)
            row.bytes += file.bytes;
        row.installed = true;
        rows.append(row);
    }
    setRows(rows);
}

void CourseSubscriptions::listCatalog()
{
    m_sync->subscriptions().load();
    QList<Row> rows;
    for (const CatalogCourse &course : m_sync->catalog().courses) {
        const InstalledCourse *installed = m_sync->subscriptions().installedCourse(course.id);
        Row row{course.id, course.title, course.language, course.description, course.bytes,
                installed != nullptr, installed && installed->version != course.version, false};
        row.selected = !row.installed || row.updateAvailable;
        rows.append(row);
    }
    m_publisher = m_sync->catalog().publisher;
    Q_EMIT catalogChanged();
    setRows(rows);
}

void CourseSubscriptions::onFinished()
{
    const Pending pending = std::exchange(m_pending, Pending::None);
    Q_EMIT busyChanged();
    const bool changed = std::any_of(m_sync->results().begin(), m_sync->results().end(), [](const auto &result) {
        return result.outcome == CatalogSync::Outcome::Installed || result.outcome == CatalogSync::Outcome::Updated;
    });
    if (m_sync->failed()) {
        setMessage(m_sync->error() == u"cancelled" ? tr("Cancelled. Nothing half-downloaded was installed.")
                                                   : tr("Not done: %1").arg(m_sync->error()), true);
    } else if (pending == Pending::Install || pending == Pending::Update) {
        setMessage(changed ? tr("Your courses are up to date.") : tr("Nothing new: your courses are up to date."), false);
    }
    if (changed)
        Q_EMIT coursesInstalled();
    if (pending == Pending::Update && m_catalogUrl.isEmpty())
        showInstalled();
    else if (!m_catalogUrl.isEmpty() && (pending != Pending::Catalog || !m_sync->failed()))
        listCatalog();
}

void CourseSubscriptions::setRows(const QList<Row> &rows)
{
    const bool countChanges = rows.size() != m_rows.size();
    beginResetModel();
    m_rows = rows;
    endResetModel();
    if (countChanges)
        Q_EMIT countChanged();
    Q_EMIT selectionChanged();
}

void CourseSubscriptions::setMessage(const QString &message, bool failed)
{
    if (m_message == message && m_failed == failed)
        return;
    m_message = message;
    m_failed = failed;
    Q_EMIT messageChanged();
}
