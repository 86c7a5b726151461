#pragma once

#include "Session.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

// The `.authdiag` file of a Session (product.md "Files"; the format is documented in README.md
// next to this file). Writing is atomic (QSaveFile); reading never modifies the file and turns
// every damaged, truncated, foreign, oversized or newer-version file into one clear, translated
// sentence that quotes nothing of the file's content.
namespace AuthDoctor::Session {

// No session comes near this (a diagnosis with every check and its evidence is well under 1 MB);
// a larger file is refused before a byte of it is read.
inline constexpr qint64 kMaxFileBytes = 16 * 1024 * 1024;
// The oldest format version this build can migrate from (README.md "Versions").
inline constexpr int kOldestReadableVersion = 1;

// Why a file could not be opened (the sentence says it to the user; the kind is for code and tests).
enum class ReadError
{
    None,
    NotFound,
    NotAFile, // a folder, a device, a pipe
    TooLarge,
    Unreadable, // permissions, I/O error
    Empty,
    Truncated, // JSON that ends in the middle
    NotJson,
    Foreign,     // JSON, but not an AuthDoctor session (another schema or none)
    NewerFormat, // a newer AuthDoctor wrote it
    OlderFormat, // an older format this build cannot migrate
    Damaged      // the schema is right but a field is missing or of the wrong type
};

// The document as written: indented UTF-8 JSON, "saved" stamped with session.saved.
QByteArray toJson(const Session &session);

// Reads a document (the bytes of a .authdiag file). `name` names the file in the error sentence.
std::optional<Session> fromJson(const QByteArray &bytes, const QString &name, QString *error,
                                ReadError *kind = nullptr);

// Writes the session atomically and, on success, stamps session.saved (UTC, now) and
// session.formatVersion. On failure the previous file (if any) is untouched and *error says why.
bool write(Session &session, const QString &path, QString *error);

// Reads a .authdiag file. The size is checked before anything is read; the file is opened read-only.
std::optional<Session> read(const QString &path, QString *error, ReadError *kind = nullptr);

// The format version in a "schema" value: "authdoctor.session/3" → 3; nullopt for another schema.
std::optional<int> schemaVersion(const QString &schema);

// Brings a document of an older format version up to kCurrentVersion, one step per version
// (README.md "Versions"). False when no path exists from that version.
bool migrate(QJsonObject &document, int fromVersion);

} // namespace AuthDoctor::Session
