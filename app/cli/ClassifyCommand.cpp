// Placeholder until the classifier lands (issue 2).
#include "Commands.h"

#include "classify/Classifier.h"

#include <QJsonDocument>
#include <QTextStream>

namespace AuthDoctor::Cli {

int runClassify(const QStringList &args)
{
    const auto c = Classifier::classify(args.value(2));
    QTextStream(stdout) << QString::fromUtf8(QJsonDocument(c.toJson()).toJson(QJsonDocument::Compact)) << '\n';
    return ExitOk;
}

} // namespace AuthDoctor::Cli
