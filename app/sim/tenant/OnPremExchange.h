#pragma once

#include "Wire.h"

#include <optional>

// The on-premises Exchange Server (`on_prem`): IIS challenges per auth_methods
// (Negotiate, NTLM, Basic, OAuth), NTLM with Extended Protection, EWS,
// Autodiscover (POX, SOAP, v2), the plain-HTTP Autodiscover redirect and OWA (facts §2.3).
namespace AuthDoctor::Sim::Tenant::OnPremExchange {

std::optional<SimResponse> handle(const Context &ctx);

} // namespace AuthDoctor::Sim::Tenant::OnPremExchange
