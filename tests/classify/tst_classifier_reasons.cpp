// Reasons are ids and arguments (classify/Reason.h): put into words when shown, in the language of
// that moment, and written to session files in a language-neutral JSON form.
#include "classify/Classifier.h"
#include "classify/Reason.h"
#include "classify/Rules.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTest>
#include <QTranslator>

using namespace AuthDoctor;

namespace {

// The German catalogue embedded under :/i18n (translations/CMakeLists.txt), installed only for
// the duration of a scope.
class German
{
public:
    German()
    {
        m_loaded = m_translator.load(QLocale(QLocale::German), QStringLiteral("authdoctor_core"),
                                     QStringLiteral("_"), QStringLiteral(":/i18n"));
        if (m_loaded)
            QCoreApplication::installTranslator(&m_translator);
    }
    ~German()
    {
        if (m_loaded)
            QCoreApplication::removeTranslator(&m_translator);
    }
    German(const German &) = delete;
    German &operator=(const German &) = delete;
    bool loaded() const { return m_loaded; }
    const QTranslator &translator() const { return m_translator; }

private:
    QTranslator m_translator;
    bool m_loaded = false;
};

QString compact(const QJsonValue &v)
{
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    return v.toVariant().toString();
}

// Every Text id of a reason tree.
void collectIds(const Reason &r, QStringList &out)
{
    if (r.kind == Reason::Kind::Text && !r.id.isEmpty() && !out.contains(r.id))
        out << r.id;
    for (const Reason &a : r.args)
        collectIds(a, out);
}

// Messages that reach every kind of reason: codes with lines, phrases, context hints for a bare
// status, back-off values, timeouts, unrecognized codes (a list), refused input.
void addMessageRows()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QString>("englishPart");
    QTest::addColumn<QString>("germanPart");
    QTest::newRow("code on line 3") << QByteArray(
                                           "2024-05-01 10:00:00 INFO starting\n"
                                           "2024-05-01 10:00:01 INFO connecting\n"
                                           "2024-05-01 10:00:02 ERROR AADSTS50057: The user account is "
                                           "disabled.\n")
                                    << QStringLiteral("AADSTS50057 (line 3): the user account is disabled")
                                    << QStringLiteral(
                                           "AADSTS50057 (Zeile 3): das Benutzerkonto ist deaktiviert");
    QTest::newRow("quoted phrase") << QByteArray("The remote server returned an error: the user account is "
                                                 "locked out.")
                                   << QStringLiteral("\"") << QStringLiteral("\u201e");
    QTest::newRow("bare 401 to Exchange Online")
        << QByteArray("Your migration failed while checking destination credentials. Http POST request to "
                      "'outlook.office365.com' failed - 401 Unauthorized")
        << QStringLiteral("HTTP 401: ") << QStringLiteral("HTTP 401: ");
    QTest::newRow("back-off") << QByteArray("<m:ResponseCode>ErrorServerBusy</m:ResponseCode>\n"
                                            "<t:Value Name=\"BackOffMilliseconds\">30000</t:Value>")
                              << QStringLiteral("the server asks to wait 30.0 seconds")
                              << QStringLiteral("30.0");
    QTest::newRow("on-premises timeout")
        << QByteArray("Exchange 2010 server mail.contoso.com: the operation has "
                      "timed out\nHTTP/1.1 503 Service Unavailable")
        << QStringLiteral("timeout") << QStringLiteral("Zeit");
    QTest::newRow("unrecognized codes") << QByteArray("<m:ResponseCode>ErrorFolderNotFound</m:ResponseCode> "
                                                      "AADSTS99999: something new")
                                        << QStringLiteral("(ErrorFolderNotFound, AADSTS99999)")
                                        << QStringLiteral("ErrorFolderNotFound, AADSTS99999");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("The message is empty") << QString();
    QTest::newRow("binary") << QByteArray("\x01\x02\x03\x00\xff\xfe binary", 12)
                            << QStringLiteral("binary data") << QString();
}

} // namespace

