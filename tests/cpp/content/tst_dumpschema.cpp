#include <QTest>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <functional>

// docs/dump.schema.json against what `pausa-content dump --json` prints: the golden dumps and the
// bundled course. The validator below knows only the JSON Schema keywords the schema uses and refuses
// any other, so a keyword added to the schema cannot be silently ignored.
namespace {

class SchemaValidator
{
public:
    explicit SchemaValidator(QJsonObject root)
        : m_root(std::move(root))
    {
    }

    // Empty when `value` is valid; else the problems, each as "path: what".
    QStringList validate(const QJsonValue &value) const
    {
        QStringList errors;
        check(m_root, value, QStringLiteral("$"), errors);
        return errors;
    }

private:
    QJsonObject resolve(const QString &ref) const
    {
        const QString prefix = QStringLiteral("#/$defs/");
        if (!ref.startsWith(prefix))
            qFatal("unsupported $ref %s", qPrintable(ref));
        const QJsonValue def = m_root.value(QStringLiteral("$defs")).toObject().value(ref.mid(prefix.size()));
        if (!def.isObject())
            qFatal("unknown $ref %s", qPrintable(ref));
        return def.toObject();
    }

    static bool hasType(const QJsonValue &value, const QString &type)
    {
        if (type == u"object")
            return value.isObject();
        if (type == u"array")
            return value.isArray();
        if (type == u"string")
            return value.isString();
        if (type == u"number")
            return value.isDouble();
        if (type == u"integer")
            return value.isDouble() && value.toDouble() == double(qint64(value.toDouble()));
        if (type == u"boolean")
            return value.isBool();
        if (type == u"null")
            return value.isNull();
        qFatal("unsupported type %s", qPrintable(type));
    }

    void check(const QJsonObject &schema, const QJsonValue &value, const QString &at, QStringList &errors) const
    {
        static const QStringList known{
            QStringLiteral("$schema"), QStringLiteral("$id"), QStringLiteral("$defs"), QStringLiteral("title"),
            QStringLiteral("description"), QStringLiteral("$ref"), QStringLiteral("type"), QStringLiteral("enum"),
            QStringLiteral("const"), QStringLiteral("minimum"), QStringLiteral("maximum"), QStringLiteral("required"),
            QStringLiteral("properties"), QStringLiteral("additionalProperties"), QStringLiteral("items"),
            QStringLiteral("oneOf"), QStringLiteral("allOf")};
        for (const QString &keyword : schema.keys()) {
            if (!known.contains(keyword))
                qFatal("the test's validator does not know the keyword %s", qPrintable(keyword));
        }
        const auto fail = [&](const QString &what) { errors.append(at + QStringLiteral(": ") + what); };

        if (schema.contains(u"$ref"))
            check(resolve(schema.value(u"$ref").toString()), value, at, errors);
        if (schema.contains(u"type") && !hasType(value, schema.value(u"type").toString()))
            fail(QStringLiteral("not of type ") + schema.value(u"type").toString());
        if (schema.contains(u"enum") && !schema.value(u"enum").toArray().contains(value))
            fail(QStringLiteral("not one of the allowed values"));
        if (schema.contains(u"const") && schema.value(u"const") != value)
            fail(QStringLiteral("not the constant value"));
        if (value.isDouble() && schema.contains(u"minimum") && value.toDouble() < schema.value(u"minimum").toDouble())
            fail(QStringLiteral("below the minimum"));
        if (value.isDouble() && schema.contains(u"maximum") && value.toDouble() > schema.value(u"maximum").toDouble())
            fail(QStringLiteral("above the maximum"));
        if (value.isObject()) {
            const QJsonObject object = value.toObject();
            for (const QJsonValue &key : schema.value(u"required").toArray()) {
                if (!object.contains(key.toString()))
                    fail(QStringLiteral("lacks \"") + key.toString() + u'"');
            }
            const QJsonObject properties = schema.value(u"properties").toObject();
            for (auto it = object.begin(); it != object.end(); ++it) {
                const QString where = at + u'.' + it.key();
                if (properties.contains(it.key()))
                    check(properties.value(it.key()).toObject(), it.value(), where, errors);
                else if (schema.value(u"additionalProperties") == QJsonValue(false))
                    errors.append(where + QStringLiteral(": not allowed"));
            }
        }
        if (value.isArray() && schema.contains(u"items")) {
            const QJsonArray array = value.toArray();
            for (qsizetype i = 0; i < array.size(); ++i)
                check(schema.value(u"items").toObject(), array.at(i), at + u'[' + QString::number(i) + u']', errors);
        }
        for (const QJsonValue &part : schema.value(u"allOf").toArray())
            check(part.toObject(), value, at, errors);
        if (schema.contains(u"oneOf")) {
            int matching = 0;
            QStringList closest;   // the problems of the alternative that came nearest, to say why
            for (const QJsonValue &part : schema.value(u"oneOf").toArray()) {
                QStringList partErrors;
                check(part.toObject(), value, at, partErrors);
                matching += partErrors.isEmpty() ? 1 : 0;
                if (closest.isEmpty() || (!partErrors.isEmpty() && partErrors.size() < closest.size()))
                    closest = partErrors;
            }
            if (matching != 1)
                fail(QStringLiteral("matches %1 of the oneOf alternatives, not exactly one").arg(matching)
                     + (matching == 0 ? QStringLiteral("; nearest: ") + closest.join(QStringLiteral("; ")) : QString()));
        }
    }

