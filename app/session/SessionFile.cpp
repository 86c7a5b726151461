#include "SessionFile.h"

#include "core/AppInfo.h"
#include "core/Redaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QSaveFile>

#include <cmath>

namespace AuthDoctor::Session {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(AuthDoctor::Session)
};

constexpr double kMaxExactInteger = 9007199254740992.0; // 2^53: larger JSON numbers are not exact

// ---- writing ---------------------------------------------------------------------------------

QJsonValue orNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonValue timeJson(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue(QJsonValue::Null);
}

QJsonValue messageJson(const Message &m)
{
    if (m.context.isEmpty() && m.source.isEmpty() && m.args.isEmpty())
        return QJsonValue(QJsonValue::Null);
    return m.toJson();
}

// Header lists keep their order and repeated names: [["WWW-Authenticate", "…"], …].
QJsonArray headersJson(const QList<QPair<QString, QString>> &headers)
{
    QJsonArray out;
    for (const auto &[name, value] : headers)
        out.append(QJsonArray{name, value});
    return out;
}

QJsonObject evidenceJson(const Engine::Evidence &e)
{
    const QJsonObject request{{QStringLiteral("method"), e.method},
                              {QStringLiteral("url"), e.url},
                              {QStringLiteral("headers"), headersJson(e.requestHeaders)},
                              {QStringLiteral("body_excerpt"), e.requestBodyExcerpt}};
    const QJsonObject response{{QStringLiteral("status"), e.status},
                               {QStringLiteral("headers"), headersJson(e.responseHeaders)},
                               {QStringLiteral("body_excerpt"), e.bodyExcerpt}};
    const QJsonValue error = e.networkError.isEmpty() && e.networkErrorCode.isEmpty()
                                 ? QJsonValue(QJsonValue::Null)
                                 : QJsonValue(QJsonObject{{QStringLiteral("code"), e.networkErrorCode},
                                                          {QStringLiteral("message"), e.networkError}});
    return {{QStringLiteral("request"), request},
            {QStringLiteral("response"), response},
            {QStringLiteral("error"), error},
            {QStringLiteral("started_ms"), e.startedMs},
            {QStringLiteral("duration_ms"), e.durationMs}};
}

QJsonObject checkJson(const Engine::CheckResult &c)
{
    QJsonArray evidence;
    for (const Engine::Evidence &e : c.evidence)
        evidence.append(evidenceJson(e));
    return {{QStringLiteral("id"), c.id},
            {QStringLiteral("status"), Engine::checkStatusToString(c.status)},
            {QStringLiteral("summary"), messageJson(c.summary)},
            {QStringLiteral("evidence"), evidence},
            {QStringLiteral("facts"), QJsonObject::fromVariantMap(c.facts)},
            {QStringLiteral("codes"), QJsonArray::fromStringList(c.codes)},
            {QStringLiteral("findings"), QJsonArray::fromStringList(c.findings)},
            {QStringLiteral("rules_out"), QJsonArray::fromStringList(c.rulesOut)},
            {QStringLiteral("started_ms"), c.startedMs},
            {QStringLiteral("duration_ms"), c.durationMs}};
}

QJsonObject findingJson(const Engine::FindingResult &f)
{
    return {{QStringLiteral("id"), f.id},
            {QStringLiteral("confidence"), f.confidence},
            {QStringLiteral("evidence"), QJsonArray::fromStringList(f.evidence)},
            {QStringLiteral("why"), messageJson(f.why)},
            {QStringLiteral("raw_codes"), QJsonArray::fromStringList(f.rawCodes)}};
}

QJsonObject questionJson(const Engine::Question &q)
{
    return {{QStringLiteral("id"), q.id},
            {QStringLiteral("text"), messageJson(q.text)},
            {QStringLiteral("values"), QJsonArray::fromStringList(q.values)},
            {QStringLiteral("answer"), orNull(q.answer)}};
}

