// Catalog sync against a local nginx: a 1,000-lesson course published, then
//  - sync_unchanged_requests: what a sync costs when nothing changed (HTTP requests; must be 1), and
//  - sync_first_vs_curl_ratio: the first full download and install, against curl fetching the same
//    files one by one (one curl process, one connection, sequential: the plain download, nothing
//    verified or installed).
// Prints "BENCH name value" lines for scripts/run-bench.sh, and readable lines.
#include "catalogtestsupport.h"
#include "contentgenerator.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>

#include <algorithm>
#include <cstdio>

using namespace CatalogTest;

namespace {

constexpr int rounds = 5;

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QString curl = QStandardPaths::findExecutable(QStringLiteral("curl"));
    if (Nginx::executable().isEmpty() || curl.isEmpty()) {
        std::fprintf(stderr, "bench_sync: needs nginx and curl (scripts/install-deps.sh installs them)\n");
        return 1;
    }
    QTemporaryDir work;
    const QString course = work.filePath(QStringLiteral("course"));
    QDir().mkpath(course);
    ContentGenerator::Size size;
    size.modules = 40;
    size.lessonsPerModule = 25;   // 1,000 lessons
    size.courseId = "bench-sync";
    if (ContentGenerator::writeCourse(course, size).isEmpty())
        return 1;
    const QString www = work.filePath(QStringLiteral("www"));
    const std::optional<Catalog> catalog = publish(course, www);
    if (!catalog) {
        std::fprintf(stderr, "bench_sync: the generated course could not be published\n");
        return 1;
    }
    Nginx nginx;
    QString error;
    if (!nginx.start(www, &error)) {
        std::fprintf(stderr, "bench_sync: %s\n", qPrintable(error));
        return 1;
    }
    const QUrl url(nginx.baseUrl() + QStringLiteral("catalog.json"));
    const QList<CatalogFile> &files = catalog->courses.first().files;

    QList<double> pausaMs;
    QList<double> curlMs;
    QList<double> ratios;   // per round: Pausa and curl run back to back, so both see the same machine load
    qsizetype unchangedRequests = -1;
    for (int round = 0; round < rounds; ++round) {
        // Pausa: catalog, every object verified, assembled, fully checked and switched in.
        const QString data = work.filePath(QStringLiteral("data-%1").arg(round));
        CatalogSync sync(data);
        QElapsedTimer clock;
        clock.start();
        waitFor(sync, [&] { sync.install(url); });
        pausaMs.append(double(clock.nsecsElapsed()) / 1e6);
        if (sync.failed()) {
            std::fprintf(stderr, "bench_sync: %s\n", qPrintable(resultLines(sync)));
            return 1;
        }
        // Nothing changed: count what nginx saw.
        const qsizetype before = nginx.requests().size();
        waitFor(sync, [&] { sync.syncAll(); });
        unchangedRequests = nginx.requests().size() - before;

        // curl: the catalog and the same objects, one after the other, into files.
        const QString into = work.filePath(QStringLiteral("curl-%1").arg(round));
        QDir().mkpath(into);
        QByteArray config = "url = \"" + url.toEncoded() + "\"\noutput = \"" + into.toUtf8() + "/catalog.json\"\n";
        QSet<QByteArray> seen;
        for (const CatalogFile &file : files) {
            if (seen.contains(file.sha256))
                continue;
            seen.insert(file.sha256);
            config += "url = \"" + nginx.baseUrl().toUtf8() + "objects/" + file.sha256 + "\"\noutput = \"" + into.toUtf8()
                + '/' + file.sha256 + "\"\n";
        }
        writeFile(into + QStringLiteral(".curlrc"), config);
        QProcess process;
        clock.restart();
        process.start(curl, {QStringLiteral("-s"), QStringLiteral("-f"), QStringLiteral("-K"), into + QStringLiteral(".curlrc")});
        process.waitForFinished(120000);
        curlMs.append(double(clock.nsecsElapsed()) / 1e6);
        ratios.append(pausaMs.last() / curlMs.last());
        if (process.exitCode() != 0) {
            std::fprintf(stderr, "bench_sync: curl failed (%d)\n", process.exitCode());
            return 1;
        }
    }
    const double pausa = median(pausaMs);
    const double baseline = median(curlMs);
    std::printf("sync of a %lld-file course (%lld bytes) from a local nginx: Pausa %.1f ms (download, verify, "
                "assemble, full check, switch), curl %.1f ms (download only); medians of %d rounds\n",
                static_cast<long long>(files.size()), static_cast<long long>(catalog->courses.first().bytes), pausa,
                baseline, rounds);
    std::printf("nothing changed: %lld request(s)\n", static_cast<long long>(unchangedRequests));
    std::printf("BENCH sync_unchanged_requests %lld\n", static_cast<long long>(unchangedRequests));
    std::printf("BENCH sync_first_vs_curl_ratio %.3f\n", median(ratios));
    return 0;
}
