#include "ClassifierRows.h"
#include "FindingIds.h"

#include "classify/Classifier.h"
#include "classify/Rules.h"
#include "classify/ScanText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace AuthDoctor;
using AuthDoctorTest::knownFindingIds;

namespace ClassifierRows {

void add(const char *name, const QString &text, const Expect &e, bool expectError)
{
    QTest::newRow(name) << text << QByteArray() << false << QString::fromLatin1(e.side)
                        << QString::fromLatin1(e.endpoint) << QString::fromLatin1(e.host) << e.status
                        << e.codes << QString::fromLatin1(e.top) << e.alsoListed << e.minTopScore
                        << expectError;
}

void addBytes(const char *name, const QByteArray &raw, const Expect &e, bool expectError)
{
    QTest::newRow(name) << QString() << raw << true << QString::fromLatin1(e.side)
                        << QString::fromLatin1(e.endpoint) << QString::fromLatin1(e.host) << e.status
                        << e.codes << QString::fromLatin1(e.top) << e.alsoListed << e.minTopScore
                        << expectError;
}

} // namespace ClassifierRows

// The invariants every classification keeps, whatever the input.
static void checkInvariants(const Classification &c)
{
    QVERIFY(!c.candidates.isEmpty());
    QStringList seen;
    for (qsizetype i = 0; i < c.candidates.size(); ++i) {
        const Candidate &cand = c.candidates.at(i);
        QVERIFY2(knownFindingIds().contains(cand.finding), qPrintable(cand.finding));
        QVERIFY2(!seen.contains(cand.finding), qPrintable(cand.finding));
        seen << cand.finding;
        QVERIFY(cand.score >= 0.0 && cand.score <= 1.0);
        QVERIFY2(!cand.whyText().trimmed().isEmpty(), qPrintable(cand.finding));
        // The language-neutral form (session files) reads back to the same reasons.
        QVERIFY(!cand.reasons.isEmpty());
        const std::optional<QList<Reason>> back = reasonsFromJson(reasonsToJson(cand.reasons));
        QVERIFY2(back && *back == cand.reasons, qPrintable(cand.finding));
        if (i > 0)
            QVERIFY(c.candidates.at(i - 1).score >= cand.score);
    }
    const std::optional<Reason> error = reasonFromJson(reasonToJson(c.error));
    QVERIFY(error && *error == c.error);
    if (seen.contains(QStringLiteral("unrecognized-error")))
        QCOMPARE(c.candidates.size(), 1);
    QStringList codesSeen;
    for (const QString &code : c.codes) {
        QVERIFY2(!codesSeen.contains(code, Qt::CaseInsensitive), qPrintable(code));
        codesSeen << code;
    }
}

static QString dump(const Classification &c)
{
    return QString::fromUtf8(QJsonDocument(c.toJson()).toJson(QJsonDocument::Indented));
}

