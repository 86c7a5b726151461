#pragma once

#include "Diagnosis.h"

#include <QDateTime>
#include <QMap>

// From evidence to causes (cli.md "findings", "primary_finding", "ruled_out", "questions"):
// - each check names the findings its evidence points to and the ones it disproved;
// - the pasted error's classification is a prior: alone it gives low confidence, and it breaks
//   ties between causes the checks left open;
// - answered questions count as evidence;
// - dates matter: from 1 October 2026 an EWS refusal by Exchange Online is read as the EWS
//   retirement, after 1 April 2027 EWS-based migration from Exchange Online is over.
namespace AuthDoctor::Engine {

void infer(Result &result, const QMap<QString, QString> &answers, const QDateTime &now);

// The questions a diagnosis may ask, with their accepted values (for --answer validation).
QList<Question> knownQuestions();

} // namespace AuthDoctor::Engine
