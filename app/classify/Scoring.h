#pragma once

#include "Classifier.h"
#include "Extraction.h"
#include "ScanText.h"

#include <QList>
#include <QString>

namespace AuthDoctor::ClassifyDetail {

// Evidence for one finding: a code, a phrase or the context (status, endpoint).
struct Signal
{
    QString finding;
    double weight = 0.0; // 0..1, see Rules.h
    Reason why;          // which code/phrase/line, and what it means (rendered when shown)
};

// Collects signals and turns them into the ranked candidate list.
//
// A finding's score combines its signals: the strongest counts fully, each further one
// closes half of its share of the remaining gap: 1 - (1-w1) * Π(1 - wi/2), at most 0.99,
// rounded to two decimals. Ties are broken by the order of findings.md, so the ranking is
// deterministic.
class SignalSet
{
public:
    void add(const char *finding, double weight, const Reason &why);
    bool isEmpty() const { return m_signals.isEmpty(); }
    bool hasStrong() const;                      // some signal of at least StrongWeight
    double strongest(const char *finding) const; // the finding's strongest signal so far, 0 if none
    QList<Candidate> rank() const;

    static constexpr double StrongWeight = 0.85;

private:
    QList<Signal> m_signals;
};

// Reasons (Reason.h), put into words only when shown. `why` is a QT_TRANSLATE_NOOP text of the
// "AuthDoctor::Classifier" context.
// located(): "AADSTS50076" or, for text of several lines, "AADSTS50076 (line 3)".
// reason(): "AADSTS50076 (line 3): <why>".
Reason located(const ScanText &t, const Reason &evidence, int line);
Reason located(const ScanText &t, const QString &literal, int line);
Reason reason(const Reason &where, const char *why);

// Adds every hint of a table with the same "where" (a CodeRule's unused slots have no finding).
template <std::size_t N> void addHints(const Hint (&hints)[N], const Reason &where, SignalSet &out)
{
    for (const Hint &h : hints)
        if (h.finding)
            out.add(h.finding, h.weight, reason(where, h.why));
}

// Signals from the context: HTTP status, Retry-After/back-off, challenges, endpoint kind.
// `strongBefore`: whether codes or phrases already named a cause with a strong signal, in
// which case the generic "what a bare 401 usually means" hints are left out.
void addContextSignals(const ScanText &t, const Extraction &x, bool strongBefore, SignalSet &out);

// When nothing else gave a signal: the words the message is about (sign-in, rights, the app's
// token, the network, a retry, ...) and the kind of host, at low weights (FallbackSignals.cpp).
void addFallbackSignals(const ScanText &t, const Extraction &x, SignalSet &out);

// All signals the text and its extraction give, then ranked; never empty (falls back to
// unrecognized-error with the raw codes in its reason).
QList<Candidate> rankCandidates(const ScanText &t, const Extraction &x);

// The 36 finding ids of findings.md, in its order.
const QList<QLatin1String> &findingOrder();

} // namespace AuthDoctor::ClassifyDetail
