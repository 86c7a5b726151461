#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace AuthDoctor {

// Why the classifier named a cause, without the language: results carry source texts and their
// arguments, and are put into words only when shown (a language switch, a session file opened in
// another language, a report). Rendering translates in the context "AuthDoctor::Classifier".
//
// A reason is a small tree; each node is one of:
// - Text: `id` is an untranslated source text marked with QT_TRANSLATE_NOOP in that context (so
//   lupdate lists it and the .ts matches it), `args` fill its %1, %2, … and are rendered first;
// - Literal: `id` is shown as it is: a code, a line number, a phrase from the message;
// - List: `args` rendered and joined with ", " (the codes an unrecognized message contained).
//
// "AADSTS50076 (line 3): MFA is required" is
//   Text("%1: %2", [Text("%1 (line %2)", [Literal("AADSTS50076"), Literal("3")]),
//                   Text("MFA is required")])
//
// Ids are only ever the QT_TRANSLATE_NOOP literals of the classifier's sources, never built by
// concatenation; text() takes a `const char *` for that reason.
struct Reason
{
    enum class Kind : quint8
    {
        Text,
        Literal,
        List
    };

    Kind kind = Kind::Text;
    QString id;         // Text: the source text; Literal: the value; List: empty
    QList<Reason> args; // Text: %1…%n; List: the items; Literal: empty

    static Reason text(const char *sourceText, QList<Reason> args = {});
    static Reason literal(const QString &value);
    static Reason number(qint64 value);
    static Reason list(QList<Reason> items);

    bool isEmpty() const { return kind == Kind::List ? args.isEmpty() : id.isEmpty(); }

    friend bool operator==(const Reason &a, const Reason &b);
};

// The translation context of every Text id.
inline constexpr const char *ReasonContext = "AuthDoctor::Classifier";

// The reason in the current language (QCoreApplication::translate, args substituted by number in a
// single pass, so that a literal containing "%1" stays as written). An empty reason renders empty.
QString renderReason(const Reason &reason);

// Several reasons rendered and joined with "; " (as Candidate::whyText() and the JSON "why").
QString renderReasons(const QList<Reason> &reasons);

// Language-neutral JSON, for session files:
//   Text    {"id": "<source text>", "args": [ … ]}   ("args" left out when empty)
//   Literal "<value>"
//   List    [ … ]
//   empty   null
QJsonValue reasonToJson(const Reason &reason);
QJsonValue reasonsToJson(const QList<Reason> &reasons); // a JSON array of reasons

// The way back. std::nullopt for anything reasonToJson() cannot produce, and for trees deeper than
// MaxReasonDepth or with more than MaxReasonArgs arguments in a node (a session file is input too).
// Unknown ids are kept: they render as their (English) source text.
constexpr int MaxReasonDepth = 8;
constexpr int MaxReasonArgs = 32;
std::optional<Reason> reasonFromJson(const QJsonValue &json);
std::optional<QList<Reason>> reasonsFromJson(const QJsonValue &json);

} // namespace AuthDoctor
