#include "coursecache.h"

#include "contentlog.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>

#if defined(Q_OS_UNIX)
#include <sys/stat.h>
#endif

namespace {

// Bump whenever a cached type gains, loses or changes a field: an older file is then a miss.
constexpr quint32 magic = 0x50534343; // "PSCC"
constexpr quint32 formatVersion = 1;
constexpr auto streamVersion = QDataStream::Qt_6_4;
// Past this many files and folders a tree is no course (ContentLimits bounds a course far below it).
constexpr int maxEntries = 20000;

// Lists go element by element through the operators below (QList's own operator would not find
// them in this namespace), and a count no course can have marks the file damaged before allocating.
constexpr quint32 maxListSize = 100000;

template <typename T>
void writeList(QDataStream &out, const QList<T> &list);
template <typename T>
void readList(QDataStream &in, QList<T> *list);

bool isResource(const QString &path)
{
    return path.startsWith(u':') || path.startsWith(QStringLiteral("qrc:"));
}

QDataStream &operator<<(QDataStream &out, const Diagnostic &d)
{
    return out << d.path << qint32(d.line) << qint32(d.column) << bool(d.isError()) << d.message;
}

QDataStream &operator>>(QDataStream &in, Diagnostic &d)
{
    qint32 line = 0, column = 0;
    bool error = true;
    in >> d.path >> line >> column >> error >> d.message;
    d.line = line;
    d.column = column;
    d.severity = error ? Diagnostic::Severity::Error : Diagnostic::Severity::Warning;
    return in;
}

QDataStream &operator<<(QDataStream &out, const BreathingPhase &p)
{
    return out << qint32(p.kind) << p.seconds << p.minSeconds << p.maxSeconds;
}

QDataStream &operator>>(QDataStream &in, BreathingPhase &p)
{
    qint32 kind = 0;
    in >> kind >> p.seconds >> p.minSeconds >> p.maxSeconds;
    if (kind < 0 || kind > qint32(BreathingPhase::Kind::HoldOut))
        in.setStatus(QDataStream::ReadCorruptData);
    p.kind = BreathingPhase::Kind(kind);
    return in;
}

QDataStream &operator<<(QDataStream &out, const BreathingPattern &p)
{
    out << p.id << p.title << p.description;
    writeList(out, p.phases);
    return out << qint32(p.suggestedSeconds)
               << qint32(p.suggestedCycles);
}

QDataStream &operator>>(QDataStream &in, BreathingPattern &p)
{
    qint32 seconds = 0, cycles = 0;
    in >> p.id >> p.title >> p.description;
    readList(in, &p.phases);
    in >> seconds >> cycles;
    p.suggestedSeconds = seconds;
    p.suggestedCycles = cycles;
    return in;
}

QDataStream &operator<<(QDataStream &out, const Lesson &l)
{
    return out << l.id << l.title << l.path << qint32(l.bodyLine) << qint32(l.wordCount) << qint32(l.cardCount)
               << l.minutes;
}

QDataStream &operator>>(QDataStream &in, Lesson &l)
{
    qint32 bodyLine = 0, words = 0, cards = 0;
    in >> l.id >> l.title >> l.path >> bodyLine >> words >> cards >> l.minutes;
    l.bodyLine = bodyLine;
    l.wordCount = words;
    l.cardCount = cards;
    return in;
}

QDataStream &operator<<(QDataStream &out, const CourseModule &m)
{
    out << m.id << m.title << m.summary << m.folder;
    writeList(out, m.lessons);
    out << m.quizPath;
    writeList(out, m.breathing);
    return out << m.failed << m.error;
}

QDataStream &operator>>(QDataStream &in, CourseModule &m)
{
    in >> m.id >> m.title >> m.summary >> m.folder;
    readList(in, &m.lessons);
    in >> m.quizPath;
    readList(in, &m.breathing);
    return in >> m.failed >> m.error;
}

QDataStream &operator<<(QDataStream &out, const Course &c)
{
    out << c.id << c.title << c.language << c.description << qint32(c.passMark) << c.path;
    writeList(out, c.modules);
    return out;
}

QDataStream &operator>>(QDataStream &in, Course &c)
{
    qint32 passMark = 80;
    in >> c.id >> c.title >> c.language >> c.description >> passMark >> c.path;
    readList(in, &c.modules);
    c.passMark = passMark;
    return in;
}

template <typename T>
void writeList(QDataStream &out, const QList<T> &list)
{
    out << quint32(list.size());
    for (const T &item : list)
        out << item;
}

template <typename T>
void readList(QDataStream &in, QList<T> *list)
{
    quint32 size = 0;
    in >> size;
    if (size > maxListSize) {
        in.setStatus(QDataStream::ReadCorruptData);
        return;
    }
    list->clear();
    for (quint32 i = 0; i < size && in.status() == QDataStream::Ok; ++i) {
        T item;
        in >> item;
        list->append(std::move(item));
    }
}

} // namespace