QJsonObject documentJson(const Session &s)
{
    const Engine::Result &r = s.result;
    QJsonArray checks, findings, questions;
    for (const Engine::CheckResult &c : r.checks)
        checks.append(checkJson(c));
    for (const Engine::FindingResult &f : r.findings)
        findings.append(findingJson(f));
    for (const Engine::Question &q : r.questions)
        questions.append(questionJson(q));
    // Inputs::toJson leaves the password and the client secret out and masks the pasted error.
    return {{QStringLiteral("schema"), QString::fromLatin1(kSchema)},
            {QStringLiteral("app"), QJsonObject{{QStringLiteral("name"), AppInfo::name()},
                                                {QStringLiteral("version"), s.appVersion}}},
            {QStringLiteral("os"), s.os},
            {QStringLiteral("language"), s.language},
            {QStringLiteral("created"), timeJson(s.created)},
            {QStringLiteral("saved"), timeJson(s.saved)},
            {QStringLiteral("practice"), r.practice},
            {QStringLiteral("practice_scenario"), orNull(r.practiceScenario)},
            {QStringLiteral("completed"), r.completed},
            {QStringLiteral("started"), timeJson(r.started)},
            {QStringLiteral("duration_ms"), r.durationMs},
            {QStringLiteral("input"), r.inputs.toJson()},
            {QStringLiteral("checks"), checks},
            {QStringLiteral("findings"), findings},
            {QStringLiteral("questions"), questions},
            {QStringLiteral("primary_finding"), orNull(r.primaryFinding)},
            {QStringLiteral("ruled_out"), QJsonArray::fromStringList(r.ruledOut)}};
}

// ---- reading ---------------------------------------------------------------------------------

// Facts come back as the QVariant types JSON has; an array of strings as a QStringList (the type
// the checks store lists of names in).
QVariant factValue(const QJsonValue &v)
{
    if (v.isArray()) {
        const QJsonArray a = v.toArray();
        bool allStrings = !a.isEmpty();
        for (const QJsonValue &x : a)
            allStrings = allStrings && x.isString();
        if (allStrings) {
            QStringList out;
            for (const QJsonValue &x : a)
                out << x.toString();
            return out;
        }
        QVariantList out;
        for (const QJsonValue &x : a)
            out << factValue(x);
        return out;
    }
    if (v.isObject()) {
        QVariantMap out;
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            out.insert(it.key(), factValue(it.value()));
        return out;
    }
    return v.toVariant();
}

// Reads fields with their types checked; the first field that is missing or of the wrong type is
// remembered (its path, e.g. "checks[2].status") and makes the file "damaged".
class Parser
{
public:
    bool ok() const { return m_bad.isEmpty(); }
    QString badField() const { return m_bad; }

    void fail(const QString &path)
    {
        if (m_bad.isEmpty())
            m_bad = path;
    }

    static QString at(const QString &path, const char *key)
    {
        return path.isEmpty() ? QString::fromLatin1(key) : path + QLatin1Char('.') + QLatin1String(key);
    }
    static QString at(const QString &path, qsizetype index)
    {
        return path + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
    }

