#include "SharePointEndpoints.h"

#include "TokenIssuer.h"

#include <QJsonDocument>

namespace AuthDoctor::Sim::Tenant::SharePointEndpoints {

namespace {

const QStringList kSharePointScopes{
    QStringLiteral("AllSites.Read"),    QStringLiteral("AllSites.Write"),
    QStringLiteral("AllSites.Manage"),  QStringLiteral("AllSites.FullControl"),
    QStringLiteral("MyFiles.Read"),     QStringLiteral("MyFiles.Write"),
    QStringLiteral("Sites.Read.All"),   QStringLiteral("Sites.ReadWrite.All"),
    QStringLiteral("Sites.Manage.All"), QStringLiteral("Sites.FullControl.All")};

SimResponse base(const Context &ctx, int status, const QString &rule)
{
    SimResponse r = SimResponse::empty(status, rule);
    const QByteArray id = utf8(newGuid());
    r.setHeader("Cache-Control", "private, max-age=0");
    r.setHeader("Server", "Microsoft-IIS/10.0");
    r.setHeader("SPRequestGuid", id);
    r.setHeader("request-id", id);
    r.setHeader("MicrosoftSharePointTeamServices", "16.0.0.25821");
    r.setHeader("X-SharePointHealthScore", "0");
    r.setHeader("X-Content-Type-Options", "nosniff");
    Q_UNUSED(ctx);
    return r;
}

// A token SharePoint could not authenticate: 401 with x-ms-diagnostics 3001000 (facts §9.11).
constexpr bool kWithDiagnostics = true;

SimResponse unauthorized(const Context &ctx, const QString &description, const QString &rule,
                         bool diagnostics = false)
{
    SimResponse r = base(ctx, 401, rule);
    if (diagnostics)
        r.setHeader("x-ms-diagnostics", "3001000;reason=\"There has been an error authenticating the "
                                        "request.\";category=\"invalid_client\"");
    r.addHeader(
        "WWW-Authenticate",
        "Bearer realm=\"" + utf8(ctx.state.tenantId.toString(QUuid::WithoutBraces)) +
            "\",client_id=\"00000003-0000-0ff1-ce00-000000000000\",trusted_issuers=\"00000001-0000-0000-"
            "c000-000000000000@*,D3776938-3DBA-481F-A652-4BEDFCAB7CD8@*,https://sts.windows.net/*/,"
            "00000003-0000-0ff1-ce00-000000000000@90140122-8516-11e1-8eff-49304924019b\","
            "authorization_uri=\"https://login.windows.net/common/oauth2/authorize\"");
    if (!description.isEmpty()) {
        r.body = orderedJson({{QStringLiteral("error_description"), description}});
        r.setHeader("Content-Type", "application/json; charset=utf-8");
    }
    return r;
}

SimResponse accessDenied(const Context &ctx)
{
    SimResponse r = base(ctx, 403, QStringLiteral("tenant:sharepoint-access-denied"));
    r.body = "{\"odata.error\":{\"code\":\"-2147024891, "
             "System.UnauthorizedAccessException\",\"message\":{\"lang\":"
             "\"en-US\",\"value\":\"Access denied. You do not have permission to perform this action or "
             "access this "
             "resource.\"}}}";
    r.setHeader("Content-Type", "application/json;odata=minimalmetadata;streaming=true;charset=utf-8");
    return r;
}

SimResponse notFound(const Context &ctx)
{
    SimResponse r = base(ctx, 404, QStringLiteral("tenant:sharepoint-site-not-found"));
    r.body =
        "<!DOCTYPE html><html><head><title>404 FILE NOT FOUND</title></head><body><h1>404 FILE NOT FOUND</h1>"
        "</body></html>";
    r.setHeader("Content-Type", "text/html; charset=utf-8");
    return r;
}

} // namespace

bool isSharePointHost(const QString &host)
{
    for (Cloud c : allClouds())
        if (host.endsWith(QLatin1Char('.') + cloudInfo(c).sharePointSuffix))
            return true;
    return false;
}

QString personalSiteName(const QString &upn)
{
    QString s = upn.toLower();
    for (QChar &c : s)
        if (c == QLatin1Char('.') || c == QLatin1Char('@') || c == QLatin1Char('-'))
            c = QLatin1Char('_');
    return s;
}

std::optional<SimResponse> handle(const Context &ctx)
{
    const TenantState &t = ctx.state;
    const QString myHost = t.sharePointName + QStringLiteral("-my.") + cloudInfo(t.cloud).sharePointSuffix;
    if (ctx.request.host != myHost || !ctx.request.tls)
        return std::nullopt;
    const QStringList seg = ctx.request.path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (seg.size() < 2 || seg.first().compare(QLatin1String("personal"), Qt::CaseInsensitive) != 0)
        return std::nullopt;
    const User *owner = nullptr;
    for (const User &u : t.users)
        if (t.isEntraUser(u) && personalSiteName(u.upn) == seg.at(1).toLower())
            owner = &u;
    if (!owner || !owner->oneDrive)
        return notFound(ctx);
    const QString rest = seg.mid(2).join(QLatin1Char('/')).toLower();
    const bool api = rest == QLatin1String("_api/web");
    const bool page = rest == QLatin1String("_layouts/15/onedrive.aspx") || rest.isEmpty();
    if (!api && !page)
        return std::nullopt;

    Tokens::AccessToken tok;
    switch (Tokens::readAccessToken(ctx, &tok)) {
    case Tokens::TokenProblem::None:
        break;
    case Tokens::TokenProblem::Missing:
        return unauthorized(ctx, {}, QStringLiteral("tenant:sharepoint-challenge"));
    case Tokens::TokenProblem::Unparseable:
        return unauthorized(ctx,
                            QStringLiteral("Invalid JWT token. The token is not in JWS or JWE compact "
                                           "serialization format."),
                            QStringLiteral("tenant:sharepoint-malformed-token"), kWithDiagnostics);
    case Tokens::TokenProblem::Expired:
    case Tokens::TokenProblem::NotYetValid:
        return unauthorized(ctx, QStringLiteral("Invalid JWT token. The token is expired."),
                            QStringLiteral("tenant:sharepoint-token-expired"), kWithDiagnostics);
    }
    const QString hostUrl = QStringLiteral("https://") + myHost;
    const QString rootUrl = QStringLiteral("https://") + t.sharePointName + QLatin1Char('.') +
                            cloudInfo(t.cloud).sharePointSuffix;
    const QStringList auds{hostUrl,
                           hostUrl + QLatin1Char('/'),
                           rootUrl,
                           rootUrl + QLatin1Char('/'),
                           kSharePointAppId,
                           kSharePointAppId + QLatin1Char('/') + myHost + QLatin1Char('@') +
                               t.tenantId.toString(QUuid::WithoutBraces)};
    if (!auds.contains(tok.aud, Qt::CaseInsensitive))
        return unauthorized(ctx, QStringLiteral("Invalid audience Uri '%1'.").arg(tok.aud),
                            QStringLiteral("tenant:sharepoint-invalid-audience"), kWithDiagnostics);
    if (QUuid(tok.tid) != t.tenantId)
        return unauthorized(ctx, QStringLiteral("Invalid issuer or signature."),
                            QStringLiteral("tenant:sharepoint-invalid-issuer"), kWithDiagnostics);
    if (tok.appOnly) {
        if (tok.appidacr != 2)
            return unauthorized(ctx, QStringLiteral("Unsupported app only token."),
                                QStringLiteral("tenant:sharepoint-unsupported-app-only"));
        bool any = false;
        for (const QString &s : kSharePointScopes)
            any = any || tok.hasRole(s);
        if (!any)
            return accessDenied(ctx);
    } else {
        bool any = false;
        for (const QString &s : kSharePointScopes)
            any = any || tok.hasScope(s);
        const User *caller = t.findEntraUser(tok.upn);
        if (!any || !caller ||
            (caller != owner && !caller->hasRole(QStringLiteral("Global Administrator")) &&
             !caller->hasRole(QStringLiteral("SharePoint Administrator"))))
            return accessDenied(ctx);
    }
    if (ctx.throttled) {
        SimResponse r = base(ctx, 429, QStringLiteral("tenant:sharepoint-throttled"));
        r.setHeader("Retry-After", QByteArray::number((ctx.retryAfterMs + 999) / 1000));
        return r;
    }
    const QString siteUrl = hostUrl + QStringLiteral("/personal/") + personalSiteName(owner->upn);
    SimResponse r = base(ctx, 200,
                         api ? QStringLiteral("tenant:sharepoint-web")
                             : QStringLiteral("tenant:sharepoint-onedrive-page"));
    if (api) {
        r.body = orderedJson(
            {{QStringLiteral("odata.metadata"),
              QString(siteUrl + QStringLiteral("/_api/$metadata#SP.ApiData.Webs/@Element"))},
             {QStringLiteral("Id"), QUuid::createUuidV5(t.tenantId, siteUrl).toString(QUuid::WithoutBraces)},
             {QStringLiteral("Title"), owner->displayName},
             {QStringLiteral("Url"), siteUrl},
             {QStringLiteral("WebTemplate"), QStringLiteral("SPSPERS")},
             {QStringLiteral("Created"),
              isoTime(owner->createdAt(ctx.nowMs).toMSecsSinceEpoch() + 3600000)}});
        r.setHeader("Content-Type", "application/json;odata=minimalmetadata;streaming=true;charset=utf-8");
    } else {
        r.body = "<!DOCTYPE html><html><head><title>OneDrive</title></head><body><div "
                 "id=\"OneDriveApp\"></div></body>"
                 "</html>";
        r.setHeader("Content-Type", "text/html; charset=utf-8");
    }
    return r;
}

} // namespace AuthDoctor::Sim::Tenant::SharePointEndpoints
