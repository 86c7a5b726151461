#pragma once

#include "Wire.h"

#include <optional>

// The OneDrive personal sites (https://{tenant}-my.sharepoint.com/personal/{upn_with_underscores}/…):
// the Bearer realm challenge, "Unsupported app only token." for secret-based
// app-only tokens, 404 for a site that does not exist (facts §1.7).
namespace AuthDoctor::Sim::Tenant::SharePointEndpoints {

bool isSharePointHost(const QString &host);
QString personalSiteName(const QString &upn); // john.doe@contoso.com -> john_doe_contoso_com
std::optional<SimResponse> handle(const Context &ctx);

} // namespace AuthDoctor::Sim::Tenant::SharePointEndpoints
