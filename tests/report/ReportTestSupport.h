#pragma once

// Sessions for the report tests: practice diagnoses run in-process against the simulated tenant
// (as tests/engine/tst_engine_practice.cpp does), wrapped in a Session built by hand (the session
// file is another helper's part; Session::fromResult is not needed here).
#include "core/AppInfo.h"
#include "engine/Engine.h"
#include "findings/FindingsCatalog.h"
#include "session/Session.h"
#include "sim/SimulatedTenant.h"
#include "sim/tenant/EmbeddedScenarios.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <functional>

namespace ReportTest {

using namespace AuthDoctor;

// Runs the embedded practice scenario `name`; `adjust` may change its inputs first (secrets, error
// text). Returns a Result with completed == false when the scenario could not run.
inline Engine::Result runPractice(const QString &name,
                                  const std::function<void(Engine::Inputs &)> &adjust = {},
                                  const QMap<QString, QString> &answers = {})
{
    QString error;
    const auto scenario = Sim::Scenario::loadEmbedded(name, &error);
    if (!scenario) {
        qWarning("%s: %s", qPrintable(name), qPrintable(error));
        return {};
    }
    Sim::SimulatedTenant sim;
    if (!sim.start(*scenario, &error)) {
        qWarning("%s: %s", qPrintable(name), qPrintable(error));
        return {};
    }
    QNetworkAccessManager nam;
    nam.setProxy(sim.proxy());
    Engine::NetworkContext ctx;
    ctx.nam = &nam;
    ctx.proxy = sim.proxy();
    ctx.extraCaCertificates = sim.caCertificates();
    ctx.requestTimeoutMs = 10000;
    Engine::Diagnosis d(ctx);
    Engine::Inputs in = Engine::Inputs::fromJson(scenario->inputs);
    if (adjust)
        adjust(in);
    d.setInputs(in);
    if (!answers.isEmpty())
        d.setAnswers(answers);
    d.setPractice(name);
    QSignalSpy done(&d, &Engine::Diagnosis::finished);
    d.start();
    if (done.count() == 0 && !done.wait(120000))
        qWarning("%s: the diagnosis did not finish", qPrintable(name));
    Engine::Result r = d.result();
    r.inputs = in; // with the secrets, as a live result holds them in memory
    return r;
}

inline Session::Session sessionFor(const Engine::Result &r, const QString &language = QStringLiteral("en"))
{
    Session::Session s;
    s.result = r;
    s.appVersion = AppInfo::version();
    s.os = QStringLiteral("Debian GNU/Linux 12 (bookworm)");
    s.language = language;
    s.created = r.started.isValid() ? r.started.toUTC() : QDateTime::currentDateTimeUtc();
    s.saved = s.created;
    return s;
}

// The primary finding's catalog entry (in the current language) or nullopt.
inline std::optional<Finding> primaryOf(const Engine::Result &r)
{
    return r.primaryFinding.isEmpty() ? std::nullopt : FindingsCatalog::find(r.primaryFinding);
}

// Whitespace collapsed to single spaces (text from pdftotext, HTML, …).
inline QString flat(const QString &text)
{
    return text.simplified();
}

} // namespace ReportTest
