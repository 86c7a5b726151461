// Request builders and readers of the 2026 part (facts §1.3, §1.5, §9.2, §9.3).
#include "Blind2026.h"

namespace AuthDoctor::BlindTest::Y2026 {

Request clientCredentialsAt(const QString &host, const QString &tenant, const QString &clientId,
                            const QString &secret, const QString &scope)
{
    return tokenRequest(host, tenant,
                        {{QStringLiteral("client_id"), clientId},
                         {QStringLiteral("scope"), scope},
                         {QStringLiteral("client_secret"), secret},
                         {QStringLiteral("grant_type"), QStringLiteral("client_credentials")}});
}

Request ropcAt(const QString &host, const QString &tenant, const QString &clientId, const QString &upn,
               const QString &password, const QString &scope)
{
    return tokenRequest(host, tenant,
                        {{QStringLiteral("client_id"), clientId},
                         {QStringLiteral("scope"), scope},
                         {QStringLiteral("username"), upn},
                         {QStringLiteral("password"), password},
                         {QStringLiteral("grant_type"), QStringLiteral("password")}});
}

Request ropcV1(const QString &tenant, const QString &clientId, const QString &upn, const QString &password,
               const QString &resource)
{
    Request r;
    r.method = "POST";
    r.url = QStringLiteral("https://login.microsoftonline.com/%1/oauth2/token").arg(tenant);
    r.headers = {{"Content-Type", "application/x-www-form-urlencoded"}};
    r.body = formEncode({{QStringLiteral("resource"), resource},
                         {QStringLiteral("client_id"), clientId},
                         {QStringLiteral("grant_type"), QStringLiteral("password")},
                         {QStringLiteral("username"), upn},
                         {QStringLiteral("password"), password},
                         {QStringLiteral("scope"), QStringLiteral("openid")}});
    return r;
}

Request ewsOpenOther(const QString &host, const QString &mailbox)
{
    Request r = ews(host, QString());
    r.body = ewsGetFolder(QString(), mailbox);
    return r;
}

Request appToken(const QString &clientId, const QString &secret, const QString &scope)
{
    return clientCredentialsAt(QStringLiteral("login.microsoftonline.com"), QStringLiteral("contoso.com"),
                               clientId, secret, scope);
}

Request userToken(const QString &upn, const QString &password, const QString &scope)
{
    return ropcAt(QStringLiteral("login.microsoftonline.com"), QStringLiteral("contoso.com"),
                  QLatin1String(kPublicApp), upn, password, scope);
}

QStringList challengeSchemes(const QByteArray &value)
{
    QList<QByteArray> items;
    QByteArray current;
    bool quoted = false;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const char c = value.at(i);
        if (quoted && c == '\\' && i + 1 < value.size()) {
            current += c;
            current += value.at(++i);
            continue;
        }
        if (c == '"')
            quoted = !quoted;
        if (c == ',' && !quoted) {
            items << current.trimmed();
            current.clear();
            continue;
        }
        current += c;
    }
    items << current.trimmed();
    QStringList schemes;
    for (const QByteArray &item : items) {
        if (item.isEmpty())
            continue;
        const qsizetype space = item.indexOf(' ');
        const QByteArray first = space < 0 ? item : item.left(space);
        if (!first.contains('='))
            schemes << QString::fromLatin1(first);
    }
    return schemes;
}

QByteArrayList headerLines(const Response &r, const QByteArray &name)
{
    QByteArrayList lines;
    for (const auto &h : r.headers)
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            lines << h.second;
    return lines;
}

} // namespace AuthDoctor::BlindTest::Y2026
