#include "Logging.h"

Q_LOGGING_CATEGORY(lcClassify, "authdoctor.classify", QtWarningMsg)
Q_LOGGING_CATEGORY(lcFindings, "authdoctor.findings", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSim, "authdoctor.sim", QtWarningMsg)
Q_LOGGING_CATEGORY(lcCli, "authdoctor.cli", QtWarningMsg)
Q_LOGGING_CATEGORY(lcEngine, "authdoctor.engine", QtWarningMsg)
Q_LOGGING_CATEGORY(lcUi, "authdoctor.ui", QtWarningMsg)
