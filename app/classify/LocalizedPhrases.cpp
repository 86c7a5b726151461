// Sign-in pages and Outlook show their errors in the user's language. These are the German,
// French, Spanish and Japanese wordings of the most common causes, as Microsoft's own
// translations write them: the Azure AD B2C / Entra sign-in page string ids (UserMessageIf...,
// localised documentation), the Entra smart-lockout page, the consent prompt ("Need admin
// approval"), Microsoft's localised Exchange and Entra documentation. Where no public source gave
// a wording (French and Spanish consent, Spanish "password expired"), there is no phrase rather
// than a guess.
//
// All are Compact phrases: case and spaces are ignored, and Japanese has no word boundaries.
// Note that these translations word a *disabled* account as "locked" (gesperrt, verrouillé,
// bloqueado, ロック); only "temporarily" marks the smart lockout, so the plain form points to both.
#include "Rules.h"

#include <QCoreApplication>

namespace AuthDoctor::ClassifyDetail {

namespace {

constexpr const char *kWhyWrongPassword =
    QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "the sign-in page says the account or password is incorrect");
constexpr const char *kWhyUserOrPassword = QT_TRANSLATE_NOOP(
    "AuthDoctor::Classifier", "the sign-in page says the user name or password is not valid");
constexpr const char *kWhyUserName =
    QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "the user name may be the wrong one (alias instead of UPN)");
constexpr const char *kWhyNoAccount =
    QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "the sign-in page cannot find an account with this name");
constexpr const char *kWhyExpired =
    QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "the sign-in page says the password has expired");
constexpr const char *kWhyLockedOut = QT_TRANSLATE_NOOP(
    "AuthDoctor::Classifier", "the sign-in page says the account is temporarily locked (smart lockout after "
                              "failed attempts)");
constexpr const char *kWhyLockedSupport = QT_TRANSLATE_NOOP(
    "AuthDoctor::Classifier", "the sign-in page says the account is locked and support must unlock it");
constexpr const char *kWhyDisabledWording = QT_TRANSLATE_NOOP(
    "AuthDoctor::Classifier", "Microsoft's translation uses these words for a disabled account too");
constexpr const char *kWhyThrottled =
    QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "the sign-in service says there are too many requests");
constexpr const char *kWhyConsent = QT_TRANSLATE_NOOP(
    "AuthDoctor::Classifier", "the consent prompt says an administrator must approve the app");
constexpr const char *kWhyMfa = QT_TRANSLATE_NOOP(
    "AuthDoctor::Classifier", "the sign-in page asks for a second factor (multi-factor authentication)");

constexpr const char *kWhyMfaRegistration = QT_TRANSLATE_NOOP(
    "AuthDoctor::Classifier", "the sign-in asks the account to register a second factor (MFA registration)");
constexpr const char *kWhySecurityDefaultsRegistration =
    QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "security defaults make every account register for MFA");

