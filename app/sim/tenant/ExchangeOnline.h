#pragma once

#include "Wire.h"

#include <optional>

// Exchange Online hosts of every cloud: EWS and Autodiscover (POX, SOAP, v2),
// with the EXO challenge, x-ms-diagnostics and X-AutoDiscovery-Error shapes (facts §2.2, §2.5, §3).
namespace AuthDoctor::Sim::Tenant::ExchangeOnline {

std::optional<SimResponse> handle(const Context &ctx, Cloud hostCloud);

// http://autodiscover.{tenant domain}/autodiscover/autodiscover.xml: the
// unauthenticated redirect (DNS of a cloud domain points at autodiscover.outlook.com).
std::optional<SimResponse> httpRedirect(const Context &ctx);

} // namespace AuthDoctor::Sim::Tenant::ExchangeOnline
