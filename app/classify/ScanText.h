#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <initializer_list>

namespace AuthDoctor::ClassifyDetail {

// The pasted text prepared for matching, built in one linear pass:
// - JSON escapes (\" \/ \\ \uXXXX, and \r \n \t as white space) and the common XML/HTML
//   entities are decoded, so a token-error body or a SOAP fault reads like plain text;
// - typographic quotes, dashes and unusual spaces are mapped to their ASCII forms, and Markdown
//   bold markers ("**") are dropped;
// - every run of white space, line breaks included, becomes one space, so a phrase that a
//   log wrapped over two lines still matches.
// text() keeps the case; lower() is the same string lower-cased code unit by code unit (same
// length, same offsets); compact() is lower() without spaces, '-' and '_', for phrases whose
// spacing and hyphenation vary ("multi-factor" / "multifactor", "Basic  Auth" / "BasicAuth").
// The original line of any offset stays known, so a reason can say which line it came from.
class ScanText
{
public:
    explicit ScanText(QStringView input);

    const QString &text() const { return m_text; }
    const QString &lower() const { return m_lower; }
    const QString &compact() const { return m_compact; }

    int lineCount() const { return int(m_lineStarts.size()); }
    int lineAt(qsizetype pos) const;        // 1-based line of an offset in text()/lower()
    int compactLineAt(qsizetype pos) const; // 1-based line of an offset in compact()
    qsizetype lineEnd(qsizetype pos) const; // offset in text() where the line of pos ends
    bool atLineStart(qsizetype pos) const;  // only spaces between the line's start and pos

    // First occurrence, at or after `from`, of a lower-case word or phrase in lower() that is
    // not part of a longer word; -1 if none.
    qsizetype findWord(QStringView lowerNeedle, qsizetype from = 0) const;
    // First occurrence of a compact key (see compactKey) in compact(); -1 if none.
    qsizetype findCompact(QStringView key) const { return m_compact.indexOf(key); }

private:
    QString m_text;
    QString m_lower;
    QString m_compact;
    QList<qsizetype> m_lineStarts;        // in text()
    QList<qsizetype> m_compactLineStarts; // in compact()
};

// Finds the first occurrence of many keys in one pass over a text: each position is looked up
// by its first two characters, so the cost does not grow with the number of keys. Keys must be
// at least two characters long; they may start with any character (ASCII pairs have a bucket
// of their own, other pairs share hashed buckets).
class KeySet
{
public:
    explicit KeySet(const QStringList &keys);
    // First offset of each key in `text` (-1 when absent); with wholeWords, only occurrences
    // that are not part of a longer word count.
    QList<qsizetype> firstOccurrences(QStringView text, bool wholeWords) const;

private:
    QStringList m_keys;
    QList<QList<int>> m_buckets; // 128 * 128, by the keys' first two characters
};

// Small text tests shared by the extraction steps.
bool startsWithAny(QStringView s, std::initializer_list<const char16_t *> prefixes);
bool endsWithAny(QStringView s, std::initializer_list<const char16_t *> suffixes);
bool containsAny(QStringView s, std::initializer_list<const char16_t *> parts);
// At most `length` characters of `text` that end at `pos`.
QStringView textBefore(const QString &text, qsizetype pos, qsizetype length);

// Letters, digits and '_'.
bool isWordChar(QChar c);
// The form of a phrase that findCompact() expects: lower case, without ' ', '-' and '_'.
QString compactKey(QStringView phrase);

} // namespace AuthDoctor::ClassifyDetail