    // A string; absent or null gives an empty one unless required.
    QString text(const QJsonObject &o, const char *key, const QString &path, bool required = false)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isString() && !(required && v.toString().isEmpty()))
            return v.toString();
        if ((v.isUndefined() || v.isNull()) && !required)
            return {};
        fail(at(path, key));
        return {};
    }

    bool boolean(const QJsonObject &o, const char *key, const QString &path)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isBool())
            return v.toBool();
        if (!v.isUndefined() && !v.isNull())
            fail(at(path, key));
        return false;
    }

    // A whole, non-negative number of at most 2^53 (milliseconds, status codes).
    qint64 count(const QJsonObject &o, const char *key, const QString &path, qint64 max = 0)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return 0;
        const double d = v.toDouble(-1);
        if (!v.isDouble() || !std::isfinite(d) || d < 0 || d > kMaxExactInteger || std::floor(d) != d ||
            (max > 0 && d > double(max))) {
            fail(at(path, key));
            return 0;
        }
        return qint64(d);
    }

    QStringList strings(const QJsonObject &o, const char *key, const QString &path)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isArray()) {
            fail(at(path, key));
            return {};
        }
        QStringList out;
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (!a.at(i).isString()) {
                fail(at(at(path, key), i));
                return {};
            }
            out << a.at(i).toString();
        }
        return out;
    }

    QJsonObject object(const QJsonObject &o, const char *key, const QString &path, bool required = false)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isObject())
            return v.toObject();
        if ((v.isUndefined() || v.isNull()) && !required)
            return {};
        fail(at(path, key));
        return {};
    }

    QJsonArray array(const QJsonObject &o, const char *key, const QString &path, bool required = false)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isArray())
            return v.toArray();
        if ((v.isUndefined() || v.isNull()) && !required)
            return {};
        fail(at(path, key));
        return {};
    }

    // The objects of an array; an element that is not an object fails.
    template <typename F> void eachObject(const QJsonArray &a, const QString &path, F f)
    {
        for (qsizetype i = 0; i < a.size() && ok(); ++i) {
            if (!a.at(i).isObject()) {
                fail(at(path, i));
                return;
            }
            f(a.at(i).toObject(), at(path, i));
        }
    }

    QDateTime time(const QJsonObject &o, const char *key, const QString &path)
    {
        const QString s = text(o, key, path);
        if (s.isEmpty())
            return {};
        QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
        if (!t.isValid()) {
            fail(at(path, key));
            return {};
        }
        return t.toUTC();
    }

    Message message(const QJsonObject &o, const char *key, const QString &path)
    {
        const QJsonObject m = object(o, key, path);
        const QString p = at(path, key);
        return {text(m, "context", p), text(m, "source", p), strings(m, "args", p)};
    }

    template <typename E>
    E word(const QJsonObject &o, const char *key, const QString &path,
           std::optional<E> (*parse)(const QString &), E fallback, bool nullMeansFallback)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || (v.isNull() && nullMeansFallback))
            return fallback;
        const QString s = v.toString();
        if (v.isString() && s == QLatin1String("unknown"))
            return fallback;
        if (v.isString())
            if (const auto e = parse(s))
                return *e;
        fail(at(path, key)); // a word this version does not know: the file is not one it wrote
        return fallback;
    }

    QList<QPair<QString, QString>> headers(const QJsonObject &o, const char *key, const QString &path)
    {
        QList<QPair<QString, QString>> out;
        const QJsonValue v = o.value(QLatin1String(key));
        const QString p = at(path, key);
        if (v.isArray()) { // [[name, value], …] as written
            const QJsonArray a = v.toArray();
            for (qsizetype i = 0; i < a.size(); ++i) {
                const QJsonArray pair = a.at(i).toArray();
                if (!a.at(i).isArray() || pair.size() != 2 || !pair.at(0).isString() ||
                    !pair.at(1).isString()) {
                    fail(at(p, i));
                    return {};
                }
                out.append({pair.at(0).toString(), pair.at(1).toString()});
            }
        } else if (v.isObject()) { // {"name": "value"} as cli.md's evidence has it
            const QJsonObject h = v.toObject();
            for (auto it = h.begin(); it != h.end(); ++it) {
                if (!it.value().isString()) {
                    fail(p);
                    return {};
                }
                out.append({it.key(), it.value().toString()});
            }
        } else if (!v.isUndefined() && !v.isNull()) {
            fail(p);
        }
        return out;
    }

private:
    QString m_bad;
};

Engine::Inputs readInputs(Parser &p, const QJsonObject &o, const QString &path)
{
    Engine::Inputs in;
    in.endpoint = p.word(o, "endpoint", path, &endpointKindFromString, EndpointKind::Unknown, false);
    in.side = p.word(o, "side", path, &sideFromString, Side::Unknown, true);
    in.cloud = p.word(o, "cloud", path, &cloudFromString, Cloud::Commercial, false);
    in.auth = p.word(o, "auth", path, &authMethodFromString, AuthMethod::Unknown, false);
    in.user = p.text(o, "user", path);
    in.mailbox = p.text(o, "mailbox", path);
    in.tenant = p.text(o, "tenant", path);
    in.clientId = p.text(o, "client_id", path);
    in.ewsUrl = p.text(o, "ews_url", path);
    // Masked again: a hand-edited file must not bring a credential into a report.
    in.errorText = Redaction::maskSecrets(p.text(o, "error_text", path));
    // "password" and "client_secret" are never read: a Session holds no secret.
    return in;
}

std::optional<Engine::CheckStatus> checkStatusFromString(const QString &s)
{
    using S = Engine::CheckStatus;
    for (S status :
         {S::Waiting, S::Running, S::Passed, S::Warning, S::Failed, S::Skipped, S::Error, S::Cancelled})
        if (Engine::checkStatusToString(status) == s)
            return status;
    return std::nullopt;
}

