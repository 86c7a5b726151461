// Every embedded practice scenario through the diagnosis, in-process against the simulated tenant
// (scenarios.md "Embedded scenarios": "a test runs every one through diagnose and checks expect").
#include "engine/Engine.h"
#include "engine/ResultJson.h"
#include "sim/SimulatedTenant.h"
#include "sim/tenant/EmbeddedScenarios.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QtTest>

using namespace AuthDoctor;

class TstEnginePractice : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyScenarioGivesItsExpectedCause_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString &name : Sim::EmbeddedScenarios::names())
            QTest::newRow(qPrintable(name)) << name;
    }
    void everyScenarioGivesItsExpectedCause()
    {
        QFETCH(QString, name);
        QString error;
        const auto scenario = Sim::Scenario::loadEmbedded(name, &error);
        QVERIFY2(scenario, qPrintable(error));
        Sim::SimulatedTenant sim;
        QVERIFY2(sim.start(*scenario, &error), qPrintable(error));

        QNetworkAccessManager nam;
        nam.setProxy(sim.proxy());
        Engine::NetworkContext ctx;
        ctx.nam = &nam;
        ctx.proxy = sim.proxy();
        ctx.extraCaCertificates = sim.caCertificates();
        ctx.requestTimeoutMs = 10000;
        Engine::Diagnosis d(ctx);
        const Engine::Inputs in = Engine::Inputs::fromJson(scenario->inputs);
        d.setInputs(in);
        d.setPractice(name);
        QSignalSpy done(&d, &Engine::Diagnosis::finished);
        d.start();
        QVERIFY(done.count() > 0 || done.wait(120000));
        const Engine::Result &r = d.result();

        const QString expected = scenario->primaryFinding.value_or(QString());
        QStringList ok = scenario->alsoOk;
        ok.prepend(expected);
        QVERIFY2(ok.contains(r.primaryFinding),
                 qPrintable(QStringLiteral("%1: expected %2, got %3")
                                .arg(name, ok.join(QLatin1Char('|')), r.primaryFinding)));
        QVERIFY2(!r.ruledOut.contains(r.primaryFinding), qPrintable(r.ruledOut.join(QLatin1Char(','))));
        QVERIFY(!r.ruledOut.contains(expected) || expected.isEmpty());
        // No practice secret anywhere in the result.
        const QByteArray json = QJsonDocument(Engine::resultToJson(r)).toJson();
        for (const QString &secret : {in.password, in.clientSecret})
            if (secret.size() >= 4)
                QVERIFY2(!json.contains(secret.toUtf8()), qPrintable(name));
        // Credentials only to the hosts named before the checks.
        const QStringList allowed = d.credentialHosts();
        for (const QJsonObject &entry : sim.requestLog()) {
            if (entry.value(QStringLiteral("auth")).isNull())
                continue;
            const QString host = entry.value(QStringLiteral("host")).toString();
            QVERIFY2(allowed.contains(host),
                     qPrintable(name + QStringLiteral(": credentials sent to ") + host));
        }
    }
};

QTEST_GUILESS_MAIN(TstEnginePractice)
#include "tst_engine_practice.moc"
