// Placeholder until the catalog lands (issue 2): owned by the catalog work.
#include "FindingsCatalog.h"

namespace AuthDoctor {

QString severityToString(Severity s)
{
    switch (s) {
    case Severity::Blocker:
        return QStringLiteral("blocker");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Info:
        return QStringLiteral("info");
    }
    return QStringLiteral("info");
}

QList<Finding> FindingsCatalog::all()
{
    return {};
}

std::optional<Finding> FindingsCatalog::find(QStringView id)
{
    const auto list = all();
    for (const auto &f : list)
        if (f.id == id)
            return f;
    return std::nullopt;
}

QStringList FindingsCatalog::ids()
{
    QStringList out;
    for (const auto &f : all())
        out << f.id;
    return out;
}

bool FindingsCatalog::contains(QStringView id)
{
    return find(id).has_value();
}

} // namespace AuthDoctor