class TestClassifier : public QObject
{
    Q_OBJECT
private slots:
    void classify_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<bool>("viaBytes");
        QTest::addColumn<QString>("side");
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("status");
        QTest::addColumn<QStringList>("codes");
        QTest::addColumn<QString>("top");
        QTest::addColumn<QStringList>("alsoListed");
        QTest::addColumn<double>("minTopScore");
        QTest::addColumn<bool>("expectError");
        ClassifierRows::addSeedRows();
        ClassifierRows::addAadstsRows();
        ClassifierRows::addEwsRows();
        ClassifierRows::addAutodiscoverRows();
        ClassifierRows::addServiceRows();
        ClassifierRows::addNetworkRows();
        ClassifierRows::addBadInputRows();
        ClassifierRows::addIssue10Rows();
    }

    void classify()
    {
        QFETCH(QString, text);
        QFETCH(QByteArray, raw);
        QFETCH(bool, viaBytes);
        QFETCH(QString, side);
        QFETCH(QString, endpoint);
        QFETCH(QString, host);
        QFETCH(int, status);
        QFETCH(QStringList, codes);
        QFETCH(QString, top);
        QFETCH(QStringList, alsoListed);
        QFETCH(double, minTopScore);
        QFETCH(bool, expectError);

        const Classification c = viaBytes ? Classifier::classifyBytes(raw) : Classifier::classify(text);
        checkInvariants(c);
        const QByteArray details = dump(c).toUtf8();
        QVERIFY2(c.error.isEmpty() != expectError, details.constData());
        QCOMPARE(sideToString(c.side), side);
        QCOMPARE(endpointKindToString(c.endpoint), endpoint);
        QCOMPARE(c.host, host);
        QCOMPARE(c.httpStatus, status);
        QCOMPARE(c.codes, codes);
        QVERIFY2(c.candidates.first().finding == top, details.constData());
        QVERIFY2(c.candidates.first().score >= minTopScore, details.constData());
        for (const QString &id : alsoListed) {
            const bool listed = std::any_of(c.candidates.cbegin(), c.candidates.cend(),
                                            [&](const Candidate &cand) { return cand.finding == id; });
            QVERIFY2(listed, qPrintable(id + QLatin1Char('\n') + QString::fromUtf8(details)));
        }
    }

    void readsSupportIdsOfTokenErrors()
    {
        const QString body = QStringLiteral(
            "{\"error\":\"invalid_grant\",\"error_description\":\"AADSTS50126: Error validating credentials "
            "due to "
            "invalid username or password.\\r\\nTrace ID: "
            "0000aaaa-11bb-cccc-dd22-eeeeee333333\\r\\nCorrelation ID: "
            "aaaa0000-bb11-2222-33cc-444444dddddd\\r\\nTimestamp: 2024-11-26 "
            "13:00:00Z\",\"error_codes\":[50126],"
            "\"timestamp\":\"2024-11-26 13:00:00Z\",\"trace_id\":\"0000aaaa-11bb-cccc-dd22-eeeeee333333\","
            "\"correlation_id\":\"aaaa0000-bb11-2222-33cc-444444dddddd\"}");
        const Classification c = Classifier::classify(body);
        QCOMPARE(c.traceId, QStringLiteral("0000aaaa-11bb-cccc-dd22-eeeeee333333"));
        QCOMPARE(c.correlationId, QStringLiteral("aaaa0000-bb11-2222-33cc-444444dddddd"));
        QCOMPARE(c.timestamp, QStringLiteral("2024-11-26 13:00:00Z"));
        const QJsonObject o = c.toJson();
        QCOMPARE(o.value(QStringLiteral("trace_id")).toString(), c.traceId);
        QCOMPARE(o.value(QStringLiteral("correlation_id")).toString(), c.correlationId);
        QCOMPARE(o.value(QStringLiteral("timestamp")).toString(), c.timestamp);
        QVERIFY(!o.contains(QStringLiteral("error")));
    }

    void readsSupportIdsOfPlainAadstsText()
    {
        const Classification c = Classifier::classify(
            QStringLiteral("AADSTS53003: Access has been blocked by Conditional Access policies.\n"
                           "Trace ID: 11112222-3333-4444-5555-666677778888\n"
                           "Correlation ID: 99990000-aaaa-bbbb-cccc-ddddeeeeffff\n"
                           "Timestamp: 2025-02-03 04:05:06Z"));
        QCOMPARE(c.traceId, QStringLiteral("11112222-3333-4444-5555-666677778888"));
        QCOMPARE(c.correlationId, QStringLiteral("99990000-aaaa-bbbb-cccc-ddddeeeeffff"));
        QCOMPARE(c.timestamp, QStringLiteral("2025-02-03 04:05:06Z"));
        QCOMPARE(c.candidates.first().finding, QStringLiteral("conditional-access-blocked"));
    }

    void whyNamesTheCodeAndLine()
    {
        const Classification c = Classifier::classify(
            QStringLiteral("2024-05-01 10:00:00 INFO starting\n2024-05-01 10:00:01 INFO connecting\n"
                           "2024-05-01 10:00:02 ERROR AADSTS50057: The user account is disabled.\n"));
        QCOMPARE(c.candidates.first().finding, QStringLiteral("account-disabled"));
        const QString why = c.candidates.first().whyText();
        QVERIFY2(why.contains(QStringLiteral("AADSTS50057")), qPrintable(why));
        QVERIFY2(why.contains(QStringLiteral("line 3")), qPrintable(why));
    }

    void unrecognizedNamesTheRawCodes()
    {
        const Classification c = Classifier::classify(QStringLiteral(
            "<m:ResponseCode>ErrorFolderNotFound</m:ResponseCode> AADSTS99999: something new"));
        QCOMPARE(c.codes,
                 (QStringList{QStringLiteral("ErrorFolderNotFound"), QStringLiteral("AADSTS99999")}));
        QCOMPARE(c.candidates.size(), 1);
        QCOMPARE(c.candidates.first().finding, QStringLiteral("unrecognized-error"));
        QVERIFY(c.candidates.first().whyText().contains(QStringLiteral("ErrorFolderNotFound")));
        QVERIFY(c.candidates.first().whyText().contains(QStringLiteral("AADSTS99999")));
    }

    void jsonShape()
    {
        const QJsonObject o =
            Classifier::classify(
                QStringLiteral("Your migration failed while checking source credentials. "
                               "Http POST request to 'mail.contoso.com' failed - 401 Unauthorized"))
                .toJson();
        QCOMPARE(o.value(QStringLiteral("schema")).toString(), QStringLiteral("authdoctor.classification/1"));
        QCOMPARE(o.value(QStringLiteral("side")).toString(), QStringLiteral("source"));
        QCOMPARE(o.value(QStringLiteral("host")).toString(), QStringLiteral("mail.contoso.com"));
        QCOMPARE(o.value(QStringLiteral("http_status")).toInt(), 401);
        QVERIFY(o.value(QStringLiteral("codes")).isArray());
        const QJsonArray cands = o.value(QStringLiteral("candidates")).toArray();
        QVERIFY(!cands.isEmpty());
        for (const QJsonValue &v : cands) {
            const QJsonObject cand = v.toObject();
            QVERIFY(cand.value(QStringLiteral("finding")).isString());
            QVERIFY(cand.value(QStringLiteral("score")).isDouble());
            QVERIFY(cand.value(QStringLiteral("why")).isString());
        }
        const QJsonObject none = Classifier::classify(QStringLiteral("something odd happened")).toJson();
        QVERIFY(none.value(QStringLiteral("host")).isNull());
        QVERIFY(none.value(QStringLiteral("http_status")).isNull());
        QCOMPARE(none.value(QStringLiteral("side")).toString(), QStringLiteral("unknown"));
        QCOMPARE(none.value(QStringLiteral("endpoint")).toString(), QStringLiteral("unknown"));
        QVERIFY(!none.contains(QStringLiteral("trace_id")));
    }

    void rankingIsDeterministic()
    {
        const QString text =
            QStringLiteral("Your migration failed while checking destination credentials. Http POST "
                           "request to 'autodiscover-s.outlook.com' failed - 401 Unauthorized");
        const Classification a = Classifier::classify(text);
        const Classification b = Classifier::classify(text);
        QCOMPARE(a.toJson(), b.toJson());
        // Equal scores keep the order of findings.md.
        for (qsizetype i = 1; i < a.candidates.size(); ++i)
            if (a.candidates.at(i - 1).score == a.candidates.at(i).score)
                QVERIFY(knownFindingIds().indexOf(a.candidates.at(i - 1).finding) <
                        knownFindingIds().indexOf(a.candidates.at(i).finding));
    }

    void secretsAreNotEchoed()
    {
        const QString text = QStringLiteral("POST https://outlook.office365.com/EWS/Exchange.asmx HTTP/1.1\n"
                                            "Authorization: Basic YWRtaW5AY29udG9zby5jb206UzNjcjN0UGFzcyE=\n"
                                            "Cookie: X-BackEndCookie=S3cr3tCookieValue\n"
                                            "password=S3cr3tPass! client_secret=Q~superSecretValue123\n"
                                            "HTTP/1.1 401 Unauthorized\n");
        const Classification c = Classifier::classify(text);
        const QString json = QString::fromUtf8(QJsonDocument(c.toJson()).toJson());
        for (const char *secret : {"YWRtaW5AY29udG9zby5jb206UzNjcjN0UGFzcyE=", "S3cr3tCookieValue",
                                   "S3cr3tPass!", "superSecretValue123"})
            QVERIFY2(!json.contains(QLatin1String(secret)), secret);
        QCOMPARE(c.candidates.first().finding, QStringLiteral("basic-auth-disabled"));
    }

    void everyRuleNamesAKnownFinding()
    {
        using namespace AuthDoctor::ClassifyDetail;
        auto checkHints = [](const Hint(&hints)[MaxHints], const char *what) {
            QVERIFY2(hints[0].finding, what);
            for (const Hint &h : hints) {
                if (!h.finding)
                    continue;
                QVERIFY2(knownFindingIds().contains(QLatin1String(h.finding)), what);
                QVERIFY2(QLatin1String(h.finding) != QLatin1String("unrecognized-error"), what);
                QVERIFY2(h.weight > 0.0 && h.weight < 1.0, what);
                QVERIFY2(h.why && *h.why, what);
            }
        };
        for (const CodeRule &r : aadstsRules())
            checkHints(r.hints, r.code);
        for (const CodeRule &r : ewsRules())
            checkHints(r.hints, r.code);
        QStringList keys;
        for (const PhraseRule &r : phraseRules()) {
            checkHints(r.hints, r.phrase);
            const QString phrase = QString::fromUtf8(r.phrase);
            QCOMPARE(phrase, phrase.toLower());
            // Two phrases that read the same once spacing is ignored would count one signal twice.
            const QString key = r.mode == PhraseMode::Compact ? compactKey(phrase) : phrase;
            QVERIFY2(!keys.contains(key), r.phrase);
            keys << key;
        }
    }

    void oneMebibyteOfLogIsRead()
    {
        QString log;
        const QString block =
            QStringLiteral("2024-05-01 10:11:12.345 INFO [Worker-3] Processing item 12345 in folder Inbox\n"
                           "   at "
                           "Microsoft.Exchange.WebServices.Data.ServiceRequestBase.GetEwsHttpWebResponse("
                           "IEwsHttpWebRequest r)\n");
        while (log.size() + block.size() < Classifier::MaxInputBytes - 200)
            log += block;
        log += QStringLiteral("Your migration failed while checking source credentials. Http POST request to "
                              "'mail.contoso.com' failed - 401 Unauthorized\n");
        const Classification c = Classifier::classify(log);
        QVERIFY(c.error.isEmpty());
        QCOMPARE(c.side, Side::Source);
        QCOMPARE(c.host, QStringLiteral("mail.contoso.com"));
        QCOMPARE(c.httpStatus, 401);
        QCOMPARE(c.endpoint, EndpointKind::ExchangeServer);
    }

    // A measurement, not an assertion on time: run with -tickcounter/-perf or read the output.
    void benchmarkOneMebibyteLog()
    {
        QString log;
        const QString lines[] = {
            QStringLiteral("2024-05-01 10:11:12.345 INFO [Worker-3] Processing item 12345 in folder Inbox\n"),
            QStringLiteral(
                "WARN Http POST request to 'autodiscover-s.outlook.com' failed - 401 Unauthorized\n"),
            QStringLiteral(
                "System.Net.WebException: The remote server returned an error: (401) Unauthorized.\n"),
            QStringLiteral("{\"error\":\"invalid_grant\",\"error_description\":\"AADSTS50076: use MFA\"}\n"),
            QStringLiteral("<m:ResponseCode>ErrorServerBusy</m:ResponseCode>\n"),
        };
        for (int i = 0; log.size() < Classifier::MaxInputBytes - 200; ++i)
            log += lines[(i * 7) % 5];
        Classification c;
        QBENCHMARK_ONCE
        {
            c = Classifier::classify(log);
        }
        QVERIFY(c.error.isEmpty());
        QCOMPARE(c.codes.first(), QStringLiteral("WebException"));
    }
};

QTEST_GUILESS_MAIN(TestClassifier)
#include "tst_classifier.moc"
