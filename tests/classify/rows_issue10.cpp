// Issue 10: other tools' wording, IMAP and SMTP refusals, Autodiscover clients, federated pages,
// tokens, retry wording, statuses cut off after the number, sides named in other words, the
// sign-in texts of German, French, Spanish and Japanese pages, and the words of messages no
// rule names. Texts as the public sources quote them (see realworld/ for full messages).
#include "ClassifierRows.h"

namespace ClassifierRows {

void addIssue10Rows()
{
    // Localised sign-in texts (Microsoft's own translations).
    add("German: account or password wrong", QStringLiteral("Ihr Konto oder Kennwort ist falsch."),
        {"unknown", "unknown", "", 0, {}, "wrong-password"});
    add("German: smart lockout",
        QStringLiteral("Ihr Konto wurde vorübergehend gesperrt, um eine unbefugte Nutzung zu verhindern."),
        {"unknown", "unknown", "", 0, {}, "account-locked"});
    add("French: password expired", QStringLiteral("Votre mot de passe a expiré."),
        {"unknown", "unknown", "", 0, {}, "password-expired"});
    add("French: disabled account worded as locked",
        QStringLiteral(
            "Votre compte a été verrouillé. Contactez votre support technique pour le déverrouiller, "
            "puis réessayez."),
        {"unknown", "unknown", "", 0, {}, "account-locked", {QStringLiteral("account-disabled")}});
    add("Spanish: wrong password", QStringLiteral("La contraseña es incorrecta."),
        {"unknown", "unknown", "", 0, {}, "wrong-password"});
    add("Japanese: consent needs an administrator", QStringLiteral("管理者の承認が必要"),
        {"unknown", "unknown", "", 0, {}, "consent-missing"});
    add("Japanese: temporarily locked",
        QStringLiteral("ご使用のアカウントは、不正使用を防ぐために一時的にロックされています。"),
        {"unknown", "unknown", "", 0, {}, "account-locked"});

    // Statuses: cut off after the number, localised reasons, SMTP replies that are not HTTP.
    add("status cut off after '(401)'",
        QStringLiteral("Exception calling \"Bind\": \"The remote server returned an error: (401)"),
        {"unknown", "unknown", "", 401, {}, "wrong-password"});
    add("status after 'failed -'", QStringLiteral("Request failed - 401"),
        {"unknown", "unknown", "", 401, {}, "wrong-password"});
    add("status labelled 'response code'", QStringLiteral("Login error, response code: 401"),
        {"unknown", "unknown", "", 401, {}, "wrong-password"});
    add("status with a Russian .NET reason",
        QStringLiteral("Удаленный сервер вернул ошибку: (403) Запрещено."),
        {"unknown", "unknown", "", 403, {}, "insufficient-permission"});
    add("SMTP reply is not an HTTP status",
        QStringLiteral("Smtp error: 504 5.7.4 Unrecognized authentication type"),
        {"unknown", "unknown", "", 0, {}, "basic-auth-disabled"});

    // Sides named in other words.
    add("side: 'target' with a noun",
        QStringLiteral("Target user [adele.vance@fabrikam.com] does not exist on the target side."),
        {"destination", "unknown", "", 0, {}, "wrong-username"});
    add("side: 'the target machine' is no side",
        QStringLiteral("No connection could be made because the target machine actively refused it"),
        {"unknown", "unknown", "", 0, {}, "network-unreachable"});
    add("side: imapsync's summary code",
        QStringLiteral("The most frequent error is ERR_AUTHENTICATION_FAILURE_USER1"),
        {"source", "unknown", "", 0, {}, "wrong-password"});
    add("side: 'migrating from' a provider",
        QStringLiteral("Troubleshooting authentication problems when migrating from Google"),
        {"source", "unknown", "", 0, {}, "basic-auth-disabled", {QStringLiteral("wrong-password")}});
    add("side: a .NET 'Source:' line names an assembly",
        QStringLiteral(
            "The Autodiscover service couldn't be located.\nSource: Microsoft.Exchange.WebServices"),
        {"unknown", "unknown", "", 0, {}, "autodiscover-failed"});

    // Families without codes.
    add("IMAP: Gmail refusing the password",
        QStringLiteral("IMAP4 error: [AUTHENTICATIONFAILED] Invalid credentials (Failure)"),
        {"unknown", "unknown", "", 0, {}, "wrong-password", {QStringLiteral("basic-auth-disabled")}});
    add("IMAP: RFC 5530 UNAVAILABLE", QStringLiteral("a1 NO [UNAVAILABLE] Temporary authentication failure"),
        {"unknown", "unknown", "", 0, {}, "server-overutilized"});
    add("IMAP: authenticated but not connected",
        QStringLiteral("BAD User is authenticated but not connected."),
        {"unknown", "unknown", "", 0, {}, "insufficient-permission", {QStringLiteral("consent-missing")}});
    add("Autodiscover client: already tried this URL",
        QStringLiteral(
            "We have already tried this URL: https://autodiscover.contoso.com/Autodiscover/Autodiscover.xml"),
        {"unknown", "exchange-server", "autodiscover.contoso.com", 0, {}, "autodiscover-failed"});
    add("no supported authentication mechanism",
        QStringLiteral("System.NotSupportedException: No compatible authentication mechanisms found."),
        {"unknown", "unknown", "", 0, {QStringLiteral("NotSupportedException")}, "basic-auth-disabled"});
    add("federated page", QStringLiteral("We're taking you to your organization's sign in page..."),
        {"unknown", "unknown", "", 0, {}, "federated-sign-in"});
    add("token refresh wording yields to a known AADSTS code",
        QStringLiteral("AADSTS700082: The refresh token has expired due to inactivity."),
        {"unknown", "exchange-online", "", 0, {QStringLiteral("AADSTS700082")}, "wrong-password"});
    add("retry wording", QStringLiteral("Server busy. Please try again later."),
        {"unknown", "unknown", "", 0, {}, "server-overutilized", {QStringLiteral("throttled")}});
    add("vendor code: AvePoint Fly app profile", QStringLiteral("CO-CannotGetAPP"),
        {"unknown", "unknown", "", 0, {}, "modern-auth-not-configured"});

    // Words of messages no rule names; an identifier is read in its parts.
    add("identifier parts", QStringLiteral("EX-AccessDeniedToOffice365Group"),
        {"unknown", "exchange-online", "", 0, {}, "insufficient-permission"});
    add("a knowledge-base title", QStringLiteral("Deprecation of Basic authentication in Exchange Online"),
        {"unknown", "exchange-online", "", 0, {}, "basic-auth-disabled"});
    add("short title about MFA", QStringLiteral("O365 Accounts with MFA enabled don't work"),
        {"unknown", "exchange-online", "", 0, {}, "mfa-required"});
}

} // namespace ClassifierRows
