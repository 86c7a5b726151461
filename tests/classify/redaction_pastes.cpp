// Pastes for tst_redaction and tst_classifier_secrets (see RedactionPastes.h). Every secret is
// made up; the shapes are real (Azure client secret values are 3 characters, "8Q~" and 34 more).
#include "RedactionPastes.h"

#include <initializer_list>

namespace {

using Views = std::initializer_list<QStringView>;

void row(QList<RedactionPaste> &rows, const char *name, const QString &input, Views secrets, Views kept)
{
    RedactionPaste p{name, input, {}, {}};
    for (QStringView s : secrets)
        p.secrets << s.toString();
    for (QStringView k : kept)
        p.kept << k.toString();
    rows << p;
}

const QString kJwt =
    QStringLiteral("eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiIsImtpZCI6Ik1uQ19WWmNBVGZNNXBPWWlKSE1iYTlnb0VLWSJ9."
                   "eyJhdWQiOiJodHRwczovL291dGxvb2sub2ZmaWNlMzY1LmNvbSIsInVwbiI6ImphbmVAY29udG9zby5jb20ifQ."
                   "c2lnbmF0dXJlLXZhbHVl");
constexpr QStringView kJwtHead =
    u"eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiIsImtpZCI6Ik1uQ19WWmNBVGZNNXBPWWlKSE1iYTlnb0VLWSJ9";
constexpr QStringView kJwtBody =
    u"eyJhdWQiOiJodHRwczovL291dGxvb2sub2ZmaWNlMzY1LmNvbSIsInVwbiI6ImphbmVAY29udG9zby5jb20ifQ";

void urlUserInfo(QList<RedactionPaste> &r)
{
    row(r, "MigrationWiz: '@' in the user and the password of an EWS URL",
        QStringLiteral("Http POST request to 'https://admin@contoso.com:p@ss@w0rd@outlook.office365.com/EWS/"
                       "Exchange.asmx' failed - 401 Unauthorized"),
        {u"p@ss@w0rd", u"ss@w0rd", u"w0rd"},
        {u"https://admin@contoso.com:", u"@outlook.office365.com/EWS/Exchange.asmx", u"401 Unauthorized"});
    row(r, "'@' only in the password",
        QStringLiteral("GET https://svc-migration:Winter@2026@mail.fabrikam.com/owa/ HTTP/1.1\n"
                       "HTTP/1.1 401 Unauthorized"),
        {u"Winter@2026", u"Winter"},
        {u"https://svc-migration:", u"@mail.fabrikam.com/owa/", u"401 Unauthorized"});
    row(r, "domain\\user in a URL",
        QStringLiteral(
            "Autodiscover failed for https://FABRIKAM\\svc_mw:Sup3r!Secret@autodiscover.fabrikam.com/"
            "autodiscover/autodiscover.xml (401)"),
        {u"Sup3r!Secret"},
        {u"FABRIKAM\\svc_mw", u"@autodiscover.fabrikam.com/autodiscover/autodiscover.xml"});
    row(r, "ftp URL with '&' in the password",
        QStringLiteral("Export target: ftp://backup:Tr0ub4dor&3@files.contoso.com/exports"),
        {u"Tr0ub4dor&3", u"Tr0ub4dor"}, {u"ftp://backup:", u"@files.contoso.com/exports"});
    row(r, "proxy URL with '#' in the password",
        QStringLiteral("HTTPS_PROXY=http://proxyuser:Pr0xy#Pass@proxy.contoso.local:8080 curl: (407) Proxy "
                       "Authentication Required"),
        {u"Pr0xy#Pass", u"Pr0xy"}, {u"@proxy.contoso.local:8080", u"(407) Proxy Authentication Required"});
    row(r, "git remote with a personal access token",
        QStringLiteral(
            "fatal: Authentication failed for 'https://oauth2:glpat-AbC123xyzQ9@gitlab.contoso.com/"
            "it/migration-scripts.git/'"),
        {u"glpat-AbC123xyzQ9"}, {u"https://oauth2:", u"@gitlab.contoso.com/it/migration-scripts.git/"});
}

void keyValues(QList<RedactionPaste> &r)
{
    row(r, "pass= in a tool's log",
        QStringLiteral(
            "[sync] mailbox=jane@contoso.com pass=Spring2026x server=outlook.office365.com status=401"),
        {u"Spring2026x"}, {u"mailbox=jane@contoso.com", u"server=outlook.office365.com", u"status=401"});
    row(r, "pass: after a user",
        QStringLiteral("Retrying source login user: svc.migration@contoso.com pass: Kx9!mQ2zT"),
        {u"Kx9!mQ2zT"}, {u"user: svc.migration@contoso.com pass: "});
    row(r, ".env with AZURE_CLIENT_SECRET",
        QStringLiteral(
            "AZURE_TENANT_ID=72f988bf-86f1-41af-91ab-2d7cd011db47\nAZURE_CLIENT_ID=9e8d7c6b-5a49-4382-"
            "8170-6f5e4d3c2b1a\nAZURE_CLIENT_SECRET=u8j8Q~YgjmUh.Bel31iEl2hpChYgCfrL1spNxnyV\n"),
        {u"u8j8Q~YgjmUh.Bel31iEl2hpChYgCfrL1spNxnyV", u"YgjmUh"},
        {u"AZURE_TENANT_ID=72f988bf-86f1-41af-91ab-2d7cd011db47",
         u"AZURE_CLIENT_ID=9e8d7c6b-5a49-4382-8170-6f5e4d3c2b1a", u"AZURE_CLIENT_SECRET="});
    row(r, "MY_PASSWORD in .env, quoted with spaces",
        QStringLiteral(
            "MY_USER=jane@contoso.com\nMY_PASSWORD=\"Hunter2 and more\"\nMY_SERVER=mail.contoso.com"),
        {u"Hunter2 and more", u"Hunter2"},
        {u"MY_USER=jane@contoso.com", u"MY_PASSWORD=\"", u"MY_SERVER=mail.contoso.com"});
    row(r, "client_secret_value in JSON",
        QStringLiteral("{\"client_id\": \"9e8d7c6b-5a49-4382-8170-6f5e4d3c2b1a\", \"client_secret_value\": "
                       "\"Vx7-secretValue.42\"}"),
        {u"Vx7-secretValue.42"},
        {u"\"client_id\": \"9e8d7c6b-5a49-4382-8170-6f5e4d3c2b1a\"", u"client_secret_value"});
    row(r, "Java properties",
        QStringLiteral(
            "mail.smtp.host=smtp.office365.com\nmail.smtp.user=relay@contoso.com\nmail.smtp.password="
            "Smtp!Relay2026\nmail.smtp.port=587"),
        {u"Smtp!Relay2026"},
        {u"mail.smtp.host=smtp.office365.com", u"mail.smtp.user=relay@contoso.com", u"mail.smtp.port=587"});
    row(r, "connection string",
        QStringLiteral("Server=tcp:mw-sql01.database.windows.net,1433;Initial Catalog=mw;User ID=mwadmin;"
                       "Password=Sql!Pass3;Encrypt=True;"),
        {u"Sql!Pass3"}, {u"User ID=mwadmin;", u";Encrypt=True;", u"mw-sql01.database.windows.net"});
    row(r, "storage connection string",
        QStringLiteral("DefaultEndpointsProtocol=https;AccountName=mwstaging;AccountKey=q1W2e3R4t5Y6u7I8o9P0"
                       "aSdFgHjKl+ZxCvBnM==;EndpointSuffix=core.windows.net"),
        {u"q1W2e3R4t5Y6u7I8o9P0aSdFgHjKl+ZxCvBnM=="},
        {u"AccountName=mwstaging;", u"EndpointSuffix=core.windows.net"});
    row(r, "SQL login",
        QStringLiteral("CREATE LOGIN mw_reader WITH PASSWORD = 'Rd!Only2026', CHECK_POLICY = OFF;"),
        {u"Rd!Only2026"}, {u"CREATE LOGIN mw_reader WITH PASSWORD = '", u"CHECK_POLICY = OFF"});
    row(r, "Graph addPassword response",
        QStringLiteral(
            "{\"customKeyIdentifier\":null,\"displayName\":\"mw\",\"endDateTime\":\"2027-01-01T00:00:00Z\","
            "\"hint\":\"gJT\",\"keyId\":\"4f6b8c2d-1e3a-4b5c-9d7e-0a1b2c3d4e5f\",\"secretText\":"
            "\"gJT8Q~ihA-2O76UMFxFkM-R5Kjp~1vRt_1fjORS-\"}"),
        {u"gJT8Q~ihA-2O76UMFxFkM-R5Kjp~1vRt_1fjORS-", u"ihA-2O76UMFxFkM"},
        {u"\"keyId\":\"4f6b8c2d-1e3a-4b5c-9d7e-0a1b2c3d4e5f\"", u"\"displayName\":\"mw\"",
         u"\"secretText\":\""});
    row(r, "az ad app credential reset output",
        QStringLiteral("{\n  \"appId\": \"9e8d7c6b-5a49-4382-8170-6f5e4d3c2b1a\",\n  \"password\": "
                       "\"LZD8Q~ilI8ihN5KXSc7Tvo-hBKqFYY-kv5ZJr3J1\",\n  \"tenant\": "
                       "\"72f988bf-86f1-41af-91ab-2d7cd011db47\"\n}"),
        {u"LZD8Q~ilI8ihN5KXSc7Tvo-hBKqFYY-kv5ZJr3J1"},
        {u"\"appId\": \"9e8d7c6b-5a49-4382-8170-6f5e4d3c2b1a\"",
         u"\"tenant\": \"72f988bf-86f1-41af-91ab-2d7cd011db47\""});
    row(r, "MigrationWiz endpoint export",
        QStringLiteral(
            "{\"Type\":\"ExchangeServer\",\"Url\":\"https://mail.fabrikam.com/EWS/Exchange.asmx\","
            "\"Username\":\"FABRIKAM\\\\svc_mw\",\"Password\":\"Mw!Pass3x\",\"UseAdministrativeCredentials\":"
            "true}"),
        {u"Mw!Pass3x"},
        {u"https://mail.fabrikam.com/EWS/Exchange.asmx", u"FABRIKAM\\\\svc_mw",
         u"\"UseAdministrativeCredentials\":true"});
    row(r, "Python requests password grant",
        QStringLiteral(
            "r = requests.post(url, data={\"grant_type\": \"password\", \"username\": \"jane@contoso.com\", "
            "\"password\": \"Py!Pass7x\", \"client_id\": \"9e8d7c6b-5a49-4382-8170-6f5e4d3c2b1a\"})"),
        {u"Py!Pass7x"},
        {u"\"grant_type\": \"password\"", u"\"username\": \"jane@contoso.com\"",
         u"\"client_id\": \"9e8d7c6b-5a49-4382-8170-6f5e4d3c2b1a\""});
    row(r, "MSAL Python client_credential",
        QStringLiteral(
            "app = msal.ConfidentialClientApplication(client_id=\"9e8d7c6b-5a49-4382-8170-6f5e4d3c2b1a\", "
            "client_credential=\"wR48Q~WDtkwtDDb_xHKas1VOq~g6YYZYn9ZhyiA4\", "
            "authority=\"https://login.microsoftonline.com/contoso.onmicrosoft.com\")"),
        {u"wR48Q~WDtkwtDDb_xHKas1VOq~g6YYZYn9ZhyiA4"},
        {u"client_id=\"9e8d7c6b-5a49-4382-8170-6f5e4d3c2b1a\"",
         u"https://login.microsoftonline.com/contoso.onmicrosoft.com"});
    row(r, "JavaScript constant",
        QStringLiteral("const clientSecret = 'Js~Secret_2026.value';\nconst tenantId = "
                       "'72f988bf-86f1-41af-91ab-2d7cd011db47';"),
        {u"Js~Secret_2026.value"}, {u"const tenantId = '72f988bf-86f1-41af-91ab-2d7cd011db47';"});
    row(r, "C# WithClientSecret",
        QStringLiteral(
            "var app = ConfidentialClientApplicationBuilder.Create(\"9e8d7c6b-5a49-4382-8170-6f5e4d3c2b1a\")"
            "\n    .WithClientSecret(\"Cs-Secret!2026x\")\n    .WithTenantId(\"contoso.onmicrosoft.com\")"),
        {u"Cs-Secret!2026x"}, {u".WithClientSecret(\"", u".WithTenantId(\"contoso.onmicrosoft.com\")"});
    row(r, "ARM parameter file",
        QStringLiteral("{\n  \"parameters\": {\n    \"adminUsername\": {\"value\": \"mwadmin\"},\n    "
                       "\"adminPassword\": "
                       "{\n      \"value\": \"Arm!Param2026\"\n    }\n  }\n}"),
        {u"Arm!Param2026"}, {u"\"adminUsername\": {\"value\": \"mwadmin\"}", u"\"adminPassword\""});
    row(r, "hashtable of headers with x-api-key",
        QStringLiteral("$headers = @{ 'x-api-key' = 'k3y-0f1e2d3c4b5a6978'; 'Accept' = 'application/json' }"),
        {u"k3y-0f1e2d3c4b5a6978"}, {u"'x-api-key' = '", u"'Accept' = 'application/json'"});
    row(r, "JSON apikey",
        QStringLiteral("{\"service\":\"mw-agent\",\"apikey\":\"ak_live_51HxYzQ2w3e4r5t6\"}"),
        {u"ak_live_51HxYzQ2w3e4r5t6"}, {u"\"service\":\"mw-agent\"", u"\"apikey\":\""});
    row(r, "access token in a MSAL log line",
        QStringLiteral(
            "2026-03-02 08:11:09Z MSAL.NetCore [Token Cache] access_token: EwBwA8l6BAAUbDba3x2OMJElkF7gJ4z "
            "expires_on: 1767225600"),
        {u"EwBwA8l6BAAUbDba3x2OMJElkF7gJ4z"}, {u"[Token Cache] access_token: ", u"expires_on: 1767225600"});
    row(r, "Azure AD Connect style logfmt",
        QStringLiteral("level=error msg=\"bind failed\" user=\"CN=svc_sync,OU=Service,DC=fabrikam,DC=com\" "
                       "password=\"Ldap!Bind9\" host=dc01.fabrikam.com"),
        {u"Ldap!Bind9"}, {u"msg=\"bind failed\"", u"host=dc01.fabrikam.com", u"CN=svc_sync,OU=Service"});
}

void powerShell(QList<RedactionPaste> &r)
{
    row(r, "Set-MsolUserPassword -NewPassword",
        QStringLiteral(
            "PS C:\\> Set-MsolUserPassword -UserPrincipalName jane@contoso.com -NewPassword 'N3wP@ssw0rd!' "
            "-ForceChangePassword $false"),
        {u"N3wP@ssw0rd!"},
        {u"-UserPrincipalName jane@contoso.com -NewPassword '", u"-ForceChangePassword $false"});
    row(r, "-Password in double quotes",
        QStringLiteral("Connect-MigrationWiz -Email admin@contoso.com -Password \"Bt!Portal2026\" -Verbose\n"
                       "Connect-MigrationWiz : (401) Unauthorized"),
        {u"Bt!Portal2026"}, {u"-Email admin@contoso.com", u"-Verbose", u"(401) Unauthorized"});
    row(r, "-Password:value",
        QStringLiteral(
            "Test-Login.ps1 -User jane@contoso.com -Password:hunter2xyz -Server outlook.office365.com"),
        {u"hunter2xyz"}, {u"-User jane@contoso.com -Password:", u"-Server outlook.office365.com"});
    row(r, "ConvertTo-SecureString 'x' -AsPlainText -Force",
        QStringLiteral("$secpasswd = ConvertTo-SecureString 'Summer2026!' -AsPlainText -Force"),
        {u"Summer2026!"}, {u"$secpasswd = ConvertTo-SecureString '", u"' -AsPlainText -Force"});
    row(r, "ConvertTo-SecureString -String",
        QStringLiteral("$pw = ConvertTo-SecureString -String \"Str!ngPass1\" -AsPlainText -Force"),
        {u"Str!ngPass1"}, {u"ConvertTo-SecureString -String \"", u"-AsPlainText -Force"});
    row(r, "ConvertTo-SecureString -AsPlainText -Force -String",
        QStringLiteral("$pw = ConvertTo-SecureString -AsPlainText -Force -String 'Flip!Order22'"),
        {u"Flip!Order22"}, {u"ConvertTo-SecureString -AsPlainText -Force -String '"});
    row(r, "piped into ConvertTo-SecureString",
        QStringLiteral("$pw = 'Pip3d!Pass' | ConvertTo-SecureString -AsPlainText -Force"), {u"Pip3d!Pass"},
        {u"| ConvertTo-SecureString -AsPlainText -Force"});
    row(r, "$adminPassword = '…'",
        QStringLiteral("$adminUser = 'admin@contoso.onmicrosoft.com'\n$adminPassword = 'Adm1n!Pass'\n"),
        {u"Adm1n!Pass"}, {u"$adminUser = 'admin@contoso.onmicrosoft.com'", u"$adminPassword = '"});
    row(r, "PSCredential with ConvertTo-SecureString",
        QStringLiteral("$cred = New-Object System.Management.Automation.PSCredential ('admin@contoso.com', "
                       "(ConvertTo-SecureString 'P@55w0rd!x' -AsPlainText -Force))\nConnect-ExchangeOnline "
                       "-Credential $cred"),
        {u"P@55w0rd!x"}, {u"'admin@contoso.com'", u"Connect-ExchangeOnline -Credential $cred"});
    row(r, "[pscredential]::new",
        QStringLiteral(
            "$c = [pscredential]::new('svc@contoso.com', (ConvertTo-SecureString \"N3w!Cred\" -AsPlainText "
            "-Force))"),
        {u"N3w!Cred"}, {u"'svc@contoso.com'"});
    row(r, "$env: variable",
        QStringLiteral(
            "$env:AZURE_CLIENT_SECRET = \"A1b8Q~envSecretValue.0123456789abcdefghij\"\n$env:AZURE_CLIENT_ID "
            "= \"9e8d7c6b-5a49-4382-8170-6f5e4d3c2b1a\""),
        {u"A1b8Q~envSecretValue.0123456789abcdefghij", u"envSecretValue"},
        {u"$env:AZURE_CLIENT_ID = \"9e8d7c6b-5a49-4382-8170-6f5e4d3c2b1a\""});
    row(r, "Set-AzureADUserPassword with a subexpression",
        QStringLiteral("Set-AzureADUserPassword -ObjectId 3c1f0a52-8d4e-4f6b-a9c7-1e2d3f4a5b61 -Password "
                       "(ConvertTo-SecureString \"Reset!Now1\" -AsPlainText -Force)"),
        {u"Reset!Now1"},
        {u"-ObjectId 3c1f0a52-8d4e-4f6b-a9c7-1e2d3f4a5b61 -Password (ConvertTo-SecureString \""});
    row(r, "NetworkCredential constructor",
        QStringLiteral(
            "$nc = New-Object System.Net.NetworkCredential(\"svc_mw\", \"NetCr3d!\", \"FABRIKAM\")"),
        {u"NetCr3d!"}, {u"\"svc_mw\"", u"\"FABRIKAM\""});
    row(r, "[NetworkCredential]::new",
        QStringLiteral("$nc = [System.Net.NetworkCredential]::new('svc_mw', 'NetCr3d!2')"), {u"NetCr3d!2"},
        {u"'svc_mw'"});
    row(r, "splatting hashtable",
        QStringLiteral("$params = @{ UserName = 'svc@contoso.com'; Password = 'Spl@t2026'; Server = "
                       "'mail.contoso.com' }"),
        {u"Spl@t2026"}, {u"UserName = 'svc@contoso.com'", u"Server = 'mail.contoso.com'"});
    row(r, "Invoke-RestMethod token request body",
        QStringLiteral(
            "Invoke-RestMethod -Method Post -Uri https://login.microsoftonline.com/contoso.com/oauth2/v2.0/"
            "token -Body @{client_id=$appId; client_secret='Irm~Secret.2026_x'; scope="
            "'https://graph.microsoft.com/.default'; grant_type='client_credentials'}"),
        {u"Irm~Secret.2026_x"},
        {u"https://login.microsoftonline.com/contoso.com/oauth2/v2.0/token",
         u"grant_type='client_credentials'", u"client_id=$appId"});
    row(r, "BitTitan SDK export configuration",
        QStringLiteral("$exportConfiguration.AdministrativeUsername = \"admin@fabrikam.com\"\n"
                       "$exportConfiguration.AdministrativePassword = \"Bt!Sdk2026\"\n"
                       "$exportConfiguration.Url = \"https://mail.fabrikam.com/EWS/Exchange.asmx\""),
        {u"Bt!Sdk2026"}, {u"\"admin@fabrikam.com\"", u"https://mail.fabrikam.com/EWS/Exchange.asmx"});
    row(r, "Connect-MgGraph -ClientSecretCredential built from a plain secret",
        QStringLiteral("$sec = ConvertTo-SecureString -String 'gJT8Q~ihA-2O76UMFxFkM-R5Kjp~1vRt_1fjORS-' "
                       "-AsPlainText -Force\nConnect-MgGraph -TenantId 72f988bf-86f1-41af-91ab-2d7cd011db47 "
                       "-ClientSecretCredential $cred"),
        {u"ihA-2O76UMFxFkM-R5Kjp"},
        {u"-TenantId 72f988bf-86f1-41af-91ab-2d7cd011db47", u"-ClientSecretCredential $cred"});
    row(r, "-AccessToken",
        QStringLiteral("Connect-PnPOnline -Url https://contoso.sharepoint.com -AccessToken ") + kJwt,
        {kJwtHead, kJwtBody}, {u"Connect-PnPOnline -Url https://contoso.sharepoint.com -AccessToken "});
    row(r, "-CertificatePassword",
        QStringLiteral("Connect-ExchangeOnline -CertificateFilePath C:\\certs\\mw.pfx -CertificatePassword "
                       "(ConvertTo-SecureString -String 'Pfx!Pass42' -AsPlainText -Force) -AppId "
                       "9e8d7c6b-5a49-4382-8170-6f5e4d3c2b1a -Organization contoso.onmicrosoft.com"),
        {u"Pfx!Pass42"},
        {u"C:\\certs\\mw.pfx", u"-AppId 9e8d7c6b-5a49-4382-8170-6f5e4d3c2b1a",
         u"-Organization contoso.onmicrosoft.com"});
}

void commandLines(QList<RedactionPaste> &r)
{
    row(r, "imapsync --password1 --password2",
        QStringLiteral(
            "imapsync --host1 imap.fabrikam.com --user1 jane@fabrikam.com --password1 'Imap!Pass1' "
            "--host2 outlook.office365.com --user2 jane@contoso.com --password2 Imap!Pass2x --ssl1"),
        {u"Imap!Pass1", u"Imap!Pass2x"},
        {u"--host1 imap.fabrikam.com --user1 jane@fabrikam.com --password1 '",
         u"--host2 outlook.office365.com --user2 jane@contoso.com", u"--ssl1"});
    row(r, "--password=",
        QStringLiteral("az login --service-principal --username 9e8d7c6b-5a49-4382-8170-6f5e4d3c2b1a "
                       "--password=Cli!Secret7 --tenant contoso.onmicrosoft.com"),
        {u"Cli!Secret7"},
        {u"--username 9e8d7c6b-5a49-4382-8170-6f5e4d3c2b1a", u"--tenant contoso.onmicrosoft.com"});
    row(r, "az login -u -p",
        QStringLiteral(
            "az login --service-principal -u 9e8d7c6b-5a49-4382-8170-6f5e4d3c2b1a -p "
            "u8j8Q~YgjmUh.Bel31iEl2hpChYgCfrL1spNxnyV --tenant 72f988bf-86f1-41af-91ab-2d7cd011db47"),
        {u"YgjmUh.Bel31iEl2hpChYgCfrL1spNxnyV"},
        {u"-u 9e8d7c6b-5a49-4382-8170-6f5e4d3c2b1a -p ", u"--tenant 72f988bf-86f1-41af-91ab-2d7cd011db47"});
    row(r, "curl -u user:pass",
        QStringLiteral(
            "curl -v -u jane@contoso.com:Curl!Pass1 https://outlook.office365.com/EWS/Exchange.asmx\n"
            "< HTTP/1.1 401 Unauthorized"),
        {u"Curl!Pass1"},
        {u"-u jane@contoso.com:", u"https://outlook.office365.com/EWS/Exchange.asmx",
         u"HTTP/1.1 401 Unauthorized"});
    row(r, "curl --user 'user:pass'",
        QStringLiteral(
            "curl --ntlm --user 'FABRIKAM\\svc_mw:Ntlm!Pass2' https://mail.fabrikam.com/EWS/Exchange.asmx"),
        {u"Ntlm!Pass2"}, {u"--user 'FABRIKAM\\svc_mw:", u"https://mail.fabrikam.com/EWS/Exchange.asmx"});
    row(r, "curl --user=user:pass",
        QStringLiteral("curl --user=jane@contoso.com:Eq!Pass3x https://autodiscover.contoso.com/autodiscover/"
                       "autodiscover.xml"),
        {u"Eq!Pass3x"},
        {u"--user=jane@contoso.com:", u"https://autodiscover.contoso.com/autodiscover/autodiscover.xml"});
    row(r, "curl with a client secret in -d",
        QStringLiteral(
            "curl -X POST https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/token -d "
            "\"client_id=9e8d7c6b-5a49-4382-8170-6f5e4d3c2b1a&client_secret=LZD8Q~ilI8ihN5KXSc7Tvo-hBKqFYY-"
            "kv5ZJr3J1&scope=https%3A%2F%2Fgraph.microsoft.com%2F.default&grant_type=client_credentials\""),
        {u"ilI8ihN5KXSc7Tvo"},
        {u"client_id=9e8d7c6b-5a49-4382-8170-6f5e4d3c2b1a&client_secret=", u"&grant_type=client_credentials",
         u"login.microsoftonline.com"});
    row(r, "curl -H Authorization",
        QStringLiteral("curl -s -H \"Authorization: Bearer ") + kJwt +
            QStringLiteral(
                "\" https://graph.microsoft.com/v1.0/users/jane@contoso.com/messages\n{\"error\":{\"code\":"
                "\"ErrorAccessDenied\",\"message\":\"Access is denied.\"}}"),
        {kJwtHead, kJwtBody},
        {u"Authorization: Bearer ", u"https://graph.microsoft.com/v1.0/users/jane@contoso.com/messages",
         u"\"code\":\"ErrorAccessDenied\""});
    row(r, "curl -H Ocp-Apim-Subscription-Key",
        QStringLiteral("curl -H 'Ocp-Apim-Subscription-Key: 0f1e2d3c4b5a69788796a5b4c3d2e1f0' "
                       "https://api.contoso.com/migration/v1/status"),
        {u"0f1e2d3c4b5a69788796a5b4c3d2e1f0"},
        {u"Ocp-Apim-Subscription-Key: ", u"https://api.contoso.com/migration/v1/status"});
    row(r, "net use with /user: before the password",
        QStringLiteral("C:\\> net use \\\\fs01.fabrikam.com\\exports /user:FABRIKAM\\svc_mw NetUse!Pass1\n"
                       "System error 1326 has occurred."),
        {u"NetUse!Pass1"}, {u"\\\\fs01.fabrikam.com\\exports /user:FABRIKAM\\svc_mw", u"System error 1326"});
    row(r, "net use with the password before /user:",
        QStringLiteral("net use Z: \\\\fs01\\migration NetUse!Pass2 /user:FABRIKAM\\svc_mw /persistent:no"),
        {u"NetUse!Pass2"}, {u"net use Z: \\\\fs01\\migration", u"/user:FABRIKAM\\svc_mw /persistent:no"});
    row(r, "psexec -u -p",
        QStringLiteral("psexec \\\\mw-agent01 -u FABRIKAM\\svc_mw -p Agent!Pass9 -h cmd.exe /c whoami"),
        {u"Agent!Pass9"}, {u"-u FABRIKAM\\svc_mw -p ", u"-h cmd.exe /c whoami"});
    row(r, "schtasks /RU /RP",
        QStringLiteral(
            "schtasks /create /tn MigrationSync /tr C:\\mw\\sync.cmd /sc daily /ru FABRIKAM\\svc_mw /rp "
            "Sched!Pass7"),
        {u"Sched!Pass7"}, {u"/tn MigrationSync", u"/ru FABRIKAM\\svc_mw /rp "});
    row(r, "cmdkey /pass:",
        QStringLiteral("cmdkey /generic:outlook.office365.com /user:jane@contoso.com /pass:Cmdk3y!Pass"),
        {u"Cmdk3y!Pass"}, {u"/generic:outlook.office365.com /user:jane@contoso.com /pass:"});
    row(r, "sc config password=",
        QStringLiteral("sc.exe config MigrationWizAgent obj= \"FABRIKAM\\svc_mw\" password= \"Svc!Pass8x\""),
        {u"Svc!Pass8x"}, {u"obj= \"FABRIKAM\\svc_mw\""});
    row(r, "wmic /password:",
        QStringLiteral(
            "wmic /node:mw-agent01 /user:FABRIKAM\\svc_mw /password:Wmic!Pass5 process list brief"),
        {u"Wmic!Pass5"}, {u"/node:mw-agent01 /user:FABRIKAM\\svc_mw /password:", u"process list brief"});
    row(r, "plink -pw", QStringLiteral("plink -ssh admin@relay.contoso.com -pw P1ink!Pass -batch uptime"),
        {u"P1ink!Pass"}, {u"admin@relay.contoso.com", u"-batch uptime"});
    row(r, "docker login -u -p",
        QStringLiteral("docker login -u mwbuild -p Dock!Pass1x mwregistry.azurecr.io"), {u"Dock!Pass1x"},
        {u"-u mwbuild -p ", u"mwregistry.azurecr.io"});
}

void har(QList<RedactionPaste> &r)
{
    row(r, "HAR Authorization header, pretty-printed",
        QStringLiteral("\"headers\": [\n  {\n    \"name\": \"Authorization\",\n    \"value\": \"Bearer ") +
            kJwt +
            QStringLiteral("\"\n  },\n  {\n    \"name\": \"client-request-id\",\n    \"value\": "
                           "\"0b7f3c1e-2a4d-4e6f-8a9b-1c2d3e4f5a6b\"\n  }\n]"),
        {kJwtHead, kJwtBody},
        {u"\"name\": \"Authorization\"", u"\"value\": \"Bearer ",
         u"\"value\": \"0b7f3c1e-2a4d-4e6f-8a9b-1c2d3e4f5a6b\""});
    row(r, "HAR Authorization Basic on one line",
        QStringLiteral(
            "{\"name\":\"authorization\",\"value\":\"Basic YWRtaW5AY29udG9zby5jb206U2VjcmV0MjAyNg==\"},"
            "{\"name\":\"host\",\"value\":\"outlook.office365.com\"}"),
        {u"YWRtaW5AY29udG9zby5jb206U2VjcmV0MjAyNg"},
        {u"\"value\":\"Basic ", u"\"value\":\"outlook.office365.com\""});
    row(r, "HAR Cookie header",
        QStringLiteral("{\"name\":\"Cookie\",\"value\":\"ESTSAUTH=0.ARoAv4j5cvGGr0GRqy180BHbR1c; "
                       "ESTSAUTHPERSISTENT=0.ARoAv4j5cvGGr0GRqy2Persist\"}"),
        {u"0.ARoAv4j5cvGGr0GRqy180BHbR1c", u"0.ARoAv4j5cvGGr0GRqy2Persist"},
        {u"{\"name\":\"Cookie\",\"value\":\""});
    row(r, "HAR cookies array",
        QStringLiteral(
            "\"cookies\": [{\"name\": \"buid\", \"value\": \"0.ARoAbuidCookieValue42\", \"path\": \"/\", "
            "\"domain\": \".login.microsoftonline.com\", \"httpOnly\": true}, {\"name\": \"fpc\", \"value\": "
            "\"AqRtFpcCookie7\"}], \"headersSize\": -1"),
        {u"0.ARoAbuidCookieValue42", u"AqRtFpcCookie7"},
        {u"\"name\": \"buid\"", u"\"domain\": \".login.microsoftonline.com\"", u"\"name\": \"fpc\"",
         u"\"headersSize\": -1"});
    row(r, "HAR cookies array, pretty-printed",
        QStringLiteral("\"cookies\": [\n  {\n    \"name\": \"SignInStateCookie\",\n    \"value\": "
                       "\"CAgABFgIAAAAXsignin99\"\n  }\n],\n\"url\": "
                       "\"https://login.microsoftonline.com/common/login\""),
        {u"CAgABFgIAAAAXsignin99"},
        {u"\"name\": \"SignInStateCookie\"", u"https://login.microsoftonline.com/common/login"});
    row(r, "Authorization as a JSON array",
        QStringLiteral(
            "\"requestHeaders\": {\"Authorization\": [\"Basic amFuZUBjb250b3NvLmNvbTpIYXIhUGFzczE=\"], "
            "\"Host\": [\"outlook.office365.com\"]}"),
        {u"amFuZUBjb250b3NvLmNvbTpIYXIhUGFzczE"},
        {u"\"Authorization\": [\"Basic ", u"\"Host\": [\"outlook.office365.com\"]"});
    row(r, "HAR post data params",
        QStringLiteral(
            "\"params\": [{\"name\": \"login\", \"value\": \"jane@contoso.com\"}, {\"name\": \"passwd\", "
            "\"value\": \"Har!Pass2x\"}, {\"name\": \"ctx\", \"value\": \"rQQIARAA\"}]"),
        {u"Har!Pass2x"},
        {u"\"value\": \"jane@contoso.com\"", u"\"name\": \"passwd\"", u"\"value\": \"rQQIARAA\""});
    row(r, "HAR query string with an authorization code",
        QStringLiteral("\"queryString\": [{\"name\": \"code\", \"value\": \"0.ARoAcodeFromRedirect1234\"}, "
                       "{\"name\": \"state\", \"value\": \"12345\"}]"),
        {u"0.ARoAcodeFromRedirect1234"},
        {u"{\"name\": \"code\", \"value\": \"", u"{\"name\": \"state\", \"value\": \"12345\"}"});
    row(r, "HAR response text with tokens",
        QStringLiteral(
            "\"content\": {\"mimeType\": \"application/json\", \"text\": "
            "\"{\\\"token_type\\\":\\\"Bearer\\\","
            "\\\"access_token\\\":\\\"EwBwA8l6BAAUharToken42\\\",\\\"refresh_token\\\":\\\"M.C519_BAY.-"
            "CRefresh99\\\",\\\"expires_in\\\":3599}\"}"),
        {u"EwBwA8l6BAAUharToken42", u"M.C519_BAY.-CRefresh99"},
        {u"\\\"token_type\\\":\\\"Bearer\\\"", u"\\\"expires_in\\\":3599"});
    row(r, "HAR Set-Cookie",
        QStringLiteral(
            "{\"name\": \"Set-Cookie\", \"value\": \"ESTSAUTHLIGHT=+a1b2c3d4e5LightCookie; path=/; "
            "secure\"}"),
        {u"+a1b2c3d4e5LightCookie"}, {u"{\"name\": \"Set-Cookie\", \"value\": \""});
    row(r, "HAR request URL with a code",
        QStringLiteral(
            "\"url\": \"https://localhost:44321/signin-oidc?code=0.ARoAurlCode5678&state=OpenIdConnect."
            "AuthenticationProperties&session_state=3c1f0a52-8d4e-4f6b-a9c7-1e2d3f4a5b61\""),
        {u"0.ARoAurlCode5678"},
        {u"https://localhost:44321/signin-oidc?code=",
         u"session_state=3c1f0a52-8d4e-4f6b-a9c7-1e2d3f4a5b61"});
}

void dotNetConfig(QList<RedactionPaste> &r)
{
    row(r, "app.config Password",
        QStringLiteral(
            "<appSettings>\n  <add key=\"UserName\" value=\"svc_mw@contoso.com\" />\n  <add key=\"Password\" "
            "value=\"AppCfg!Pass1\" />\n</appSettings>"),
        {u"AppCfg!Pass1"},
        {u"<add key=\"UserName\" value=\"svc_mw@contoso.com\" />", u"<add key=\"Password\" value=\""});
    row(r, "app.config ClientSecret",
        QStringLiteral(
            "<add key=\"ClientId\" value=\"9e8d7c6b-5a49-4382-8170-6f5e4d3c2b1a\"/><add key=\"ClientSecret\" "
            "value=\"AppCfg~Secret.2\"/><add key=\"Tenant\" value=\"contoso.onmicrosoft.com\"/>"),
        {u"AppCfg~Secret.2"},
        {u"value=\"9e8d7c6b-5a49-4382-8170-6f5e4d3c2b1a\"", u"value=\"contoso.onmicrosoft.com\""});
    row(r, "app.config ida:ClientSecret",
        QStringLiteral("<add key=\"ida:ClientSecret\" value=\"IdaSecret-2026x\" />"), {u"IdaSecret-2026x"},
        {u"<add key=\"ida:ClientSecret\" value=\""});
    row(r, "app.config ApiKey", QStringLiteral("<add key='ApiKey' value='ak-7f6e5d4c3b2a1908' />"),
        {u"ak-7f6e5d4c3b2a1908"}, {u"<add key='ApiKey' value='"});
    row(r, "connectionStrings",
        QStringLiteral(
            "<connectionStrings><add name=\"MigrationDb\" connectionString=\"Server=sql01;Database=mw;User "
            "ID=sa;Password=Sql!Pass4x;\" providerName=\"System.Data.SqlClient\" /></connectionStrings>"),
        {u"Sql!Pass4x"},
        {u"name=\"MigrationDb\"", u"User ID=sa;", u"providerName=\"System.Data.SqlClient\""});
    row(r, ".NET settings",
        QStringLiteral(
            "<setting name=\"ClientSecret\" serializeAs=\"String\">\n  <value>Settings~Secret.3</value>\n"
            "</setting>\n<setting name=\"TenantId\" serializeAs=\"String\">\n  "
            "<value>72f988bf-86f1-41af-91ab-2d7cd011db47</value>\n</setting>"),
        {u"Settings~Secret.3"}, {u"<value>72f988bf-86f1-41af-91ab-2d7cd011db47</value>"});
    row(r, "web.config identity",
        QStringLiteral(
            "<identity impersonate=\"true\" userName=\"FABRIKAM\\svc_web\" password=\"Imp!Pass4x\" />"),
        {u"Imp!Pass4x"}, {u"userName=\"FABRIKAM\\svc_web\""});
    row(r, "appsettings.json",
        QStringLiteral(
            "\"AzureAd\": {\n  \"Instance\": \"https://login.microsoftonline.com/\",\n  \"TenantId\": "
            "\"72f988bf-86f1-41af-91ab-2d7cd011db47\",\n  \"ClientSecret\": "
            "\"A4p8Q~appSettingsSecretValue_0123456789ab\"\n}"),
        {u"appSettingsSecretValue"},
        {u"\"TenantId\": \"72f988bf-86f1-41af-91ab-2d7cd011db47\"", u"https://login.microsoftonline.com/"});
    row(r, "WS-Trust password element",
        QStringLiteral("<wsse:UsernameToken><wsse:Username>jane@fabrikam.com</wsse:Username><wsse:Password>"
                       "Adfs!Pass5</wsse:Password></wsse:UsernameToken>"),
        {u"Adfs!Pass5"}, {u"<wsse:Username>jane@fabrikam.com</wsse:Username>"});
    row(r, "ClientSecret element",
        QStringLiteral("<Endpoint><TenantId>contoso.onmicrosoft.com</TenantId><ClientSecret>Xml~Secret.6x"
                       "</ClientSecret></Endpoint>"),
        {u"Xml~Secret.6x"}, {u"<TenantId>contoso.onmicrosoft.com</TenantId>"});
}

void textFormats(QList<RedactionPaste> &r)
{
    row(r, "YAML client-secret",
        QStringLiteral("azure:\n  tenant-id: 72f988bf-86f1-41af-91ab-2d7cd011db47\n  client-id: "
                       "9e8d7c6b-5a49-4382-8170-6f5e4d3c2b1a\n  client-secret: Yaml~Secret.7x\n"),
        {u"Yaml~Secret.7x"},
        {u"tenant-id: 72f988bf-86f1-41af-91ab-2d7cd011db47",
         u"client-id: 9e8d7c6b-5a49-4382-8170-6f5e4d3c2b1a"});
    row(r, "YAML passphrase",
        QStringLiteral(
            "source:\n  username: jane@fabrikam.com\n  password: correct horse battery staple\n  host: "
            "mail.fabrikam.com"),
        {u"correct horse battery staple", u"horse", u"staple"},
        {u"username: jane@fabrikam.com", u"host: mail.fabrikam.com", u"password: "});
    row(r, "YAML list item",
        QStringLiteral("endpoints:\n  - name: source\n    password: \"Yaml!List8\"\n  - name: destination"),
        {u"Yaml!List8"}, {u"- name: source", u"- name: destination"});
    row(r, "docker-compose environment",
        QStringLiteral(
            "environment:\n  - EXCHANGE_USER=svc@contoso.com\n  - EXCHANGE_PASSWORD=Compose!Pass9\n"),
        {u"Compose!Pass9"}, {u"- EXCHANGE_USER=svc@contoso.com", u"EXCHANGE_PASSWORD="});
    row(r, "INI section",
        QStringLiteral(
            "[Exchange]\nUser=svc@contoso.com\nPassword=Ini Pass 5 with spaces\nServer=mail.contoso.com\n"),
        {u"Ini Pass 5 with spaces", u"with spaces"},
        {u"User=svc@contoso.com", u"Server=mail.contoso.com", u"[Exchange]"});
    row(r, "export in a shell profile",
        QStringLiteral("export MW_API_KEY=mwk_9f8e7d6c5b4a3210\nexport MW_TENANT=contoso.onmicrosoft.com"),
        {u"mwk_9f8e7d6c5b4a3210"}, {u"export MW_API_KEY=", u"export MW_TENANT=contoso.onmicrosoft.com"});
    row(r, "Windows set", QStringLiteral("set SOURCE_PASSWORD=Batch!Pass6\nset SOURCE_USER=FABRIKAM\\svc_mw"),
        {u"Batch!Pass6"}, {u"set SOURCE_PASSWORD=", u"set SOURCE_USER=FABRIKAM\\svc_mw"});
    row(r, "Password: passphrase on its own line",
        QStringLiteral("Username: jane@contoso.com\nPassword: correct horse battery staple\nServer: "
                       "outlook.office365.com"),
        {u"correct horse battery staple", u"battery"},
        {u"Username: jane@contoso.com", u"Server: outlook.office365.com"});
    row(r, "password=\"two words\"", QStringLiteral("login(user=\"jane\", password=\"two words\")"),
        {u"two words"}, {u"user=\"jane\", password=\""});
    row(r, "passphrase in the middle of a log line",
        QStringLiteral(
            "2026-03-01 10:22:13 INFO Retrying jane@contoso.com with Password: correct horse battery "
            "staple"),
        {u"correct horse battery staple", u"staple"},
        {u"2026-03-01 10:22:13 INFO Retrying jane@contoso.com with Password: "});
    row(r, "passphrase followed by a code",
        QStringLiteral("Sign-in with password: winter is coming AADSTS50126 for jane@contoso.com"),
        {u"winter is coming"}, {u"AADSTS50126 for jane@contoso.com"});
    row(r, "Passphrase = … in a config",
        QStringLiteral("[Certificate]\nPassphrase = pfx export phrase\nThumbprint = 1A2B3C4D5E6F7A8B9C0D"),
        {u"pfx export phrase"}, {u"Thumbprint = 1A2B3C4D5E6F7A8B9C0D"});
    row(r, "MigrationWiz failure with credentials quoted",
        QStringLiteral(
            "Your migration failed checking source credentials. The remote server returned an error: (401) "
            "Unauthorized. Username: svc@fabrikam.com Password: Mw!Pass2026"),
        {u"Mw!Pass2026"}, {u"(401) Unauthorized", u"Username: svc@fabrikam.com"});
    row(r, "ShareGate log line",
        QStringLiteral(
            "2026-02-11 09:14:22.113 ERROR [ShareGate.Migration] Connection to "
            "https://contoso-admin.sharepoint.com failed: 401 UNAUTHORIZED. ClientSecret=Sg~Secret.8x "
            "AppId=9e8d7c6b-5a49-4382-8170-6f5e4d3c2b1a"),
        {u"Sg~Secret.8x"},
        {u"https://contoso-admin.sharepoint.com", u"401 UNAUTHORIZED",
         u"AppId=9e8d7c6b-5a49-4382-8170-6f5e4d3c2b1a"});
}

void escapedJson(QList<RedactionPaste> &r)
{
    row(r, "HTML-escaped JSON",
        QStringLiteral("<pre>{&quot;username&quot;:&quot;jane@contoso.com&quot;,&quot;password&quot;:&quot;"
                       "Html!Pass1&quot;}</pre>"),
        {u"Html!Pass1"},
        {u"&quot;username&quot;:&quot;jane@contoso.com&quot;", u"&quot;password&quot;:&quot;"});
    row(r, "HTML-escaped client secret",
        QStringLiteral("&quot;client_secret&quot;: &quot;Html~Secret.2x&quot;, &quot;tenant&quot;: "
                       "&quot;contoso.com&quot;"),
        {u"Html~Secret.2x"}, {u"&quot;tenant&quot;: &quot;contoso.com&quot;"});
    row(r, "numeric HTML entities",
        QStringLiteral("{&#34;refresh_token&#34;:&#34;M.C519_BAY.entityRefresh3&#34;,&#34;scope&#34;:&#34;"
                       "EWS.AccessAsUser.All&#34;}"),
        {u"M.C519_BAY.entityRefresh3"}, {u"&#34;scope&#34;:&#34;EWS.AccessAsUser.All&#34;"});
    row(r, "\\u0022-escaped JSON",
        QStringLiteral(
            "\"body\":\"{\\u0022username\\u0022:\\u0022jane@contoso.com\\u0022,\\u0022password\\u0022:"
            "\\u0022Uni!Pass4\\u0022}\""),
        {u"Uni!Pass4"},
        {u"\\u0022username\\u0022:\\u0022jane@contoso.com\\u0022", u"\\u0022password\\u0022:\\u0022"});
    row(r, "JSON inside a JSON string",
        QStringLiteral(
            "{\"level\":\"error\",\"request\":\"{\\\"user\\\":\\\"jane@contoso.com\\\",\\\"password\\\":"
            "\\\"Nest!Pass5\\\"}\",\"status\":401}"),
        {u"Nest!Pass5"}, {u"\\\"user\\\":\\\"jane@contoso.com\\\"", u"\"status\":401"});
    row(r, "JSON inside a JSON string inside a JSON string",
        QStringLiteral(
            "{\"log\":\"{\\\"msg\\\":\\\"{\\\\\\\"password\\\\\\\":\\\\\\\"Deep!Pass6\\\\\\\"}\\\"}\"}"),
        {u"Deep!Pass6"}, {u"\\\\\\\"password\\\\\\\":\\\\\\\""});
    row(r, "escaped client_assertion",
        QStringLiteral("\"form\":\"client_id=9e8d7c6b-5a49-4382-8170-6f5e4d3c2b1a\\u0026client_assertion=") +
            kJwt +
            QStringLiteral(
                "\\u0026client_assertion_type=urn:ietf:params:oauth:client-assertion-type:jwt-bearer\""),
        {kJwtHead, kJwtBody},
        {u"client_assertion_type=urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
         u"client_id=9e8d7c6b-5a49-4382-8170-6f5e4d3c2b1a"});
}

void tokens(QList<RedactionPaste> &r)
{
    row(r, "Azure client secret in prose",
        QStringLiteral(
            "AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is "
            "the client secret value, not the client secret ID. We used "
            "u8j8Q~YgjmUh.Bel31iEl2hpChYgCfrL1spNxnyV for app 9e8d7c6b-5a49-4382-8170-6f5e4d3c2b1a."),
        {u"YgjmUh.Bel31iEl2hpChYgCfrL1spNxnyV", u"u8j8Q~"},
        {u"AADSTS7000215", u"client secret ID", u"for app 9e8d7c6b-5a49-4382-8170-6f5e4d3c2b1a."});
    row(r, "Azure client secret after -ClientSecret",
        QStringLiteral("New-MigrationEndpoint -ClientSecret wR48Q~WDtkwtDDb_xHKas1VOq~g6YYZYn9ZhyiA4 -Name "
                       "GraphEndpoint"),
        {u"WDtkwtDDb_xHKas1VOq"}, {u"-Name GraphEndpoint"});
    row(r, "Azure client secret in a table",
        QStringLiteral("| App | Secret |\n| mw-sync | LZD8Q~ilI8ihN5KXSc7Tvo-hBKqFYY-kv5ZJr3J1 |"),
        {u"ilI8ihN5KXSc7Tvo-hBKqFYY"}, {u"| mw-sync |"});
    row(r, "Basic token without a header name",
        QStringLiteral("Sending credentials Basic YWRtaW5AY29udG9zby5jb206U3VtbWVyMjAyNiE= to "
                       "autodiscover.contoso.com"),
        {u"YWRtaW5AY29udG9zby5jb206U3VtbWVyMjAyNiE"},
        {u"Sending credentials Basic ", u" to autodiscover.contoso.com"});
    row(r, "short Basic token", QStringLiteral("auth=Basic dXNlcjpwYXNz; retrying"), {u"dXNlcjpwYXNz"},
        {u"auth=Basic ", u"; retrying"});
    row(r, "Negotiate token",
        QStringLiteral(
            "WWW-Authenticate: Negotiate oYGwMIGtoAMKAQChCwYJKoZIgvcSAQICooGYBIGVYIGSBgkqhkiG9xIBAgICAG+"
            "BgjCBf6ADAgEFoQMCAQ+i\nHTTP/1.1 401 Unauthorized"),
        {u"oYGwMIGtoAMKAQChCwYJKoZIgvcSAQICooGYBIGV"},
        {u"WWW-Authenticate: Negotiate ", u"HTTP/1.1 401 Unauthorized"});
    row(r, "NTLM token in a trace",
        QStringLiteral("System.Net Information: 0 : [4120] AcquireDefaultCredential() NTLM "
                       "TlRMTVNTUAABAAAAB4IIogAAAAAAAAAAAAAAAAAAAAAKAGFKAAAADw== sent to mail.fabrikam.com"),
        {u"TlRMTVNTUAABAAAAB4IIogAAAAAAAA"},
        {u"AcquireDefaultCredential() NTLM ", u"sent to mail.fabrikam.com"});
    row(r, "Negotiate SPNEGO YII",
        QStringLiteral(
            "Authorization: Negotiate YIIHHgYGKwYBBQUCoIIHEjCCBw6gMDAuBgkqhkiC9xIBAgIGCSqGSIb3EgECAgYKKwYB"
            "\nHost: mail.fabrikam.com"),
        {u"YIIHHgYGKwYBBQUCoIIHEjCCBw6gMDAu"}, {u"Authorization: Negotiate ", u"Host: mail.fabrikam.com"});
    row(r, "Ocp-Apim-Subscription-Key header",
        QStringLiteral(
            "> GET /migration/v1/projects HTTP/1.1\n> Host: api.contoso.com\n> Ocp-Apim-Subscription-Key: "
            "0f1e2d3c4b5a69788796a5b4c3d2e1f0\n< HTTP/1.1 401 Access Denied"),
        {u"0f1e2d3c4b5a69788796a5b4c3d2e1f0"}, {u"> Host: api.contoso.com", u"< HTTP/1.1 401 Access Denied"});
    row(r, "subscription-key in a query string",
        QStringLiteral(
            "GET "
            "https://api.contoso.com/v1/migrate?subscription-key=a1b2c3d4e5f60718293a4b5c6d7e8f90&batch=42"),
        {u"a1b2c3d4e5f60718293a4b5c6d7e8f90"},
        {u"?subscription-key=", u"&batch=42", u"https://api.contoso.com/v1/migrate"});
    row(r, "x-api-key header", QStringLiteral("x-api-key: live_7hG5jK2mN9pQ4rS8\nx-request-id: 12ab34cd"),
        {u"live_7hG5jK2mN9pQ4rS8"}, {u"x-api-key: ", u"x-request-id: 12ab34cd"});
    row(r, "SAS signature",
        QStringLiteral(
            "PUT https://mwstaging.blob.core.windows.net/exports/jane.pst?sv=2022-11-02&ss=b&srt=o&sp=rwdlac"
            "&se=2026-12-31T00:00:00Z&spr=https&sig=Zx9%2BabcDEF123ghiJKL%3D failed: 403 "
            "AuthenticationFailed"),
        {u"Zx9%2BabcDEF123ghiJKL%3D"},
        {u"sv=2022-11-02&ss=b", u"&sig=", u" failed: 403 AuthenticationFailed",
         u"mwstaging.blob.core.windows.net"});
    row(r, "SharedAccessSignature in a connection string",
        QStringLiteral(
            "BlobEndpoint=https://mwstaging.blob.core.windows.net/;SharedAccessSignature=sv=2022-11-02&ss=b&"
            "sig=Qw8%2FsasSig42%3D"),
        {u"Qw8%2FsasSig42%3D"}, {u"BlobEndpoint=https://mwstaging.blob.core.windows.net/;"});
    row(r, "code= in a redirect URL",
        QStringLiteral(
            "Redirecting to https://mw.contoso.com/auth/callback?code=0.ARoAv4j5cvGGr0GRqy180BHbR1cAuthCode&"
            "state=af0ifjsldkj&session_state=3c1f0a52-8d4e-4f6b-a9c7-1e2d3f4a5b61"),
        {u"0.ARoAv4j5cvGGr0GRqy180BHbR1cAuthCode"},
        {u"https://mw.contoso.com/auth/callback?code=", u"&state=af0ifjsldkj"});
    row(r, "refresh_token in a form",
        QStringLiteral(
            "client_id=9e8d7c6b-5a49-4382-8170-6f5e4d3c2b1a&grant_type=refresh_token&refresh_token="
            "M.C519_BAY.0.U.-Ck3refresh&scope=offline_access"),
        {u"M.C519_BAY.0.U.-Ck3refresh"},
        {u"grant_type=refresh_token&refresh_token=", u"&scope=offline_access"});
    row(r, "id_token in a form post",
        QStringLiteral("POST /signin-oidc HTTP/1.1\nHost: mw.contoso.com\n\nid_token=") + kJwt +
            QStringLiteral("&state=CfDJ8state"),
        {kJwtHead, kJwtBody}, {u"Host: mw.contoso.com", u"&state=CfDJ8state"});
    row(r, "access_token in a URL fragment",
        QStringLiteral("https://mw.contoso.com/#access_token=") + kJwt +
            QStringLiteral("&token_type=Bearer&expires_in=3599"),
        {kJwtHead, kJwtBody}, {u"&token_type=Bearer&expires_in=3599"});
    row(r, "client_assertion in a form",
        QStringLiteral(
            "client_assertion_type=urn%3Aietf%3Aparams%3Aoauth%3Aclient-assertion-type%3Ajwt-bearer&"
            "client_assertion=") +
            kJwt + QStringLiteral("&scope=https%3A%2F%2Foutlook.office365.com%2F.default"),
        {kJwtHead, kJwtBody},
        {u"client_assertion_type=urn%3Aietf", u"&scope=https%3A%2F%2Foutlook.office365.com"});
    row(r, "code_verifier",
        QStringLiteral(
            "grant_type=authorization_code&code_verifier=dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk&"
            "redirect_uri=http%3A%2F%2Flocalhost"),
        {u"dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"},
        {u"grant_type=authorization_code", u"&redirect_uri=http%3A%2F%2Flocalhost"});
    row(r, "SAMLResponse",
        QStringLiteral(
            "SAMLResponse=PHNhbWxwOlJlc3BvbnNlIHhtbG5zOnNhbWxwPSJ1cm46b2FzaXM6bmFtZXMi&RelayState=abc123"),
        {u"PHNhbWxwOlJlc3BvbnNlIHhtbG5z"}, {u"&RelayState=abc123"});
    row(r, "Bearer token in a Fiddler raw request",
        QStringLiteral(
            "POST https://outlook.office365.com/EWS/Exchange.asmx HTTP/1.1\r\nAuthorization: Bearer ") +
            kJwt +
            QStringLiteral(
                "\r\nX-AnchorMailbox: jane@contoso.com\r\n\r\nHTTP/1.1 401 Unauthorized\r\n"
                "x-ms-diagnostics: 2000008;reason=\"The token contains no permissions, or permissions "
                "can not be understood.\";error_category=\"invalid_grant\""),
        {kJwtHead, kJwtBody},
        {u"X-AnchorMailbox: jane@contoso.com", u"2000008;reason=\"The token contains no permissions",
         u"error_category=\"invalid_grant\""});
    row(r, "Graph error with the request's headers",
        QStringLiteral(
            "Request: GET https://graph.microsoft.com/v1.0/users\nAuthorization: Bearer "
            "EwBwA8l6BAAUgraph12345"
            "TokenValue\nclient-request-id: 0b7f3c1e-2a4d-4e6f-8a9b-1c2d3e4f5a6b\n{\"error\":{\"code\":"
            "\"Authorization_RequestDenied\",\"message\":\"Insufficient privileges to complete the "
            "operation.\"}}"),
        {u"EwBwA8l6BAAUgraph12345TokenValue"},
        {u"\"code\":\"Authorization_RequestDenied\"",
         u"client-request-id: 0b7f3c1e-2a4d-4e6f-8a9b-1c2d3e4f5a6b"});
    row(r, "Cookie header in a curl dump",
        QStringLiteral(
            "> Cookie: OpenIdConnect.nonce.abc=dGVzdG5vbmNl; .AspNetCore.Cookies=CfDJ8cookie42\n> Host: "
            "mw.contoso.com"),
        {u"dGVzdG5vbmNl", u"CfDJ8cookie42"}, {u"> Host: mw.contoso.com", u"> Cookie: "});
    row(r, "AADSTS50126 with the password grant body",
        QStringLiteral(
            "POST /contoso.onmicrosoft.com/oauth2/token\ngrant_type=password&resource=https%3A%2F%2F"
            "outlook.office365.com&username=jane%40contoso.com&password=Ropc%21Pass11\n{\"error\":"
            "\"invalid_grant\",\"error_description\":\"AADSTS50126: Error validating credentials due to "
            "invalid username or password.\\r\\nTrace ID: 0000aaaa-11bb-cccc-dd22-eeeeee333333\\r\\n"
            "Correlation ID: aaaa0000-bb11-2222-33cc-444444dddddd\"}"),
        {u"Ropc%21Pass11"},
        {u"username=jane%40contoso.com", u"AADSTS50126",
         u"Correlation ID: aaaa0000-bb11-2222-33cc-444444dddddd", u"invalid username or password."});
    row(r, "token endpoint response",
        QStringLiteral(
            "{\"token_type\":\"Bearer\",\"scope\":\"https://outlook.office365.com/EWS.AccessAsUser.All\","
            "\"expires_in\":4277,\"access_token\":\"") +
            kJwt + QStringLiteral("\",\"refresh_token\":\"0.ARoAv4j5refresh.AgABAAEAAAD\",\"id_token\":\"") +
            kJwt + QStringLiteral("\"}"),
        {kJwtHead, kJwtBody, u"0.ARoAv4j5refresh.AgABAAEAAAD"},
        {u"\"token_type\":\"Bearer\"", u"\"expires_in\":4277",
         u"https://outlook.office365.com/EWS.AccessAsUser.All"});
    row(r, "EWS SOAP with WS-Security",
        QStringLiteral(
            "<soap:Header><wsse:Security><wsse:BinarySecurityToken ValueType=\"urn:x\">"
            "TUlJQ2VEQ0NBV0NnQXdJQkFnSVFCinary42</wsse:BinarySecurityToken></wsse:Security></soap:Header>"
            "<m:ResponseCode>ErrorAccessDenied</m:ResponseCode>"),
        {u"TUlJQ2VEQ0NBV0NnQXdJQkFnSVFCinary42"}, {u"<m:ResponseCode>ErrorAccessDenied</m:ResponseCode>"});
    row(r, "Proxy-Authorization in a proxy log",
        QStringLiteral("CONNECT outlook.office365.com:443 HTTP/1.1\nProxy-Authorization: Basic "
                       "cHJveHl1c2VyOlByMHh5UGFzcw==\nHTTP/1.1 407 Proxy Authentication Required"),
        {u"cHJveHl1c2VyOlByMHh5UGFzcw"},
        {u"CONNECT outlook.office365.com:443", u"407 Proxy Authentication Required"});
    row(r, "PowerShell token variable",
        QStringLiteral(
            "$token = \"EwBwA8l6BAAUpsToken98765\"\nInvoke-RestMethod -Headers @{Authorization = \"Bearer "
            "$token\"} -Uri https://graph.microsoft.com/v1.0/me"),
        {u"EwBwA8l6BAAUpsToken98765"}, {u"-Uri https://graph.microsoft.com/v1.0/me"});
}

} // namespace

QList<RedactionPaste> redactionPastes()
{
    QList<RedactionPaste> rows;
    urlUserInfo(rows);
    keyValues(rows);
    powerShell(rows);
    commandLines(rows);
    har(rows);
    dotNetConfig(rows);
    textFormats(rows);
    escapedJson(rows);
    tokens(rows);
    return rows;
}
