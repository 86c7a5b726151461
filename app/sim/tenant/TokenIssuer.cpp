#include "TokenIssuer.h"

#include "Jwt.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QUrl>

namespace AuthDoctor::Sim::Tenant::Tokens {

namespace {

QString stripSlash(QString s)
{
    while (s.endsWith(QLatin1Char('/')))
        s.chop(1);
    return s;
}

ResourceRef exchangeRef(const TenantState &t, const QString &aud)
{
    return {Resource::Exchange, aud, QStringLiteral("https://") + cloudInfo(t.cloud).exoResourceHosts.first(),
            kExchangeAppId, QStringLiteral("Office 365 Exchange Online")};
}

ResourceRef graphRef(const TenantState &t, const QString &aud)
{
    return {Resource::Graph, aud, QStringLiteral("https://") + cloudInfo(t.cloud).graphHost, kGraphAppId,
            QStringLiteral("Microsoft Graph")};
}

ResourceRef sharePointRef(const TenantState &t, const QString &aud)
{
    return {Resource::SharePoint, aud,
            QStringLiteral("https://") + t.sharePointName + QLatin1Char('.') +
                cloudInfo(t.cloud).sharePointSuffix,
            kSharePointAppId, QStringLiteral("Office 365 SharePoint Online")};
}

QString uti()
{
    QByteArray raw(16, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(raw.data()), 4);
    return QString::fromLatin1(Jwt::base64Url(raw).left(22));
}

QJsonObject header()
{
    return QJsonObject{{QStringLiteral("typ"), QStringLiteral("JWT")},
                       {QStringLiteral("alg"), QStringLiteral("RS256")},
                       {QStringLiteral("x5t"), QStringLiteral("AuthDoctorSimulatorKey")},
                       {QStringLiteral("kid"), QStringLiteral("AuthDoctorSimulatorKey")}};
}

// The claims every access token carries. Access tokens are v1.0 (`ver` "1.0"), which have
// appid/appidacr and no azp/azpacr (those are v2.0-only, facts §9.11).
QJsonObject common(const Context &ctx, const App &app, const ResourceRef &res, int appidacr)
{
    const qint64 now = ctx.nowMs / 1000;
    const TenantState &t = ctx.state;
    return QJsonObject{
        {QStringLiteral("aud"), res.aud},
        {QStringLiteral("iss"), issuerV1(t)},
        {QStringLiteral("iat"), now},
        {QStringLiteral("nbf"), now},
        {QStringLiteral("exp"), now + kLifetimeSeconds},
        {QStringLiteral("aio"), uti()},
        {QStringLiteral("app_displayname"), app.name},
        {QStringLiteral("appid"), app.clientId},
        {QStringLiteral("appidacr"), QString::number(appidacr)},
        {QStringLiteral("idp"), issuerV1(t)},
        {QStringLiteral("rh"), QString(QStringLiteral("0.AXoA") + uti())},
        {QStringLiteral("tid"), t.tenantId.toString(QUuid::WithoutBraces)},
        {QStringLiteral("uti"), uti()},
        {QStringLiteral("ver"), QStringLiteral("1.0")},
    };
}

QString pairwiseSub(const QString &oid, const QString &clientId)
{
    return QString::fromLatin1(
        Jwt::base64Url(QCryptographicHash::hash(utf8(oid + clientId), QCryptographicHash::Sha256)).left(43));
}

QString givenName(const User &u)
{
    const QString n = u.displayName.section(QLatin1Char(' '), 0, 0);
    return n.isEmpty() ? u.localPart() : n;
}

QString familyName(const User &u)
{
    return u.displayName.section(QLatin1Char(' '), 1);
}

} // namespace

QString issuerV1(const TenantState &t)
{
    return cloudInfo(t.cloud).issuerV1Prefix + t.tenantId.toString(QUuid::WithoutBraces) + QLatin1Char('/');
}

QString issuerV2(const TenantState &t)
{
    return QStringLiteral("https://") + canonicalLoginHost(instanceOf(t.cloud)) + QLatin1Char('/') +
           t.tenantId.toString(QUuid::WithoutBraces) + QStringLiteral("/v2.0");
}

std::optional<ResourceRef> resolveResource(const TenantState &t, const QString &identifier)
{
    const QString id = stripSlash(identifier.trimmed());
    if (id.compare(kExchangeAppId, Qt::CaseInsensitive) == 0)
        return exchangeRef(t, kExchangeAppId);
    if (id.compare(kGraphAppId, Qt::CaseInsensitive) == 0)
        return graphRef(t, kGraphAppId);
    if (id.compare(kSharePointAppId, Qt::CaseInsensitive) == 0)
        return sharePointRef(t, kSharePointAppId);
    const QUrl url(id, QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != QLatin1String("https") || !url.path().isEmpty() || url.hasQuery() ||
        url.port() != -1)
        return std::nullopt;
    const QString host = url.host().toLower();
    const CloudInfo &c = cloudInfo(t.cloud);
    const QString aud = QStringLiteral("https://") + host;
    if (c.exoResourceHosts.contains(host)) {
        ResourceRef r = exchangeRef(t, aud);
        r.url = aud;
        return r;
    }
    if (host == c.graphHost)
        return graphRef(t, aud);
    if (host == t.sharePointName + QLatin1Char('.') + c.sharePointSuffix ||
        host == t.sharePointName + QStringLiteral("-my.") + c.sharePointSuffix) {
        ResourceRef r = sharePointRef(t, aud);
        r.url = aud;
        return r;
    }
    if (t.onPrem && t.onPrem->offers(QStringLiteral("OAuth")) && host == t.onPrem->host) {
        ResourceRef r = exchangeRef(t, aud);
        r.url = aud;
        return r;
    }
    return std::nullopt;
}

QByteArray mintDelegated(const Context &ctx, const App &app, const ResourceRef &res, const User &user,
                         const QStringList &scopes, int appidacr)
{
    QJsonObject c = common(ctx, app, res, appidacr);
    const QString oid = ctx.state.userId(user).toString(QUuid::WithoutBraces);
    c.insert(QStringLiteral("acr"), QStringLiteral("1"));
    c.insert(QStringLiteral("amr"), QJsonArray{QStringLiteral("pwd")});
    c.insert(QStringLiteral("family_name"), familyName(user));
    c.insert(QStringLiteral("given_name"), givenName(user));
    c.insert(QStringLiteral("ipaddr"), QStringLiteral("203.0.113.10"));
    c.insert(QStringLiteral("name"), user.displayName);
    c.insert(QStringLiteral("oid"), oid);
    c.insert(QStringLiteral("puid"),
             QString::fromLatin1(
                 QCryptographicHash::hash(utf8(oid), QCryptographicHash::Sha1).toHex().left(16).toUpper()));
    c.insert(QStringLiteral("scp"), scopes.join(QLatin1Char(' ')));
    c.insert(QStringLiteral("sub"), pairwiseSub(oid, app.clientId));
    c.insert(QStringLiteral("unique_name"), user.upn);
    c.insert(QStringLiteral("upn"), user.upn);
    c.insert(QStringLiteral("preferred_username"), user.upn);
    c.insert(QStringLiteral("idtyp"), QStringLiteral("user"));
    return Jwt::encode(header(), c, ctx.key);
}

QByteArray mintAppOnly(const Context &ctx, const App &app, const ResourceRef &res, const QStringList &roles,
                       int appidacr)
{
    QJsonObject c = common(ctx, app, res, appidacr);
    const QString oid = ctx.state.servicePrincipalId(app).toString(QUuid::WithoutBraces);
    c.insert(QStringLiteral("idtyp"), QStringLiteral("app"));
    c.insert(QStringLiteral("oid"), oid);
    c.insert(QStringLiteral("sub"), oid);
    if (!roles.isEmpty())
        c.insert(QStringLiteral("roles"), QJsonArray::fromStringList(roles));
    return Jwt::encode(header(), c, ctx.key);
}

QByteArray mintIdToken(const Context &ctx, const App &app, const User &user, bool withEmail)
{
    const qint64 now = ctx.nowMs / 1000;
    const QString oid = ctx.state.userId(user).toString(QUuid::WithoutBraces);
    QJsonObject c{
        {QStringLiteral("aud"), app.clientId},
        {QStringLiteral("iss"), issuerV2(ctx.state)},
        {QStringLiteral("iat"), now},
        {QStringLiteral("nbf"), now},
        {QStringLiteral("exp"), now + kLifetimeSeconds},
        {QStringLiteral("name"), user.displayName},
        {QStringLiteral("oid"), oid},
        {QStringLiteral("preferred_username"), user.upn},
        {QStringLiteral("sub"), pairwiseSub(oid, app.clientId)},
        {QStringLiteral("tid"), ctx.state.tenantId.toString(QUuid::WithoutBraces)},
        {QStringLiteral("uti"), uti()},
        {QStringLiteral("ver"), QStringLiteral("2.0")},
    };
    if (withEmail)
        c.insert(QStringLiteral("email"), user.upn);
    return Jwt::encode(header(), c, ctx.key);
}

QByteArray mintRefreshToken(const Context &ctx)
{
    QByteArray raw(96, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(raw.data()), raw.size() / 4);
    Q_UNUSED(ctx);
    return "1.AXoA" + Jwt::base64Url(raw);
}

TokenProblem readAccessToken(const Context &ctx, AccessToken *out)
{
    const QByteArray raw = bearerToken(ctx.request);
    if (raw.isEmpty())
        return TokenProblem::Missing;
    const auto decoded = Jwt::decode(raw);
    if (!decoded)
        return TokenProblem::Unparseable;
    const QJsonObject &c = decoded->payload;
    AccessToken t;
    t.claims = c;
    t.aud = c.value(QStringLiteral("aud")).toString();
    t.tid = c.value(QStringLiteral("tid")).toString();
    t.appId = c.value(QStringLiteral("appid")).toString(c.value(QStringLiteral("azp")).toString());
    for (const char *k : {"upn", "unique_name", "preferred_username"}) {
        if (t.upn.isEmpty())
            t.upn = c.value(QLatin1String(k)).toString();
    }
    t.oid = c.value(QStringLiteral("oid")).toString();
    const QString scp = c.value(QStringLiteral("scp")).toString();
    t.scopes = scp.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QJsonValue &r : c.value(QStringLiteral("roles")).toArray())
        t.roles << r.toString();
    t.appOnly = c.value(QStringLiteral("idtyp")).toString() == QLatin1String("app") ||
                (!c.contains(QStringLiteral("scp")) && t.upn.isEmpty());
    const QJsonValue acr = c.value(QStringLiteral("appidacr")).isUndefined()
                               ? c.value(QStringLiteral("azpacr"))
                               : c.value(QStringLiteral("appidacr"));
    t.appidacr = acr.isString() ? acr.toString().toInt() : acr.toInt();
    t.exp = static_cast<qint64>(c.value(QStringLiteral("exp")).toDouble());
    t.nbf = static_cast<qint64>(c.value(QStringLiteral("nbf")).toDouble());
    *out = t;
    const qint64 now = ctx.nowMs / 1000;
    constexpr qint64 skew = 300; // services allow five minutes of clock skew
    if (t.exp > 0 && now > t.exp + skew)
        return TokenProblem::Expired;
    if (t.nbf > 0 && now + skew < t.nbf)
        return TokenProblem::NotYetValid;
    return TokenProblem::None;
}

} // namespace AuthDoctor::Sim::Tenant::Tokens
