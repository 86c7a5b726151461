#pragma once

#include <QLatin1String>
#include <QStringView>

#include <cstddef>

#include <span>

// The knowledge of the classifier, as data: which code or phrase points to which finding
// (../shared/spec/findings.md ids), how strongly, and why. The "why" texts are marked with
// QT_TRANSLATE_NOOP in the "AuthDoctor::Classifier" context and translated when used.
//
// Weights: a code that names the cause on its own is 0.85 or more; a code or phrase that
// points to a cause among others is lower. Several signals for one finding are combined
// (Scoring.cpp), so weights are evidence strengths, not final scores.
namespace AuthDoctor::ClassifyDetail {

struct Hint
{
    const char *finding = nullptr; // a FindingsCatalog id; nullptr ends the list
    double weight = 0.0;
    const char *why = nullptr; // untranslated, context "AuthDoctor::Classifier"
};

constexpr int MaxHints = 3;

struct CodeRule
{
    const char *code; // canonical spelling (AADSTS rules: the digits only)
    Hint hints[MaxHints];
};

enum class PhraseMode
{
    Compact, // matched in ScanText::compact(): case, spaces, '-' and '_' ignored
    Word,    // matched in ScanText::lower() as a whole word or phrase
};

struct PhraseRule
{
    const char *phrase; // lower case
    PhraseMode mode;
    Hint hints[MaxHints];
};

// Lookups; nullptr when the code is not known. Case-insensitive where the code has letters.
const CodeRule *findAadsts(QStringView digits);
const CodeRule *findEwsCode(QStringView name);            // ErrorServerBusy, ErrorInvalidUser, ...
const CodeRule *findAutodiscoverCode(QStringView code);   // POX500..POX603, InvalidUser, ServerBusy, ...
const CodeRule *findDiagnosticsCode(QStringView digits);  // x-ms-diagnostics 2000008, ...
const CodeRule *findAutodiscoveryError(QStringView name); // BasicAuthBlocked, FederatedStsUnreachable, ...
const CodeRule *findGraphCode(QStringView name);          // MailboxNotEnabledForRESTAPI, ...
const CodeRule *findExceptionName(QStringView name);      // DatabaseNotFoundException, ...
const CodeRule *findOAuthError(QStringView value);        // token endpoint "error" / "suberror" values

// First rule whose code equals `code`, ignoring case.
template <std::size_t N> const CodeRule *findRule(const CodeRule (&rules)[N], QStringView code)
{
    for (const CodeRule &r : rules)
        if (code.compare(QLatin1String(r.code), Qt::CaseInsensitive) == 0)
            return &r;
    return nullptr;
}

// Every AADSTS / EWS rule, for tests and documentation.
std::span<const CodeRule> aadstsRules();
std::span<const CodeRule> ewsRules();
std::span<const PhraseRule> signInPhraseRules();    // SignInPhrases.cpp
std::span<const PhraseRule> servicePhraseRules();   // ServicePhrases.cpp
std::span<const PhraseRule> migrationPhraseRules(); // MigrationPhrases.cpp: other tools, IMAP, ...
std::span<const PhraseRule> tokenPhraseRules();     // MigrationPhrases.cpp: token refresh/acquisition
std::span<const PhraseRule> localizedPhraseRules(); // LocalizedPhrases.cpp: de, fr, es, ja sign-in texts
std::span<const PhraseRule> phraseRules();          // all of them

} // namespace AuthDoctor::ClassifyDetail
