// Runs the built authdoctor binary: "classify" as scripts use it (../shared/spec/cli.md).
#include "RunBinary.h"
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run runAuthDoctor(const QStringList &args, const QByteArray &input = {}, bool closeInput = true)
{
    const auto r = AuthDoctor::Test::runAuthDoctor(args, input, {}, 60000, closeInput);
    if (!r.finished)
        return {};
    return {r.exitCode, r.out, r.err};
}

// Checks the authdoctor.classification/1 shape of cli.md and returns the object.
QJsonObject checkedJson(const QByteArray &out)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(out, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        qWarning() << "not a JSON object:" << error.errorString() << out.left(200);
        return {};
    }
    const QJsonObject o = doc.object();
    const QStringList required = {QStringLiteral("schema"),      QStringLiteral("side"),
                                  QStringLiteral("endpoint"),    QStringLiteral("host"),
                                  QStringLiteral("http_status"), QStringLiteral("codes"),
                                  QStringLiteral("candidates")};
    const QStringList optional = {QStringLiteral("trace_id"), QStringLiteral("correlation_id"),
                                  QStringLiteral("timestamp"), QStringLiteral("error")};
    for (const QString &key : required)
        if (!o.contains(key)) {
            qWarning() << "missing key" << key;
            return {};
        }
    for (const QString &key : o.keys())
        if (!required.contains(key) && !optional.contains(key)) {
            qWarning() << "unexpected key" << key;
            return {};
        }
    return o;
}

bool hasValidShape(const QJsonObject &o)
{
    static const QStringList sides = {QStringLiteral("source"), QStringLiteral("destination"),
                                      QStringLiteral("unknown")};
    static const QStringList endpoints = {QStringLiteral("exchange-online"),
                                          QStringLiteral("exchange-server"), QStringLiteral("onedrive"),
                                          QStringLiteral("unknown")};
    if (o.value(QStringLiteral("schema")).toString() != QStringLiteral("authdoctor.classification/1"))
        return false;
    if (!sides.contains(o.value(QStringLiteral("side")).toString()))
        return false;
    if (!endpoints.contains(o.value(QStringLiteral("endpoint")).toString()))
        return false;
    const QJsonValue host = o.value(QStringLiteral("host"));
    if (!host.isNull() && !(host.isString() && !host.toString().isEmpty()))
        return false;
    const QJsonValue status = o.value(QStringLiteral("http_status"));
    if (!status.isNull() && !(status.isDouble() && status.toInt() >= 100 && status.toInt() <= 599))
        return false;
    if (!o.value(QStringLiteral("codes")).isArray())
        return false;
    for (const QJsonValue &code : o.value(QStringLiteral("codes")).toArray())
        if (!code.isString())
            return false;
    const QJsonArray candidates = o.value(QStringLiteral("candidates")).toArray();
    if (candidates.isEmpty())
        return false;
    double previous = 1.0;
    for (const QJsonValue &v : candidates) {
        const QJsonObject c = v.toObject();
        const double score = c.value(QStringLiteral("score")).toDouble(-1);
        if (!c.value(QStringLiteral("finding")).isString() || !c.value(QStringLiteral("why")).isString() ||
            score < 0.0 || score > previous)
            return false;
        previous = score;
    }
    return true;
}

} // namespace