Engine::Evidence readEvidence(Parser &p, const QJsonObject &o, const QString &path)
{
    Engine::Evidence e;
    const QString req = Parser::at(path, "request");
    const QJsonObject request = p.object(o, "request", path);
    e.method = p.text(request, "method", req);
    e.url = p.text(request, "url", req);
    e.requestHeaders = p.headers(request, "headers", req);
    e.requestBodyExcerpt = p.text(request, "body_excerpt", req);
    const QString resp = Parser::at(path, "response");
    const QJsonObject response = p.object(o, "response", path);
    e.status = int(p.count(response, "status", resp, 999));
    e.responseHeaders = p.headers(response, "headers", resp);
    e.bodyExcerpt = p.text(response, "body_excerpt", resp);
    const QString err = Parser::at(path, "error");
    const QJsonObject error = p.object(o, "error", path);
    e.networkErrorCode = p.text(error, "code", err);
    e.networkError = p.text(error, "message", err);
    e.startedMs = p.count(o, "started_ms", path);
    e.durationMs = p.count(o, "duration_ms", path);
    return e;
}

Engine::CheckResult readCheck(Parser &p, const QJsonObject &o, const QString &path)
{
    Engine::CheckResult c;
    c.id = p.text(o, "id", path, true);
    const QJsonValue status = o.value(QLatin1String("status"));
    if (const auto s = checkStatusFromString(status.toString()); status.isString() && s)
        c.status = *s;
    else
        p.fail(Parser::at(path, "status"));
    c.summary = p.message(o, "summary", path);
    p.eachObject(p.array(o, "evidence", path), Parser::at(path, "evidence"),
                 [&](const QJsonObject &e, const QString &at) { c.evidence.append(readEvidence(p, e, at)); });
    const QJsonObject facts = p.object(o, "facts", path);
    for (auto it = facts.begin(); it != facts.end(); ++it)
        c.facts.insert(it.key(), factValue(it.value()));
    c.codes = p.strings(o, "codes", path);
    c.findings = p.strings(o, "findings", path);
    c.rulesOut = p.strings(o, "rules_out", path);
    c.startedMs = p.count(o, "started_ms", path);
    c.durationMs = p.count(o, "duration_ms", path);
    return c;
}

Engine::FindingResult readFinding(Parser &p, const QJsonObject &o, const QString &path)
{
    Engine::FindingResult f;
    f.id = p.text(o, "id", path, true);
    f.confidence = p.text(o, "confidence", path);
    if (!f.confidence.isEmpty() && f.confidence != QLatin1String("high") &&
        f.confidence != QLatin1String("medium") && f.confidence != QLatin1String("low"))
        p.fail(Parser::at(path, "confidence"));
    f.evidence = p.strings(o, "evidence", path);
    f.why = p.message(o, "why", path);
    f.rawCodes = p.strings(o, "raw_codes", path);
    return f;
}

Engine::Question readQuestion(Parser &p, const QJsonObject &o, const QString &path)
{
    Engine::Question q;
    q.id = p.text(o, "id", path, true);
    q.text = p.message(o, "text", path);
    q.values = p.strings(o, "values", path);
    q.answer = p.text(o, "answer", path);
    return q;
}

Session readSession(Parser &p, const QJsonObject &root)
{
    Session s;
    Engine::Result &r = s.result;
    s.appVersion = p.text(p.object(root, "app", {}), "version", QStringLiteral("app"));
    s.os = p.text(root, "os", {});
    s.language = p.text(root, "language", {});
    s.created = p.time(root, "created", {});
    s.saved = p.time(root, "saved", {});
    r.practice = p.boolean(root, "practice", {});
    r.practiceScenario = p.text(root, "practice_scenario", {});
    r.completed = p.boolean(root, "completed", {});
    r.started = p.time(root, "started", {});
    r.durationMs = p.count(root, "duration_ms", {});
    r.inputs = readInputs(p, p.object(root, "input", {}, true), QStringLiteral("input"));
    p.eachObject(p.array(root, "checks", {}, true), QStringLiteral("checks"),
                 [&](const QJsonObject &o, const QString &at) { r.checks.append(readCheck(p, o, at)); });
    p.eachObject(p.array(root, "findings", {}, true), QStringLiteral("findings"),
                 [&](const QJsonObject &o, const QString &at) { r.findings.append(readFinding(p, o, at)); });
    p.eachObject(
        p.array(root, "questions", {}), QStringLiteral("questions"),
        [&](const QJsonObject &o, const QString &at) { r.questions.append(readQuestion(p, o, at)); });
    r.primaryFinding = p.text(root, "primary_finding", {});
    r.ruledOut = p.strings(root, "ruled_out", {});
    return s;
}

