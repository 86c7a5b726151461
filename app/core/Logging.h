#pragma once

#include <QLoggingCategory>

// One category per subsystem. Never log a secret, a request header value or a URL query.
Q_DECLARE_LOGGING_CATEGORY(lcClassify)
Q_DECLARE_LOGGING_CATEGORY(lcFindings)
Q_DECLARE_LOGGING_CATEGORY(lcSim)
Q_DECLARE_LOGGING_CATEGORY(lcCli)
Q_DECLARE_LOGGING_CATEGORY(lcEngine)
Q_DECLARE_LOGGING_CATEGORY(lcUi)