class TestClassifierReasons : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        German german;
        QVERIFY2(german.loaded(), "the German catalogue is not embedded under :/i18n");
    }

    // (a) One classification, shown in English, then German, then English again.
    void rendersInTheLanguageOfTheMoment_data() { addMessageRows(); }
    void rendersInTheLanguageOfTheMoment()
    {
        QFETCH(QByteArray, raw);
        QFETCH(QString, englishPart);
        QFETCH(QString, germanPart);

        const Classification c = Classifier::classifyBytes(raw);
        const QString englishWhy = c.candidates.first().whyText();
        const QString englishError = c.errorText();
        const QByteArray englishJson = QJsonDocument(c.toJson()).toJson();
        const QString englishAll = englishWhy + englishError;
        QVERIFY2(englishAll.contains(englishPart), qPrintable(englishAll));

        QString germanWhy;
        QString germanError;
        {
            German german;
            germanWhy = c.candidates.first().whyText();
            germanError = c.errorText();
            QVERIFY2(germanWhy != englishWhy, qPrintable(germanWhy));
            QCOMPARE(germanError.isEmpty(), englishError.isEmpty());
            if (!englishError.isEmpty())
                QVERIFY2(germanError != englishError, qPrintable(germanError));
            if (!germanPart.isEmpty())
                QVERIFY2(germanWhy.contains(germanPart), qPrintable(germanWhy));
            // The JSON of cli.md renders too: the same object, now in German.
            const QJsonObject o = c.toJson();
            QCOMPARE(o.value(QStringLiteral("candidates"))
                         .toArray()
                         .first()
                         .toObject()
                         .value(QStringLiteral("why")),
                     QJsonValue(germanWhy));
        }
        QCOMPARE(c.candidates.first().whyText(), englishWhy);
        QCOMPARE(c.errorText(), englishError);
        QCOMPARE(QJsonDocument(c.toJson()).toJson(), englishJson);
    }

    // A session file written in English opens in German: the reasons read back render in German.
    void sessionReasonsRenderInTheReadersLanguage()
    {
        const Classification c = Classifier::classify(
            QStringLiteral("line one\nline two\nAADSTS50057: The user account is disabled."));
        const QByteArray file = QJsonDocument(reasonsToJson(c.candidates.first().reasons).toArray()).toJson();
        German german;
        const std::optional<QList<Reason>> read = reasonsFromJson(QJsonDocument::fromJson(file).array());
        QVERIFY(read && !read->isEmpty());
        QCOMPARE(renderReason(read->first()),
                 QStringLiteral("AADSTS50057 (Zeile 3): das Benutzerkonto ist deaktiviert"));
    }

    // (b) The neutral JSON form, written out and read back.
    void jsonForm()
    {
        const Classification c = Classifier::classify(
            QStringLiteral("line one\nline two\nAADSTS50057: The user account is disabled."));
        QCOMPARE(c.candidates.first().finding, QStringLiteral("account-disabled"));
        const Reason &r = c.candidates.first().reasons.first();
        QCOMPARE(compact(reasonToJson(r)),
                 QStringLiteral("{\"args\":[{\"args\":[\"AADSTS50057\",\"3\"],\"id\":\"%1 (line %2)\"},"
                                "{\"id\":\"the user account is disabled\"}],\"id\":\"%1: %2\"}"));
        const std::optional<Reason> back = reasonFromJson(reasonToJson(r));
        QVERIFY(back);
        QVERIFY(*back == r);
        QCOMPARE(renderReason(*back), renderReason(r));
    }

    void jsonRoundTrip_data() { addMessageRows(); }
    void jsonRoundTrip()
    {
        QFETCH(QByteArray, raw);
        const Classification c = Classifier::classifyBytes(raw);
        for (const Candidate &cand : c.candidates) {
            // Through text, as a session file would carry it.
            const QByteArray file = QJsonDocument(reasonsToJson(cand.reasons).toArray()).toJson();
            const std::optional<QList<Reason>> back = reasonsFromJson(QJsonDocument::fromJson(file).array());
            QVERIFY(back);
            QVERIFY(*back == cand.reasons);
            QCOMPARE(renderReasons(*back), cand.whyText());
        }
        const std::optional<Reason> error = reasonFromJson(reasonToJson(c.error));
        QVERIFY(error);
        QVERIFY(*error == c.error);
    }

    void jsonRejects_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("number") << QByteArray("[1]");
        QTest::newRow("bool") << QByteArray("[true]");
        QTest::newRow("no id") << QByteArray("[{\"args\":[]}]");
        QTest::newRow("empty id") << QByteArray("[{\"id\":\"\"}]");
        QTest::newRow("id not a string") << QByteArray("[{\"id\":3}]");
        QTest::newRow("args not an array") << QByteArray("[{\"id\":\"%1\",\"args\":\"x\"}]");
        QTest::newRow("unknown key") << QByteArray("[{\"id\":\"x\",\"text\":\"y\"}]");
        QTest::newRow("bad arg") << QByteArray("[{\"id\":\"%1\",\"args\":[{}]}]");
        QByteArray deep = "\"x\"";
        for (int i = 0; i < MaxReasonDepth + 1; ++i)
            deep = "{\"id\":\"%1\",\"args\":[" + deep + "]}";
        QTest::newRow("too deep") << ("[" + deep + "]");
        QByteArray wide = "{\"id\":\"%1\",\"args\":[\"a\"";
        for (int i = 0; i < MaxReasonArgs; ++i)
            wide += ",\"a\"";
        QTest::newRow("too many args") << ("[" + wide + "]}]");
    }
    void jsonRejects()
    {
        QFETCH(QByteArray, json);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY(!reasonsFromJson(doc.array()));
        QVERIFY(!reasonsFromJson(QJsonValue(QStringLiteral("not a list"))));
    }

    void jsonKeepsUnknownIds()
    {
        // A reason from a newer version: shown as its source text.
        const std::optional<Reason> r =
            reasonFromJson(QJsonDocument::fromJson("{\"id\":\"%1: something new (%2)\","
                                                   "\"args\":[\"X1\",[\"a\",\"b\"]]}")
                               .object());
        QVERIFY(r);
        QCOMPARE(renderReason(*r), QStringLiteral("X1: something new (a, b)"));
        QVERIFY(reasonFromJson(QJsonValue(QJsonValue::Null))->isEmpty());
    }

    // Arguments are put in once: a code or a phrase that contains "%1" stays as written, and a
    // translation may reorder the placeholders.
    void argumentsAreNotReread()
    {
        const Reason r = Reason::text(
            "%1: %2", {Reason::literal(QStringLiteral("%2%1")), Reason::literal(QStringLiteral("why %1"))});
        QCOMPARE(renderReason(r), QStringLiteral("%2%1: why %1"));
        QCOMPARE(renderReason(Reason::text("%2 before %1 and %3", {Reason::number(1), Reason::number(2)})),
                 QStringLiteral("2 before 1 and %3"));
        QCOMPARE(
            renderReason(Reason::text("%10 %1", QList<Reason>(10, Reason::literal(QStringLiteral("x"))))),
            QStringLiteral("x x"));
    }

    // Every id the classifier produces is a source text of the German catalogue, so lupdate found
    // it (no id is built by concatenation) and the existing translations still match.
    void everyReasonIdIsTranslated_data() { addMessageRows(); }
    void everyReasonIdIsTranslated()
    {
        QFETCH(QByteArray, raw);
        const Classification c = Classifier::classifyBytes(raw);
        QStringList ids;
        collectIds(c.error, ids);
        for (const Candidate &cand : c.candidates)
            for (const Reason &r : cand.reasons)
                collectIds(r, ids);
        QVERIFY(!ids.isEmpty());
        German german;
        for (const QString &id : std::as_const(ids))
            QVERIFY2(!german.translator().translate(ReasonContext, id.toUtf8().constData()).isEmpty(),
                     qPrintable(id));
    }

    void everyRuleReasonIsTranslated()
    {
        using namespace AuthDoctor::ClassifyDetail;
        German german;
        QStringList missing;
        auto check = [&](const Hint(&hints)[MaxHints]) {
            for (const Hint &h : hints)
                if (h.why && german.translator().translate(ReasonContext, h.why).isEmpty())
                    missing << QString::fromUtf8(h.why);
        };
        for (const CodeRule &r : aadstsRules())
            check(r.hints);
        for (const CodeRule &r : ewsRules())
            check(r.hints);
        for (const PhraseRule &r : phraseRules())
            check(r.hints);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestClassifierReasons)
#include "tst_classifier_reasons.moc"
