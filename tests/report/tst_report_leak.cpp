// The leak test of issue 8, report side: a unique password and client secret in the inputs, and a
// pasted error holding credentials in the forms the redaction knows (tests/classify RedactionPastes,
// well over 20 of them), through every report: PDF text (pdftotext), HTML, Markdown and HAR. Zero
// hits, in any spelling a renderer could give a secret (as is, HTML-, Markdown-, JSON- or
// URL-escaped, or wrapped over lines in the PDF).
#include "../classify/RedactionPastes.h"
#include "PdfTools.h"
#include "ReportTestSupport.h"
#include "report/PdfReport.h"
#include "report/ReportContent.h"
#include "report/Reports.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QUrl>

using namespace AuthDoctor;
using namespace ReportTest;

namespace {

const QString kPassword = QStringLiteral("Lk-Pw-9f27c1e4-Quokka!");
const QString kSecret = QStringLiteral("Zq18Q~LeakTestSecret.Value0123456789abcdEF");
const QString kJwt =
    QStringLiteral("eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.eyJhdWQiOiJodHRwczovL2xlYWsudGVzdCIsInNjcCI6"
                   "IkVXUy5BY2Nlc3NBc1VzZXIuQWxsIn0.bGVhay10ZXN0LXNpZ25hdHVyZS12YWx1ZQ");

QString markdownEscaped(const QString &s)
{
    QString out;
    for (const QChar ch : s) {
        if (QStringLiteral("\\`*_[]<|~").contains(ch))
            out += QLatin1Char('\\');
        out += ch;
    }
    return out;
}

QString jsonEscaped(const QString &s)
{
    QString json = QString::fromUtf8(QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact));
    return json.mid(2, json.size() - 4); // ["…"]
}

// Every spelling of a secret a report could contain.
QStringList spellings(const QString &secret)
{
    QStringList out{secret, secret.toHtmlEscaped(), markdownEscaped(secret), jsonEscaped(secret),
                    QString::fromLatin1(QUrl::toPercentEncoding(secret))};
    out.removeDuplicates();
    return out;
}

QString noSpace(QString s)
{
    s.remove(QRegularExpression(QStringLiteral("\\s")));
    return s;
}

struct Leak
{
    QString output;
    QString secret;
};

QList<Leak> leaks(const QMap<QString, QString> &outputs, const QStringList &secrets)
{
    QList<Leak> found;
    for (auto it = outputs.begin(); it != outputs.end(); ++it) {
        const QString flatText = noSpace(it.value());
        for (const QString &secret : secrets) {
            for (const QString &form : spellings(secret))
                if (it.value().contains(form))
                    found << Leak{it.key(), form};
            // Wrapped over lines (PDF text): compare without white space.
            const QString squeezed = noSpace(secret);
            if (squeezed.size() >= 6 && flatText.contains(squeezed))
                found << Leak{it.key(), secret + QStringLiteral(" (wrapped)")};
        }
    }
    return found;
}

} // namespace

