#include "Scoring.h"

#include "Rules.h"
#include "core/Logging.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <cmath>
#include <vector>

namespace AuthDoctor::ClassifyDetail {

namespace {

int findingRank(const QString &id)
{
    const auto &order = findingOrder();
    for (qsizetype i = 0; i < order.size(); ++i)
        if (id == order.at(i))
            return int(i);
    return int(order.size());
}

void addCodeSignals(const ScanText &t, const Extraction &x, SignalSet &out)
{
    for (const FoundCode &c : x.codes)
        if (c.rule)
            addHints(c.rule->hints, located(t, c.code, t.lineAt(c.pos)), out);
}

// The phrase table, ready for one pass over compact() and one over lower().
struct CompiledPhrases
{
    QList<const PhraseRule *> compactRules;
    QList<const PhraseRule *> wordRules;
    QStringList compactKeys;
    QStringList wordKeys;
    KeySet compactSet;
    KeySet wordSet;

    CompiledPhrases(QList<const PhraseRule *> cr, QList<const PhraseRule *> wr, QStringList ck,
                    QStringList wk)
        : compactRules(std::move(cr)), wordRules(std::move(wr)), compactKeys(ck), wordKeys(wk),
          compactSet(ck), wordSet(wk)
    {
    }
};

const CompiledPhrases &compiledPhrases()
{
    static const CompiledPhrases phrases = [] {
        QList<const PhraseRule *> compactRules;
        QList<const PhraseRule *> wordRules;
        QStringList compactKeys;
        QStringList wordKeys;
        for (const PhraseRule &r : phraseRules()) {
            const QString text = QString::fromUtf8(r.phrase);
            if (r.mode == PhraseMode::Compact) {
                compactRules << &r;
                compactKeys << compactKey(text);
            } else {
                wordRules << &r;
                wordKeys << text.toLower();
            }
        }
        return CompiledPhrases(compactRules, wordRules, compactKeys, wordKeys);
    }();
    return phrases;
}

bool isTokenPhrase(const PhraseRule *rule)
{
    const std::span<const PhraseRule> token = tokenPhraseRules();
    return std::any_of(token.begin(), token.end(),
                       [rule](const PhraseRule &r) { return qstrcmp(r.phrase, rule->phrase) == 0; });
}

bool knownAadstsCode(const Extraction &x)
{
    return std::any_of(x.codes.cbegin(), x.codes.cend(),
                       [](const FoundCode &c) { return c.kind == CodeKind::Aadsts && c.rule; });
}

void addPhraseSignals(const ScanText &t, const Extraction &x, SignalSet &out)
{
    const bool aadsts = knownAadstsCode(x);
    struct Match
    {
        const PhraseRule *rule;
        QString key;
        int line;
    };
    const CompiledPhrases &p = compiledPhrases();
    QList<Match> matches;
    const QList<qsizetype> compactAt = p.compactSet.firstOccurrences(t.compact(), false);
    for (qsizetype i = 0; i < compactAt.size(); ++i)
        if (compactAt.at(i) >= 0)
            matches.append({p.compactRules.at(i), p.compactKeys.at(i), t.compactLineAt(compactAt.at(i))});
    const QList<qsizetype> wordAt = p.wordSet.firstOccurrences(t.lower(), true);
    for (qsizetype i = 0; i < wordAt.size(); ++i)
        if (wordAt.at(i) >= 0)
            matches.append({p.wordRules.at(i), p.wordKeys.at(i), t.lineAt(wordAt.at(i))});

    for (const Match &m : std::as_const(matches)) {
        // "mysite not found" adds nothing when "user's mysite not found" matched for the same finding.
        const bool covered = std::any_of(matches.cbegin(), matches.cend(), [&](const Match &other) {
            return other.rule != m.rule && other.key.size() > m.key.size() && other.key.contains(m.key) &&
                   qstrcmp(other.rule->hints[0].finding, m.rule->hints[0].finding) == 0;
        });
        if (covered || (aadsts && isTokenPhrase(m.rule)))
            continue;
        const Reason quoted = Reason::text(QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "\"%1\""),
                                           {Reason::literal(QString::fromUtf8(m.rule->phrase))});
        addHints(m.rule->hints, located(t, quoted, m.line), out);
    }
}

// The token endpoint's "error" class is generic; its AADSTS code, when known, says more.
void addOAuthSignals(const ScanText &t, const Extraction &x, SignalSet &out)
{
    for (const FoundCode &c : x.codes)
        if (c.kind == CodeKind::Aadsts && c.rule)
            return;
    for (const FoundValue &v : x.oauthErrors)
        if (const CodeRule *rule = findOAuthError(v.value))
            addHints(rule->hints, located(t, v.value, t.lineAt(v.pos)), out);
}

Candidate unrecognized(const ScanText &t, const Extraction &x)
{
    QList<Reason> seen;
    for (const FoundCode &c : x.codes)
        seen << Reason::literal(c.code);
    if (x.httpStatus)
        seen << Reason::text(QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "HTTP %1"),
                             {Reason::number(x.httpStatus)});
    for (const FoundValue &v : x.oauthErrors)
        seen << Reason::literal(v.value);
    if (t.text().isEmpty())
        return {QStringLiteral("unrecognized-error"),
                0.1,
                {Reason::text(QT_TRANSLATE_NOOP(
                    "AuthDoctor::Classifier", "The message is empty: paste the error text the migration tool "
                                              "showed, with the lines around it."))}};
    if (seen.isEmpty())
        return {QStringLiteral("unrecognized-error"),
                0.1,
                {Reason::text(QT_TRANSLATE_NOOP(
                    "AuthDoctor::Classifier",
                    "Nothing in the message matched a known cause, code or status. Keep the "
                    "full message, with its ids and time, for a support ticket."))}};
    return {QStringLiteral("unrecognized-error"),
            0.2,
            {Reason::text(
                QT_TRANSLATE_NOOP("AuthDoctor::Classifier",
                                  "No known cause matches what the message contains (%1). Keep these codes, "
                                  "the ids and the full message for a support ticket."),
                {Reason::list(seen)})}};
}

} // namespace

