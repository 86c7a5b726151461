#pragma once

#include "Wire.h"

// Autodiscover bodies (facts §1.2f, §1.4, §2.5): POX, SOAP GetUserSettings and
// v2 JSON, shared by Exchange Online and the on-prem server. Authentication
// is done by the caller (ExchangeOnline.cpp / OnPremExchange.cpp).
namespace AuthDoctor::Sim::Tenant::Autodiscover {

struct Site
{
    bool cloud = true;
    Cloud hostCloud = Cloud::Commercial; // which cloud's EXO is answering (cloud sites)
};

enum class Kind
{
    Settings,
    RedirectAddr,
    RedirectUrl,
    NotFound
};

struct Decision
{
    Kind kind = Kind::NotFound;
    const User *user = nullptr;
    QString target; // redirect address or URL
    QString ewsUrl; // for Settings
};

// What this site answers for an e-mail address (soap: redirect URLs point at .svc, else .xml).
Decision decide(const Context &ctx, const Site &site, const QString &address, bool soap);

QString exoEwsUrl(Cloud c);
QString onPremEwsUrl(const OnPrem &op);
QString legacyDn(const TenantState &t, const User &u, bool cloud);

SimResponse pox(const Context &ctx, const Site &site);
SimResponse soap(const Context &ctx, const Site &site);
// GET …/autodiscover.json?Email=…&Protocol=… or …/autodiscover.json/v1.0/{smtp}?Protocol=…
SimResponse v2(const Context &ctx, const Site &site);
bool isV2Path(const QString &lowerPath);

} // namespace AuthDoctor::Sim::Tenant::Autodiscover