class TestCliClassify : public QObject
{
    Q_OBJECT
private slots:
    void jsonFromArgument()
    {
        const Run r = runAuthDoctor(
            {QStringLiteral("classify"), QStringLiteral("--json"),
             QStringLiteral(
                 "Your migration failed while checking destination credentials. Http POST request to "
                 "'autodiscover-s.outlook.com' failed - 401 Unauthorized: AADSTS50076: Due to a "
                 "configuration change made by your administrator, you must use multi-factor "
                 "authentication.")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = checkedJson(r.out);
        QVERIFY(hasValidShape(o));
        QCOMPARE(o.value(QStringLiteral("side")).toString(), QStringLiteral("destination"));
        QCOMPARE(o.value(QStringLiteral("endpoint")).toString(), QStringLiteral("exchange-online"));
        QCOMPARE(o.value(QStringLiteral("host")).toString(), QStringLiteral("autodiscover-s.outlook.com"));
        QCOMPARE(o.value(QStringLiteral("http_status")).toInt(), 401);
        QCOMPARE(o.value(QStringLiteral("codes")).toArray(), QJsonArray{QStringLiteral("AADSTS50076")});
        const QJsonObject top = o.value(QStringLiteral("candidates")).toArray().first().toObject();
        QCOMPARE(top.value(QStringLiteral("finding")).toString(), QStringLiteral("mfa-required"));
        QVERIFY(top.value(QStringLiteral("score")).toDouble() >= 0.85);
    }

    void severalArgumentsAreJoined()
    {
        const Run r =
            runAuthDoctor({QStringLiteral("classify"), QStringLiteral("--json"),
                           QStringLiteral("AADSTS50057:"), QStringLiteral("The"), QStringLiteral("user"),
                           QStringLiteral("account"), QStringLiteral("is"), QStringLiteral("disabled.")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = checkedJson(r.out);
        QVERIFY(hasValidShape(o));
        const QJsonObject top = o.value(QStringLiteral("candidates")).toArray().first().toObject();
        QCOMPARE(top.value(QStringLiteral("finding")).toString(), QStringLiteral("account-disabled"));
    }

    void jsonFromStdinWithDash()
    {
        const QByteArray body =
            "{\"error\":\"invalid_grant\",\"error_description\":\"AADSTS50126: Error validating "
            "credentials due to invalid username or password.\\r\\nTrace ID: "
            "0000aaaa-11bb-cccc-dd22-eeeeee333333\\r\\nCorrelation ID: "
            "aaaa0000-bb11-2222-33cc-444444dddddd\\r\\nTimestamp: 2024-11-26 13:00:00Z\","
            "\"error_codes\":[50126]}\n";
        const Run r =
            runAuthDoctor({QStringLiteral("classify"), QStringLiteral("--json"), QStringLiteral("-")}, body);
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = checkedJson(r.out);
        QVERIFY(hasValidShape(o));
        QCOMPARE(o.value(QStringLiteral("codes")).toArray(), QJsonArray{QStringLiteral("AADSTS50126")});
        QCOMPARE(o.value(QStringLiteral("trace_id")).toString(),
                 QStringLiteral("0000aaaa-11bb-cccc-dd22-eeeeee333333"));
        QCOMPARE(o.value(QStringLiteral("correlation_id")).toString(),
                 QStringLiteral("aaaa0000-bb11-2222-33cc-444444dddddd"));
        QCOMPARE(o.value(QStringLiteral("timestamp")).toString(), QStringLiteral("2024-11-26 13:00:00Z"));
        QCOMPARE(o.value(QStringLiteral("candidates"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("finding")),
                 QJsonValue(QStringLiteral("wrong-password")));
    }

    void stdinWithoutText()
    {
        const Run r = runAuthDoctor({QStringLiteral("classify"), QStringLiteral("--json")},
                                    "HTTP/1.1 429 Too Many Requests\r\nRetry-After: 30\r\n");
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = checkedJson(r.out);
        QVERIFY(hasValidShape(o));
        QCOMPARE(o.value(QStringLiteral("http_status")).toInt(), 429);
        QCOMPARE(o.value(QStringLiteral("candidates"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("finding")),
                 QJsonValue(QStringLiteral("throttled")));
    }

    void emptyInputStillHasACandidate()
    {
        const Run r =
            runAuthDoctor({QStringLiteral("classify"), QStringLiteral("--json"), QStringLiteral("-")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = checkedJson(r.out);
        QVERIFY(hasValidShape(o));
        QVERIFY(o.value(QStringLiteral("host")).isNull());
        QVERIFY(o.value(QStringLiteral("http_status")).isNull());
        const QJsonArray candidates = o.value(QStringLiteral("candidates")).toArray();
        QCOMPARE(candidates.size(), 1);
        QCOMPARE(candidates.first().toObject().value(QStringLiteral("finding")).toString(),
                 QStringLiteral("unrecognized-error"));
    }

    void binaryInputIsReportedNotCrashed()
    {
        QByteArray binary;
        for (int i = 0; i < 2048; ++i)
            binary.append(char((i * 37 + 11) % 256));
        const Run r = runAuthDoctor({QStringLiteral("classify"), QStringLiteral("--json")}, binary);
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = checkedJson(r.out);
        QVERIFY(hasValidShape(o));
        QVERIFY(o.value(QStringLiteral("error")).toString().contains(QStringLiteral("binary")));
        QCOMPARE(o.value(QStringLiteral("candidates"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("finding")),
                 QJsonValue(QStringLiteral("unrecognized-error")));
    }

    void humanOutput()
    {
        const Run r = runAuthDoctor(
            {QStringLiteral("classify"),
             QStringLiteral(
                 "DatabaseNotFoundException - 401 Unauthorized - Http POST request to "
                 "'autodiscover-s.outlook.com' failed: MigrationWiz was not able to locate/access the "
                 "mail database.")});
        QCOMPARE(r.exitCode, 0);
        const QString out = QString::fromUtf8(r.out);
        QVERIFY2(out.contains(QStringLiteral("autodiscover-s.outlook.com")), qPrintable(out));
        QVERIFY(out.contains(QStringLiteral("exchange-online")));
        QVERIFY(out.contains(QStringLiteral("401")));
        QVERIFY(out.contains(QStringLiteral("DatabaseNotFoundException")));
        QVERIFY(out.contains(QStringLiteral("database-not-found")));
        QVERIFY(!out.trimmed().startsWith(QLatin1Char('{')));
    }

    // Was a usage error quoting the option; after "classify" an unknown option is the start of the
    // message (it may be a pasted "-Password:…"), and nothing quotes it back.
    void unknownOptionIsPartOfTheMessage()
    {
        const Run r = runAuthDoctor({QStringLiteral("classify"), QStringLiteral("--json"),
                                     QStringLiteral("--no-such-option"), QStringLiteral("401 Unauthorized")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = checkedJson(r.out);
        QVERIFY(hasValidShape(o));
        QCOMPARE(o.value(QStringLiteral("http_status")).toInt(), 401);
        QVERIFY(!r.err.contains("no-such-option"));
    }

    // Options count only before the message; "--" ends them, "-" alone reads standard input.
    void optionsOnlyBeforeTheMessage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<bool>("json");
        QTest::addColumn<int>("status");
        const QByteArray stdinText = "HTTP/1.1 429 Too Many Requests\r\n";
        auto row = [](const char *name, const QStringList &args, const QByteArray &input, bool json,
                      int status) { QTest::newRow(name) << args << input << json << status; };
        row("--json then text", {QStringLiteral("--json"), QStringLiteral("401 Unauthorized")}, {}, true,
            401);
        row("--json after the text is text", {QStringLiteral("401 Unauthorized"), QStringLiteral("--json")},
            {}, false, 401);
        row("-- ends the options",
            {QStringLiteral("--json"), QStringLiteral("--"), QStringLiteral("--json"),
             QStringLiteral("401 Unauthorized")},
            {}, true, 401);
        row("-- then a dash message",
            {QStringLiteral("--"), QStringLiteral("-"), QStringLiteral("403 Forbidden")}, {}, false, 403);
        row("- reads standard input", {QStringLiteral("--json"), QStringLiteral("-")}, stdinText, true, 429);
        row("- before more text is text", {QStringLiteral("-"), QStringLiteral("401 Unauthorized")},
            stdinText, false, 401);
        row("nothing reads standard input", {QStringLiteral("--json")}, stdinText, true, 429);
        row("-- alone reads standard input", {QStringLiteral("--json"), QStringLiteral("--")}, stdinText,
            true, 429);
    }

    void optionsOnlyBeforeTheMessage()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, input);
        QFETCH(bool, json);
        QFETCH(int, status);
        const Run r = runAuthDoctor(QStringList{QStringLiteral("classify")} + args, input);
        QCOMPARE(r.exitCode, 0);
        if (json) {
            const QJsonObject o = checkedJson(r.out);
            QVERIFY(hasValidShape(o));
            QCOMPARE(o.value(QStringLiteral("http_status")).toInt(), status);
        } else {
            QVERIFY2(!r.out.trimmed().startsWith('{'), r.out.constData());
            QVERIFY2(r.out.contains(QByteArray::number(status)), r.out.constData());
        }
    }

    // A credential on the command line (pasted by mistake, or the text itself starts with "-") is
    // never written back: not whole, not spelled out one character at a time in an error.
    void secretsInArgumentsAreNeverEchoed_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<int>("exitCode");
        auto row = [](const char *name, const QStringList &args, const char *secret, int exitCode) {
            QTest::newRow(name) << args << QString::fromUtf8(secret) << exitCode;
        };
        const QString s = QStringLiteral("hunter2Sec");
        row("-Password:value", {QStringLiteral("classify"), QStringLiteral("-Password:hunter2Sec")},
            "hunter2Sec", 0);
        row("-Password:value, JSON",
            {QStringLiteral("classify"), QStringLiteral("--json"), QStringLiteral("-Password:hunter2Sec")},
            "hunter2Sec", 0);
        row("-Password value",
            {QStringLiteral("classify"), QStringLiteral("-Password"), s, QStringLiteral("401 Unauthorized")},
            "hunter2Sec", 0);
        row("--password=value", {QStringLiteral("classify"), QStringLiteral("--password=hunter2Sec")},
            "hunter2Sec", 0);
        row("after --",
            {QStringLiteral("classify"), QStringLiteral("--json"), QStringLiteral("--"),
             QStringLiteral("--client-secret"), QStringLiteral("u8j8Q~YgjmUh.Bel31iEl2hpChYgCfrL1spNxnyV")},
            "YgjmUh.Bel31iEl2hpChYgCfrL1spNxnyV", 0);
        row("unknown option with a value",
            {QStringLiteral("classify"), QStringLiteral("--no-such-option=hunter2Sec")}, "hunter2Sec", 0);
        row("-p after -u",
            {QStringLiteral("classify"), QStringLiteral("-u"), QStringLiteral("admin@contoso.com"),
             QStringLiteral("-p"), s},
            "hunter2Sec", 0);
        row("Authorization header",
            {QStringLiteral("classify"), QStringLiteral("Authorization: Basic YWRtaW46aHVudGVyMlNlYw==")},
            "YWRtaW46aHVudGVyMlNlYw", 0);
        row("URL with a password",
            {QStringLiteral("classify"), QStringLiteral("--json"),
             QStringLiteral("https://admin@contoso.com:hunter2@Sec@outlook.office365.com/EWS/Exchange.asmx"),
             QStringLiteral("401")},
            "hunter2@Sec", 0);
        row("--help with a secret", {QStringLiteral("classify"), QStringLiteral("--help"), s}, "hunter2Sec",
            0);
        row("unknown command", {QStringLiteral("hunter2Sec"), QStringLiteral("--help")}, "hunter2Sec", 0);
        row("report command", {QStringLiteral("report"), QStringLiteral("--password"), s}, "hunter2Sec", 2);
    }

    void secretsInArgumentsAreNeverEchoed()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, secret);
        QFETCH(int, exitCode);
        const Run r = runAuthDoctor(args);
        QCOMPARE(r.exitCode, exitCode);
        QStringList spelled; // "h, u, n, …" as QCommandLineParser's "Unknown options" spelled it
        for (QChar c : secret)
            spelled << QString(c);
        for (const QByteArray &stream : {r.out, r.err}) {
            const QString text = QString::fromUtf8(stream);
            QVERIFY2(!text.contains(secret), qPrintable(text));
            QVERIFY2(!text.contains(spelled.join(QStringLiteral(", "))), qPrintable(text));
            QVERIFY2(!text.contains(spelled.join(QStringLiteral(","))), qPrintable(text));
            QVERIFY2(!text.contains(secret.left(6)), qPrintable(text));
        }
    }

    // The 1 MiB usage error names the limit, never the text.
    void tooLargeArgumentIsNotEchoed()
    {
#ifdef Q_OS_WIN
        QSKIP("Windows command lines are limited to 32767 characters");
#endif
        QStringList args{QStringLiteral("classify"), QStringLiteral("-Password:hunter2Sec")};
        for (int i = 0; i < 10; ++i)
            args << QStringLiteral("password=hunter2Sec ").repeated(5300);
        const Run r = runAuthDoctor(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY(r.err.contains("1 MiB"));
        QVERIFY(!r.err.contains("hunter2"));
    }

    void tooLargeInputIsAUsageError_data()
    {
        QTest::addColumn<bool>("viaStdin");
        QTest::newRow("stdin") << true;
        QTest::newRow("argument") << false;
    }

    void tooLargeInputIsAUsageError()
    {
        QFETCH(bool, viaStdin);
        Run r;
        if (viaStdin) {
            r = runAuthDoctor({QStringLiteral("classify"), QStringLiteral("--json"), QStringLiteral("-")},
                              QByteArray(1024 * 1024 + 10, 'a'));
        } else {
#ifdef Q_OS_WIN
            QSKIP("Windows command lines are limited to 32767 characters");
#endif
            // One argument may not exceed 128 KiB on Linux: ten of 105,000 characters, joined with spaces.
            QStringList args{QStringLiteral("classify"), QStringLiteral("--json")};
            for (int i = 0; i < 10; ++i)
                args << QString(105000, QLatin1Char('a'));
            r = runAuthDoctor(args);
        }
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY(QString::fromUtf8(r.err).contains(QStringLiteral("1 MiB")));
    }

    void exactlyOneMebibyteIsRead()
    {
        QByteArray input(1024 * 1024, 'a');
        const QByteArray tail = "\n401 Unauthorized\n";
        input.replace(input.size() - tail.size(), tail.size(), tail);
        const Run r = runAuthDoctor({QStringLiteral("classify"), QStringLiteral("--json")}, input);
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = checkedJson(r.out);
        QVERIFY(hasValidShape(o));
        QCOMPARE(o.value(QStringLiteral("http_status")).toInt(), 401);
    }

    void classifyHelp()
    {
        const Run r = runAuthDoctor({QStringLiteral("classify"), QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        const QString out = QString::fromUtf8(r.out);
        QVERIFY(out.contains(QStringLiteral("authdoctor classify")));
        QVERIFY(out.contains(QStringLiteral("--json")));
    }

    // Was "classify --version" printing the version; after "classify" only --json, --help and "-"
    // are options, so it is read as the message (the version is "authdoctor --version").
    void classifyVersionIsTheMessage()
    {
        const Run r = runAuthDoctor(
            {QStringLiteral("classify"), QStringLiteral("--json"), QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(hasValidShape(checkedJson(r.out)));
    }

    void topLevelHelpAndVersion()
    {
        const Run help = runAuthDoctor({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(QString::fromUtf8(help.out).contains(QStringLiteral("classify")));
        const Run version = runAuthDoctor({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(QString::fromUtf8(version.out).contains(QStringLiteral("authdoctor")));
        QVERIFY(QString::fromUtf8(version.out).contains(QLatin1Char('.')));
    }

    void secretsInTheInputDoNotReachTheOutput()
    {
        const QByteArray input =
            "POST https://outlook.office365.com/EWS/Exchange.asmx HTTP/1.1\n"
            "Authorization: Bearer eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.eyJhdWQiOiJ4In0.c2ln\n"
            "HTTP/1.1 401 Unauthorized\nx-ms-diagnostics: 2000008;reason=\"The token contains no "
            "permissions, or permissions can not be understood.\"\n";
        for (const bool json : {true, false}) {
            QStringList args{QStringLiteral("classify")};
            if (json)
                args << QStringLiteral("--json");
            const Run r = runAuthDoctor(args, input);
            QCOMPARE(r.exitCode, 0);
            QVERIFY(!r.out.contains("eyJ0eXAiOiJKV1Qi"));
            QVERIFY(!r.err.contains("eyJ0eXAiOiJKV1Qi"));
            QVERIFY(r.out.contains("consent-missing"));
        }
    }
};

QTEST_GUILESS_MAIN(TestCliClassify)
#include "tst_cli_classify.moc"
