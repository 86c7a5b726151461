#pragma once

#include "TenantState.h"
#include "core/Clouds.h"

// The simulator reads the shared cloud table of core (core/Clouds.h).
namespace AuthDoctor::Sim::Tenant {

using Clouds::CloudInfo;
using Clouds::Instance;
using Clouds::kExchangeAppId;
using Clouds::kGraphAppId;
using Clouds::kSharePointAppId;

inline const CloudInfo &cloudInfo(Cloud c)
{
    return Clouds::info(c);
}
inline QList<Cloud> allClouds()
{
    return Clouds::all();
}
using Clouds::canonicalLoginHost;
using Clouds::exoCloudOfHost;
using Clouds::graphCloudOfHost;
using Clouds::instanceDisplayName;
using Clouds::instanceOf;
using Clouds::loginInstanceOfHost;

} // namespace AuthDoctor::Sim::Tenant
