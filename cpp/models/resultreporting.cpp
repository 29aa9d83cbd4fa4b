#include "resultreporting.h"

#include "breathing/builtinbreathingpatterns.h"
#include "courselibrary.h"
#include "progresstracker.h"
#include "xapi/networklrstransport.h"
#include "xapi/statementbuilder.h"
#include "xapi/xapisender.h"
#include "xapi/xapistatementsource.h"

#include <QJsonDocument>
#include <QSettings>

namespace {

constexpr int DebounceMs = 3000;

} // namespace

ResultReporting::ResultReporting(ProgressTracker &progress, CourseLibrary &library, QObject *parent)
    : QObject(parent)
    , m_progress(progress)
    , m_library(library)
{
    QSettings settings;
    m_settings = XapiSettings::load(settings);
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(DebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &ResultReporting::sendWhenDue);
    // Every write moves the tracker's revision: an event may have queued a statement.
    connect(&m_progress, &ProgressTracker::changed, this, [this] {
        refreshCounts();
        if (m_settings.enabled)
            sendSoon();
    });
    rebuild();
}

ResultReporting::~ResultReporting()
{
    m_progress.outbox().setStatementSource(nullptr);
}

void ResultReporting::setCatalogLookup(std::function<QUrl(const QString &courseId)> catalogOf)
{
    m_catalogOf = std::move(catalogOf);
    rebuild();
}

void ResultReporting::rebuild()
{
    m_progress.outbox().setStatementSource(nullptr);
    m_sender.reset();
    m_transport.reset();
    m_source.reset();
    if (!m_settings.enabled || !m_settings.config.isComplete())
        return;
    XapiStatementSource::Courses courses;
    courses.course = [this](const QString &id) { return m_library.course(id); };
    courses.structure = [this](const QString &id) { return m_library.structure(id); };
    // A published course's activities live under its catalog's address; a bundled one's under
    // urn:pausa:course:<id> (the builder's default for an empty base).
    courses.baseIri = [this](const QString &courseId) {
        const QUrl catalog = m_catalogOf ? m_catalogOf(courseId) : QUrl();
        return catalog.isValid() ? catalog.resolved(QUrl(QStringLiteral("courses/") + courseId)).toString() : QString();
    };
    courses.breathing = [this](const QString &patternId) -> std::pair<QString, QString> {
        for (const Course &course : m_library.courses()) {
            for (const CourseModule &module : course.modules) {
                for (const BreathingPattern &pattern : module.breathing) {
                    if (pattern.id == patternId)
                        return {course.id, pattern.title};
                }
            }
        }
        for (const BreathingPattern &pattern : BuiltInBreathingPatterns::all()) {
            if (pattern.id == patternId)
                return {QString(), pattern.title};
        }
        return {QString(), patternId};
    };
    m_source = std::make_unique<XapiStatementSource>(
        StatementBuilder(m_settings.config.actor(), m_settings.installationId), std::move(courses));
    m_progress.outbox().setStatementSource(m_source.get());
    m_transport = std::make_unique<NetworkLrsTransport>(m_settings.config);
    m_sender = std::make_unique<XapiSender>(m_progress.outbox(), *m_transport);
    connect(m_sender.get(), &XapiSender::outboxChanged, this, &ResultReporting::refreshCounts);
    connect(m_sender.get(), &XapiSender::stateChanged, this, &ResultReporting::statusChanged);
    connect(m_sender.get(), &XapiSender::passFinished, this, [this] {
        if (m_sender->state() == XapiSender::State::Paused) {
            m_settings.refusedFingerprint = m_settings.config.fingerprint();
            save();
        }
        refreshCounts();
        Q_EMIT statusChanged();
    });
}

// A QSettings of the moment, as AppSettings does: the file is the application's (names set by main).
void ResultReporting::save()
{
    QSettings settings;
    m_settings.save(settings);
}

void ResultReporting::reloadIfChanged()
{
    QSettings settings;
    const XapiSettings saved = XapiSettings::load(settings);
    if (saved.enabled == m_settings.enabled && saved.config.fingerprint() == m_settings.config.fingerprint()
        && saved.config.catalog == m_settings.config.catalog && saved.refusedFingerprint == m_settings.refusedFingerprint)
        return;
    // The installation id is kept once saved; an unsaved one (nothing queued yet) may change.
    m_settings = saved;
    rebuild();
    Q_EMIT settingsChanged();
    Q_EMIT statusChanged();
}

void ResultReporting::refreshCounts()
{
    m_counts = m_progress.store().outboxCounts();
    m_reasons.clear();
    if (m_counts.notAccepted > 0) {
        for (const ProgressStore::NotAccepted &refused : m_progress.store().notAcceptedStatements())
            m_reasons.append(refused.verb + QStringLiteral(": ") + refused.reason);
    }
    Q_EMIT countsChanged();
}