CourseCache::CourseCache(const QString &folder)
    : m_folder(folder)
{
}

QString CourseCache::fileFor(const QString &courseFolder) const
{
    const QByteArray key = QCryptographicHash::hash(QDir::cleanPath(QDir(courseFolder).absolutePath()).toUtf8(),
                                                    QCryptographicHash::Sha1);
    return m_folder + u'/' + QString::fromLatin1(key.toHex()) + QStringLiteral(".course");
}

QByteArray CourseCache::fingerprint(const QString &courseFolder)
{
    if (isResource(courseFolder))
        return {};
    const QString root = QDir::cleanPath(courseFolder);
    QList<QByteArray> lines;
    QDirIterator it(root, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        if (lines.size() >= maxEntries)
            return {};
        const QString path = it.next();
        QByteArray line = path.mid(root.size()).toUtf8();
#if defined(Q_OS_UNIX)
        // stat() itself: QFileInfo's modification time is a local QDateTime, and converting a thousand
        // of them is most of what a fingerprint would cost. Nanoseconds: two saves within a second differ.
        struct stat info {};
        if (::stat(QFile::encodeName(path).constData(), &info) != 0)
            return {};
        line += '\t' + QByteArray::number(qint64(info.st_size)) + '\t' + QByteArray::number(qint64(info.st_mtim.tv_sec))
            + '.' + QByteArray::number(qint64(info.st_mtim.tv_nsec)) + (S_ISDIR(info.st_mode) ? "\td" : "\tf");
#else
        const QFileInfo info(path);
        line += '\t' + QByteArray::number(info.size()) + '\t'
            + QByteArray::number(info.lastModified().toMSecsSinceEpoch()) + (info.isDir() ? "\td" : "\tf");
#endif
        lines.append(line);
    }
    if (lines.isEmpty())
        return {};
    std::sort(lines.begin(), lines.end());
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QByteArray &line : std::as_const(lines)) {
        hash.addData(line);
        hash.addData(QByteArrayView("\n"));
    }
    return hash.result();
}

std::optional<CourseCache::Entry> CourseCache::find(const QString &courseFolder, const QByteArray &fingerprint) const
{
    if (!isEnabled() || fingerprint.isEmpty() || isResource(courseFolder))
        return std::nullopt;
    QFile file(fileFor(courseFolder));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    QDataStream in(&file);
    in.setVersion(streamVersion);
    quint32 fileMagic = 0, version = 0;
    QByteArray storedFingerprint;
    in >> fileMagic >> version >> storedFingerprint;
    if (in.status() != QDataStream::Ok || fileMagic != magic || version != formatVersion
        || storedFingerprint != fingerprint)
        return std::nullopt;
    Entry entry;
    in >> entry.course;
    readList(in, &entry.diagnostics);
    in >> entry.gradedQuestions;
    if (in.status() != QDataStream::Ok || !in.atEnd()) {
        qCWarning(lcContent).noquote() << "ignoring a damaged course cache file" << file.fileName();
        return std::nullopt;
    }
    return entry;
}

bool CourseCache::store(const QString &courseFolder, const QByteArray &fingerprint, const Entry &entry) const
{
    if (!isEnabled() || fingerprint.isEmpty() || isResource(courseFolder) || !QDir().mkpath(m_folder))
        return false;
    QSaveFile file(fileFor(courseFolder));
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QDataStream out(&file);
    out.setVersion(streamVersion);
    out << magic << formatVersion << fingerprint << entry.course;
    writeList(out, entry.diagnostics);
    out << entry.gradedQuestions;
    if (out.status() != QDataStream::Ok) {
        file.cancelWriting();
        return false;
    }
    return file.commit();
}
