#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

// A sentence kept language-neutral until it is shown: the translation context and source text
// (as marked with QT_TRANSLATE_NOOP, so lupdate finds it) plus the arguments for %1, %2, ….
// Check summaries and errors of the diagnosis are Messages, so a language switch, a session file
// opened in another language and a report all render them in the reader's language.
namespace AuthDoctor {

struct Message
{
    QString context; // translation context, e.g. "AuthDoctor::Checks"
    QString source;  // untranslated source text with %1 … %n
    QStringList args;

    bool isEmpty() const { return source.isEmpty(); }
    QString render() const; // translated now, arguments filled in
    QString renderUntranslated() const;
    QJsonObject toJson() const; // {"context", "source", "args"}
    static Message fromJson(const QJsonObject &o);
    bool operator==(const Message &o) const = default;
};

// A Message in the given context: msg("AuthDoctor::Checks", QT_TRANSLATE_NOOP(…, "…"), {a, b}).
Message msg(const char *context, const char *source, const QStringList &args = {});

} // namespace AuthDoctor