std::span<const PhraseRule> phraseRules()
{
    static const std::vector<PhraseRule> all = [] {
        std::vector<PhraseRule> rules(signInPhraseRules().begin(), signInPhraseRules().end());
        rules.insert(rules.end(), servicePhraseRules().begin(), servicePhraseRules().end());
        rules.insert(rules.end(), migrationPhraseRules().begin(), migrationPhraseRules().end());
        rules.insert(rules.end(), tokenPhraseRules().begin(), tokenPhraseRules().end());
        rules.insert(rules.end(), localizedPhraseRules().begin(), localizedPhraseRules().end());
        return rules;
    }();
    return all;
}

Reason located(const ScanText &t, const Reason &evidence, int line)
{
    if (t.lineCount() <= 1)
        return evidence;
    return Reason::text(QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "%1 (line %2)"),
                        {evidence, Reason::number(line)});
}

Reason located(const ScanText &t, const QString &literal, int line)
{
    return located(t, Reason::literal(literal), line);
}

Reason reason(const Reason &where, const char *why)
{
    return Reason::text(QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "%1: %2"), {where, Reason::text(why)});
}

const QList<QLatin1String> &findingOrder()
{
    static const QList<QLatin1String> order = {
        QLatin1String("wrong-password"),
        QLatin1String("wrong-username"),
        QLatin1String("tenant-not-found"),
        QLatin1String("wrong-cloud"),
        QLatin1String("federated-sign-in"),
        QLatin1String("mfa-required"),
        QLatin1String("password-expired"),
        QLatin1String("account-picker"),
        QLatin1String("security-defaults"),
        QLatin1String("conditional-access-blocked"),
        QLatin1String("account-locked"),
        QLatin1String("account-disabled"),
        QLatin1String("modern-auth-not-configured"),
        QLatin1String("consent-missing"),
        QLatin1String("client-secret-invalid"),
        QLatin1String("basic-auth-disabled"),
        QLatin1String("impersonation-denied"),
        QLatin1String("insufficient-permission"),
        QLatin1String("mailbox-not-found"),
        QLatin1String("new-account-not-ready"),
        QLatin1String("mailbox-not-instantiated"),
        QLatin1String("database-not-found"),
        QLatin1String("onedrive-not-provisioned"),
        QLatin1String("onedrive-not-licensed"),
        QLatin1String("sharepoint-app-only-secret"),
        QLatin1String("ews-disabled"),
        QLatin1String("throttled"),
        QLatin1String("server-overutilized"),
        QLatin1String("ews-url-wrong"),
        QLatin1String("autodiscover-failed"),
        QLatin1String("network-unreachable"),
        QLatin1String("tls-problem"),
        QLatin1String("extended-protection"),
        QLatin1String("unsafe-redirect-blocked"),
        QLatin1String("credentials-ok"),
        QLatin1String("unrecognized-error"),
    };
    return order;
}