class TstReportLeak : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_pasted;
    QStringList m_secrets;
    int m_forms = 0;

    QMap<QString, QString> allOutputs(const Session::Session &s, const QString &tag)
    {
        QMap<QString, QString> out;
        out.insert(QStringLiteral("markdown"), Report::markdown(s));
        out.insert(QStringLiteral("html"), Report::html(s));
        out.insert(QStringLiteral("har"), QString::fromUtf8(Report::har(s)));
        const QString pdf = m_dir.path() + QLatin1Char('/') + tag + QStringLiteral(".pdf");
        QString error;
        if (!Report::writePdf(s, pdf, &error))
            qWarning("%s", qPrintable(error));
        out.insert(QStringLiteral("pdf text"), pdfText(pdf));
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (!havePoppler())
            QSKIP("poppler-utils (pdftotext) are not installed");
        // The pasted error: every realistic paste the redaction knows, and the unique secrets in
        // the forms a tool's log shows them.
        QStringList parts;
        for (const RedactionPaste &p : redactionPastes()) {
            parts << p.input;
            ++m_forms;
            for (const QString &s : p.secrets)
                if (s.size() >= 4) // shorter fragments are parts of the longer ones listed too
                    m_secrets << s;
        }
        parts << QStringLiteral("Sign-in failed: username=admin@contoso.com&password=%1&grant_type=password")
                     .arg(QString::fromLatin1(QUrl::toPercentEncoding(kPassword)));
        parts << QStringLiteral("AZURE_CLIENT_SECRET=%1").arg(kSecret);
        parts << QStringLiteral("Authorization: Bearer %1").arg(kJwt);
        m_pasted = parts.join(QStringLiteral("\n\n"));
        m_secrets << kPassword << kSecret << kJwt.left(40) << kJwt.section(QLatin1Char('.'), 2);
        m_secrets.removeDuplicates();
        QVERIFY2(m_forms >= 20, "the issue asks for at least 20 forms");
        QVERIFY(m_secrets.size() >= 20);
        // The check finds them when they are there: every secret is in the raw paste.
        QMap<QString, QString> raw{{QStringLiteral("raw paste"), m_pasted}};
        QStringList missing;
        for (const QString &secret : std::as_const(m_secrets))
            if (leaks(raw, {secret}).isEmpty())
                missing << secret;
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(" | "))));
    }

    void noSecretInAnyReport_data()
    {
        QTest::addColumn<QString>("scenario");
        // A sign-in with the password, one with the client secret (both sent to the simulated tenant).
        QTest::newRow("password sign-in") << QStringLiteral("exo-wrong-password");
        QTest::newRow("client secret sign-in") << QStringLiteral("exo-app-only-consent-missing");
        QTest::newRow("on-premises basic") << QStringLiteral("onprem-basic-auth-disabled");
    }
    void noSecretInAnyReport()
    {
        QFETCH(QString, scenario);
        const Engine::Result r = runPractice(scenario, [this](Engine::Inputs &in) {
            in.password = kPassword;
            in.clientSecret = kSecret;
            in.errorText = m_pasted;
        });
        QVERIFY(r.completed);
        QCOMPARE(r.inputs.password, kPassword); // the result holds them, as a live one does
        QCOMPARE(r.inputs.clientSecret, kSecret);
        const QMap<QString, QString> outputs =
            allOutputs(sessionFor(r), QString::fromLatin1(QTest::currentDataTag()));
        for (const QString &text : outputs)
            QVERIFY(text.size() > 1000);
        // The pasted error did reach the reports (masked), so the check means something.
        for (const char *where : {"html", "pdf text", "markdown"})
            QVERIFY2(outputs.value(QLatin1String(where)).contains(QStringLiteral("AZURE_CLIENT_SECRET=")),
                     where);
        const QList<Leak> found = leaks(outputs, m_secrets);
        for (const Leak &l : found)
            qWarning("leak in %s: %s", qPrintable(l.output), qPrintable(l.secret));
        QCOMPARE(found.size(), 0);
    }

    // Defence in depth: evidence that was (wrongly) not redacted is masked again by the reports.
    void unredactedEvidenceIsMaskedAgain()
    {
        Engine::Result r;
        r.started = QDateTime::currentDateTimeUtc();
        r.completed = true;
        r.practice = true;
        r.practiceScenario = QStringLiteral("hand-built");
        r.inputs.user = QStringLiteral("admin@contoso.com");
        r.inputs.password = kPassword;
        r.inputs.clientSecret = kSecret;
        r.inputs.errorText = m_pasted;
        Engine::CheckResult c;
        c.id = QStringLiteral("token-password-grant");
        c.status = Engine::CheckStatus::Failed;
        c.summary = msg("AuthDoctor::Checks", "%1", {QStringLiteral("sent password=%1").arg(kPassword)});
        c.facts.insert(QStringLiteral("note"), QStringLiteral("client_secret=%1").arg(kSecret));
        Engine::Evidence e;
        e.method = QStringLiteral("POST");
        e.url =
            QStringLiteral("https://login.microsoftonline.com/contoso.com/oauth2/v2.0/token?client_secret=%1")
                .arg(kSecret);
        e.requestHeaders = {{QStringLiteral("Authorization"), QStringLiteral("Bearer ") + kJwt},
                            {QStringLiteral("Cookie"), QStringLiteral("ESTSAUTH=") + kPassword}};
        e.requestBodyExcerpt =
            QStringLiteral("grant_type=password&username=admin%40contoso.com&password=%1&client_secret=%2")
                .arg(kPassword, kSecret);
        e.status = 200;
        e.responseHeaders = {{QStringLiteral("Set-Cookie"), QStringLiteral("fpc=") + kPassword}};
        e.bodyExcerpt =
            QStringLiteral("{\"token_type\":\"Bearer\",\"access_token\":\"%1\",\"refresh_token\":\"%2\"}")
                .arg(kJwt, kPassword);
        e.networkError = QStringLiteral("proxy said password=%1").arg(kPassword);
        c.evidence << e;
        r.checks << c;
        const QMap<QString, QString> outputs = allOutputs(sessionFor(r), QStringLiteral("hand-built"));
        const QList<Leak> found = leaks(outputs, m_secrets);
        for (const Leak &l : found)
            qWarning("leak in %s: %s", qPrintable(l.output), qPrintable(l.secret));
        QCOMPARE(found.size(), 0);
    }
};

QTEST_MAIN(TstReportLeak)
#include "tst_report_leak.moc"