// A parse error at the very end of what starts like a JSON object or array: the file was cut off
// (an interrupted copy or download), not a different kind of file.
bool looksTruncated(const QByteArray &bytes, const QJsonParseError &error)
{
    QByteArray t = bytes.trimmed();
    if (t.startsWith("\xEF\xBB\xBF"))
        t = t.mid(3).trimmed();
    if (!t.startsWith('{') && !t.startsWith('['))
        return false;
    qsizetype contentEnd = bytes.size();
    while (contentEnd > 0 && QChar::isSpace(uchar(bytes.at(contentEnd - 1))))
        --contentEnd;
    // The longest token a cut can leave unfinished at the end: a keyword ("fals") or an escape
    // ("\u00e").
    constexpr qsizetype kSlack = 8;
    switch (error.error) {
    case QJsonParseError::UnterminatedObject:
    case QJsonParseError::UnterminatedArray:
    case QJsonParseError::UnterminatedString:
    case QJsonParseError::MissingNameSeparator:
    case QJsonParseError::MissingValueSeparator:
    case QJsonParseError::IllegalValue:
    case QJsonParseError::IllegalNumber:
    case QJsonParseError::IllegalEscapeSequence:
    case QJsonParseError::IllegalUTF8String:
        return error.offset >= contentEnd - kSlack;
    default:
        return false;
    }
}

// A schema value short and plain enough to quote in a message (it comes from the file, and
// could be anything: a token pasted there is not quoted).
bool quotable(const QString &s)
{
    if (s.isEmpty() || s.size() > 64 || !Redaction::secretSpans(s).isEmpty())
        return false;
    for (const QChar c : s)
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != QLatin1Char('.') && c != QLatin1Char('/') &&
            c != QLatin1Char('-') && c != QLatin1Char('_'))
            return false;
    return true;
}

std::optional<Session> failed(QString *error, ReadError *kind, ReadError k, const QString &message)
{
    if (error)
        *error = message;
    if (kind)
        *kind = k;
    return std::nullopt;
}

} // namespace

QByteArray toJson(const Session &session)
{
    return QJsonDocument(documentJson(session)).toJson(QJsonDocument::Indented);
}

std::optional<int> schemaVersion(const QString &schema)
{
    static const QString prefix = QStringLiteral("authdoctor.session/");
    if (!schema.startsWith(prefix))
        return std::nullopt;
    const QString number = schema.mid(prefix.size());
    bool ok = false;
    const int v = number.toInt(&ok);
    // Plain decimal digits only ("+1", " 1" and "1.0" are not a version).
    if (!ok || v < 0 || number != QString::number(v))
        return std::nullopt;
    return v;
}

bool migrate(QJsonObject &document, int fromVersion)
{
    if (fromVersion < kOldestReadableVersion || fromVersion > kCurrentVersion)
        return false;
    for (int v = fromVersion; v < kCurrentVersion; ++v) {
        switch (v) {
        // One case per format change, e.g. `case 1: migrate1to2(document); break;` (README.md).
        default:
            return false;
        }
    }
    document.insert(QStringLiteral("schema"), QString::fromLatin1(kSchema));
    return true;
}

