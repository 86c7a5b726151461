// `authdoctor scenarios [--json]` (../shared/spec/cli.md), run as a separate
// process: the JSON shape, the table, the exit codes, and no secret in either.
#include "sim/tenant/EmbeddedScenarios.h"

#include "RunBinary.h"
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace AuthDoctor::Sim;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run runAuthdoctor(const QStringList &args)
{
    const auto r =
        AuthDoctor::Test::runAuthDoctor(args, {}, {{QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8")}});
    if (!r.finished)
        return {};
    return {r.exitCode, r.out, r.err};
}

// Every secret value of every embedded scenario (practice passwords, client
// secrets, and the secrets the tenant overrides set).
QStringList embeddedSecrets()
{
    QStringList out;
    for (const QString &name : EmbeddedScenarios::names()) {
        const QJsonObject ad = QJsonDocument::fromJson(EmbeddedScenarios::read(name))
                                   .object()
                                   .value(QStringLiteral("authdoctor"))
                                   .toObject();
        const QJsonObject inputs = ad.value(QStringLiteral("inputs")).toObject();
        for (const char *k : {"password", "client_secret"})
            if (!inputs.value(QLatin1String(k)).toString().isEmpty())
                out << inputs.value(QLatin1String(k)).toString();
        const QJsonObject tenant = ad.value(QStringLiteral("tenant")).toObject();
        for (const auto &u : tenant.value(QStringLiteral("users")).toArray())
            if (!u.toObject().value(QStringLiteral("password")).toString().isEmpty())
                out << u.toObject().value(QStringLiteral("password")).toString();
        for (const auto &a : tenant.value(QStringLiteral("apps")).toArray())
            if (!a.toObject().value(QStringLiteral("secret")).toString().isEmpty())
                out << a.toObject().value(QStringLiteral("secret")).toString();
    }
    out.removeDuplicates();
    return out;
}

} // namespace

class TestCliScenarios : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(!EmbeddedScenarios::names().isEmpty());
        QVERIFY(!embeddedSecrets().isEmpty());
    }

    void json()
    {
        const Run r = runAuthdoctor({QStringLiteral("scenarios"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), r.err.constData());
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out, &pe);
        QVERIFY2(pe.error == QJsonParseError::NoError, qPrintable(pe.errorString()));
        const QJsonObject root = doc.object();
        QCOMPARE(root.keys(), QStringList({QStringLiteral("scenarios"), QStringLiteral("schema")}));
        QCOMPARE(root.value(QStringLiteral("schema")).toString(), QStringLiteral("authdoctor.scenarios/1"));
        const QJsonArray list = root.value(QStringLiteral("scenarios")).toArray();

        const QStringList names = EmbeddedScenarios::names();
        QCOMPARE(list.size(), names.size());
        QStringList listed;
        const QStringList expectedKeys = {QStringLiteral("also_ok"),         QStringLiteral("description"),
                                          QStringLiteral("inputs"),          QStringLiteral("name"),
                                          QStringLiteral("primary_finding"), QStringLiteral("title")};
        for (const auto &v : list) {
            QVERIFY(v.isObject());
            const QJsonObject s = v.toObject();
            QCOMPARE(s.keys(), expectedKeys);
            const QString name = s.value(QStringLiteral("name")).toString();
            listed << name;
            QVERIFY2(!s.value(QStringLiteral("title")).toString().isEmpty(), qPrintable(name));
            QVERIFY2(!s.value(QStringLiteral("description")).toString().isEmpty(), qPrintable(name));
            const QJsonValue primary = s.value(QStringLiteral("primary_finding"));
            QVERIFY(primary.isNull() || (primary.isString() && !primary.toString().isEmpty()));
            QVERIFY(s.value(QStringLiteral("also_ok")).isArray());

            const QJsonObject inputs = s.value(QStringLiteral("inputs")).toObject();
            QVERIFY(!inputs.contains(QStringLiteral("password")));
            QVERIFY(!inputs.contains(QStringLiteral("client_secret")));
            QVERIFY(inputs.value(QStringLiteral("has_password")).isBool());
            QVERIFY(inputs.value(QStringLiteral("has_client_secret")).isBool());
            QVERIFY(!inputs.value(QStringLiteral("endpoint")).toString().isEmpty());
            QVERIFY(!inputs.value(QStringLiteral("user")).toString().isEmpty());

            // Same content as the embedded file.
            const auto info = EmbeddedScenarios::find(name);
            QVERIFY2(info.has_value(), qPrintable(name));
            QCOMPARE(s.value(QStringLiteral("title")).toString(), info->title);
            QCOMPARE(primary.toString(), info->primaryFinding);
            QCOMPARE(inputs.value(QStringLiteral("has_password")).toBool(),
                     !info->inputs.value(QStringLiteral("password")).toString().isEmpty());
            QCOMPARE(inputs.value(QStringLiteral("has_client_secret")).toBool(),
                     !info->inputs.value(QStringLiteral("client_secret")).toString().isEmpty());
            QCOMPARE(inputs.value(QStringLiteral("user")), info->inputs.value(QStringLiteral("user")));
        }
        QCOMPARE(listed, names);
        QCOMPARE(listed.first(), QStringLiteral("healthy-tenant"));

        for (const QString &secret : embeddedSecrets())
            QVERIFY2(!r.out.contains(secret.toUtf8()), "a practice secret appears in the JSON output");
    }

    void table()
    {
        const Run r = runAuthdoctor({QStringLiteral("scenarios")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), r.err.constData());
        const QString text = QString::fromUtf8(r.out);
        const QStringList lines = text.split(QLatin1Char('\n'));
        QVERIFY(lines.size() > EmbeddedScenarios::names().size());
        QVERIFY(lines.first().startsWith(QStringLiteral("NAME")));
        for (const auto &info : EmbeddedScenarios::list()) {
            const auto it = std::find_if(lines.begin(), lines.end(), [&](const QString &l) {
                return l.startsWith(info.name + QLatin1Char(' '));
            });
            QVERIFY2(it != lines.end(), qPrintable(info.name));
            QVERIFY2(it->contains(info.title), qPrintable(*it));
            if (!info.primaryFinding.isEmpty())
                QVERIFY2(it->contains(QLatin1Char(' ') + info.primaryFinding + QLatin1Char(' ')),
                         qPrintable(*it));
        }
        for (const QString &secret : embeddedSecrets())
            QVERIFY2(!r.out.contains(secret.toUtf8()), "a practice secret appears in the table");
    }

    void help()
    {
        const Run r = runAuthdoctor({QStringLiteral("scenarios"), QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("--json"));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("scenarios"), QStringLiteral("--jsn")};
        QTest::newRow("positional") << QStringList{QStringLiteral("scenarios"),
                                                   QStringLiteral("healthy-tenant")};
        QTest::newRow("value for flag")
            << QStringList{QStringLiteral("scenarios"), QStringLiteral("--json=yes")};
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        const Run r = runAuthdoctor(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY(r.err.contains("Usage: authdoctor scenarios"));
    }
};

QTEST_GUILESS_MAIN(TestCliScenarios)
#include "tst_cli_scenarios.moc"