void SignalSet::add(const char *finding, double weight, const Reason &why)
{
    m_signals.append({QString::fromLatin1(finding), std::clamp(weight, 0.0, 1.0), why});
}

bool SignalSet::hasStrong() const
{
    return std::any_of(m_signals.cbegin(), m_signals.cend(),
                       [](const Signal &s) { return s.weight >= StrongWeight; });
}

double SignalSet::strongest(const char *finding) const
{
    double best = 0.0;
    for (const Signal &s : m_signals)
        if (s.finding == QLatin1String(finding))
            best = std::max(best, s.weight);
    return best;
}

QList<Candidate> SignalSet::rank() const
{
    QStringList order; // findings in order of their first signal
    QHash<QString, QList<const Signal *>> byFinding;
    for (const Signal &s : m_signals) {
        auto &list = byFinding[s.finding];
        if (list.isEmpty())
            order << s.finding;
        list.append(&s);
    }
    QList<Candidate> out;
    for (const QString &id : std::as_const(order)) {
        QList<const Signal *> list = byFinding.value(id);
        std::stable_sort(list.begin(), list.end(),
                         [](const Signal *a, const Signal *b) { return a->weight > b->weight; });
        double remaining = 1.0 - list.first()->weight;
        QList<Reason> whys;
        for (qsizetype i = 0; i < list.size(); ++i) {
            if (i > 0)
                remaining *= 1.0 - list.at(i)->weight / 2.0;
            if (whys.size() < 4 && !whys.contains(list.at(i)->why))
                whys << list.at(i)->why;
        }
        const double score = std::round(std::min(0.99, 1.0 - remaining) * 100.0) / 100.0;
        out.append({id, score, whys});
    }
    std::stable_sort(out.begin(), out.end(), [](const Candidate &a, const Candidate &b) {
        if (a.score != b.score)
            return a.score > b.score;
        return findingRank(a.finding) < findingRank(b.finding);
    });
    return out;
}

QList<Candidate> rankCandidates(const ScanText &t, const Extraction &x)
{
    SignalSet signalSet;
    addCodeSignals(t, x, signalSet);
    addPhraseSignals(t, x, signalSet);
    addOAuthSignals(t, x, signalSet);
    addContextSignals(t, x, signalSet.hasStrong(), signalSet);
    if (signalSet.isEmpty())
        addFallbackSignals(t, x, signalSet);
    if (signalSet.isEmpty())
        return {unrecognized(t, x)};
    QList<Candidate> ranked = signalSet.rank();
    // Fewer than three causes named and none with confidence: what the message talks about fills
    // the list, after them (below the last one's score), so it never displaces what a rule found.
    constexpr qsizetype Wanted = 3;
    if (ranked.size() < Wanted && ranked.first().score < SignalSet::StrongWeight) {
        SignalSet words;
        addFallbackSignals(t, x, words);
        for (Candidate extra : words.rank()) {
            if (ranked.size() >= Wanted)
                break;
            const bool known = std::any_of(ranked.cbegin(), ranked.cend(),
                                           [&](const Candidate &c) { return c.finding == extra.finding; });
            if (known)
                continue;
            extra.score = std::max(0.0, std::min(extra.score, ranked.last().score - 0.01));
            ranked.append(extra);
        }
    }
    return ranked;
}

} // namespace AuthDoctor::ClassifyDetail