std::optional<Session> fromJson(const QByteArray &bytes, const QString &name, QString *error, ReadError *kind)
{
    if (kind)
        *kind = ReadError::None;
    if (bytes.trimmed().isEmpty())
        return failed(error, kind, ReadError::Empty,
                      Text::tr("Cannot open %1: the file is empty.").arg(name));
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &pe);
    if (pe.error != QJsonParseError::NoError) {
        if (looksTruncated(bytes, pe))
            return failed(error, kind, ReadError::Truncated,
                          Text::tr("Cannot open %1: the file is incomplete, it ends in the middle of the "
                                   "session (it may have been copied or downloaded only in part).")
                              .arg(name));
        return failed(error, kind, ReadError::NotJson,
                      Text::tr("Cannot open %1: it is not an AuthDoctor session (its content is not JSON: %2 "
                               "at byte %3).")
                          .arg(name, pe.errorString(), QString::number(pe.offset)));
    }
    QJsonObject root = doc.object();
    const QString schema = root.value(QLatin1String("schema")).toString();
    if (!doc.isObject() || schema.isEmpty())
        return failed(error, kind, ReadError::Foreign,
                      Text::tr("Cannot open %1: it is not an AuthDoctor session file.").arg(name));
    if (schema.startsWith(QLatin1String("authdoctor.diagnosis/")))
        return failed(error, kind, ReadError::Foreign,
                      Text::tr("Cannot open %1: it is the output of \"authdoctor diagnose --json\", not a "
                               "session. Save a session with \"authdoctor diagnose --save FILE.authdiag\".")
                          .arg(name));
    const std::optional<int> version = schemaVersion(schema);
    if (!version) {
        if (quotable(schema))
            return failed(error, kind, ReadError::Foreign,
                          Text::tr("Cannot open %1: it is not an AuthDoctor session file (its schema is "
                                   "\"%2\").")
                              .arg(name, schema));
        return failed(error, kind, ReadError::Foreign,
                      Text::tr("Cannot open %1: it is not an AuthDoctor session file.").arg(name));
    }
    if (*version > kCurrentVersion)
        return failed(error, kind, ReadError::NewerFormat,
                      Text::tr("Cannot open %1: it was saved by a newer AuthDoctor (session format %2; this "
                               "version reads formats up to %3). Update AuthDoctor to open it.")
                          .arg(name, QString::number(*version), QString::number(kCurrentVersion)));
    if (*version < kCurrentVersion && !migrate(root, *version))
        return failed(error, kind, ReadError::OlderFormat,
                      Text::tr("Cannot open %1: it uses session format %2, which this version of AuthDoctor "
                               "cannot read.")
                          .arg(name, QString::number(*version)));

    Parser parser;
    Session s = readSession(parser, root);
    if (!parser.ok())
        return failed(error, kind, ReadError::Damaged,
                      Text::tr("Cannot open %1: the file is damaged (the field \"%2\" is missing or not "
                               "valid).")
                          .arg(name, parser.badField()));
    s.formatVersion = *version;
    if (error)
        error->clear();
    return s;
}

std::optional<Session> read(const QString &path, QString *error, ReadError *kind)
{
    const QString name = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.exists())
        return failed(error, kind, ReadError::NotFound,
                      Text::tr("Cannot open %1: there is no such file.").arg(name));
    if (info.isDir())
        return failed(error, kind, ReadError::NotAFile,
                      Text::tr("Cannot open %1: it is a folder, not a session file.").arg(name));
    if (!info.isFile()) // a device or a pipe: reading could block or never end
        return failed(error, kind, ReadError::NotAFile,
                      Text::tr("Cannot open %1: it is not a regular file.").arg(name));
    const auto tooLarge = [&](qint64 size) {
        return failed(
            error, kind, ReadError::TooLarge,
            Text::tr("Cannot open %1: it is too large for an AuthDoctor session (%2 MB; the limit is "
                     "%3 MB).")
                .arg(name, QString::number(double(size) / (1024 * 1024), 'f', 1),
                     QString::number(kMaxFileBytes / (1024 * 1024))));
    };
    if (info.size() > kMaxFileBytes)
        return tooLarge(info.size());
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failed(error, kind, ReadError::Unreadable,
                      Text::tr("Cannot open %1: it cannot be read (%2).").arg(name, file.errorString()));
    const QByteArray bytes = file.read(kMaxFileBytes + 1); // the file may have grown since
    if (file.error() != QFileDevice::NoError)
        return failed(error, kind, ReadError::Unreadable,
                      Text::tr("Cannot open %1: it cannot be read (%2).").arg(name, file.errorString()));
    if (bytes.size() > kMaxFileBytes)
        return tooLarge(qMax(file.size(), qint64(bytes.size())));
    return fromJson(bytes, name, error, kind);
}

bool write(Session &session, const QString &path, QString *error)
{
    const QString name = QDir::toNativeSeparators(path);
    if (QFileInfo(path).isDir()) {
        if (error)
            *error = Text::tr("Cannot save the session as %1: it is a folder.").arg(name);
        return false;
    }
    Session stamped = session;
    stamped.saved = QDateTime::currentDateTimeUtc();
    const QByteArray bytes = toJson(stamped);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = Text::tr("Cannot save the session as %1: %2").arg(name, file.errorString());
        return false;
    }
    session.saved = stamped.saved;
    session.formatVersion = kCurrentVersion;
    return true;
}

} // namespace AuthDoctor::Session