constexpr PhraseRule kLocalizedPhrases[] = {
    // German
    {"konto oder kennwort ist falsch", PhraseMode::Compact, {{"wrong-password", 0.78, kWhyWrongPassword}}},
    {"kennwort ist falsch", PhraseMode::Compact, {{"wrong-password", 0.75, kWhyWrongPassword}}},
    {"ungültiger benutzername oder ungültiges kennwort",
     PhraseMode::Compact,
     {{"wrong-password", 0.75, kWhyUserOrPassword}, {"wrong-username", 0.35, kWhyUserName}}},
    {"kennwort ist abgelaufen", PhraseMode::Compact, {{"password-expired", 0.85, kWhyExpired}}},
    {"wir können ihr konto nicht finden", PhraseMode::Compact, {{"wrong-username", 0.70, kWhyNoAccount}}},
    {"konto wurde vorübergehend gesperrt", PhraseMode::Compact, {{"account-locked", 0.85, kWhyLockedOut}}},
    {"konto wurde gesperrt",
     PhraseMode::Compact,
     {{"account-locked", 0.60, kWhyLockedSupport}, {"account-disabled", 0.50, kWhyDisabledWording}}},
    {"zu viele anforderungen", PhraseMode::Compact, {{"throttled", 0.70, kWhyThrottled}}},
    {"administratorgenehmigung erforderlich", PhraseMode::Compact, {{"consent-missing", 0.75, kWhyConsent}}},
    {"anmeldeanforderung genehmigen", PhraseMode::Compact, {{"mfa-required", 0.60, kWhyMfa}}},
    {"geben sie die angezeigte zahl ein", PhraseMode::Compact, {{"mfa-required", 0.60, kWhyMfa}}},
    // Microsoft's German documentation calls the client secret "geheimer Clientschlüssel".
    {"clientschlüssel",
     PhraseMode::Compact,
     {{"client-secret-invalid", 0.50,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "the message is about the app's client secret")}}},

    // French
    {"compte ou mot de passe est incorrect",
     PhraseMode::Compact,
     {{"wrong-password", 0.78, kWhyWrongPassword}}},
    {"mot de passe est incorrect", PhraseMode::Compact, {{"wrong-password", 0.75, kWhyWrongPassword}}},
    {"nom d'utilisateur ou mot de passe non valide",
     PhraseMode::Compact,
     {{"wrong-password", 0.75, kWhyUserOrPassword}, {"wrong-username", 0.35, kWhyUserName}}},
    {"mot de passe a expiré", PhraseMode::Compact, {{"password-expired", 0.85, kWhyExpired}}},
    {"nous ne trouvons pas votre compte", PhraseMode::Compact, {{"wrong-username", 0.70, kWhyNoAccount}}},
    {"compte est temporairement verrouillé", PhraseMode::Compact, {{"account-locked", 0.85, kWhyLockedOut}}},
    {"compte a été verrouillé",
     PhraseMode::Compact,
     {{"account-locked", 0.60, kWhyLockedSupport}, {"account-disabled", 0.50, kWhyDisabledWording}}},
    {"vous connecter trop de fois",
     PhraseMode::Compact,
     {{"account-locked", 0.75, kWhyLockedOut},
      {"wrong-password", 0.40,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "the attempts before it used a wrong password")}}},
    {"trop de demandes", PhraseMode::Compact, {{"throttled", 0.70, kWhyThrottled}}},
    {"utiliser un code de vérification", PhraseMode::Compact, {{"mfa-required", 0.55, kWhyMfa}}},
    {"mon application microsoft authenticator", PhraseMode::Compact, {{"mfa-required", 0.60, kWhyMfa}}},

    // Spanish
    {"contraseña es incorrecta", PhraseMode::Compact, {{"wrong-password", 0.75, kWhyWrongPassword}}},
    {"nombre de usuario o contraseña no válidos",
     PhraseMode::Compact,
     {{"wrong-password", 0.75, kWhyUserOrPassword}, {"wrong-username", 0.35, kWhyUserName}}},
    {"no encontramos su cuenta", PhraseMode::Compact, {{"wrong-username", 0.70, kWhyNoAccount}}},
    {"se bloqueó temporalmente", PhraseMode::Compact, {{"account-locked", 0.85, kWhyLockedOut}}},
    {"su cuenta se ha bloqueado",
     PhraseMode::Compact,
     {{"account-locked", 0.60, kWhyLockedSupport}, {"account-disabled", 0.50, kWhyDisabledWording}}},
    {"demasiadas solicitudes", PhraseMode::Compact, {{"throttled", 0.70, kWhyThrottled}}},
    {"usar un código de verificación", PhraseMode::Compact, {{"mfa-required", 0.55, kWhyMfa}}},

    // Japanese
    {"アカウントまたはパスワードが正しくありません",
     PhraseMode::Compact,
     {{"wrong-password", 0.78, kWhyWrongPassword}}},
    {"パスワードが正しくありません", PhraseMode::Compact, {{"wrong-password", 0.75, kWhyWrongPassword}}},
    {"ユーザー名またはパスワードが無効",
     PhraseMode::Compact,
     {{"wrong-password", 0.75, kWhyUserOrPassword}, {"wrong-username", 0.35, kWhyUserName}}},
    {"パスワードが期限切れ", PhraseMode::Compact, {{"password-expired", 0.85, kWhyExpired}}},
    // Microsoft's Japanese Exchange documentation words an expired password
    // "パスワードの有効期限が切れています".
    {"パスワードの有効期限が切れ", PhraseMode::Compact, {{"password-expired", 0.80, kWhyExpired}}},
    // The "More information required" prompt of MFA registration (Japanese Entra documentation,
    // "[詳細情報が必要です] メッセージ"): the account must register a second factor.
    {"詳細情報が必要",
     PhraseMode::Compact,
     {{"mfa-required", 0.50, kWhyMfaRegistration},
      {"security-defaults", 0.35, kWhySecurityDefaultsRegistration}}},
    {"アカウントが見つからない", PhraseMode::Compact, {{"wrong-username", 0.70, kWhyNoAccount}}},
    {"一時的にロックされています", PhraseMode::Compact, {{"account-locked", 0.85, kWhyLockedOut}}},
    {"アカウントはロックされています",
     PhraseMode::Compact,
     {{"account-locked", 0.60, kWhyLockedSupport}, {"account-disabled", 0.50, kWhyDisabledWording}}},
    {"リクエストが多すぎます", PhraseMode::Compact, {{"throttled", 0.70, kWhyThrottled}}},
    {"管理者の承認が必要", PhraseMode::Compact, {{"consent-missing", 0.75, kWhyConsent}}},
};

} // namespace

std::span<const PhraseRule> localizedPhraseRules()
{
    return kLocalizedPhrases;
}

} // namespace AuthDoctor::ClassifyDetail