    QJsonObject m_root;
};

QJsonValue readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("%s: %s", qPrintable(path), qPrintable(error.errorString()));
    return document.object();
}

QJsonValue dump(const QString &path)
{
    QProcess process;
    process.setWorkingDirectory(QStringLiteral(PAUSA_TEST_DATA));
    process.start(QStringLiteral(PAUSA_CONTENT_TOOL), {QStringLiteral("dump"), path, QStringLiteral("--json")});
    if (!process.waitForFinished(60000))
        qFatal("pausa-content did not finish");
    return QJsonDocument::fromJson(process.readAllStandardOutput()).object();
}

} // namespace

class TestDumpSchema : public QObject
{
    Q_OBJECT

    SchemaValidator m_schema{readJson(QStringLiteral(PAUSA_SOURCE_DIR "/docs/dump.schema.json")).toObject()};

private Q_SLOTS:
    void dumpsFollowTheSchema_data()
    {
        QTest::addColumn<QJsonValue>("json");
        QTest::newRow("golden course") << readJson(QStringLiteral(PAUSA_TEST_DATA "/good-course.expected.json"));
        QTest::newRow("golden gift")
            << readJson(QStringLiteral(PAUSA_SOURCE_DIR "/tests/cpp/gift/data/all-constructs.json"));
        QTest::newRow("bundled course") << dump(QStringLiteral(PAUSA_SOURCE_DIR "/lessons/besvarliga-kunder"));
        QTest::newRow("folder with a broken course") << dump(QStringLiteral("."));
        QTest::newRow("one lesson") << dump(QStringLiteral("good-course/01-forsta/01-hej.md"));
        QTest::newRow("one breathing exercise") << dump(QStringLiteral("good-course/01-forsta/fyrkant.md"));
        QTest::newRow("nothing there") << dump(QStringLiteral("nowhere.gift"));
    }

    void dumpsFollowTheSchema()
    {
        QFETCH(QJsonValue, json);
        QVERIFY(json.isObject() && !json.toObject().isEmpty());
        const QStringList errors = m_schema.validate(json);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
    }

    // The validator catches what the contract forbids: a question without "pairs" (as the dump wrote
    // before #16), a numerical answer that is both a value and a range, a string for a number.
    void schemaRejectsBrokenDumps()
    {
        QJsonObject gift = readJson(QStringLiteral(PAUSA_SOURCE_DIR "/tests/cpp/gift/data/all-constructs.json")).toObject();
        const auto withFirstQuestion = [&](const std::function<void(QJsonObject &)> &change) {
            QJsonArray questions = gift.value(u"questions").toArray();
            QJsonObject q = questions.at(0).toObject();
            change(q);
            questions[0] = q;
            QJsonObject copy = gift;
            copy.insert(QStringLiteral("questions"), questions);
            return copy;
        };
        QVERIFY(m_schema.validate(gift).isEmpty());
        QVERIFY(!m_schema.validate(withFirstQuestion([](QJsonObject &q) { q.remove(QStringLiteral("pairs")); })).isEmpty());
        QVERIFY(!m_schema.validate(withFirstQuestion([](QJsonObject &q) { q.remove(QStringLiteral("category")); })).isEmpty());
        QVERIFY(!m_schema.validate(withFirstQuestion([](QJsonObject &q) {
                    q.insert(QStringLiteral("numbers"),
                             QJsonArray{QJsonObject{{QStringLiteral("value"), 3}, {QStringLiteral("tolerance"), 1},
                                                    {QStringLiteral("min"), 2}, {QStringLiteral("max"), 4},
                                                    {QStringLiteral("weight"), 100},
                                                    {QStringLiteral("feedback"), QString()}}});
                })).isEmpty());
        QVERIFY(!m_schema.validate(withFirstQuestion([](QJsonObject &q) {
                    q.insert(QStringLiteral("numbers"),
                             QJsonArray{QJsonObject{{QStringLiteral("value"), QStringLiteral("3")},
                                                    {QStringLiteral("tolerance"), 0}, {QStringLiteral("weight"), 100},
                                                    {QStringLiteral("feedback"), QString()}}});
                })).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDumpSchema)
#include "tst_dumpschema.moc"