QString ResultReporting::actorText() const
{
    const QJsonObject actor = m_settings.config.actor();
    if (actor.contains(QStringLiteral("mbox")))
        return actor.value(QStringLiteral("mbox")).toString();
    const QJsonObject account = actor.value(QStringLiteral("account")).toObject();
    return tr("%1 at %2").arg(account.value(QStringLiteral("name")).toString(),
                              account.value(QStringLiteral("homePage")).toString());
}

QString ResultReporting::exampleStatement() const
{
    // A lesson of the first course, read to the end now: built by the same code as the real ones.
    RecordedEvent event;
    event.id = 1;
    event.at = QDateTime::currentDateTime();
    event.kind = QStringLiteral("lesson_completed");
    event.seconds = 120;
    const Course *course = m_library.courses().isEmpty() ? nullptr : &m_library.courses().first();
    if (course) {
        event.course = course->id;
        for (const CourseModule &module : course->modules) {
            if (!module.lessons.isEmpty()) {
                event.module = module.id;
                event.item = module.lessons.first().id;
                break;
            }
        }
    }
    const StatementBuilder builder(m_settings.config.actor(), m_settings.installationId);
    const QList<QueuedStatement> statements = builder.forEvent(event, course, {});
    return statements.isEmpty() ? QString()
                                : QString::fromUtf8(QJsonDocument::fromJson(statements.first().body).toJson());
}

bool ResultReporting::sending() const
{
    return m_sender && m_sender->state() == XapiSender::State::Sending;
}

QString ResultReporting::problem() const
{
    if (m_settings.enabled && m_settings.pausedForCredentials())
        return tr("The LRS refused the credentials: check your organisation link.");
    return m_sender ? m_sender->problem() : QString();
}

void ResultReporting::settingsEdited(const XapiConfig &config)
{
    m_settings.config = config;
    m_settings.refusedFingerprint.clear(); // new settings: try again
    if (!config.isComplete())
        m_settings.enabled = false;
    save();
    rebuild();
    Q_EMIT settingsChanged();
    Q_EMIT statusChanged();
    if (m_settings.enabled)
        sendSoon();
}

QString ResultReporting::applyJoinLink(const QString &link)
{
    reloadIfChanged();
    XapiConfig config = m_settings.config;
    QString error;
    if (!config.readJoinLink(link, &error))
        return error;
    settingsEdited(config);
    return {};
}

QString ResultReporting::applyFields(const QString &endpoint, const QString &key, const QString &secret,
                                     const QString &homepage, const QString &learner)
{
    reloadIfChanged();
    XapiConfig config = m_settings.config;
    config.endpoint = XapiConfig::normalizedEndpoint(QUrl(endpoint.trimmed(), QUrl::StrictMode));
    if (const QString problem = XapiConfig::endpointProblem(config.endpoint); !problem.isEmpty())
        return problem;
    config.key = key.trimmed();
    if (!secret.isEmpty())
        config.secret = secret;
    config.homepage = QUrl(homepage.trimmed(), QUrl::StrictMode);
    config.learner = learner.trimmed();
    if (config.learner.isEmpty())
        return tr("Enter the name your organisation knows you by.");
    if (!config.isComplete())
        return tr("Enter your organisation's web address, or use your work e-mail address as your name.");
    settingsEdited(config);
    return {};
}

void ResultReporting::turnOn()
{
    reloadIfChanged();
    if (!m_settings.config.isComplete() || m_settings.enabled)
        return;
    m_settings.enabled = true;
    save();
    rebuild();
    Q_EMIT settingsChanged();
    sendNow();
}

void ResultReporting::turnOff(bool keepQueue)
{
    reloadIfChanged();
    m_settings.enabled = false;
    save();
    m_debounce.stop();
    rebuild();
    if (!keepQueue)
        m_progress.outbox().deleteUnsentStatements();
    refreshCounts();
    Q_EMIT settingsChanged();
    Q_EMIT statusChanged();
}

void ResultReporting::sendNow()
{
    m_debounce.stop();
    if (!m_sender || m_settings.pausedForCredentials())
        return;
    m_sender->sendNow();
    Q_EMIT statusChanged();
}

void ResultReporting::sendWhenDue()
{
    reloadIfChanged();
    if (!m_sender || m_settings.pausedForCredentials())
        return;
    m_sender->sendWhenDue();
    Q_EMIT statusChanged();
}

void ResultReporting::sendSoon()
{
    if (m_sender)
        m_debounce.start();
}
