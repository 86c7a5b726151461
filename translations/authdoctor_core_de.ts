<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AuthDoctor::Checks</name>
    <message>
        <source>No verdict within %1 seconds.</source>
        <translation>Kein Ergebnis innerhalb von %1 Sekunden.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Not run: it needs &quot;%1&quot;, which did not pass.</source>
        <translation>Nicht ausgeführt: Die vorausgesetzte Prüfung „%1“ war nicht erfolgreich.</translation>
    </message>
    <message>
        <source>Find the tenant and its cloud</source>
        <translation>Mandanten und seine Cloud ermitteln</translation>
    </message>
    <message>
        <source>How the account signs in (managed or federated)</source>
        <translation>Wie sich das Konto anmeldet (verwaltet oder Verbund)</translation>
    </message>
    <message>
        <source>Sign-in method allowed by Microsoft 365</source>
        <translation>Von Microsoft 365 zugelassenes Anmeldeverfahren</translation>
    </message>
    <message>
        <source>Sign in with the account&apos;s password</source>
        <translation>Mit dem Kennwort des Kontos anmelden</translation>
    </message>
    <message>
        <source>Sign in as the application (client secret)</source>
        <translation>Als Anwendung anmelden (geheimer Clientschlüssel)</translation>
    </message>
    <message>
        <source>Token for Microsoft Graph</source>
        <translation>Token für Microsoft Graph</translation>
    </message>
    <message>
        <source>Find the EWS URL with Autodiscover</source>
        <translation>EWS-URL mit Autodiscover ermitteln</translation>
    </message>
    <message>
        <source>Exchange Server answers and offers the project&apos;s sign-in</source>
        <translation>Exchange Server antwortet und bietet das Anmeldeverfahren des Projekts an</translation>
    </message>
    <message>
        <source>Sign in to Exchange Server as the project does</source>
        <translation>Am Exchange Server so anmelden wie das Projekt</translation>
    </message>
    <message>
        <source>Where Exchange Online serves the mailbox</source>
        <translation>Wo Exchange Online das Postfach bedient</translation>
    </message>
    <message>
        <source>EWS address and the sign-in it asks for</source>
        <translation>EWS-Adresse und die dort verlangte Anmeldung</translation>
    </message>
    <message>
        <source>EWS response time</source>
        <translation>EWS-Antwortzeit</translation>
    </message>
    <message>
        <source>Open the mailbox through EWS</source>
        <translation>Postfach über EWS öffnen</translation>
    </message>
    <message>
        <source>The user exists and is enabled</source>
        <translation>Der Benutzer existiert und ist aktiviert</translation>
    </message>
    <message>
        <source>Licence plans of the user</source>
        <translation>Lizenzpläne des Benutzers</translation>
    </message>
    <message>
        <source>Cloud mailbox of the user</source>
        <translation>Cloudpostfach des Benutzers</translation>
    </message>
    <message>
        <source>OneDrive of the user</source>
        <translation>OneDrive des Benutzers</translation>
    </message>
    <message>
        <source>Open the OneDrive site in SharePoint</source>
        <translation>OneDrive-Website in SharePoint öffnen</translation>
    </message>
    <message>
        <source>Security defaults of the tenant</source>
        <translation>Sicherheitsstandards des Mandanten</translation>
    </message>
    <message>
        <source>The TLS certificate of %1 was refused: %2</source>
        <translation>Das TLS-Zertifikat von %1 wurde abgelehnt: %2</translation>
    </message>
    <message>
        <source>Not sent: %1 is not one of the hosts the credentials may go to.</source>
        <translation>Nicht gesendet: %1 gehört nicht zu den Hosts, an die die Anmeldedaten gehen dürfen.</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>%1 could not be reached: %2</source>
        <translation>%1 war nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>No tenant, user or mailbox was given to find the tenant by.</source>
        <translation>Es wurde weder ein Mandant noch ein Benutzer oder Postfach angegeben, anhand dessen sich der Mandant ermitteln lässt.</translation>
    </message>
    <message>
        <source>Microsoft Entra ID does not know the tenant %1 (HTTP %2).</source>
        <translation>Microsoft Entra ID kennt den Mandanten %1 nicht (HTTP %2).</translation>
    </message>
    <message>
        <source>The OpenID configuration names no tenant id.</source>
        <translation>Die OpenID-Konfiguration nennt keine Mandanten-ID.</translation>
    </message>
    <message>
        <source>The tenant %1 is in the %2 cloud, but the project is set to %3.</source>
        <translation>Der Mandant %1 liegt in der Cloud %2, aber das Projekt ist auf %3 eingestellt.</translation>
    </message>
    <message>
        <source>Tenant %1 found (%2).</source>
        <translation>Mandant %1 gefunden (%2).</translation>
    </message>
    <message>
        <source>No user name was given.</source>
        <translation>Es wurde kein Benutzername angegeben.</translation>
    </message>
    <message>
        <source>The realm lookup gave no answer (HTTP %1).</source>
        <translation>Die Realm-Abfrage hat keine Antwort geliefert (HTTP %1).</translation>
    </message>
    <message>
        <source>%1 is in a federated domain: passwords are checked by %2, not by Microsoft Entra ID.</source>
        <translation>%1 gehört zu einer Verbunddomäne: Kennwörter werden von %2 geprüft, nicht von Microsoft Entra ID.</translation>
    </message>
    <message>
        <source>The domain of %1 is not registered in Microsoft Entra ID.</source>
        <translation>Die Domäne von %1 ist in Microsoft Entra ID nicht registriert.</translation>
    </message>
    <message>
        <source>%1 signs in with a cloud-managed password.</source>
        <translation>%1 meldet sich mit einem in der Cloud verwalteten Kennwort an.</translation>
    </message>
    <message>
        <source>No application (client) id is set: modern authentication needs an app registration.</source>
        <translation>Keine Anwendungs-ID (Client-ID) festgelegt: Moderne Authentifizierung erfordert eine Anwendungsregistrierung.</translation>
    </message>
    <message>
        <source>No client secret was given.</source>
        <translation>Es wurde kein geheimer Clientschlüssel angegeben.</translation>
    </message>
    <message>
        <source>No user name or password was given.</source>
        <translation>Benutzername oder Kennwort wurde nicht angegeben.</translation>
    </message>
    <message>
        <source>The tenant is not known.</source>
        <translation>Der Mandant ist nicht bekannt.</translation>
    </message>
    <message>
        <source>A token was issued, but without the application permission full_access_as_app (roles: %1).</source>
        <translation>Ein Token wurde ausgestellt, aber ohne die Anwendungsberechtigung full_access_as_app (roles: %1).</translation>
    </message>
    <message>
        <source>A token was issued, but without the delegated permission EWS.AccessAsUser.All (scp: %1).</source>
        <translation>Ein Token wurde ausgestellt, aber ohne die delegierte Berechtigung EWS.AccessAsUser.All (scp: %1).</translation>
    </message>
    <message>
        <source>Microsoft Entra ID issued an app-only token for %1 (roles: %2).</source>
        <translation>Microsoft Entra ID hat ein App-only-Token für %1 ausgestellt (roles: %2).</translation>
    </message>
    <message>
        <source>Microsoft Entra ID accepted the password of %1 and issued a token for %2.</source>
        <translation>Microsoft Entra ID hat das Kennwort von %1 akzeptiert und ein Token für %2 ausgestellt.</translation>
    </message>
    <message>
        <source>Microsoft Entra ID refused the sign-in: %1 %2</source>
        <translation>Microsoft Entra ID hat die Anmeldung abgelehnt: %1 %2</translation>
    </message>
    <message>
        <source>The project signs in to Microsoft 365 with %1. Exchange Online turned Basic authentication off for good; only modern authentication works.</source>
        <translation>Das Projekt meldet sich bei Microsoft 365 mit %1 an. Exchange Online hat die Standardauthentifizierung (Basic) endgültig abgeschaltet; nur moderne Authentifizierung funktioniert.</translation>
    </message>
    <message>
        <source>No mailbox address was given.</source>
        <translation>Es wurde keine Postfachadresse angegeben.</translation>
    </message>
    <message>
        <source>Exchange Online is busy even for requests without credentials (HTTP %1, Retry-After: %2).</source>
        <translation>Exchange Online ist selbst für Anfragen ohne Anmeldedaten ausgelastet (HTTP %1, Retry-After: %2).</translation>
    </message>
    <message>
        <source>Autodiscover named no EWS address for %1 (HTTP %2 %3); the next checks use the standard address %4.</source>
        <translation>Autodiscover hat für %1 keine EWS-Adresse genannt (HTTP %2 %3); die nächsten Prüfungen verwenden die Standardadresse %4.</translation>
    </message>
    <message>
        <source>Autodiscover answered HTTP %1 without a usable address to go to; the next checks use the standard address %2.</source>
        <translation>Autodiscover hat mit HTTP %1 geantwortet, aber ohne verwendbare Zieladresse; die nächsten Prüfungen verwenden die Standardadresse %2.</translation>
    </message>
    <message>
        <source>Autodiscover kept redirecting (last to %1); it was not followed further. The next checks use the standard address %2.</source>
        <translation>Autodiscover hat immer weiter umgeleitet (zuletzt auf %1); den Umleitungen wurde nicht weiter gefolgt. Die nächsten Prüfungen verwenden die Standardadresse %2.</translation>
    </message>
    <message>
        <source>Autodiscover answered for %1 but named no EWS address; the next checks use the standard address %2.</source>
        <translation>Autodiscover hat für %1 geantwortet, aber keine EWS-Adresse genannt; die nächsten Prüfungen verwenden die Standardadresse %2.</translation>
    </message>
    <message>
        <source>Exchange Online serves %1: EWS address %2 (this does not yet prove the mailbox exists).</source>
        <translation>Exchange Online bedient %1: EWS-Adresse %2 (das beweist noch nicht, dass das Postfach existiert).</translation>
    </message>
    <message>
        <source>Exchange Online sends %1 to %2, a host of the %3 cloud, but the project is set to %4.</source>
        <translation>Exchange Online verweist %1 an %2, einen Host der Cloud %3, aber das Projekt ist auf %4 eingestellt.</translation>
    </message>
    <message>
        <source>Exchange Online redirects %1 to %2, outside Microsoft 365: the mailbox is on-premises (hybrid), so this Exchange Online project has no cloud mailbox to open. The redirect was not followed.</source>
        <translation>Exchange Online leitet %1 auf %2 um, außerhalb von Microsoft 365: Das Postfach liegt lokal (Hybrid), daher gibt es für dieses Exchange Online-Projekt kein Cloudpostfach zum Öffnen. Der Umleitung wurde nicht gefolgt.</translation>
    </message>
    <message>
        <source>Exchange Online names %2 as the EWS address of %1, outside Microsoft 365: the mailbox is on-premises (hybrid), so this Exchange Online project has no cloud mailbox to open.</source>
        <translation>Exchange Online nennt %2 als EWS-Adresse von %1, außerhalb von Microsoft 365: Das Postfach liegt lokal (Hybrid), daher gibt es für dieses Exchange Online-Projekt kein Cloudpostfach zum Öffnen.</translation>
    </message>
    <message>
        <source>The EWS URL %1 is not a web address.</source>
        <translation>Die EWS-URL %1 ist keine Webadresse.</translation>
    </message>
    <message>
        <source>%1 is busy even for requests without credentials (HTTP %2, Retry-After: %3).</source>
        <translation>%1 ist selbst für Anfragen ohne Anmeldedaten ausgelastet (HTTP %2, Retry-After: %3).</translation>
    </message>
    <message>
        <source>The EWS URL %1 belongs to the %2 cloud, but the project is set to %3.</source>
        <translation>Die EWS-URL %1 gehört zur Cloud %2, aber das Projekt ist auf %3 eingestellt.</translation>
    </message>
    <message>
        <source>%1 is not an Exchange Online address (HTTP %2, sign-in methods: %3). An Exchange Online project uses %4; an on-premises server needs the Exchange Server endpoint.</source>
        <translation>%1 ist keine Exchange Online-Adresse (HTTP %2, Anmeldeverfahren: %3). Ein Exchange Online-Projekt verwendet %4; ein lokaler Server braucht den Endpunkt Exchange Server.</translation>
    </message>
    <message>
        <source>EWS at %1 answers and asks for an OAuth token (sign-in methods: %2).</source>
        <translation>EWS unter %1 antwortet und verlangt ein OAuth-Token (Anmeldeverfahren: %2).</translation>
    </message>
    <message>
        <source>EWS at %1 answers and asks for an OAuth token (sign-in methods: %2). Its &apos;Basic Realm=&quot;&quot;&apos; is a leftover, not an offer: Basic authentication is off in Exchange Online.</source>
        <translation>EWS unter %1 antwortet und verlangt ein OAuth-Token (Anmeldeverfahren: %2). Das enthaltene „Basic Realm=&quot;&quot;“ ist ein Überbleibsel, kein Angebot: Die Standardauthentifizierung ist in Exchange Online abgeschaltet.</translation>
    </message>
    <message>
        <source>EWS at %1 answered HTTP %2 without asking for an OAuth token (sign-in methods: %3): something in between may answer instead of Exchange Online.</source>
        <translation>EWS unter %1 hat mit HTTP %2 geantwortet, ohne ein OAuth-Token zu verlangen (Anmeldeverfahren: %3): Möglicherweise antwortet ein zwischengeschaltetes System anstelle von Exchange Online.</translation>
    </message>
    <message>
        <source>EWS at %1 answers (HTTP %2, SOAP).</source>
        <translation>EWS unter %1 antwortet (HTTP %2, SOAP).</translation>
    </message>
    <message>
        <source>EWS at %1 gave an unexpected answer without credentials (HTTP %2).</source>
        <translation>EWS unter %1 hat ohne Anmeldedaten unerwartet geantwortet (HTTP %2).</translation>
    </message>
    <message>
        <source>%1 answered 404 Not Found: there is no EWS there.</source>
        <translation>%1 hat mit 404 Not Found geantwortet: Dort gibt es kein EWS.</translation>
    </message>
    <message>
        <source>%1 answered a web page (HTTP %2), not EWS: the address is not the EWS URL.</source>
        <translation>%1 hat mit einer Webseite geantwortet (HTTP %2), nicht als EWS: Die Adresse ist nicht die EWS-URL.</translation>
    </message>
    <message>
        <source>%1 redirects to the Outlook on the web sign-in (%2): that is the OWA address, not the EWS URL.</source>
        <translation>%1 leitet auf die Anmeldeseite von Outlook im Web um (%2): Das ist die OWA-Adresse, nicht die EWS-URL.</translation>
    </message>
    <message>
        <source>%1 redirects to an error page (%2): EWS is not answering at this address.</source>
        <translation>%1 leitet auf eine Fehlerseite um (%2): EWS antwortet unter dieser Adresse nicht.</translation>
    </message>
    <message>
        <source>%1 is a plain http address; the server redirects to %2. The EWS URL must start with https://.</source>
        <translation>%1 ist eine unverschlüsselte http-Adresse; der Server leitet auf %2 um. Die EWS-URL muss mit https:// beginnen.</translation>
    </message>
    <message>
        <source>%1 redirects elsewhere (HTTP %2 to %3) instead of answering as EWS; the redirect was not followed.</source>
        <translation>%1 leitet anderswohin um (HTTP %2 auf %3), statt als EWS zu antworten; der Umleitung wurde nicht gefolgt.</translation>
    </message>
    <message>
        <source>No EWS address to measure.</source>
        <translation>Keine EWS-Adresse zum Messen vorhanden.</translation>
    </message>
    <message>
        <source>None of %1 requests to %2 got an answer, although the first one did.</source>
        <translation>Keine von %1 Anfragen an %2 wurde beantwortet, obwohl die erste Anfrage eine Antwort erhalten hatte.</translation>
    </message>
    <message>
        <source>%1 of %2 requests to %3 without credentials were answered as busy (429/503); median %4 ms, p95 %5 ms.</source>
        <translation>%1 von %2 Anfragen ohne Anmeldedaten an %3 wurden mit „ausgelastet“ beantwortet (429/503); Median %4 ms, p95 %5 ms.</translation>
    </message>
    <message>
        <source>%1 of %2 requests to %3 without credentials got no answer in time (median of the others %4 ms, p95 %5 ms).</source>
        <translation>%1 von %2 Anfragen ohne Anmeldedaten an %3 wurden nicht rechtzeitig beantwortet (Median der übrigen %4 ms, p95 %5 ms).</translation>
    </message>
    <message>
        <source>%1 answers slowly: median %2 ms, p95 %3 ms over %4 requests without credentials (the first, with connection set-up, took %5 ms).</source>
        <translation>%1 antwortet langsam: Median %2 ms, p95 %3 ms über %4 Anfragen ohne Anmeldedaten (die erste, mit Verbindungsaufbau, dauerte %5 ms).</translation>
    </message>
    <message>
        <source>%1 answers in a median %2 ms, p95 %3 ms over %4 requests without credentials (the first, with connection set-up, took %5 ms).</source>
        <translation>%1 antwortet im Median in %2 ms, p95 %3 ms über %4 Anfragen ohne Anmeldedaten (die erste, mit Verbindungsaufbau, dauerte %5 ms).</translation>
    </message>
    <message>
        <source>No Exchange Online token: the sign-in did not get one.</source>
        <translation>Kein Exchange Online-Token: Die Anmeldung hat keines erhalten.</translation>
    </message>
    <message>
        <source>No mailbox to open was given.</source>
        <translation>Es wurde kein zu öffnendes Postfach angegeben.</translation>
    </message>
    <message>
        <source>Exchange Online is throttling EWS for this account (%1): retry after %2 s.</source>
        <translation>Exchange Online drosselt EWS für dieses Konto (%1): Versuchen Sie es nach %2 s erneut.</translation>
    </message>
    <message>
        <source>Exchange Online is throttling EWS for this account (%1) and names no wait time: retry later.</source>
        <translation>Exchange Online drosselt EWS für dieses Konto (%1) und nennt keine Wartezeit: Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Exchange Online refused the token: it carries no EWS permission it accepts (x-ms-diagnostics 2000008: %1).</source>
        <translation>Exchange Online hat das Token abgelehnt: Es enthält keine EWS-Berechtigung, die Exchange Online akzeptiert (x-ms-diagnostics 2000008: %1).</translation>
    </message>
    <message>
        <source>Exchange Online refused the token: it was issued for another resource, not %1 (x-ms-diagnostics 2000003: %2).</source>
        <translation>Exchange Online hat das Token abgelehnt: Es wurde für eine andere Ressource ausgestellt, nicht für %1 (x-ms-diagnostics 2000003: %2).</translation>
    </message>
    <message>
        <source>Exchange Online refused the token (HTTP 401, x-ms-diagnostics %1: %2).</source>
        <translation>Exchange Online hat das Token abgelehnt (HTTP 401, x-ms-diagnostics %1: %2).</translation>
    </message>
    <message>
        <source>Exchange Online accepted the token but refused EWS (HTTP 403). EWS is blocked by policy: switched off for the organisation or for the mailbox %1 (EwsEnabled, off by default for tenants that did not turn it on from 1 October 2026), the app %2 not on the EwsAllowedAppIDs allow list, or a licence without EWS rights (Kiosk, F3). The answer cannot tell which: check all of them.</source>
        <translation>Exchange Online hat das Token akzeptiert, aber EWS verweigert (HTTP 403). EWS ist durch eine Richtlinie gesperrt: abgeschaltet für die Organisation oder für das Postfach %1 (EwsEnabled; ab dem 1. Oktober 2026 standardmäßig aus bei Mandanten, die es nicht eingeschaltet haben), die App %2 steht nicht auf der Zulassungsliste EwsAllowedAppIDs, oder eine Lizenz ohne EWS-Rechte (Kiosk, F3). Die Antwort verrät nicht, welcher Grund zutrifft: Prüfen Sie alle.</translation>
    </message>
    <message>
        <source>Exchange Online refused to open the inbox of %1: %2 %3</source>
        <translation>Exchange Online hat das Öffnen des Posteingangs von %1 verweigert: %2 %3</translation>
    </message>
    <message>
        <source>%1 did not answer as EWS (HTTP %2).</source>
        <translation>%1 hat nicht als EWS geantwortet (HTTP %2).</translation>
    </message>
    <message>
        <source>Exchange Online gave an unexpected answer to opening the inbox of %1 (HTTP %2).</source>
        <translation>Exchange Online hat auf das Öffnen des Posteingangs von %1 unerwartet geantwortet (HTTP %2).</translation>
    </message>
    <message>
        <source>The inbox of %1 opened, but only on a second try after Exchange Online asked to wait: it is throttling this account.</source>
        <translation>Der Posteingang von %1 wurde geöffnet, aber erst beim zweiten Versuch, nachdem Exchange Online um eine Wartezeit gebeten hatte: Exchange Online drosselt dieses Konto.</translation>
    </message>
    <message>
        <source>The app opened the inbox of %1 by impersonation (EWS GetFolder).</source>
        <translation>Die App hat den Posteingang von %1 per Identitätswechsel geöffnet (EWS GetFolder).</translation>
    </message>
    <message>
        <source>%1 opened the inbox of %2 both as a delegate and by impersonation (EWS GetFolder).</source>
        <translation>%1 hat den Posteingang von %2 sowohl per Delegatzugriff als auch per Identitätswechsel geöffnet (EWS GetFolder).</translation>
    </message>
    <message>
        <source>%1 opened the inbox of %2 (EWS GetFolder, delegate access).</source>
        <translation>%1 hat den Posteingang von %2 geöffnet (EWS GetFolder, Delegatzugriff).</translation>
    </message>
    <message>
        <source>Impersonation of %1, which the pasted error shows the tool uses, is refused (%2); delegate access to the mailbox works. Exchange Online retired ApplicationImpersonation: switch the tool to delegate access, or to app-only with full_access_as_app.</source>
        <translation>Der Identitätswechsel für %1, den das Tool laut der eingefügten Fehlermeldung verwendet, wird verweigert (%2); der Delegatzugriff auf das Postfach funktioniert. Exchange Online hat ApplicationImpersonation außer Betrieb genommen: Stellen Sie das Tool auf Delegatzugriff um oder auf App-only mit full_access_as_app.</translation>
    </message>
    <message>
        <source>Impersonation of %1, which the pasted error shows the tool uses, is refused (%2), and delegate access is refused too (%3). Exchange Online retired ApplicationImpersonation: grant FullAccess on the mailbox, or use app-only with full_access_as_app.</source>
        <translation>Der Identitätswechsel für %1, den das Tool laut der eingefügten Fehlermeldung verwendet, wird verweigert (%2), und auch der Delegatzugriff wird verweigert (%3). Exchange Online hat ApplicationImpersonation außer Betrieb genommen: Erteilen Sie FullAccess für das Postfach, oder verwenden Sie App-only mit full_access_as_app.</translation>
    </message>
    <message>
        <source>Impersonation of %1 works; delegate access is refused (%2).</source>
        <translation>Der Identitätswechsel für %1 funktioniert; der Delegatzugriff wird verweigert (%2).</translation>
    </message>
    <message>
        <source>The project names its EWS URL; Autodiscover is not needed.</source>
        <translation>Das Projekt gibt seine EWS-URL an; Autodiscover wird nicht benötigt.</translation>
    </message>
    <message>
        <source>No e-mail address was given to discover the EWS URL from.</source>
        <translation>Es wurde keine E-Mail-Adresse angegeben, anhand derer sich die EWS-URL ermitteln ließe.</translation>
    </message>
    <message>
        <source>%1 is a public suffix, not an organisation&apos;s domain: Autodiscover is not searched there (no one can be trusted with it).</source>
        <translation>%1 ist ein öffentliches Suffix, keine Domäne einer Organisation: Dort wird nicht nach Autodiscover gesucht (niemandem dort können Anmeldedaten anvertraut werden).</translation>
    </message>
    <message>
        <source>Autodiscover at %1 names the EWS URL %2.</source>
        <translation>Autodiscover unter %1 nennt die EWS-URL %2.</translation>
    </message>
    <message>
        <source>Autodiscover for %1 redirects to %2: another domain or plain HTTP. The redirect was not followed and no credentials were sent there; no EWS URL was found.</source>
        <translation>Autodiscover für %1 leitet auf %2 um: eine andere Domäne oder unverschlüsseltes HTTP. Der Umleitung wurde nicht gefolgt, und dorthin wurden keine Anmeldedaten gesendet; es wurde keine EWS-URL gefunden.</translation>
    </message>
    <message>
        <source>Autodiscover names the EWS URL %1, outside %2: if that server is yours, enter it in the project as the EWS URL.</source>
        <translation>Autodiscover nennt die EWS-URL %1 außerhalb von %2: Wenn dieser Server zu Ihrer Organisation gehört, tragen Sie die Adresse im Projekt als EWS-URL ein.</translation>
    </message>
    <message>
        <source>Autodiscover answers that %1 is served as %2 (another address, often the mailbox in Exchange Online).</source>
        <translation>Autodiscover antwortet, dass %1 als %2 bedient wird (eine andere Adresse, oft das Postfach in Exchange Online).</translation>
    </message>
    <message>
        <source>Autodiscover for %1 points to Exchange Online (%2): the mailbox seems to be in Microsoft 365, not on Exchange Server.</source>
        <translation>Autodiscover für %1 verweist auf Exchange Online (%2): Das Postfach scheint in Microsoft 365 zu liegen, nicht auf dem Exchange Server.</translation>
    </message>
    <message>
        <source>Autodiscover refused the credentials (HTTP 401) at %1.</source>
        <translation>Autodiscover hat die Anmeldedaten unter %1 abgelehnt (HTTP 401).</translation>
    </message>
    <message>
        <source>Autodiscover answered the error %1.</source>
        <translation>Autodiscover hat mit dem Fehler %1 geantwortet.</translation>
    </message>
    <message>
        <source>Autodiscover at %1 asks for credentials, which go only to the hosts named before the checks; enter the EWS URL in the project instead.</source>
        <translation>Autodiscover unter %1 verlangt Anmeldedaten, die aber nur an die vor den Prüfungen genannten Hosts gehen; tragen Sie stattdessen die EWS-URL im Projekt ein.</translation>
    </message>
    <message>
        <source>Autodiscover for %1 does not offer Basic authentication, which the project uses.</source>
        <translation>Autodiscover für %1 bietet keine Standardauthentifizierung (Basic) an, die das Projekt aber verwendet.</translation>
    </message>
    <message>
        <source>No Autodiscover candidate of %1 could be verified: %2</source>
        <translation>Keiner der Autodiscover-Kandidaten für %1 ließ sich überprüfen: %2</translation>
    </message>
    <message>
        <source>Autodiscover for %1 redirected more than %2 times; stopped.</source>
        <translation>Autodiscover für %1 hat mehr als %2-mal umgeleitet; abgebrochen.</translation>
    </message>
    <message>
        <source>No Autodiscover candidate of %1 answered with settings (%2 tried): enter the EWS URL in the project.</source>
        <translation>Keiner der Autodiscover-Kandidaten für %1 hat mit Einstellungen geantwortet (%2 versucht): Tragen Sie die EWS-URL im Projekt ein.</translation>
    </message>
    <message>
        <source>No EWS URL is known.</source>
        <translation>Es ist keine EWS-URL bekannt.</translation>
    </message>
    <message>
        <source>EWS at %1 answered with its error page (%2): a transient outage.</source>
        <translation>EWS unter %1 hat mit seiner Fehlerseite geantwortet (%2): ein vorübergehender Ausfall.</translation>
    </message>
    <message>
        <source>%1 is not an EWS address: it redirects to %2 (EWS never redirects; the address usually ends in /EWS/Exchange.asmx).</source>
        <translation>%1 ist keine EWS-Adresse: Sie leitet auf %2 um (EWS leitet nie um; die Adresse endet meist auf /EWS/Exchange.asmx).</translation>
    </message>
    <message>
        <source>%1 is not an EWS address: HTTP %2 %3 instead of a sign-in challenge.</source>
        <translation>%1 ist keine EWS-Adresse: HTTP %2 %3 statt einer Anmeldeaufforderung.</translation>
    </message>
    <message>
        <source>EWS at %1 answered 503 Service Unavailable: requests are queuing.</source>
        <translation>EWS unter %1 hat mit 503 Service Unavailable geantwortet: Anfragen stauen sich in der Warteschlange.</translation>
    </message>
    <message>
        <source>EWS at %1 answered HTTP %2 without asking for credentials.</source>
        <translation>EWS unter %1 hat mit HTTP %2 geantwortet, ohne Anmeldedaten zu verlangen.</translation>
    </message>
    <message>
        <source>%1 answered 401 without naming any sign-in method: a device in front of Exchange answered, not Exchange.</source>
        <translation>%1 hat mit 401 geantwortet, ohne ein Anmeldeverfahren zu nennen: Geantwortet hat ein Gerät vor Exchange, nicht Exchange selbst.</translation>
    </message>
    <message>
        <source>The project uses Basic authentication, but EWS at %1 offers only %2.</source>
        <translation>Das Projekt verwendet die Standardauthentifizierung (Basic), aber EWS unter %1 bietet nur %2 an.</translation>
    </message>
    <message>
        <source>The project uses NTLM, but EWS at %1 offers only %2.</source>
        <translation>Das Projekt verwendet NTLM, aber EWS unter %1 bietet nur %2 an.</translation>
    </message>
    <message>
        <source>EWS at %1 answered once, then %2 of the repeated unauthenticated requests got no answer within the time limit: the server is overloaded.</source>
        <translation>EWS unter %1 hat einmal geantwortet, danach erhielten %2 der wiederholten Anfragen ohne Anmeldung innerhalb des Zeitlimits keine Antwort: Der Server ist überlastet.</translation>
    </message>
    <message>
        <source>EWS at %1 answers slowly: median %2 ms, p95 %3 ms for a request that needs no sign-in, while the connection set-up took %4 ms. The server itself is overloaded.</source>
        <translation>EWS unter %1 antwortet langsam: Median %2 ms, p95 %3 ms für eine Anfrage, die keine Anmeldung erfordert, während der Verbindungsaufbau %4 ms dauerte. Der Server selbst ist überlastet.</translation>
    </message>
    <message>
        <source>The project signs in with OAuth; this check covers the Basic and NTLM sign-in of Exchange Server.</source>
        <translation>Das Projekt meldet sich mit OAuth an; diese Prüfung behandelt die Basic- und NTLM-Anmeldung bei Exchange Server.</translation>
    </message>
    <message>
        <source>EWS refused the Basic sign-in of %1 (HTTP 401), while Autodiscover on the same server accepted it: EWS does not allow this account.</source>
        <translation>EWS hat die Basic-Anmeldung von %1 abgelehnt (HTTP 401), während Autodiscover auf demselben Server sie akzeptiert hat: EWS lässt dieses Konto nicht zu.</translation>
    </message>
    <message>
        <source>EWS refused the Basic sign-in of %1 (HTTP 401); no second address of the server could confirm it.</source>
        <translation>EWS hat die Basic-Anmeldung von %1 abgelehnt (HTTP 401); keine zweite Adresse des Servers konnte das bestätigen.</translation>
    </message>
    <message>
        <source>%1 did not answer the NTLM negotiation with a challenge (HTTP %2).</source>
        <translation>%1 hat die NTLM-Aushandlung nicht mit einer Challenge beantwortet (HTTP %2).</translation>
    </message>
    <message>
        <source>EWS at %1 refused the NTLM sign-in of %2 after a complete handshake (HTTP 401), and accepted the same sign-in with a TLS channel binding (HTTP %3): Extended Protection is on, and the project&apos;s NTLM sends no channel binding.</source>
        <translation>EWS unter %1 hat die NTLM-Anmeldung von %2 nach einem vollständigen Handshake abgelehnt (HTTP 401) und dieselbe Anmeldung mit TLS-Kanalbindung akzeptiert (HTTP %3): Der erweiterte Schutz (Extended Protection) ist aktiv, und das NTLM des Projekts sendet keine Kanalbindung.</translation>
    </message>
    <message>
        <source>Autodiscover on %1 accepted the NTLM sign-in of %2, but EWS refused it after a complete handshake: Extended Protection on the EWS virtual directory refuses a client without channel binding.</source>
        <translation>Autodiscover auf %1 hat die NTLM-Anmeldung von %2 akzeptiert, aber EWS hat sie nach einem vollständigen Handshake abgelehnt: Der erweiterte Schutz (Extended Protection) im virtuellen EWS-Verzeichnis weist einen Client ohne Kanalbindung ab.</translation>
    </message>
    <message>
        <source>EWS at %1 (build %2) refused the NTLM sign-in of %3 after a complete handshake on every address, but accepted the same password over Basic: Extended Protection refuses NTLM without channel binding.</source>
        <translation>EWS unter %1 (Build %2) hat die NTLM-Anmeldung von %3 nach einem vollständigen Handshake an jeder Adresse abgelehnt, dasselbe Kennwort über Basic aber akzeptiert: Der erweiterte Schutz (Extended Protection) weist NTLM ohne Kanalbindung ab.</translation>
    </message>
    <message>
        <source>EWS at %1 runs Exchange %2 (2019 CU14 or later, Extended Protection on by default) and refused the NTLM sign-in of %3 after a complete handshake.</source>
        <translation>EWS unter %1 läuft auf Exchange %2 (2019 CU14 oder neuer, erweiterter Schutz standardmäßig aktiv) und hat die NTLM-Anmeldung von %3 nach einem vollständigen Handshake abgelehnt.</translation>
    </message>
    <message>
        <source>%1 refused the %2 sign-in of %3 after a complete exchange on two addresses (HTTP 401 at %4 and %5): the password (or the user name) is wrong.</source>
        <translation>%1 hat die %2-Anmeldung von %3 nach einem vollständigen Austausch an zwei Adressen abgelehnt (HTTP 401 bei %4 und %5): Das Kennwort (oder der Benutzername) ist falsch.</translation>
    </message>
    <message>
        <source>%1 refused the %2 sign-in of %3 after a complete exchange (HTTP 401); no second address confirmed it.</source>
        <translation>%1 hat die %2-Anmeldung von %3 nach einem vollständigen Austausch abgelehnt (HTTP 401); keine zweite Adresse hat das bestätigt.</translation>
    </message>
    <message>
        <source>%1 answered that the account %2 is currently locked out.</source>
        <translation>%1 hat geantwortet, dass das Konto %2 derzeit gesperrt ist.</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2 with %3 and opened the inbox.</source>
        <translation>Bei %1 als %2 mit %3 angemeldet und den Posteingang geöffnet.</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2 with %3 and opened the inbox of %4 (impersonation).</source>
        <translation>Bei %1 als %2 mit %3 angemeldet und den Posteingang von %4 geöffnet (Identitätswechsel).</translation>
    </message>
    <message>
        <source>%1 accepted the sign-in of %2, but GetFolder failed: HTTP %3 %4 %5</source>
        <translation>%1 hat die Anmeldung von %2 akzeptiert, aber GetFolder ist fehlgeschlagen: HTTP %3 %4 %5</translation>
    </message>
    <message>
        <source>No Microsoft Graph token.</source>
        <translation>Kein Token für Microsoft Graph.</translation>
    </message>
    <message>
        <source>No user or mailbox was given.</source>
        <translation>Es wurde weder ein Benutzer noch ein Postfach angegeben.</translation>
    </message>
    <message>
        <source>Microsoft Graph does not know the user %1.</source>
        <translation>Microsoft Graph kennt den Benutzer %1 nicht.</translation>
    </message>
    <message>
        <source>%1 is throttling the requests: retry after %2 s.</source>
        <translation>%1 drosselt die Anfragen: Versuchen Sie es nach %2 s erneut.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 %3: %4</source>
        <translation>%1 hat mit HTTP %2 %3 geantwortet: %4</translation>
    </message>
    <message>
        <source>Cannot read %1: the token is not allowed to (%2). Nothing is concluded from this.</source>
        <translation>%1 kann nicht gelesen werden: Das Token hat dafür keine Berechtigung (%2). Daraus wird nichts geschlossen.</translation>
    </message>
    <message>
        <source>Microsoft Graph has no user %1 in this tenant (HTTP 404). Enter the user principal name, not an alias or another address.</source>
        <translation>Microsoft Graph kennt in diesem Mandanten keinen Benutzer %1 (HTTP 404). Geben Sie den Benutzerprinzipalnamen ein, keinen Alias und keine andere Adresse.</translation>
    </message>
    <message>
        <source>The account %1 is disabled (accountEnabled: false): it cannot sign in.</source>
        <translation>Das Konto %1 ist deaktiviert (accountEnabled: false): Es kann sich nicht anmelden.</translation>
    </message>
    <message>
        <source>The account %1 is disabled (accountEnabled: false). That blocks its own sign-in; shared mailboxes are disabled accounts by design.</source>
        <translation>Das Konto %1 ist deaktiviert (accountEnabled: false). Das blockiert seine eigene Anmeldung; freigegebene Postfächer sind absichtlich deaktivierte Konten.</translation>
    </message>
    <message>
        <source>%1 exists and is enabled, but was created less than 24 hours ago (%2): its mailbox and OneDrive may still be being set up.</source>
        <translation>%1 existiert und ist aktiviert, wurde aber vor weniger als 24 Stunden erstellt (%2): Postfach und OneDrive werden möglicherweise noch eingerichtet.</translation>
    </message>
    <message>
        <source>%1 exists and is enabled (created %2).</source>
        <translation>%1 existiert und ist aktiviert (erstellt: %2).</translation>
    </message>
    <message>
        <source>The assigned plans of the user could not be read.</source>
        <translation>Die zugewiesenen Pläne des Benutzers konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 holds no SharePoint Online plan (SHAREPOINTSTANDARD or SHAREPOINTENTERPRISE), so it can have no OneDrive. Plans: %2</source>
        <translation>%1 hat keinen SharePoint Online-Plan (SHAREPOINTSTANDARD oder SHAREPOINTENTERPRISE) und kann daher kein OneDrive haben. Pläne: %2</translation>
    </message>
    <message>
        <source>%1 holds a SharePoint Online plan.</source>
        <translation>%1 hat einen SharePoint Online-Plan.</translation>
    </message>
    <message>
        <source>%1 holds no Exchange Online plan that gives a mailbox (EXCHANGE_S_FOUNDATION does not). Plans: %2</source>
        <translation>%1 hat keinen Exchange Online-Plan, der ein Postfach bereitstellt (EXCHANGE_S_FOUNDATION tut das nicht). Pläne: %2</translation>
    </message>
    <message>
        <source>%1 holds only a Kiosk/frontline Exchange plan (EXCHANGE_S_DESKLESS): such mailboxes are refused EWS since 1 July 2026.</source>
        <translation>%1 hat nur einen Exchange-Plan für Kiosk/Frontline (EXCHANGE_S_DESKLESS): Solchen Postfächern wird EWS seit dem 1. Juli 2026 verweigert.</translation>
    </message>
    <message>
        <source>%1 holds only a Kiosk/frontline Exchange plan (EXCHANGE_S_DESKLESS): EWS will refuse it from 1 July 2026.</source>
        <translation>%1 hat nur einen Exchange-Plan für Kiosk/Frontline (EXCHANGE_S_DESKLESS): EWS wird solche Postfächer ab dem 1. Juli 2026 abweisen.</translation>
    </message>
    <message>
        <source>%1 holds a mailbox plan: %2.</source>
        <translation>%1 hat einen Postfachplan: %2.</translation>
    </message>
    <message>
        <source>The %1 plan of %2 is still being provisioned (PendingProvisioning). This can take up to 24 hours after the licence was assigned.</source>
        <translation>Der Plan %1 von %2 wird noch bereitgestellt (PendingProvisioning). Das kann nach der Lizenzzuweisung bis zu 24 Stunden dauern.</translation>
    </message>
    <message>
        <source>Exchange Online serves the mailbox of %1.</source>
        <translation>Exchange Online bedient das Postfach von %1.</translation>
    </message>
    <message>
        <source>%1 is synchronised from on-premises and holds an Exchange Online licence, but has no cloud mailbox (%2): the directory says its mailbox is on-premises.</source>
        <translation>%1 wird aus der lokalen Umgebung synchronisiert und hat eine Exchange Online-Lizenz, aber kein Cloudpostfach (%2): Laut Verzeichnis liegt das Postfach lokal.</translation>
    </message>
    <message>
        <source>%1 has no mailbox yet (%2); the account is less than 24 hours old or its licence is still being provisioned.</source>
        <translation>%1 hat noch kein Postfach (%2); das Konto ist jünger als 24 Stunden, oder seine Lizenz wird noch bereitgestellt.</translation>
    </message>
    <message>
        <source>Exchange Online has no mailbox for %1: %2 %3</source>
        <translation>Exchange Online hat kein Postfach für %1: %2 %3</translation>
    </message>
    <message>
        <source>An application access policy keeps the app away from the mailbox of %1 ([RAOP]). Add the mailbox to the policy&apos;s group; a change takes 30 to 60 minutes to apply.</source>
        <translation>Eine Anwendungszugriffsrichtlinie sperrt die App für das Postfach von %1 ([RAOP]). Fügen Sie das Postfach der Gruppe der Richtlinie hinzu; eine Änderung wird nach 30 bis 60 Minuten wirksam.</translation>
    </message>
    <message>
        <source>The OneDrive of %1 exists: %2</source>
        <translation>Das OneDrive von %1 existiert: %2</translation>
    </message>
    <message>
        <source>The tenant has no SharePoint Online licence, so there is no OneDrive: %1</source>
        <translation>Der Mandant hat keine SharePoint Online-Lizenz, daher gibt es kein OneDrive: %1</translation>
    </message>
    <message>
        <source>%1 has no OneDrive yet (%2); the account is less than 24 hours old.</source>
        <translation>%1 hat noch kein OneDrive (%2); das Konto ist jünger als 24 Stunden.</translation>
    </message>
    <message>
        <source>The OneDrive of %1 was never set up: %2</source>
        <translation>Das OneDrive von %1 wurde nie eingerichtet: %2</translation>
    </message>
    <message>
        <source>Security defaults are off in this tenant.</source>
        <translation>Die Sicherheitsstandards sind in diesem Mandanten deaktiviert.</translation>
    </message>
    <message>
        <source>Security defaults are on in this tenant, and the password sign-in was refused for multi-factor authentication.</source>
        <translation>Die Sicherheitsstandards sind in diesem Mandanten aktiviert, und die Anmeldung mit Kennwort wurde wegen mehrstufiger Authentifizierung abgelehnt.</translation>
    </message>
    <message>
        <source>Security defaults are on in this tenant: password sign-ins may be asked for multi-factor authentication.</source>
        <translation>Die Sicherheitsstandards sind in diesem Mandanten aktiviert: Bei Anmeldungen mit Kennwort kann eine mehrstufige Authentifizierung verlangt werden.</translation>
    </message>
    <message>
        <source>The OneDrive personal site is not known.</source>
        <translation>Die persönliche OneDrive-Website ist nicht bekannt.</translation>
    </message>
    <message>
        <source>The sign-in needed for a SharePoint token is incomplete.</source>
        <translation>Die Anmeldeangaben, die für ein SharePoint-Token nötig sind, sind unvollständig.</translation>
    </message>
    <message>
        <source>%1 is not a SharePoint host of the chosen cloud; nothing was sent.</source>
        <translation>%1 ist kein SharePoint-Host der gewählten Cloud; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The app-only token was obtained with a client secret (appidacr 1). SharePoint, where OneDrive lives, accepts app-only tokens only when they were obtained with a certificate.</source>
        <translation>Das App-only-Token wurde mit einem geheimen Clientschlüssel bezogen (appidacr 1). SharePoint, wo OneDrive liegt, akzeptiert App-only-Token nur, wenn sie mit einem Zertifikat bezogen wurden.</translation>
    </message>
    <message>
        <source>Microsoft Entra ID issued no SharePoint token: %1 %2</source>
        <translation>Microsoft Entra ID hat kein SharePoint-Token ausgestellt: %1 %2</translation>
    </message>
    <message>
        <source>SharePoint opened the personal site %1.</source>
        <translation>SharePoint hat die persönliche Website %1 geöffnet.</translation>
    </message>
    <message>
        <source>SharePoint has no personal site %1.</source>
        <translation>SharePoint hat keine persönliche Website %1.</translation>
    </message>
    <message>
        <source>SharePoint refused access to the personal site %1 (HTTP 403): the account is neither its owner nor an administrator of it.</source>
        <translation>SharePoint hat den Zugriff auf die persönliche Website %1 verweigert (HTTP 403): Das Konto ist weder ihr Besitzer noch ihr Administrator.</translation>
    </message>
    <message>
        <source>SharePoint answered HTTP %1 for %2.</source>
        <translation>SharePoint hat für %2 mit HTTP %1 geantwortet.</translation>
    </message>
    <message>
        <source>Exchange Server response time</source>
        <translation>Antwortzeit von Exchange Server</translation>
    </message>
    <message>
        <source>%1 sent an answer too large to read (HTTP %2): %3.</source>
        <translation>%1 hat eine Antwort gesendet, die zu groß zum Lesen ist (HTTP %2): %3.</translation>
    </message>
    <message>
        <source>%1 began an answer (HTTP %2) and broke it off: %3</source>
        <translation>%1 hat eine Antwort begonnen (HTTP %2) und sie abgebrochen: %3</translation>
    </message>
    <message>
        <source>%1 answered with a redirect (HTTP %2 to %3) where it never redirects: something between this computer and the service (a proxy, a captive portal) answers instead. The redirect was not followed.</source>
        <translation>%1 hat mit einer Umleitung geantwortet (HTTP %2 nach %3), obwohl dieser Dienst nie umleitet: Etwas zwischen diesem Computer und dem Dienst (ein Proxy, ein Captive Portal) antwortet an seiner Stelle. Der Umleitung wurde nicht gefolgt.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2, but the answer is not readable JSON (%3).</source>
        <translation>%1 hat mit HTTP %2 geantwortet, aber die Antwort ist kein lesbares JSON (%3).</translation>
    </message>
    <message>
        <source>%1 answered HTTP 200 without an access token.</source>
        <translation>%1 hat mit HTTP 200 geantwortet, aber ohne Zugriffstoken.</translation>
    </message>
    <message>
        <source>Autodiscover&apos;s answer for %1 was too large to read (HTTP %2); the next checks use the standard address %3.</source>
        <translation>Die Autodiscover-Antwort für %1 war zu groß zum Lesen (HTTP %2); die nächsten Prüfungen verwenden die Standardadresse %3.</translation>
    </message>
    <message>
        <source>Autodiscover answered for %1, but not in readable JSON (%2); the next checks use the standard address %3.</source>
        <translation>Autodiscover hat für %1 geantwortet, aber nicht in lesbarem JSON (%2); die nächsten Prüfungen verwenden die Standardadresse %3.</translation>
    </message>
    <message>
        <source>%1 sent an answer too large to read; it was cut off unread: %2</source>
        <translation>%1 hat eine Antwort gesendet, die zu groß zum Lesen ist; sie wurde ungelesen abgeschnitten: %2</translation>
    </message>
    <message>
        <source>EWS at %1 (Exchange build %2) answers and offers %3.</source>
        <translation>EWS unter %1 (Exchange-Build %2) antwortet und bietet %3 an.</translation>
    </message>
    <message>
        <source>EWS gave no sign-in challenge to time.</source>
        <translation>EWS hat keine Anmeldeaufforderung gesendet, deren Zeit sich messen ließe.</translation>
    </message>
    <message>
        <source>EWS at %1 answered %2 of %3 repeated requests without sign-in; the next one failed: %4</source>
        <translation>EWS unter %1 hat %2 von %3 wiederholten Anfragen ohne Anmeldung beantwortet; die nächste ist fehlgeschlagen: %4</translation>
    </message>
    <message>
        <source>EWS at %1 (Exchange build %2) answers in %3 ms (median), %4 ms (p95) to requests that need no sign-in.</source>
        <translation>EWS unter %1 (Exchange-Build %2) beantwortet Anfragen, die keine Anmeldung erfordern, in %3 ms (Median) bzw. %4 ms (p95).</translation>
    </message>
</context>
<context>
    <name>AuthDoctor::Classifier</name>
    <message>
        <source>Microsoft Entra ID rejected the user name or password (invalid username or password)</source>
        <translation>Microsoft Entra ID hat den Benutzernamen oder das Kennwort abgelehnt (ungültiger Benutzername oder ungültiges Kennwort)</translation>
    </message>
    <message>
        <source>the same code appears when the sign-in name is not the user principal name</source>
        <translation>derselbe Code erscheint, wenn der Anmeldename nicht der Benutzerprinzipalname ist</translation>
    </message>
    <message>
        <source>the user account does not exist in this directory: a typo, an alias instead of the user principal name, or the wrong tenant</source>
        <translation>das Benutzerkonto existiert in diesem Verzeichnis nicht: ein Tippfehler, ein Alias statt des Benutzerprinzipalnamens oder der falsche Mandant</translation>
    </message>
    <message>
        <source>the account comes from another identity provider and is not a member of this tenant</source>
        <translation>das Konto stammt von einem anderen Identitätsanbieter und ist kein Mitglied dieses Mandanten</translation>
    </message>
    <message>
        <source>the account is not in this tenant (guest not added, or the wrong tenant)</source>
        <translation>das Konto ist nicht in diesem Mandanten (Gast nicht hinzugefügt oder falscher Mandant)</translation>
    </message>
    <message>
        <source>the account is an external account that is not in this tenant, or its ImmutableID does not match; the password was accepted</source>
        <translation>das Konto ist ein externes Konto, das nicht in diesem Mandanten ist, oder seine ImmutableID stimmt nicht überein; das Kennwort wurde akzeptiert</translation>
    </message>
    <message>
        <source>no tenant could be identified from the request: the domain is not known to Microsoft Entra ID</source>
        <translation>aus der Anfrage ließ sich kein Mandant ermitteln: die Domäne ist Microsoft Entra ID nicht bekannt</translation>
    </message>
    <message>
        <source>invalid domain name: the domain is not registered in Microsoft Entra ID</source>
        <translation>ungültiger Domänenname: die Domäne ist in Microsoft Entra ID nicht registriert</translation>
    </message>
    <message>
        <source>tenant not found: wrong tenant id or domain, or no active subscription</source>
        <translation>Mandant nicht gefunden: falsche Mandanten-ID oder Domäne, oder kein aktives Abonnement</translation>
    </message>
    <message>
        <source>the same code appears when the tenant lives in another (national) cloud</source>
        <translation>derselbe Code erscheint, wenn der Mandant in einer anderen (nationalen) Cloud liegt</translation>
    </message>
    <message>
        <source>the tenant belongs to a national cloud (GCC High, DoD, 21Vianet) and must sign in on that cloud&apos;s login host</source>
        <translation>der Mandant gehört zu einer nationalen Cloud (GCC High, DoD, 21Vianet) und muss sich am Anmeldehost dieser Cloud anmelden</translation>
    </message>
    <message>
        <source>the account is locked after too many failed sign-ins, or the sign-in came from an IP address with malicious activity</source>
        <translation>das Konto ist nach zu vielen fehlgeschlagenen Anmeldungen gesperrt, oder die Anmeldung kam von einer IP-Adresse mit bösartiger Aktivität</translation>
    </message>
    <message>
        <source>the password has expired; the password itself was accepted</source>
        <translation>das Kennwort ist abgelaufen; das Kennwort selbst wurde akzeptiert</translation>
    </message>
    <message>
        <source>the on-premises Active Directory password has expired</source>
        <translation>das Kennwort im lokalen Active Directory ist abgelaufen</translation>
    </message>
    <message>
        <source>a password change is required because of account risk</source>
        <translation>wegen eines Kontorisikos ist eine Kennwortänderung erforderlich</translation>
    </message>
    <message>
        <source>sign-in was interrupted by a password reset or registration requirement</source>
        <translation>die Anmeldung wurde durch eine Kennwortzurücksetzung oder eine Registrierungspflicht unterbrochen</translation>
    </message>
    <message>
        <source>the user has no password in Microsoft Entra ID (federated, password hash not synchronised, or passwordless)</source>
        <translation>der Benutzer hat kein Kennwort in Microsoft Entra ID (Verbund, Kennworthash nicht synchronisiert oder kennwortlos)</translation>
    </message>
    <message>
        <source>the password could not be checked in the cloud</source>
        <translation>das Kennwort konnte in der Cloud nicht geprüft werden</translation>
    </message>
    <message>
        <source>the user account is disabled</source>
        <translation>das Benutzerkonto ist deaktiviert</translation>
    </message>
    <message>
        <source>multi-factor authentication is required for this sign-in; the password itself was accepted</source>
        <translation>für diese Anmeldung ist mehrstufige Authentifizierung erforderlich; das Kennwort selbst wurde akzeptiert</translation>
    </message>
    <message>
        <source>strong authentication (multi-factor) is required and was not completed; the password itself was accepted</source>
        <translation>starke (mehrstufige) Authentifizierung ist erforderlich und wurde nicht abgeschlossen; das Kennwort selbst wurde akzeptiert</translation>
    </message>
    <message>
        <source>an external security challenge (third-party MFA such as Duo) was not satisfied; the password itself was accepted</source>
        <translation>eine externe Sicherheitsabfrage (MFA eines Drittanbieters wie Duo) wurde nicht erfüllt; das Kennwort selbst wurde akzeptiert</translation>
    </message>
    <message>
        <source>the multi-factor authentication claim has expired and must be renewed interactively</source>
        <translation>der Anspruch aus der mehrstufigen Authentifizierung ist abgelaufen und muss interaktiv erneuert werden</translation>
    </message>
    <message>
        <source>the user must register for multi-factor authentication, which security defaults (or a policy) require</source>
        <translation>der Benutzer muss sich für die mehrstufige Authentifizierung registrieren, die die Sicherheitsstandards (oder eine Richtlinie) verlangen</translation>
    </message>
    <message>
        <source>the sign-in needs a second factor the migration tool cannot give</source>
        <translation>die Anmeldung verlangt einen zweiten Faktor, den das Migrationstool nicht liefern kann</translation>
    </message>
    <message>
        <source>the user must enrol in multi-factor authentication before signing in</source>
        <translation>der Benutzer muss sich vor der Anmeldung für die mehrstufige Authentifizierung registrieren</translation>
    </message>
    <message>
        <source>the sign-in was blocked by security defaults (legacy authentication or a request judged unsafe)</source>
        <translation>die Anmeldung wurde durch die Sicherheitsstandards blockiert (Legacy-Authentifizierung oder eine als unsicher eingestufte Anfrage)</translation>
    </message>
    <message>
        <source>a Conditional Access policy blocked the sign-in; the password was accepted</source>
        <translation>eine Richtlinie für bedingten Zugriff hat die Anmeldung blockiert; das Kennwort wurde akzeptiert</translation>
    </message>
    <message>
        <source>Conditional Access requires a compliant device</source>
        <translation>der bedingte Zugriff verlangt ein konformes Gerät</translation>
    </message>
    <message>
        <source>Conditional Access requires a domain-joined device</source>
        <translation>der bedingte Zugriff verlangt ein in die Domäne eingebundenes Gerät</translation>
    </message>
    <message>
        <source>Conditional Access requires an approved client application</source>
        <translation>der bedingte Zugriff verlangt eine genehmigte Client-App</translation>
    </message>
    <message>
        <source>Conditional Access failed (device state, suspicious activity or policy)</source>
        <translation>der bedingte Zugriff ist fehlgeschlagen (Gerätestatus, verdächtige Aktivität oder Richtlinie)</translation>
    </message>
    <message>
        <source>the sign-in was blocked by a tenant security policy</source>
        <translation>die Anmeldung wurde durch eine Sicherheitsrichtlinie des Mandanten blockiert</translation>
    </message>
    <message>
        <source>security defaults are one such policy</source>
        <translation>die Sicherheitsstandards sind eine solche Richtlinie</translation>
    </message>
    <message>
        <source>the access policy does not allow token issuance</source>
        <translation>die Zugriffsrichtlinie erlaubt keine Tokenausstellung</translation>
    </message>
    <message>
        <source>device authentication is required by Conditional Access</source>
        <translation>der bedingte Zugriff verlangt eine Geräteauthentifizierung</translation>
    </message>
    <message>
        <source>the user is blocked because of risk in the home tenant</source>
        <translation>der Benutzer ist wegen eines Risikos im Basismandanten blockiert</translation>
    </message>
    <message>
        <source>the session expired because of a Conditional Access sign-in frequency policy</source>
        <translation>die Sitzung ist wegen einer Richtlinie für die Anmeldehäufigkeit (bedingter Zugriff) abgelaufen</translation>
    </message>
    <message>
        <source>signing in again with the current password renews the session</source>
        <translation>eine erneute Anmeldung mit dem aktuellen Kennwort erneuert die Sitzung</translation>
    </message>
    <message>
        <source>the signed-in user is not assigned to the application (user assignment is required)</source>
        <translation>der angemeldete Benutzer ist der Anwendung nicht zugewiesen (Benutzerzuweisung ist erforderlich)</translation>
    </message>
    <message>
        <source>the user or an administrator has not consented to the application&apos;s permissions</source>
        <translation>weder der Benutzer noch ein Administrator hat den Berechtigungen der Anwendung zugestimmt</translation>
    </message>
    <message>
        <source>administrator consent is required for the application&apos;s permissions</source>
        <translation>für die Berechtigungen der Anwendung ist eine Administratorzustimmung erforderlich</translation>
    </message>
    <message>
        <source>the consent to the application was declined</source>
        <translation>die Zustimmung zur Anwendung wurde abgelehnt</translation>
    </message>
    <message>
        <source>the application needs access to a service the organisation has not subscribed to or enabled</source>
        <translation>die Anwendung benötigt Zugriff auf einen Dienst, den die Organisation nicht abonniert oder nicht aktiviert hat</translation>
    </message>
    <message>
        <source>the application is misconfigured: the requested API permission is missing from the app registration</source>
        <translation>die Anwendung ist falsch konfiguriert: die angeforderte API-Berechtigung fehlt in der Anwendungsregistrierung</translation>
    </message>
    <message>
        <source>the requested resource is not in the application&apos;s list of required permissions</source>
        <translation>die angeforderte Ressource steht nicht in der Liste der erforderlichen Berechtigungen der Anwendung</translation>
    </message>
    <message>
        <source>the resource (service principal) was not found in the tenant: wrong scope or resource URI, or the service is not provisioned</source>
        <translation>die Ressource (Dienstprinzipal) wurde im Mandanten nicht gefunden: falscher Bereich oder Ressourcen-URI, oder der Dienst ist nicht bereitgestellt</translation>
    </message>
    <message>
        <source>the same code appears when the resource belongs to another cloud</source>
        <translation>derselbe Code erscheint, wenn die Ressource zu einer anderen Cloud gehört</translation>
    </message>
    <message>
        <source>the requested scope is not valid (client credentials must use &lt;resource&gt;/.default)</source>
        <translation>der angeforderte Bereich (Scope) ist ungültig (Clientanmeldeinformationen müssen &lt;resource&gt;/.default verwenden)</translation>
    </message>
    <message>
        <source>the application (client id) was not found in this tenant: wrong client id or tenant id, or no consent in this tenant</source>
        <translation>die Anwendung (Client-ID) wurde in diesem Mandanten nicht gefunden: falsche Client-ID oder Mandanten-ID, oder keine Zustimmung in diesem Mandanten</translation>
    </message>
    <message>
        <source>the application was not found in the tenant</source>
        <translation>die Anwendung wurde im Mandanten nicht gefunden</translation>
    </message>
    <message>
        <source>the application is disabled</source>
        <translation>die Anwendung ist deaktiviert</translation>
    </message>
    <message>
        <source>the app registration expects a client secret or certificate: public client flows are probably not allowed</source>
        <translation>die Anwendungsregistrierung erwartet einen geheimen Clientschlüssel oder ein Zertifikat: öffentliche Clientflows sind vermutlich nicht zugelassen</translation>
    </message>
    <message>
        <source>this grant type is not supported on /common or /consumers: the tenant id must be used</source>
        <translation>dieser Gewährungstyp wird auf /common oder /consumers nicht unterstützt: die Mandanten-ID muss verwendet werden</translation>
    </message>
    <message>
        <source>a single-tenant application was used with the /common endpoint: the tenant id must be used</source>
        <translation>eine Einzelmandantenanwendung wurde mit dem Endpunkt /common verwendet: die Mandanten-ID muss verwendet werden</translation>
    </message>
    <message>
        <source>the service principal of the resource is disabled in the tenant</source>
        <translation>der Dienstprinzipal der Ressource ist im Mandanten deaktiviert</translation>
    </message>
    <message>
        <source>the redirect URI does not match the app registration</source>
        <translation>der Umleitungs-URI stimmt nicht mit der Anwendungsregistrierung überein</translation>
    </message>
    <message>
        <source>the resource is disabled or does not exist in the tenant</source>
        <translation>die Ressource ist im Mandanten deaktiviert oder existiert nicht</translation>
    </message>
    <message>
        <source>a required field is missing from the sign-in request</source>
        <translation>in der Anmeldeanfrage fehlt ein Pflichtfeld</translation>
    </message>
    <message>
        <source>no tenant-identifying information was found in the request</source>
        <translation>in der Anfrage wurden keine Angaben gefunden, die den Mandanten identifizieren</translation>
    </message>
    <message>
        <source>invalid client secret: often the secret ID was pasted instead of the secret value</source>
        <translation>ungültiger geheimer Clientschlüssel: oft wurde die ID des geheimen Schlüssels statt seines Werts eingefügt</translation>
    </message>
    <message>
        <source>the client credentials are invalid (the secret does not match)</source>
        <translation>die Clientanmeldeinformationen sind ungültig (der geheime Schlüssel stimmt nicht)</translation>
    </message>
    <message>
        <source>the client secret has expired</source>
        <translation>der geheime Clientschlüssel ist abgelaufen</translation>
    </message>
    <message>
        <source>the client assertion failed signature validation: wrong certificate or key</source>
        <translation>die Signaturprüfung der Clientassertion ist fehlgeschlagen: falsches Zertifikat oder falscher Schlüssel</translation>
    </message>
    <message>
        <source>the client assertion is not within its valid time range</source>
        <translation>die Clientassertion liegt außerhalb ihres Gültigkeitszeitraums</translation>
    </message>
    <message>
        <source>a public client must not send a client secret or assertion: remove the secret or make the app confidential</source>
        <translation>ein öffentlicher Client darf weder einen geheimen Clientschlüssel noch eine Assertion senden: entfernen Sie den geheimen Schlüssel oder machen Sie die App zu einem vertraulichen Client</translation>
    </message>
    <message>
        <source>the pass-through authentication agent could not reach on-premises Active Directory: sign-in depends on on-premises infrastructure, as with a federated identity provider</source>
        <translation>der Agent für die Passthrough-Authentifizierung konnte das lokale Active Directory nicht erreichen: die Anmeldung hängt von lokaler Infrastruktur ab, wie bei einem Verbund-Identitätsanbieter</translation>
    </message>
    <message>
        <source>an on-premises connectivity problem; retrying later may work</source>
        <translation>ein lokales Verbindungsproblem; ein späterer Versuch kann gelingen</translation>
    </message>
    <message>
        <source>the pass-through authentication agent timed out validating the password on premises</source>
        <translation>beim Agent für die Passthrough-Authentifizierung ist beim Prüfen des Kennworts im lokalen Netzwerk eine Zeitüberschreitung aufgetreten</translation>
    </message>
    <message>
        <source>the pass-through authentication agent hit an unexpected network error on premises</source>
        <translation>beim Agent für die Passthrough-Authentifizierung ist lokal ein unerwarteter Netzwerkfehler aufgetreten</translation>
    </message>
    <message>
        <source>the pass-through authentication agent could not validate the password with on-premises Active Directory</source>
        <translation>der Agent für die Passthrough-Authentifizierung konnte das Kennwort nicht mit dem lokalen Active Directory prüfen</translation>
    </message>
    <message>
        <source>the pass-through authentication request exceeded its time limit on premises</source>
        <translation>die Anfrage der Passthrough-Authentifizierung hat ihr Zeitlimit im lokalen Netzwerk überschritten</translation>
    </message>
    <message>
        <source>a Seamless SSO (Kerberos) failure: the sign-in went through desktop single sign-on, not the migration tool&apos;s password; the code alone does not name the cause</source>
        <translation>ein Fehler beim nahtlosen SSO (Seamless SSO, Kerberos): die Anmeldung lief über das einmalige Anmelden am Desktop, nicht über das Kennwort des Migrationstools; der Code allein nennt die Ursache nicht</translation>
    </message>
    <message>
        <source>a sign-in loop was detected (too many identical requests): back off and reuse tokens</source>
        <translation>eine Anmeldeschleife wurde erkannt (zu viele gleiche Anfragen): Pause einlegen und Token wiederverwenden</translation>
    </message>
    <message>
        <source>the tenant is being throttled by Microsoft Entra ID: back off</source>
        <translation>der Mandant wird von Microsoft Entra ID gedrosselt: Pause einlegen</translation>
    </message>
    <message>
        <source>the request budget was exceeded (transient): retry later</source>
        <translation>das Anfragebudget wurde überschritten (vorübergehend): später erneut versuchen</translation>
    </message>
    <message>
        <source>the limit on telephone MFA calls was reached: retry later</source>
        <translation>das Limit für MFA-Telefonanrufe wurde erreicht: später erneut versuchen</translation>
    </message>
    <message>
        <source>the grant is no longer valid, usually because the password was changed: enter the current password again</source>
        <translation>die Gewährung ist nicht mehr gültig, meist weil das Kennwort geändert wurde: geben Sie das aktuelle Kennwort erneut ein</translation>
    </message>
    <message>
        <source>the session is invalid after a password change: enter the current password again</source>
        <translation>die Sitzung ist nach einer Kennwortänderung ungültig: geben Sie das aktuelle Kennwort erneut ein</translation>
    </message>
    <message>
        <source>the session is invalid after a password change or expiry: sign in again with the current password</source>
        <translation>die Sitzung ist nach einer Kennwortänderung oder einem Kennwortablauf ungültig: melden Sie sich mit dem aktuellen Kennwort erneut an</translation>
    </message>
    <message>
        <source>the password may have expired</source>
        <translation>das Kennwort ist möglicherweise abgelaufen</translation>
    </message>
    <message>
        <source>the refresh token or code has expired or been revoked: sign in again (the code alone does not prove a wrong password)</source>
        <translation>das Aktualisierungstoken oder der Code ist abgelaufen oder wurde widerrufen: melden Sie sich erneut an (der Code allein beweist kein falsches Kennwort)</translation>
    </message>
    <message>
        <source>the refresh token expired because it was not used: sign in again (the code alone does not prove a wrong password)</source>
        <translation>das Aktualisierungstoken ist abgelaufen, weil es nicht verwendet wurde: melden Sie sich erneut an (der Code allein beweist kein falsches Kennwort)</translation>
    </message>
    <message>
        <source>The input is larger than 1 MiB (%1 bytes) and was not read: paste only the error message and the lines around it.</source>
        <translation>Die Eingabe ist größer als 1 MiB (%1 Byte) und wurde nicht gelesen: Fügen Sie nur die Fehlermeldung und die Zeilen darum herum ein.</translation>
    </message>
    <message>
        <source>The input looks like binary data (NUL bytes, control characters or invalid UTF-8), not a pasted error message.</source>
        <translation>Die Eingabe sieht nach Binärdaten aus (NUL-Bytes, Steuerzeichen oder ungültiges UTF-8), nicht nach einer eingefügten Fehlermeldung.</translation>
    </message>
    <message>
        <source>The input was not read, so no cause can be named: %1</source>
        <translation>Die Eingabe wurde nicht gelesen, daher lässt sich keine Ursache nennen: %1</translation>
    </message>
    <message>
        <source>a 401 most often means the password in the project is wrong or was changed since</source>
        <translation>ein 401 bedeutet meistens, dass das Kennwort im Projekt falsch ist oder inzwischen geändert wurde</translation>
    </message>
    <message>
        <source>the user name may be mistyped, or an alias where the user principal name is needed</source>
        <translation>der Benutzername ist vielleicht falsch geschrieben, oder es steht ein Alias dort, wo der Benutzerprinzipalname nötig ist</translation>
    </message>
    <message>
        <source>when the credentials are right, the account may lack the rights the endpoint needs</source>
        <translation>wenn die Anmeldedaten stimmen, fehlen dem Konto vielleicht die Rechte, die der Endpunkt benötigt</translation>
    </message>
    <message>
        <source>accounts created in the last 24 hours can fail until they are fully provisioned</source>
        <translation>in den letzten 24 Stunden erstellte Konten können scheitern, bis sie vollständig bereitgestellt sind</translation>
    </message>
    <message>
        <source>a locked account is refused with a 401 too</source>
        <translation>auch ein gesperrtes Konto wird mit einem 401 abgewiesen</translation>
    </message>
    <message>
        <source>any sign-in step besides user name and password, such as multi-factor authentication, ends in a 401 for the migration tool</source>
        <translation>jeder Anmeldeschritt außer Benutzername und Kennwort, etwa eine mehrstufige Authentifizierung, endet für das Migrationstool in einem 401</translation>
    </message>
    <message>
        <source>security defaults can start requiring MFA days after the project was set up</source>
        <translation>die Sicherheitsstandards können Tage nach dem Einrichten des Projekts damit beginnen, MFA zu verlangen</translation>
    </message>
    <message>
        <source>an expired password or a required password change ends in a 401</source>
        <translation>ein abgelaufenes Kennwort oder eine geforderte Kennwortänderung endet in einem 401</translation>
    </message>
    <message>
        <source>a Conditional Access policy can block the migration account</source>
        <translation>eine Richtlinie für bedingten Zugriff kann das Migrationskonto blockieren</translation>
    </message>
    <message>
        <source>an account picker (work or personal account) at sign-in also stops the tool</source>
        <translation>auch eine Kontoauswahl (Geschäfts- oder persönliches Konto) bei der Anmeldung hält das Tool auf</translation>
    </message>
    <message>
        <source>Exchange Online accepts only modern authentication: a project without client and tenant id gets a 401</source>
        <translation>Exchange Online akzeptiert nur moderne Authentifizierung: ein Projekt ohne Client-ID und Mandanten-ID erhält einen 401</translation>
    </message>
    <message>
        <source>Basic authentication is retired in Exchange Online and is refused with a 401, whatever the password</source>
        <translation>die Standardauthentifizierung (Basic) ist in Exchange Online abgeschaltet und wird unabhängig vom Kennwort mit einem 401 abgewiesen</translation>
    </message>
    <message>
        <source>an overloaded or outdated on-premises server can answer 401 under load</source>
        <translation>ein überlasteter oder veralteter lokaler Server kann unter Last mit 401 antworten</translation>
    </message>
    <message>
        <source>Extended Protection on Exchange Server refuses NTLM clients without channel binding</source>
        <translation>der erweiterte Schutz (Extended Protection) von Exchange Server weist NTLM-Clients ohne Kanalbindung ab</translation>
    </message>
    <message>
        <source>a user whose OneDrive was never provisioned gets a 401</source>
        <translation>ein Benutzer, dessen OneDrive nie bereitgestellt wurde, erhält einen 401</translation>
    </message>
    <message>
        <source>a user without a OneDrive (SharePoint) licence gets a 401</source>
        <translation>ein Benutzer ohne OneDrive-Lizenz (SharePoint) erhält einen 401</translation>
    </message>
    <message>
        <source>SharePoint refuses app-only tokens obtained with a client secret with a 401</source>
        <translation>SharePoint weist App-only-Token, die mit einem geheimen Clientschlüssel bezogen wurden, mit einem 401 ab</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>an overloaded server can answer 401 under load</source>
        <translation>ein überlasteter Server kann unter Last mit 401 antworten</translation>
    </message>
    <message>
        <source>403 Forbidden: the account signed in but is not allowed to do this</source>
        <translation>403 Forbidden: das Konto hat sich angemeldet, darf dies aber nicht tun</translation>
    </message>
    <message>
        <source>Exchange Online answers 403 when EWS is blocked for the tenant, the application or the licence</source>
        <translation>Exchange Online antwortet mit 403, wenn EWS für den Mandanten, die Anwendung oder die Lizenz gesperrt ist</translation>
    </message>
    <message>
        <source>an app-only token used on a mailbox outside its scope is refused with 403</source>
        <translation>ein App-only-Token, das für ein Postfach außerhalb seines Bereichs verwendet wird, wird mit 403 abgewiesen</translation>
    </message>
    <message>
        <source>a policy can refuse access with 403</source>
        <translation>eine Richtlinie kann den Zugriff mit 403 verweigern</translation>
    </message>
    <message>
        <source>404 Not Found on OneDrive: the user&apos;s OneDrive may not exist yet</source>
        <translation>404 Not Found bei OneDrive: das OneDrive des Benutzers existiert vielleicht noch nicht</translation>
    </message>
    <message>
        <source>404 Not Found: the URL does not exist on that server; check the EWS URL</source>
        <translation>404 Not Found: die URL existiert auf diesem Server nicht; prüfen Sie die EWS-URL</translation>
    </message>
    <message>
        <source>407: a proxy between this computer and the server wants credentials</source>
        <translation>407: ein Proxy zwischen diesem Computer und dem Server verlangt Anmeldedaten</translation>
    </message>
    <message>
        <source>429 Too Many Requests: the service is throttling; wait for Retry-After and migrate fewer mailboxes at once</source>
        <translation>429 Too Many Requests: der Dienst drosselt; warten Sie die in Retry-After genannte Zeit ab und migrieren Sie weniger Postfächer gleichzeitig</translation>
    </message>
    <message>
        <source>Exchange Online Autodiscover answers 456 when the password is right but another factor (such as MFA) blocks the sign-in</source>
        <translation>Autodiscover von Exchange Online antwortet mit 456, wenn das Kennwort stimmt, aber ein weiterer Faktor (etwa MFA) die Anmeldung blockiert</translation>
    </message>
    <message>
        <source>a locked account gives 456 too</source>
        <translation>auch ein gesperrtes Konto ergibt 456</translation>
    </message>
    <message>
        <source>500: the server failed internally, which often happens under load</source>
        <translation>500: auf dem Server ist ein interner Fehler aufgetreten, was unter Last häufig passiert</translation>
    </message>
    <message>
        <source>a gateway or proxy could not get an answer from the server</source>
        <translation>ein Gateway oder Proxy hat vom Server keine Antwort erhalten</translation>
    </message>
    <message>
        <source>the server behind the gateway is slow or down</source>
        <translation>der Server hinter dem Gateway ist langsam oder ausgefallen</translation>
    </message>
    <message>
        <source>503 with Retry-After: the service is throttling or queuing requests; wait and migrate fewer mailboxes at once</source>
        <translation>503 mit Retry-After: der Dienst drosselt Anfragen oder stellt sie in eine Warteschlange; warten Sie und migrieren Sie weniger Postfächer gleichzeitig</translation>
    </message>
    <message>
        <source>the server is short of capacity</source>
        <translation>dem Server fehlt Kapazität</translation>
    </message>
    <message>
        <source>503 without Retry-After: the server itself is unavailable or overloaded</source>
        <translation>503 ohne Retry-After: der Server selbst ist nicht verfügbar oder überlastet</translation>
    </message>
    <message>
        <source>a 503 is also how busy servers throttle; retry later with fewer mailboxes at once</source>
        <translation>auch ausgelastete Server drosseln mit 503; versuchen Sie es später mit weniger gleichzeitigen Postfächern erneut</translation>
    </message>
    <message>
        <source>%1: the server asks to wait %2 seconds before the next request (throttling)</source>
        <translation>%1: der Server bittet, vor der nächsten Anfrage %2 Sekunden zu warten (Drosselung)</translation>
    </message>
    <message>
        <source>%1: the server asks to wait %2 seconds before retrying</source>
        <translation>%1: der Server bittet, vor einem erneuten Versuch %2 Sekunden zu warten</translation>
    </message>
    <message>
        <source>the server rejected the access token (expired, wrong audience or wrong cloud)</source>
        <translation>der Server hat das Zugriffstoken abgelehnt (abgelaufen, falsche Zielgruppe oder falsche Cloud)</translation>
    </message>
    <message>
        <source>a claims challenge: Conditional Access or continuous access evaluation asks for more than the token has</source>
        <translation>eine Anspruchsabfrage (Claims Challenge): bedingter Zugriff oder die fortlaufende Zugriffsevaluierung verlangt mehr, als das Token enthält</translation>
    </message>
    <message>
        <source>the request sent Basic credentials to Exchange Online, which no longer accepts them</source>
        <translation>die Anfrage hat Basic-Anmeldedaten an Exchange Online gesendet, das sie nicht mehr akzeptiert</translation>
    </message>
    <message>
        <source>a 401 after NTLM/Negotiate: Extended Protection (on by default since Exchange 2019 CU14) refuses clients without channel binding</source>
        <translation>ein 401 nach NTLM/Negotiate: der erweiterte Schutz (Extended Protection, seit Exchange 2019 CU14 standardmäßig aktiv) weist Clients ohne Kanalbindung ab</translation>
    </message>
    <message>
        <source>a 401 after a complete NTLM exchange also means a wrong password (try the DOMAIN\user form)</source>
        <translation>ein 401 nach einem vollständigen NTLM-Austausch bedeutet auch ein falsches Kennwort (versuchen Sie die Form DOMÄNE\Benutzer)</translation>
    </message>
    <message>
        <source>an outdated server such as Exchange 2010 may not have the resources for the migration</source>
        <translation>einem veralteten Server wie Exchange 2010 fehlen möglicherweise die Ressourcen für die Migration</translation>
    </message>
    <message>
        <source>timeout</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>timeouts from an on-premises Exchange server point to an overloaded server</source>
        <translation>Zeitüberschreitungen eines lokalen Exchange-Servers deuten auf einen überlasteten Server hin</translation>
    </message>
    <message>
        <source>the address does not belong to a mailbox (also in an impersonation header): the mailbox is missing, not provisioned, or the SMTP address is wrong</source>
        <translation>die Adresse gehört zu keinem Postfach (auch in einem Identitätswechsel-Header): das Postfach fehlt, ist nicht bereitgestellt, oder die SMTP-Adresse ist falsch</translation>
    </message>
    <message>
        <source>the account is not allowed to impersonate this user: ApplicationImpersonation is missing or out of scope on premises, and retired in Exchange Online</source>
        <translation>das Konto darf für diesen Benutzer keinen Identitätswechsel durchführen: ApplicationImpersonation fehlt lokal oder deckt ihn nicht ab, und in Exchange Online gibt es die Rolle nicht mehr</translation>
    </message>
    <message>
        <source>the account is not allowed to impersonate through this server</source>
        <translation>das Konto darf über diesen Server keinen Identitätswechsel durchführen</translation>
    </message>
    <message>
        <source>impersonation failed with a server-to-server authentication error on the Exchange side; escalate to the Exchange administrator</source>
        <translation>der Identitätswechsel ist an einem Server-zu-Server-Authentifizierungsfehler auf der Exchange-Seite gescheitert; eskalieren Sie an den Exchange-Administrator</translation>
    </message>
    <message>
        <source>the ExchangeImpersonation header is missing or empty; an app-only token needs it to name the mailbox</source>
        <translation>der Header ExchangeImpersonation fehlt oder ist leer; ein App-only-Token braucht ihn, um das Postfach zu benennen</translation>
    </message>
    <message>
        <source>the project&apos;s modern authentication / impersonation settings do not match</source>
        <translation>die Einstellungen des Projekts für moderne Authentifizierung bzw. Identitätswechsel passen nicht zusammen</translation>
    </message>
    <message>
        <source>the user principal name given for impersonation is not valid</source>
        <translation>der für den Identitätswechsel angegebene Benutzerprinzipalname ist ungültig</translation>
    </message>
    <message>
        <source>the mailbox to open could not be identified</source>
        <translation>das zu öffnende Postfach ließ sich nicht ermitteln</translation>
    </message>
    <message>
        <source>the SMTP address given for the mailbox is not valid</source>
        <translation>die für das Postfach angegebene SMTP-Adresse ist ungültig</translation>
    </message>
    <message>
        <source>the address in the project may be mistyped</source>
        <translation>die Adresse im Projekt ist vielleicht falsch geschrieben</translation>
    </message>
    <message>
        <source>the security identifier given for impersonation is not valid</source>
        <translation>die für den Identitätswechsel angegebene Sicherheits-ID (SID) ist ungültig</translation>
    </message>
    <message>
        <source>access denied: the account lacks the rights for this mailbox or action (FullAccess, folder permission, or an application access policy scope)</source>
        <translation>Zugriff verweigert: dem Konto fehlen die Rechte für dieses Postfach oder diese Aktion (FullAccess, Ordnerberechtigung oder Bereich einer Anwendungszugriffsrichtlinie)</translation>
    </message>
    <message>
        <source>the account is disabled</source>
        <translation>das Konto ist deaktiviert</translation>
    </message>
    <message>
        <source>the user does not have a valid licence for the mailbox</source>
        <translation>der Benutzer hat keine gültige Lizenz für das Postfach</translation>
    </message>
    <message>
        <source>licences without EWS rights (Kiosk, F3) are being blocked from EWS</source>
        <translation>Lizenzen ohne EWS-Rechte (Kiosk, F3) werden für EWS gesperrt</translation>
    </message>
    <message>
        <source>the account has no mailbox of its own and did not name the mailbox to open: grant FullAccess or use impersonation</source>
        <translation>das Konto hat kein eigenes Postfach und hat das zu öffnende Postfach nicht angegeben: erteilen Sie FullAccess oder verwenden Sie Identitätswechsel</translation>
    </message>
    <message>
        <source>the mailbox is being moved to another database; retry later</source>
        <translation>das Postfach wird in eine andere Datenbank verschoben; versuchen Sie es später erneut</translation>
    </message>
    <message>
        <source>the mailbox database is offline, corrupt or overloaded</source>
        <translation>die Postfachdatenbank ist offline, beschädigt oder überlastet</translation>
    </message>
    <message>
        <source>Exchange could not connect to the mailbox database</source>
        <translation>Exchange konnte keine Verbindung zur Postfachdatenbank herstellen</translation>
    </message>
    <message>
        <source>the server is throttling this account (EWS budget); wait for the back-off time</source>
        <translation>der Server drosselt dieses Konto (EWS-Budget); warten Sie die verlangte Wartezeit ab</translation>
    </message>
    <message>
        <source>more concurrent connections than the throttling policy allows: lower the number of mailboxes migrated at once</source>
        <translation>mehr gleichzeitige Verbindungen, als die Drosselungsrichtlinie erlaubt: verringern Sie die Zahl der gleichzeitig migrierten Postfächer</translation>
    </message>
    <message>
        <source>a throttling budget (find count limit) was exceeded</source>
        <translation>ein Drosselungsbudget (Limit für Suchergebnisse) wurde überschritten</translation>
    </message>
    <message>
        <source>a throttling budget (subscriptions) was exceeded</source>
        <translation>ein Drosselungsbudget (Abonnements) wurde überschritten</translation>
    </message>
    <message>
        <source>too many objects are open on the server; retry with back-off</source>
        <translation>auf dem Server sind zu viele Objekte geöffnet; versuchen Sie es mit Wartezeit erneut</translation>
    </message>
    <message>
        <source>the server is short of resources</source>
        <translation>dem Server fehlen Ressourcen</translation>
    </message>
    <message>
        <source>the server does not have enough resources to complete the request</source>
        <translation>der Server hat nicht genügend Ressourcen, um die Anfrage abzuschließen</translation>
    </message>
    <message>
        <source>retry with back-off</source>
        <translation>mit Wartezeit erneut versuchen</translation>
    </message>
    <message>
        <source>the server did not finish the request in time</source>
        <translation>der Server hat die Anfrage nicht rechtzeitig abgeschlossen</translation>
    </message>
    <message>
        <source>a transient server error; retry with back-off</source>
        <translation>ein vorübergehender Serverfehler; versuchen Sie es mit Wartezeit erneut</translation>
    </message>
    <message>
        <source>an internal server error; its inner code may be ErrorServerBusy</source>
        <translation>ein interner Serverfehler; sein innerer Code kann ErrorServerBusy sein</translation>
    </message>
    <message>
        <source>batch processing stopped on the server; retry with back-off</source>
        <translation>die Batchverarbeitung wurde auf dem Server angehalten; versuchen Sie es mit Wartezeit erneut</translation>
    </message>
    <message>
        <source>the server received a request it could not read (empty body): check the EWS URL and that no proxy alters the request</source>
        <translation>der Server hat eine Anfrage erhalten, die er nicht lesen konnte (leerer Body): prüfen Sie die EWS-URL und dass kein Proxy die Anfrage verändert</translation>
    </message>
    <message>
        <source>a proxy or filter may have altered the request</source>
        <translation>ein Proxy oder Filter hat die Anfrage möglicherweise verändert</translation>
    </message>
    <message>
        <source>the server&apos;s Exchange version does not match what the tool asked for: check the endpoint type and the EWS URL</source>
        <translation>die Exchange-Version des Servers passt nicht zu der, die das Tool angefordert hat: prüfen Sie den Endpunkttyp und die EWS-URL</translation>
    </message>
    <message>
        <source>the request schema version does not fit the mailbox&apos;s Exchange version: check the endpoint type</source>
        <translation>die Schemaversion der Anfrage passt nicht zur Exchange-Version des Postfachs: prüfen Sie den Endpunkttyp</translation>
    </message>
    <message>
        <source>the server version in the request is wrong for this server: check the endpoint type and the EWS URL</source>
        <translation>die Serverversion in der Anfrage ist für diesen Server falsch: prüfen Sie den Endpunkttyp und die EWS-URL</translation>
    </message>
    <message>
        <source>the request reached a server in the wrong Active Directory site: point the project at the right EWS URL</source>
        <translation>die Anfrage hat einen Server am falschen Active Directory-Standort erreicht: richten Sie das Projekt auf die richtige EWS-URL aus</translation>
    </message>
    <message>
        <source>no Client Access server could route the request to the mailbox: check the EWS URL</source>
        <translation>kein Clientzugriffsserver konnte die Anfrage an das Postfach weiterleiten: prüfen Sie die EWS-URL</translation>
    </message>
    <message>
        <source>server topology or availability problem on the Exchange side</source>
        <translation>ein Problem mit der Servertopologie oder der Verfügbarkeit auf der Exchange-Seite</translation>
    </message>
    <message>
        <source>no Client Access server answered in the mailbox&apos;s site</source>
        <translation>kein Clientzugriffsserver am Standort des Postfachs hat geantwortet</translation>
    </message>
    <message>
        <source>point the project at a server in the mailbox&apos;s site</source>
        <translation>richten Sie das Projekt auf einen Server am Standort des Postfachs aus</translation>
    </message>
    <message>
        <source>the user is not valid for this mailbox request</source>
        <translation>der Benutzer ist für diese Postfachanfrage ungültig</translation>
    </message>
    <message>
        <source>the user name in the project may be wrong</source>
        <translation>der Benutzername im Projekt ist vielleicht falsch</translation>
    </message>
    <message>
        <source>logging on to the mailbox failed on the server</source>
        <translation>die Anmeldung am Postfach ist auf dem Server fehlgeschlagen</translation>
    </message>
    <message>
        <source>the account may lack rights on the mailbox</source>
        <translation>dem Konto fehlen vielleicht Rechte für das Postfach</translation>
    </message>
    <message>
        <source>the server ran out of memory</source>
        <translation>der Server hat keinen Arbeitsspeicher mehr</translation>
    </message>
    <message>
        <source>Autodiscover could not find the e-mail address (no mailbox for it)</source>
        <translation>Autodiscover konnte die E-Mail-Adresse nicht finden (kein Postfach dafür)</translation>
    </message>
    <message>
        <source>Autodiscover recognised the address but has no settings for it</source>
        <translation>Autodiscover hat die Adresse erkannt, hat aber keine Einstellungen dafür</translation>
    </message>
    <message>
        <source>Autodiscover rejected the request as invalid</source>
        <translation>Autodiscover hat die Anfrage als ungültig abgelehnt</translation>
    </message>
    <message>
        <source>Autodiscover cannot provide settings of the requested type</source>
        <translation>Autodiscover kann keine Einstellungen des angeforderten Typs liefern</translation>
    </message>
    <message>
        <source>Autodiscover recognised the address but its configuration has errors</source>
        <translation>Autodiscover hat die Adresse erkannt, aber ihre Konfiguration ist fehlerhaft</translation>
    </message>
    <message>
        <source>Autodiscover could not return settings</source>
        <translation>Autodiscover konnte keine Einstellungen zurückgeben</translation>
    </message>
    <message>
        <source>Autodiscover reported an internal server error</source>
        <translation>Autodiscover hat einen internen Serverfehler gemeldet</translation>
    </message>
    <message>
        <source>the server may be overloaded</source>
        <translation>der Server ist möglicherweise überlastet</translation>
    </message>
    <message>
        <source>Autodiscover does not know this user (no mailbox for the address)</source>
        <translation>Autodiscover kennt diesen Benutzer nicht (kein Postfach für die Adresse)</translation>
    </message>
    <message>
        <source>Autodiscover is busy; retry after a short delay</source>
        <translation>Autodiscover ist ausgelastet; versuchen Sie es nach kurzer Wartezeit erneut</translation>
    </message>
    <message>
        <source>Autodiscover does not serve this domain</source>
        <translation>Autodiscover bedient diese Domäne nicht</translation>
    </message>
    <message>
        <source>the domain of the address may be wrong</source>
        <translation>die Domäne der Adresse ist vielleicht falsch</translation>
    </message>
    <message>
        <source>the domain is not federated for Autodiscover</source>
        <translation>die Domäne ist für Autodiscover nicht als Verbunddomäne eingerichtet</translation>
    </message>
    <message>
        <source>Autodiscover rejected the request</source>
        <translation>Autodiscover hat die Anfrage abgelehnt</translation>
    </message>
    <message>
        <source>a requested Autodiscover setting is not valid</source>
        <translation>eine angeforderte Autodiscover-Einstellung ist ungültig</translation>
    </message>
    <message>
        <source>a requested Autodiscover setting is not available</source>
        <translation>eine angeforderte Autodiscover-Einstellung ist nicht verfügbar</translation>
    </message>
    <message>
        <source>Autodiscover answered with a redirect to another address, which must be followed</source>
        <translation>Autodiscover hat mit einer Umleitung an eine andere Adresse geantwortet, der gefolgt werden muss</translation>
    </message>
    <message>
        <source>a redirect must pass the safety checks before credentials follow it</source>
        <translation>eine Umleitung muss die Sicherheitsprüfungen bestehen, bevor Anmeldedaten ihr folgen</translation>
    </message>
    <message>
        <source>Autodiscover answered with a redirect to another URL, which must be followed</source>
        <translation>Autodiscover hat mit einer Umleitung an eine andere URL geantwortet, der gefolgt werden muss</translation>
    </message>
    <message>
        <source>the OAuth token sent could not be parsed (garbage, truncated or not a JWT)</source>
        <translation>das gesendete OAuth-Token ließ sich nicht auswerten (unlesbar, abgeschnitten oder kein JWT)</translation>
    </message>
    <message>
        <source>the token was issued for another resource (audience): request a token for https://outlook.office365.com</source>
        <translation>das Token wurde für eine andere Ressource (Zielgruppe) ausgestellt: fordern Sie ein Token für https://outlook.office365.com an</translation>
    </message>
    <message>
        <source>a token from another cloud has the wrong audience too</source>
        <translation>auch ein Token aus einer anderen Cloud hat die falsche Zielgruppe</translation>
    </message>
    <message>
        <source>the user in the token does not exist on this server, or is ambiguous</source>
        <translation>der Benutzer im Token existiert auf diesem Server nicht oder ist nicht eindeutig</translation>
    </message>
    <message>
        <source>the user name may be wrong or duplicated</source>
        <translation>der Benutzername ist vielleicht falsch oder doppelt vorhanden</translation>
    </message>
    <message>
        <source>the token carries no usable permission: add full_access_as_app (Office 365 Exchange Online) and grant admin consent</source>
        <translation>das Token enthält keine verwendbare Berechtigung: fügen Sie full_access_as_app (Office 365 Exchange Online) hinzu und erteilen Sie die Administratorzustimmung</translation>
    </message>
    <message>
        <source>OAuth is not available for this on-premises namespace</source>
        <translation>OAuth ist für diesen lokalen Namespace nicht verfügbar</translation>
    </message>
    <message>
        <source>Exchange Online blocks Basic authentication for this request (X-AutoDiscovery-Error: BasicAuthBlockStatus - Deny)</source>
        <translation>Exchange Online blockiert die Standardauthentifizierung für diese Anfrage (X-AutoDiscovery-Error: BasicAuthBlockStatus - Deny)</translation>
    </message>
    <message>
        <source>the project must use modern authentication (client and tenant id)</source>
        <translation>das Projekt muss moderne Authentifizierung verwenden (Client-ID und Mandanten-ID)</translation>
    </message>
    <message>
        <source>Exchange Online blocks Basic authentication (Basic Auth Blocked)</source>
        <translation>Exchange Online blockiert die Standardauthentifizierung (Basic Auth Blocked)</translation>
    </message>
    <message>
        <source>an authentication policy blocks Basic authentication for this user (BlockBasicAuth - User blocked)</source>
        <translation>eine Authentifizierungsrichtlinie blockiert die Standardauthentifizierung für diesen Benutzer (BlockBasicAuth - User blocked)</translation>
    </message>
    <message>
        <source>Exchange Online could not reach the federation server (AD FS) of this domain</source>
        <translation>Exchange Online konnte den Verbundserver (AD FS) dieser Domäne nicht erreichen</translation>
    </message>
    <message>
        <source>the federation server is unreachable from the internet</source>
        <translation>der Verbundserver ist aus dem Internet nicht erreichbar</translation>
    </message>
    <message>
        <source>Exchange Online has no tenant provisioned for this domain</source>
        <translation>Exchange Online hat für diese Domäne keinen Mandanten bereitgestellt</translation>
    </message>
    <message>
        <source>the migration tool says the credentials are invalid (most often a wrong or changed password)</source>
        <translation>das Migrationstool meldet ungültige Anmeldedaten (meist ein falsches oder geändertes Kennwort)</translation>
    </message>
    <message>
        <source>a wrong user name gives the same message</source>
        <translation>ein falscher Benutzername ergibt dieselbe Meldung</translation>
    </message>
    <message>
        <source>the migration tool says the account may not have access to the mailbox</source>
        <translation>das Migrationstool meldet, dass das Konto möglicherweise keinen Zugriff auf das Postfach hat</translation>
    </message>
    <message>
        <source>impersonation rights are one kind of access</source>
        <translation>Identitätswechselrechte sind eine Form von Zugriff</translation>
    </message>
    <message>
        <source>the migration tool mentions overutilized resources (an overloaded or outdated server)</source>
        <translation>das Migrationstool erwähnt übermäßig beanspruchte Ressourcen (ein überlasteter oder veralteter Server)</translation>
    </message>
    <message>
        <source>throttling looks similar from the outside</source>
        <translation>Drosselung sieht von außen ähnlich aus</translation>
    </message>
    <message>
        <source>the migration tool mentions overutilised resources (an overloaded or outdated server)</source>
        <translation>das Migrationstool erwähnt übermäßig beanspruchte Ressourcen (ein überlasteter oder veralteter Server)</translation>
    </message>
    <message>
        <source>the migration tool could not locate or access the mail database</source>
        <translation>das Migrationstool konnte die Maildatenbank nicht finden oder nicht darauf zugreifen</translation>
    </message>
    <message>
        <source>the migration tool detected that Basic authentication is disabled for the tenant</source>
        <translation>das Migrationstool hat festgestellt, dass die Standardauthentifizierung für den Mandanten deaktiviert ist</translation>
    </message>
    <message>
        <source>Basic authentication is not enabled for the tenant</source>
        <translation>die Standardauthentifizierung ist für den Mandanten nicht aktiviert</translation>
    </message>
    <message>
        <source>Basic authentication is disabled</source>
        <translation>die Standardauthentifizierung ist deaktiviert</translation>
    </message>
    <message>
        <source>Basic authentication is not supported by the service</source>
        <translation>die Standardauthentifizierung wird vom Dienst nicht unterstützt</translation>
    </message>
    <message>
        <source>Basic authentication is no longer supported by Exchange Online</source>
        <translation>die Standardauthentifizierung wird von Exchange Online nicht mehr unterstützt</translation>
    </message>
    <message>
        <source>Basic authentication has been disabled</source>
        <translation>die Standardauthentifizierung wurde deaktiviert</translation>
    </message>
    <message>
        <source>modern authentication (client and tenant id) is not configured in the project</source>
        <translation>die moderne Authentifizierung (Client-ID und Mandanten-ID) ist im Projekt nicht konfiguriert</translation>
    </message>
    <message>
        <source>modern authentication is not enabled</source>
        <translation>die moderne Authentifizierung ist nicht aktiviert</translation>
    </message>
    <message>
        <source>the user name or password was rejected</source>
        <translation>der Benutzername oder das Kennwort wurde abgelehnt</translation>
    </message>
    <message>
        <source>the user name may be the wrong one (alias instead of UPN)</source>
        <translation>der Benutzername ist vielleicht der falsche (Alias statt UPN)</translation>
    </message>
    <message>
        <source>Windows rejected the logon (unknown user name or bad password)</source>
        <translation>Windows hat die Anmeldung abgelehnt (unbekannter Benutzername oder falsches Kennwort)</translation>
    </message>
    <message>
        <source>the user name may be wrong, or need the DOMAIN\user form</source>
        <translation>der Benutzername ist vielleicht falsch oder braucht die Form DOMÄNE\Benutzer</translation>
    </message>
    <message>
        <source>the account or password is incorrect</source>
        <translation>das Konto oder das Kennwort ist falsch</translation>
    </message>
    <message>
        <source>the password is incorrect</source>
        <translation>das Kennwort ist falsch</translation>
    </message>
    <message>
        <source>the password is wrong</source>
        <translation>das Kennwort stimmt nicht</translation>
    </message>
    <message>
        <source>the logon was denied</source>
        <translation>die Anmeldung wurde verweigert</translation>
    </message>
    <message>
        <source>Exchange Online denies Basic logons too</source>
        <translation>auch Exchange Online verweigert Basic-Anmeldungen</translation>
    </message>
    <message>
        <source>the logon failed</source>
        <translation>die Anmeldung ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>the user account does not exist</source>
        <translation>das Benutzerkonto existiert nicht</translation>
    </message>
    <message>
        <source>the account does not exist in this tenant</source>
        <translation>das Konto existiert in diesem Mandanten nicht</translation>
    </message>
    <message>
        <source>the user does not exist</source>
        <translation>der Benutzer existiert nicht</translation>
    </message>
    <message>
        <source>the user was not found</source>
        <translation>der Benutzer wurde nicht gefunden</translation>
    </message>
    <message>
        <source>the message is about the user principal name (UPN)</source>
        <translation>die Meldung betrifft den Benutzerprinzipalnamen (UPN)</translation>
    </message>
    <message>
        <source>multi-factor authentication is mentioned: the sign-in needs a second factor the migration tool cannot give</source>
        <translation>mehrstufige Authentifizierung wird erwähnt: die Anmeldung verlangt einen zweiten Faktor, den das Migrationstool nicht liefern kann</translation>
    </message>
    <message>
        <source>two-factor authentication is mentioned: the sign-in needs a second factor the migration tool cannot give</source>
        <translation>zweistufige Authentifizierung wird erwähnt: die Anmeldung verlangt einen zweiten Faktor, den das Migrationstool nicht liefern kann</translation>
    </message>
    <message>
        <source>strong authentication is required</source>
        <translation>starke Authentifizierung ist erforderlich</translation>
    </message>
    <message>
        <source>MFA is required</source>
        <translation>MFA ist erforderlich</translation>
    </message>
    <message>
        <source>MFA is enabled for the account</source>
        <translation>MFA ist für das Konto aktiviert</translation>
    </message>
    <message>
        <source>the password has expired</source>
        <translation>das Kennwort ist abgelaufen</translation>
    </message>
    <message>
        <source>the password must be changed</source>
        <translation>das Kennwort muss geändert werden</translation>
    </message>
    <message>
        <source>the password must be changed at the next sign-in</source>
        <translation>das Kennwort muss bei der nächsten Anmeldung geändert werden</translation>
    </message>
    <message>
        <source>an account picker is mentioned</source>
        <translation>eine Kontoauswahl wird erwähnt</translation>
    </message>
    <message>
        <source>security defaults are mentioned: they require MFA and block legacy authentication</source>
        <translation>die Sicherheitsstandards werden erwähnt: sie verlangen MFA und blockieren Legacy-Authentifizierung</translation>
    </message>
    <message>
        <source>the sign-in was blocked by security defaults</source>
        <translation>die Anmeldung wurde durch die Sicherheitsstandards blockiert</translation>
    </message>
    <message>
        <source>a Conditional Access policy is mentioned</source>
        <translation>eine Richtlinie für bedingten Zugriff wird erwähnt</translation>
    </message>
    <message>
        <source>the sign-in was blocked by Conditional Access</source>
        <translation>die Anmeldung wurde durch bedingten Zugriff blockiert</translation>
    </message>
    <message>
        <source>the account is locked out</source>
        <translation>das Konto ist ausgesperrt</translation>
    </message>
    <message>
        <source>the account is locked</source>
        <translation>das Konto ist gesperrt</translation>
    </message>
    <message>
        <source>the account is locked (IdsLocked)</source>
        <translation>das Konto ist gesperrt (IdsLocked)</translation>
    </message>
    <message>
        <source>the user is disabled</source>
        <translation>der Benutzer ist deaktiviert</translation>
    </message>
    <message>
        <source>Microsoft Graph shows accountEnabled: false</source>
        <translation>Microsoft Graph zeigt accountEnabled: false</translation>
    </message>
    <message>
        <source>the federation server (AD FS) failed</source>
        <translation>der Verbundserver (AD FS) ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>a federation server (AD FS) is involved in the sign-in</source>
        <translation>an der Anmeldung ist ein Verbundserver (AD FS) beteiligt</translation>
    </message>
    <message>
        <source>AD FS (a federated sign-in) is involved</source>
        <translation>AD FS (eine Verbundanmeldung) ist beteiligt</translation>
    </message>
    <message>
        <source>the domain is federated (NameSpaceType: Federated)</source>
        <translation>die Domäne ist eine Verbunddomäne (NameSpaceType: Federated)</translation>
    </message>
    <message>
        <source>the domain is not registered in Microsoft Entra ID (NameSpaceType: Unknown)</source>
        <translation>die Domäne ist in Microsoft Entra ID nicht registriert (NameSpaceType: Unknown)</translation>
    </message>
    <message>
        <source>pass-through authentication (an on-premises agent) checks the password</source>
        <translation>die Passthrough-Authentifizierung (ein lokaler Agent) prüft das Kennwort</translation>
    </message>
    <message>
        <source>a national cloud is mentioned: the sign-in must use that cloud&apos;s hosts</source>
        <translation>eine nationale Cloud wird erwähnt: die Anmeldung muss die Hosts dieser Cloud verwenden</translation>
    </message>
    <message>
        <source>the application (client id) was not found in the directory</source>
        <translation>die Anwendung (Client-ID) wurde im Verzeichnis nicht gefunden</translation>
    </message>
    <message>
        <source>the client secret is not valid (often the secret ID instead of its value)</source>
        <translation>der geheime Clientschlüssel ist ungültig (oft die ID des geheimen Schlüssels statt seines Werts)</translation>
    </message>
    <message>
        <source>the client secret keys are the problem (expired or wrong)</source>
        <translation>die geheimen Clientschlüssel sind das Problem (abgelaufen oder falsch)</translation>
    </message>
    <message>
        <source>administrator consent is mentioned</source>
        <translation>die Administratorzustimmung wird erwähnt</translation>
    </message>
    <message>
        <source>the permissions have not been consented to</source>
        <translation>den Berechtigungen wurde nicht zugestimmt</translation>
    </message>
    <message>
        <source>administrator consent is required</source>
        <translation>die Administratorzustimmung ist erforderlich</translation>
    </message>
    <message>
        <source>the token carries no usable permission (full_access_as_app missing or not consented)</source>
        <translation>das Token enthält keine verwendbare Berechtigung (full_access_as_app fehlt oder hat keine Zustimmung)</translation>
    </message>
    <message>
        <source>the token carries no permissions at all</source>
        <translation>das Token enthält überhaupt keine Berechtigungen</translation>
    </message>
    <message>
        <source>the token was issued for another resource (wrong audience)</source>
        <translation>das Token wurde für eine andere Ressource ausgestellt (falsche Zielgruppe)</translation>
    </message>
    <message>
        <source>the token audience is http instead of https: SSL offloading in front of Exchange is not supported with OAuth</source>
        <translation>die Zielgruppe des Tokens ist http statt https: SSL-Offloading vor Exchange wird mit OAuth nicht unterstützt</translation>
    </message>
    <message>
        <source>the OAuth configuration on premises does not match</source>
        <translation>die lokale OAuth-Konfiguration stimmt nicht</translation>
    </message>
    <message>
        <source>legacy (Basic) authentication is mentioned</source>
        <translation>Legacy-Authentifizierung (Basic) wird erwähnt</translation>
    </message>
    <message>
        <source>security defaults block legacy authentication</source>
        <translation>die Sicherheitsstandards blockieren Legacy-Authentifizierung</translation>
    </message>
    <message>
        <source>Exchange Online rejects Basic authentication</source>
        <translation>Exchange Online weist die Standardauthentifizierung ab</translation>
    </message>
    <message>
        <source>the account is not allowed to impersonate the requested user</source>
        <translation>das Konto darf für den angeforderten Benutzer keinen Identitätswechsel durchführen</translation>
    </message>
    <message>
        <source>an app-only token needs the ExchangeImpersonation header naming the mailbox</source>
        <translation>ein App-only-Token braucht den Header ExchangeImpersonation, der das Postfach benennt</translation>
    </message>
    <message>
        <source>the request used ExchangeImpersonation (the account acts as the mailbox owner)</source>
        <translation>die Anfrage verwendete ExchangeImpersonation (das Konto handelt als Postfachbesitzer)</translation>
    </message>
    <message>
        <source>the ApplicationImpersonation role is involved: it was removed from Exchange Online (February 2025)</source>
        <translation>die Rolle ApplicationImpersonation ist beteiligt: sie wurde aus Exchange Online entfernt (Februar 2025)</translation>
    </message>
    <message>
        <source>the mailbox is outside the application access policy (RAOP) scope</source>
        <translation>das Postfach liegt außerhalb des Bereichs der Anwendungszugriffsrichtlinie (RAOP)</translation>
    </message>
    <message>
        <source>the mailbox is outside the tenant&apos;s app-only access policy</source>
        <translation>das Postfach liegt außerhalb der App-only-Zugriffsrichtlinie des Mandanten</translation>
    </message>
    <message>
        <source>insufficient privileges to complete the operation</source>
        <translation>unzureichende Berechtigungen zum Abschließen des Vorgangs</translation>
    </message>
    <message>
        <source>insufficient permissions</source>
        <translation>unzureichende Berechtigungen</translation>
    </message>
    <message>
        <source>the account does not have access</source>
        <translation>das Konto hat keinen Zugriff</translation>
    </message>
    <message>
        <source>access is denied</source>
        <translation>der Zugriff wird verweigert</translation>
    </message>
    <message>
        <source>the mailbox does not exist</source>
        <translation>das Postfach existiert nicht</translation>
    </message>
    <message>
        <source>the mailbox was not found</source>
        <translation>das Postfach wurde nicht gefunden</translation>
    </message>
    <message>
        <source>the address has no mailbox associated with it</source>
        <translation>der Adresse ist kein Postfach zugeordnet</translation>
    </message>
    <message>
        <source>Microsoft Graph does not support this mailbox (on premises or unlicensed)</source>
        <translation>Microsoft Graph unterstützt dieses Postfach nicht (lokal oder nicht lizenziert)</translation>
    </message>
    <message>
        <source>the mailbox is hosted on premises, not in Exchange Online</source>
        <translation>das Postfach liegt lokal, nicht in Exchange Online</translation>
    </message>
    <message>
        <source>there is no cloud mailbox</source>
        <translation>es gibt kein Cloudpostfach</translation>
    </message>
    <message>
        <source>Autodiscover cannot find the e-mail address</source>
        <translation>Autodiscover kann die E-Mail-Adresse nicht finden</translation>
    </message>
    <message>
        <source>the admin center says the user mailbox has not been migrated: the cloud mailbox was never created</source>
        <translation>das Admin Center meldet, dass das Benutzerpostfach nicht migriert wurde: das Cloudpostfach wurde nie angelegt</translation>
    </message>
    <message>
        <source>a service plan is still being provisioned</source>
        <translation>ein Serviceplan wird noch bereitgestellt</translation>
    </message>
    <message>
        <source>the account was created recently (provisioning can take up to 24 hours)</source>
        <translation>das Konto wurde kürzlich erstellt (die Bereitstellung kann bis zu 24 Stunden dauern)</translation>
    </message>
    <message>
        <source>the mailbox database is temporarily unavailable</source>
        <translation>die Postfachdatenbank ist vorübergehend nicht verfügbar</translation>
    </message>
    <message>
        <source>the mail database is mentioned</source>
        <translation>die Maildatenbank wird erwähnt</translation>
    </message>
    <message>
        <source>the mailbox database is offline</source>
        <translation>die Postfachdatenbank ist offline</translation>
    </message>
    <message>
        <source>the mailbox is being moved</source>
        <translation>das Postfach wird gerade verschoben</translation>
    </message>
    <message>
        <source>OneDrive (MySite) is not provisioned for the user</source>
        <translation>OneDrive (MySite) ist für den Benutzer nicht bereitgestellt</translation>
    </message>
    <message>
        <source>a user without a SharePoint licence has no MySite either</source>
        <translation>ein Benutzer ohne SharePoint-Lizenz hat auch keine MySite</translation>
    </message>
    <message>
        <source>the tenant has no SharePoint Online licence</source>
        <translation>der Mandant hat keine SharePoint Online-Lizenz</translation>
    </message>
    <message>
        <source>a SharePoint Online licence is missing</source>
        <translation>eine SharePoint Online-Lizenz fehlt</translation>
    </message>
    <message>
        <source>OneDrive is not provisioned for the user</source>
        <translation>OneDrive ist für den Benutzer nicht bereitgestellt</translation>
    </message>
    <message>
        <source>SharePoint rejects app-only tokens obtained with a client secret: use a certificate</source>
        <translation>SharePoint weist App-only-Token ab, die mit einem geheimen Clientschlüssel bezogen wurden: verwenden Sie ein Zertifikat</translation>
    </message>
    <message>
        <source>EWS is disabled for the tenant, the mailbox or the application</source>
        <translation>EWS ist für den Mandanten, das Postfach oder die Anwendung deaktiviert</translation>
    </message>
    <message>
        <source>EWS access is blocked</source>
        <translation>der EWS-Zugriff ist gesperrt</translation>
    </message>
    <message>
        <source>the EwsEnabled setting is mentioned</source>
        <translation>die Einstellung EwsEnabled wird erwähnt</translation>
    </message>
    <message>
        <source>the EWS application allow list is mentioned</source>
        <translation>die EWS-Zulassungsliste für Anwendungen wird erwähnt</translation>
    </message>
    <message>
        <source>the EWS application access policy is mentioned</source>
        <translation>die EWS-Anwendungszugriffsrichtlinie wird erwähnt</translation>
    </message>
    <message>
        <source>the server is busy (ErrorServerBusy message)</source>
        <translation>der Server ist ausgelastet (Meldung ErrorServerBusy)</translation>
    </message>
    <message>
        <source>the request was throttled</source>
        <translation>die Anfrage wurde gedrosselt</translation>
    </message>
    <message>
        <source>throttling is mentioned</source>
        <translation>Drosselung wird erwähnt</translation>
    </message>
    <message>
        <source>too many requests</source>
        <translation>zu viele Anfragen</translation>
    </message>
    <message>
        <source>the application is over its concurrency limit per mailbox</source>
        <translation>die Anwendung hat ihr Limit für gleichzeitige Zugriffe pro Postfach überschritten</translation>
    </message>
    <message>
        <source>the server is too busy</source>
        <translation>der Server ist zu stark ausgelastet</translation>
    </message>
    <message>
        <source>the EWS application failed on the server, which happens under high load</source>
        <translation>die EWS-Anwendung ist auf dem Server fehlgeschlagen, was unter hoher Last vorkommt</translation>
    </message>
    <message>
        <source>retry with fewer mailboxes at once</source>
        <translation>versuchen Sie es mit weniger gleichzeitigen Postfächern erneut</translation>
    </message>
    <message>
        <source>the server ran out of resources</source>
        <translation>dem Server sind die Ressourcen ausgegangen</translation>
    </message>
    <message>
        <source>the server is overloaded</source>
        <translation>der Server ist überlastet</translation>
    </message>
    <message>
        <source>the host name does not resolve (DNS)</source>
        <translation>der Hostname lässt sich nicht auflösen (DNS)</translation>
    </message>
    <message>
        <source>a mistyped EWS URL or server name does not resolve either</source>
        <translation>auch eine falsch geschriebene EWS-URL oder ein falsch geschriebener Servername lässt sich nicht auflösen</translation>
    </message>
    <message>
        <source>a mistyped server name does not resolve either</source>
        <translation>auch ein falsch geschriebener Servername lässt sich nicht auflösen</translation>
    </message>
    <message>
        <source>no connection could be made to the server</source>
        <translation>es konnte keine Verbindung zum Server hergestellt werden</translation>
    </message>
    <message>
        <source>the server refused the connection (nothing listens on that port, or a firewall)</source>
        <translation>der Server hat die Verbindung abgelehnt (an diesem Port lauscht nichts, oder eine Firewall blockiert)</translation>
    </message>
    <message>
        <source>the connection was refused</source>
        <translation>die Verbindung wurde abgelehnt</translation>
    </message>
    <message>
        <source>the network is unreachable</source>
        <translation>das Netzwerk ist nicht erreichbar</translation>
    </message>
    <message>
        <source>the connection was closed by the other side</source>
        <translation>die Verbindung wurde von der Gegenseite geschlossen</translation>
    </message>
    <message>
        <source>a TLS version mismatch closes connections this way too</source>
        <translation>auch eine nicht passende TLS-Version schließt Verbindungen auf diese Weise</translation>
    </message>
    <message>
        <source>the connection was reset</source>
        <translation>die Verbindung wurde zurückgesetzt</translation>
    </message>
    <message>
        <source>the connection was closed unexpectedly</source>
        <translation>die Verbindung wurde unerwartet geschlossen</translation>
    </message>
    <message>
        <source>an overloaded server drops connections too</source>
        <translation>auch ein überlasteter Server bricht Verbindungen ab</translation>
    </message>
    <message>
        <source>the connection broke during the TLS handshake (usually no common TLS version)</source>
        <translation>die Verbindung ist während des TLS-Handshakes abgebrochen (meist keine gemeinsame TLS-Version)</translation>
    </message>
    <message>
        <source>a network device may have cut the connection</source>
        <translation>ein Netzwerkgerät hat die Verbindung möglicherweise getrennt</translation>
    </message>
    <message>
        <source>a proxy between this computer and the server requires authentication</source>
        <translation>ein Proxy zwischen diesem Computer und dem Server verlangt eine Authentifizierung</translation>
    </message>
    <message>
        <source>the request timed out</source>
        <translation>bei der Anfrage ist eine Zeitüberschreitung aufgetreten</translation>
    </message>
    <message>
        <source>an overloaded server times out too</source>
        <translation>auch bei einem überlasteten Server kommt es zu Zeitüberschreitungen</translation>
    </message>
    <message>
        <source>a timeout occurred</source>
        <translation>eine Zeitüberschreitung ist aufgetreten</translation>
    </message>
    <message>
        <source>the server&apos;s TLS certificate is not trusted (untrusted, expired or wrong name)</source>
        <translation>dem TLS-Zertifikat des Servers wird nicht vertraut (nicht vertrauenswürdig, abgelaufen oder falscher Name)</translation>
    </message>
    <message>
        <source>no TLS connection could be made (no common TLS version or cipher)</source>
        <translation>es konnte keine TLS-Verbindung hergestellt werden (keine gemeinsame TLS-Version oder Verschlüsselung)</translation>
    </message>
    <message>
        <source>no TLS connection could be made</source>
        <translation>es konnte keine TLS-Verbindung hergestellt werden</translation>
    </message>
    <message>
        <source>the server&apos;s TLS certificate is not valid</source>
        <translation>das TLS-Zertifikat des Servers ist ungültig</translation>
    </message>
    <message>
        <source>the server&apos;s TLS certificate has expired</source>
        <translation>das TLS-Zertifikat des Servers ist abgelaufen</translation>
    </message>
    <message>
        <source>the server&apos;s TLS certificate could not be verified</source>
        <translation>das TLS-Zertifikat des Servers konnte nicht überprüft werden</translation>
    </message>
    <message>
        <source>the server uses a self-signed certificate</source>
        <translation>der Server verwendet ein selbstsigniertes Zertifikat</translation>
    </message>
    <message>
        <source>the TLS handshake failed</source>
        <translation>der TLS-Handshake ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>the TLS connection could not be established</source>
        <translation>die TLS-Verbindung konnte nicht aufgebaut werden</translation>
    </message>
    <message>
        <source>Exchange redirected to its internal error page, a sign of a certificate problem on the server</source>
        <translation>Exchange hat auf seine interne Fehlerseite umgeleitet, ein Zeichen für ein Zertifikatproblem auf dem Server</translation>
    </message>
    <message>
        <source>Extended Protection for Authentication is mentioned: NTLM without channel binding fails against it</source>
        <translation>Extended Protection for Authentication (erweiterter Schutz) wird erwähnt: NTLM ohne Kanalbindung scheitert daran</translation>
    </message>
    <message>
        <source>channel binding (Extended Protection) is mentioned</source>
        <translation>Kanalbindung (erweiterter Schutz) wird erwähnt</translation>
    </message>
    <message>
        <source>EWS redirected to its generic error page</source>
        <translation>EWS hat auf seine allgemeine Fehlerseite umgeleitet</translation>
    </message>
    <message>
        <source>a transient outage on the server shows the same page</source>
        <translation>auch ein vorübergehender Ausfall des Servers zeigt dieselbe Seite</translation>
    </message>
    <message>
        <source>the request was redirected to the OWA sign-in page: the URL is not the EWS endpoint, or a reverse proxy uses forms login</source>
        <translation>die Anfrage wurde auf die Anmeldeseite von OWA umgeleitet: die URL ist nicht der EWS-Endpunkt, oder ein Reverse Proxy verwendet eine formularbasierte Anmeldung</translation>
    </message>
    <message>
        <source>the Autodiscover service could not be located</source>
        <translation>der Autodiscover-Dienst konnte nicht gefunden werden</translation>
    </message>
    <message>
        <source>no Autodiscover endpoint answered with settings</source>
        <translation>kein Autodiscover-Endpunkt hat mit Einstellungen geantwortet</translation>
    </message>
    <message>
        <source>Autodiscover failed</source>
        <translation>Autodiscover ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Autodiscover refused a redirect it could not trust; no credentials were sent there</source>
        <translation>Autodiscover hat eine Umleitung abgelehnt, der es nicht vertrauen konnte; dorthin wurden keine Anmeldedaten gesendet</translation>
    </message>
    <message>
        <source>the Exchange version requested does not match the server: check the endpoint type</source>
        <translation>die angeforderte Exchange-Version passt nicht zum Server: prüfen Sie den Endpunkttyp</translation>
    </message>
    <message>
        <source>the credentials were verified successfully</source>
        <translation>die Anmeldedaten wurden erfolgreich überprüft</translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>The message is empty: paste the error text the migration tool showed, with the lines around it.</source>
        <translation>Die Meldung ist leer: Fügen Sie den Fehlertext ein, den das Migrationstool angezeigt hat, mit den Zeilen darum herum.</translation>
    </message>
    <message>
        <source>Nothing in the message matched a known cause, code or status. Keep the full message, with its ids and time, for a support ticket.</source>
        <translation>Nichts in der Meldung passt zu einer bekannten Ursache, einem Code oder einem Status. Bewahren Sie die vollständige Meldung mit ihren IDs und der Uhrzeit für ein Supportticket auf.</translation>
    </message>
    <message>
        <source>No known cause matches what the message contains (%1). Keep these codes, the ids and the full message for a support ticket.</source>
        <translation>Keine bekannte Ursache passt zu dem, was die Meldung enthält (%1). Bewahren Sie diese Codes, die IDs und die vollständige Meldung für ein Supportticket auf.</translation>
    </message>
    <message>
        <source>%1 (line %2)</source>
        <translation>%1 (Zeile %2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Microsoft Graph finds no cloud mailbox for the user (inactive, soft-deleted, unlicensed or hosted on premises)</source>
        <translation>Microsoft Graph findet für den Benutzer kein Cloudpostfach (inaktiv, vorläufig gelöscht, nicht lizenziert oder lokal gehostet)</translation>
    </message>
    <message>
        <source>a synchronised user whose mailbox was never created in the cloud looks the same</source>
        <translation>ein synchronisierter Benutzer, dessen Postfach nie in der Cloud angelegt wurde, sieht genauso aus</translation>
    </message>
    <message>
        <source>a newly created user may still be provisioning</source>
        <translation>ein neu erstellter Benutzer wird vielleicht noch bereitgestellt</translation>
    </message>
    <message>
        <source>Microsoft Graph: the caller is authenticated but not authorised (insufficient privileges)</source>
        <translation>Microsoft Graph: der Aufrufer ist authentifiziert, aber nicht autorisiert (unzureichende Berechtigungen)</translation>
    </message>
    <message>
        <source>the application may lack a granted permission</source>
        <translation>der Anwendung fehlt vielleicht eine erteilte Berechtigung</translation>
    </message>
    <message>
        <source>Microsoft Graph rejected the access token (expired, wrong audience or wrong cloud)</source>
        <translation>Microsoft Graph hat das Zugriffstoken abgelehnt (abgelaufen, falsche Zielgruppe oder falsche Cloud)</translation>
    </message>
    <message>
        <source>a token from another cloud is rejected the same way</source>
        <translation>ein Token aus einer anderen Cloud wird auf dieselbe Weise abgelehnt</translation>
    </message>
    <message>
        <source>Microsoft Graph is throttling the application; honour Retry-After</source>
        <translation>Microsoft Graph drosselt die Anwendung; halten Sie Retry-After ein</translation>
    </message>
    <message>
        <source>too many requests: the service is throttling; honour Retry-After</source>
        <translation>zu viele Anfragen: der Dienst drosselt; halten Sie Retry-After ein</translation>
    </message>
    <message>
        <source>the activity limit was reached: the service is throttling; honour Retry-After</source>
        <translation>das Aktivitätslimit wurde erreicht: der Dienst drosselt; halten Sie Retry-After ein</translation>
    </message>
    <message>
        <source>Microsoft Graph does not find this user in the tenant</source>
        <translation>Microsoft Graph findet diesen Benutzer im Mandanten nicht</translation>
    </message>
    <message>
        <source>a newly created user may not be visible yet</source>
        <translation>ein neu erstellter Benutzer ist vielleicht noch nicht sichtbar</translation>
    </message>
    <message>
        <source>Microsoft Graph authentication error (missing permissions, unlicensed user or bad token)</source>
        <translation>Authentifizierungsfehler von Microsoft Graph (fehlende Berechtigungen, nicht lizenzierter Benutzer oder fehlerhaftes Token)</translation>
    </message>
    <message>
        <source>an unlicensed user gives the same error</source>
        <translation>ein nicht lizenzierter Benutzer ergibt denselben Fehler</translation>
    </message>
    <message>
        <source>access denied to the resource</source>
        <translation>der Zugriff auf die Ressource wurde verweigert</translation>
    </message>
    <message>
        <source>the migration tool could not locate or access the mailbox database</source>
        <translation>das Migrationstool konnte die Postfachdatenbank nicht finden oder nicht darauf zugreifen</translation>
    </message>
    <message>
        <source>the Autodiscover service could not be located or gave no settings</source>
        <translation>der Autodiscover-Dienst konnte nicht gefunden werden oder hat keine Einstellungen geliefert</translation>
    </message>
    <message>
        <source>Autodiscover answered with an error</source>
        <translation>Autodiscover hat mit einem Fehler geantwortet</translation>
    </message>
    <message>
        <source>logging on to the mailbox failed</source>
        <translation>die Anmeldung am Postfach ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Exchange does not know the user</source>
        <translation>Exchange kennt den Benutzer nicht</translation>
    </message>
    <message>
        <source>a network error between Exchange servers</source>
        <translation>ein Netzwerkfehler zwischen Exchange-Servern</translation>
    </message>
    <message>
        <source>Exchange could not connect to the mailbox database (transient)</source>
        <translation>Exchange konnte keine Verbindung zur Postfachdatenbank herstellen (vorübergehend)</translation>
    </message>
    <message>
        <source>a network problem inside the Exchange organisation</source>
        <translation>ein Netzwerkproblem innerhalb der Exchange-Organisation</translation>
    </message>
    <message>
        <source>the TLS handshake failed (System.Security.Authentication.AuthenticationException)</source>
        <translation>der TLS-Handshake ist fehlgeschlagen (System.Security.Authentication.AuthenticationException)</translation>
    </message>
    <message>
        <source>a socket error: the connection could not be made or was cut</source>
        <translation>ein Socketfehler: die Verbindung konnte nicht hergestellt werden oder wurde unterbrochen</translation>
    </message>
    <message>
        <source>a slow server times out too</source>
        <translation>auch bei einem langsamen Server kommt es zu Zeitüberschreitungen</translation>
    </message>
    <message>
        <source>the request was cancelled, usually by a timeout</source>
        <translation>die Anfrage wurde abgebrochen, meist wegen einer Zeitüberschreitung</translation>
    </message>
    <message>
        <source>access was denied</source>
        <translation>der Zugriff wurde verweigert</translation>
    </message>
    <message>
        <source>the server is busy</source>
        <translation>der Server ist ausgelastet</translation>
    </message>
    <message>
        <source>the sign-in needs user interaction (MFA, consent or a password change)</source>
        <translation>die Anmeldung erfordert eine Benutzerinteraktion (MFA, Zustimmung oder Kennwortänderung)</translation>
    </message>
    <message>
        <source>consent may be missing</source>
        <translation>möglicherweise fehlt die Zustimmung</translation>
    </message>
    <message>
        <source>the Exchange version of the server does not support the request: check the endpoint type</source>
        <translation>die Exchange-Version des Servers unterstützt die Anfrage nicht: prüfen Sie den Endpunkttyp</translation>
    </message>
    <message>
        <source>the token endpoint rejected the client credentials (client id, secret or certificate)</source>
        <translation>der Tokenendpunkt hat die Clientanmeldeinformationen abgelehnt (Client-ID, geheimer Schlüssel oder Zertifikat)</translation>
    </message>
    <message>
        <source>the application is not allowed to use this sign-in flow or is not known in the tenant</source>
        <translation>die Anwendung darf diesen Anmeldeablauf nicht verwenden oder ist im Mandanten nicht bekannt</translation>
    </message>
    <message>
        <source>the requested resource is not valid for this tenant</source>
        <translation>die angeforderte Ressource ist für diesen Mandanten ungültig</translation>
    </message>
    <message>
        <source>a resource from another cloud is invalid too</source>
        <translation>auch eine Ressource aus einer anderen Cloud ist ungültig</translation>
    </message>
    <message>
        <source>the requested scope is not valid</source>
        <translation>der angeforderte Bereich (Scope) ist ungültig</translation>
    </message>
    <message>
        <source>the sign-in flow (grant type) is not supported for this application</source>
        <translation>der Anmeldeablauf (Gewährungstyp) wird für diese Anwendung nicht unterstützt</translation>
    </message>
    <message>
        <source>the sign-in needs user interaction (usually multi-factor authentication)</source>
        <translation>die Anmeldung erfordert eine Benutzerinteraktion (meist mehrstufige Authentifizierung)</translation>
    </message>
    <message>
        <source>a Conditional Access policy can require it too</source>
        <translation>auch eine Richtlinie für bedingten Zugriff kann sie verlangen</translation>
    </message>
    <message>
        <source>consent to the application&apos;s permissions is required</source>
        <translation>eine Zustimmung zu den Berechtigungen der Anwendung ist erforderlich</translation>
    </message>
    <message>
        <source>the tenant is not valid</source>
        <translation>der Mandant ist ungültig</translation>
    </message>
    <message>
        <source>the sign-in service is temporarily unavailable; retry later</source>
        <translation>der Anmeldedienst ist vorübergehend nicht verfügbar; versuchen Sie es später erneut</translation>
    </message>
    <message>
        <source>the service is overloaded</source>
        <translation>der Dienst ist überlastet</translation>
    </message>
    <message>
        <source>the sign-in grant was rejected (wrong credentials or an expired grant)</source>
        <translation>die Anmeldegewährung wurde abgelehnt (falsche Anmeldedaten oder abgelaufene Gewährung)</translation>
    </message>
    <message>
        <source>Microsoft&apos;s reference also names 16000 SelectUserAccount: a choice among several signed-in accounts</source>
        <translation>laut Referenz von Microsoft steht 16000 auch für SelectUserAccount: eine Auswahl zwischen mehreren angemeldeten Konten</translation>
    </message>
    <message>
        <source>the user has no valid licence for the mailbox</source>
        <translation>der Benutzer hat keine gültige Lizenz für das Postfach</translation>
    </message>
    <message>
        <source>modern authentication (client and tenant id) is mentioned</source>
        <translation>die moderne Authentifizierung (Client-ID und Mandanten-ID) wird erwähnt</translation>
    </message>
    <message>
        <source>impersonation is mentioned: the account acts as the mailbox owner and needs the right to</source>
        <translation>Identitätswechsel wird erwähnt: das Konto handelt als Postfachbesitzer und braucht dafür das entsprechende Recht</translation>
    </message>
    <message>
        <source>Exchange Online</source>
        <translation>Exchange Online</translation>
    </message>
    <message>
        <source>Exchange Online refused a user name and password: Basic authentication is retired there, so a password alone is refused whatever its value; the project needs modern authentication</source>
        <translation>Exchange Online hat Benutzername und Kennwort abgelehnt: die Standardauthentifizierung ist dort abgeschaltet, daher wird ein Kennwort allein unabhängig von seinem Wert abgewiesen; das Projekt braucht moderne Authentifizierung</translation>
    </message>
    <message>
        <source>an account with multi-factor authentication cannot sign in with its password alone</source>
        <translation>ein Konto mit mehrstufiger Authentifizierung kann sich nicht allein mit seinem Kennwort anmelden</translation>
    </message>
    <message>
        <source>the request sent Basic credentials but the server offers only other schemes (Negotiate/NTLM): Basic authentication is not enabled on this virtual directory</source>
        <translation>die Anfrage hat Basic-Anmeldedaten gesendet, aber der Server bietet nur andere Verfahren an (Negotiate/NTLM): die Standardauthentifizierung ist für dieses virtuelle Verzeichnis nicht aktiviert</translation>
    </message>
    <message>
        <source>SharePoint could not validate the access token (wrong audience or tenant, or an app type it no longer accepts)</source>
        <translation>SharePoint konnte das Zugriffstoken nicht validieren (falsche Zielgruppe oder falscher Mandant, oder ein App-Typ, den SharePoint nicht mehr akzeptiert)</translation>
    </message>
    <message>
        <source>SharePoint refuses app-only tokens obtained with a client secret (and retired SharePoint add-in tokens)</source>
        <translation>SharePoint weist App-only-Token ab, die mit einem geheimen Clientschlüssel bezogen wurden (ebenso Token eingestellter SharePoint-Add-Ins)</translation>
    </message>
    <message>
        <source>the password was accepted but the account has per-user multi-factor authentication: Exchange Online wants an app password, which a migration cannot use (X-AutoDiscovery-Error: AppPasswordRequired)</source>
        <translation>das Kennwort wurde akzeptiert, aber für das Konto ist die MFA pro Benutzer aktiv: Exchange Online verlangt ein App-Kennwort, das eine Migration nicht verwenden kann (X-AutoDiscovery-Error: AppPasswordRequired)</translation>
    </message>
    <message>
        <source>the password was sent with Basic authentication, which Exchange Online no longer accepts: use modern authentication</source>
        <translation>das Kennwort wurde per Standardauthentifizierung gesendet, die Exchange Online nicht mehr akzeptiert: verwenden Sie moderne Authentifizierung</translation>
    </message>
    <message>
        <source>Exchange Online rejected the user name or password (InvalidCreds)</source>
        <translation>Exchange Online hat den Benutzernamen oder das Kennwort abgelehnt (InvalidCreds)</translation>
    </message>
    <message>
        <source>the sign-in name may not be the user principal name</source>
        <translation>der Anmeldename ist vielleicht nicht der Benutzerprinzipalname</translation>
    </message>
    <message>
        <source>Exchange Online does not know this user name</source>
        <translation>Exchange Online kennt diesen Benutzernamen nicht</translation>
    </message>
    <message>
        <source>the password has expired (ExpiredCreds)</source>
        <translation>das Kennwort ist abgelaufen (ExpiredCreds)</translation>
    </message>
    <message>
        <source>Exchange Online could not sign the account in</source>
        <translation>Exchange Online konnte das Konto nicht anmelden</translation>
    </message>
    <message>
        <source>a password sent with Basic authentication is refused by Exchange Online</source>
        <translation>ein per Standardauthentifizierung gesendetes Kennwort wird von Exchange Online abgewiesen</translation>
    </message>
    <message>
        <source>a transient sign-in failure; retry, then check the password</source>
        <translation>ein vorübergehender Anmeldefehler; erneut versuchen, dann das Kennwort prüfen</translation>
    </message>
    <message>
        <source>the cached (offline) sign-in check rejected the password</source>
        <translation>die zwischengespeicherte (Offline-)Anmeldeprüfung hat das Kennwort abgelehnt</translation>
    </message>
    <message>
        <source>Exchange Online&apos;s directory has no such user</source>
        <translation>das Verzeichnis von Exchange Online kennt keinen solchen Benutzer</translation>
    </message>
    <message>
        <source>the user may have no mailbox in Exchange Online</source>
        <translation>der Benutzer hat vielleicht kein Postfach in Exchange Online</translation>
    </message>
    <message>
        <source>the account is not provisioned in Exchange Online</source>
        <translation>das Konto ist in Exchange Online nicht bereitgestellt</translation>
    </message>
    <message>
        <source>a new account can take up to 24 hours to be provisioned</source>
        <translation>die Bereitstellung eines neuen Kontos kann bis zu 24 Stunden dauern</translation>
    </message>
    <message>
        <source>more than one mailbox matches the sign-in name (duplicate address or UPN)</source>
        <translation>mehr als ein Postfach passt zum Anmeldenamen (doppelte Adresse oder doppelter UPN)</translation>
    </message>
    <message>
        <source>home realm discovery failed: the domain&apos;s identity provider could not be found</source>
        <translation>die Startbereichsermittlung ist fehlgeschlagen: der Identitätsanbieter der Domäne wurde nicht gefunden</translation>
    </message>
    <message>
        <source>home realm discovery failed for the domain</source>
        <translation>die Startbereichsermittlung ist für die Domäne fehlgeschlagen</translation>
    </message>
    <message>
        <source>the federation server&apos;s (AD FS) address is not HTTPS, so Exchange Online refuses it</source>
        <translation>die Adresse des Verbundservers (AD FS) ist keine HTTPS-Adresse, daher lehnt Exchange Online sie ab</translation>
    </message>
    <message>
        <source>the federation server&apos;s (AD FS) rules denied the sign-in</source>
        <translation>die Regeln des Verbundservers (AD FS) haben die Anmeldung verweigert</translation>
    </message>
    <message>
        <source>an access policy on the identity provider blocks it</source>
        <translation>eine Zugriffsrichtlinie des Identitätsanbieters blockiert sie</translation>
    </message>
    <message>
        <source>the sign-in came from an unfamiliar location and was blocked as risky</source>
        <translation>die Anmeldung kam von einem ungewohnten Standort und wurde als riskant blockiert</translation>
    </message>
    <message>
        <source>a risky sign-in usually needs multi-factor authentication</source>
        <translation>eine riskante Anmeldung erfordert meist mehrstufige Authentifizierung</translation>
    </message>
    <message>
        <source>Exchange Online could not reach its sign-in service; retry later</source>
        <translation>Exchange Online konnte seinen Anmeldedienst nicht erreichen; versuchen Sie es später erneut</translation>
    </message>
    <message>
        <source>a service-side outage looks the same</source>
        <translation>ein Ausfall auf Dienstseite sieht genauso aus</translation>
    </message>
    <message>
        <source>the sign-in check timed out on the service side</source>
        <translation>bei der Anmeldeprüfung ist auf Dienstseite eine Zeitüberschreitung aufgetreten</translation>
    </message>
    <message>
        <source>a communication failure during the sign-in check</source>
        <translation>ein Kommunikationsfehler während der Anmeldeprüfung</translation>
    </message>
    <message>
        <source>the user has no Exchange Online licence, so no cloud mailbox</source>
        <translation>der Benutzer hat keine Exchange Online-Lizenz und daher kein Cloudpostfach</translation>
    </message>
    <message>
        <source>the user is not licensed, so the service has no mailbox (or OneDrive) for it</source>
        <translation>der Benutzer ist nicht lizenziert, daher hat der Dienst kein Postfach (oder OneDrive) für ihn</translation>
    </message>
    <message>
        <source>for OneDrive, a SharePoint licence is needed</source>
        <translation>für OneDrive ist eine SharePoint-Lizenz nötig</translation>
    </message>
    <message>
        <source>an unlicensed user has no mailbox</source>
        <translation>ein nicht lizenzierter Benutzer hat kein Postfach</translation>
    </message>
    <message>
        <source>an unlicensed user has no OneDrive either</source>
        <translation>ein nicht lizenzierter Benutzer hat auch kein OneDrive</translation>
    </message>
    <message>
        <source>the user has no mailbox</source>
        <translation>der Benutzer hat kein Postfach</translation>
    </message>
    <message>
        <source>a synchronised user whose cloud mailbox was never created looks the same</source>
        <translation>ein synchronisierter Benutzer, dessen Cloudpostfach nie angelegt wurde, sieht genauso aus</translation>
    </message>
    <message>
        <source>a user created in the last 24 hours may not have a OneDrive yet</source>
        <translation>ein in den letzten 24 Stunden angelegter Benutzer hat vielleicht noch kein OneDrive</translation>
    </message>
    <message>
        <source>SharePoint refused the app-only token (SharePoint add-in / client secret tokens are being retired): use an Entra app with a certificate</source>
        <translation>SharePoint hat das App-only-Token abgelehnt (Token von SharePoint-Add-Ins und solche mit geheimem Clientschlüssel werden eingestellt): verwenden Sie eine Entra-App mit Zertifikat</translation>
    </message>
    <message>
        <source>the tenant blocks this application from the mailbox APIs (EWS/REST application access policy)</source>
        <translation>der Mandant sperrt diese Anwendung für die Postfach-APIs (Anwendungszugriffsrichtlinie für EWS/REST)</translation>
    </message>
    <message>
        <source>the application is not allowed to access mailboxes through this API</source>
        <translation>die Anwendung darf über diese API nicht auf Postfächer zugreifen</translation>
    </message>
    <message>
        <source>more concurrent connections than the throttling policy allows (ErrorExceededConnectionCount): migrate fewer mailboxes at once</source>
        <translation>mehr gleichzeitige Verbindungen, als die Drosselungsrichtlinie erlaubt (ErrorExceededConnectionCount): migrieren Sie weniger Postfächer gleichzeitig</translation>
    </message>
    <message>
        <source>a throttling budget of the server was exceeded</source>
        <translation>ein Drosselungsbudget des Servers wurde überschritten</translation>
    </message>
    <message>
        <source>the server asks the client to back off (throttling)</source>
        <translation>der Server fordert den Client auf, eine Pause einzulegen (Drosselung)</translation>
    </message>
    <message>
        <source>the server did not answer the connection in time (firewall, routing or a server that is down)</source>
        <translation>der Server hat auf den Verbindungsaufbau nicht rechtzeitig geantwortet (Firewall, Routing oder ein ausgefallener Server)</translation>
    </message>
    <message>
        <source>an overloaded server stops answering too</source>
        <translation>auch ein überlasteter Server antwortet irgendwann nicht mehr</translation>
    </message>
    <message>
        <source>no Client Access server in the mailbox&apos;s site answered (ErrorNoRespondingCASInDestinationSite)</source>
        <translation>kein Clientzugriffsserver am Standort des Postfachs hat geantwortet (ErrorNoRespondingCASInDestinationSite)</translation>
    </message>
    <message>
        <source>Exchange Online refused the mailbox with Restrict-Access-Confirm: the application&apos;s access may be scoped to other mailboxes (reported, not documented)</source>
        <translation>Exchange Online hat das Postfach mit Restrict-Access-Confirm abgewiesen: der Zugriff der Anwendung ist möglicherweise auf andere Postfächer beschränkt (berichtet, nicht dokumentiert)</translation>
    </message>
    <message>
        <source>the app may not act for this mailbox</source>
        <translation>die App darf für dieses Postfach möglicherweise nicht handeln</translation>
    </message>
    <message>
        <source>the server&apos;s TLS certificate is issued by a CA this computer does not trust</source>
        <translation>das TLS-Zertifikat des Servers wurde von einer Zertifizierungsstelle ausgestellt, der dieser Computer nicht vertraut</translation>
    </message>
    <message>
        <source>an HTML page came back where EWS XML was expected: the URL is not the EWS endpoint, or it redirects to a sign-in page</source>
        <translation>statt EWS-XML kam eine HTML-Seite zurück: die URL ist nicht der EWS-Endpunkt, oder sie leitet auf eine Anmeldeseite um</translation>
    </message>
    <message>
        <source>Autodiscover answered with an error instead of settings</source>
        <translation>Autodiscover hat mit einem Fehler statt mit Einstellungen geantwortet</translation>
    </message>
    <message>
        <source>DavMail could not sign in with the user name and password</source>
        <translation>DavMail konnte sich nicht mit Benutzername und Kennwort anmelden</translation>
    </message>
    <message>
        <source>the server refused the credentials (401)</source>
        <translation>der Server hat die Anmeldedaten abgelehnt (401)</translation>
    </message>
    <message>
        <source>the server kept asking the client to back off until it gave up (throttling)</source>
        <translation>der Server hat den Client immer wieder zu Pausen aufgefordert, bis dieser aufgegeben hat (Drosselung)</translation>
    </message>
    <message>
        <source>an overloaded server answers the same way</source>
        <translation>ein überlasteter Server antwortet genauso</translation>
    </message>
    <message>
        <source>every step of Autodiscover failed</source>
        <translation>jeder Schritt von Autodiscover ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>IIS refused the credentials (401.1): the user name or password is wrong, or the DOMAIN\user form is needed</source>
        <translation>IIS hat die Anmeldedaten abgelehnt (401.1): der Benutzername oder das Kennwort ist falsch, oder die Form DOMÄNE\Benutzer ist nötig</translation>
    </message>
    <message>
        <source>IIS did not accept the credentials supplied</source>
        <translation>IIS hat die übermittelten Anmeldedaten nicht akzeptiert</translation>
    </message>
    <message>
        <source>or the account is not allowed on that virtual directory</source>
        <translation>oder das Konto ist für dieses virtuelle Verzeichnis nicht zugelassen</translation>
    </message>
    <message>
        <source>authenticated SMTP (a Basic authentication protocol) is disabled for the tenant</source>
        <translation>SMTP AUTH (authentifizierte SMTP-Übermittlung, ein Protokoll mit Standardauthentifizierung) ist für den Mandanten deaktiviert</translation>
    </message>
    <message>
        <source>the server refused the login (user name and password)</source>
        <translation>der Server hat die Anmeldung abgelehnt (Benutzername und Kennwort)</translation>
    </message>
    <message>
        <source>the sign-in failed (the password is the usual cause)</source>
        <translation>die Anmeldung ist fehlgeschlagen (meist liegt es am Kennwort)</translation>
    </message>
    <message>
        <source>the sign-in was unsuccessful</source>
        <translation>die Anmeldung war nicht erfolgreich</translation>
    </message>
    <message>
        <source>the server refused the user name and password</source>
        <translation>der Server hat Benutzername und Kennwort abgelehnt</translation>
    </message>
    <message>
        <source>the tenant is in the DoD cloud: sign-in and Exchange hosts are the .us ones</source>
        <translation>der Mandant liegt in der DoD-Cloud: Anmelde- und Exchange-Hosts sind die .us-Hosts</translation>
    </message>
    <message>
        <source>the tenant is in GCC High: sign-in and Exchange hosts are the .us ones</source>
        <translation>der Mandant liegt in GCC High: Anmelde- und Exchange-Hosts sind die .us-Hosts</translation>
    </message>
    <message>
        <source>the tenant is in a US government cloud (cloud_instance_name microsoftonline.us)</source>
        <translation>der Mandant liegt in einer US-Government-Cloud (cloud_instance_name microsoftonline.us)</translation>
    </message>
    <message>
        <source>the tenant is in the 21Vianet (China) cloud</source>
        <translation>der Mandant liegt in der von 21Vianet betriebenen Cloud (China)</translation>
    </message>
    <message>
        <source>the user is synchronised from on-premises Active Directory: with a licence but no cloud mailbox, the mailbox was never created in Exchange Online</source>
        <translation>der Benutzer wird aus dem lokalen Active Directory synchronisiert: mit Lizenz, aber ohne Cloudpostfach wurde das Postfach in Exchange Online nie angelegt</translation>
    </message>
    <message>
        <source>client and server share no TLS version or cipher (for example TLS 1.2 turned off on an old server)</source>
        <translation>Client und Server haben keine gemeinsame TLS-Version oder Verschlüsselung (zum Beispiel TLS 1.2 auf einem alten Server deaktiviert)</translation>
    </message>
    <message>
        <source>client and server share no TLS version</source>
        <translation>Client und Server haben keine gemeinsame TLS-Version</translation>
    </message>
    <message>
        <source>the server&apos;s certificate is for another name than the one in the URL</source>
        <translation>das Zertifikat des Servers ist auf einen anderen Namen ausgestellt als den in der URL</translation>
    </message>
    <message>
        <source>the server&apos;s certificate does not chain to a trusted authority (self-signed, internal CA or expired)</source>
        <translation>das Zertifikat des Servers führt zu keiner vertrauenswürdigen Stelle (selbstsigniert, interne Zertifizierungsstelle oder abgelaufen)</translation>
    </message>
    <message>
        <source>the server refused the user name and password sent with Basic authentication</source>
        <translation>der Server hat den per Standardauthentifizierung gesendeten Benutzernamen und das Kennwort abgelehnt</translation>
    </message>
    <message>
        <source>Basic authentication may be blocked for this account or tenant</source>
        <translation>die Standardauthentifizierung ist für dieses Konto oder diesen Mandanten möglicherweise blockiert</translation>
    </message>
    <message>
        <source>GetCredentialType says the user name does not exist (IfExistsResult 1; a hint)</source>
        <translation>laut GetCredentialType existiert der Benutzername nicht (IfExistsResult 1; ein Hinweis)</translation>
    </message>
    <message>
        <source>the sign-in service is throttling lookups (ThrottleStatus)</source>
        <translation>der Anmeldedienst drosselt Abfragen (ThrottleStatus)</translation>
    </message>
    <message>
        <source>the token request lacks a required parameter (such as scope): the client&apos;s OAuth settings are incomplete</source>
        <translation>der Tokenanfrage fehlt ein erforderlicher Parameter (etwa scope): die OAuth-Einstellungen des Clients sind unvollständig</translation>
    </message>
    <message>
        <source>the app is registered as a single-page application, which needs PKCE: register the redirect URI for the kind of client the tool is</source>
        <translation>die App ist als Single-Page-Anwendung registriert, die PKCE erfordert: registrieren Sie den Umleitungs-URI für den Clienttyp, dem das Tool entspricht</translation>
    </message>
    <message>
        <source>PnP PowerShell with a SharePoint app-only client secret (ACS) is refused with a 401 since ACS app-only was retired</source>
        <translation>PnP PowerShell mit einem geheimen App-only-Clientschlüssel von SharePoint (ACS) wird mit einem 401 abgewiesen, seit ACS-App-only außer Betrieb genommen wurde</translation>
    </message>
    <message>
        <source>400 Bad Request: the sign-in or API request itself was refused, usually the app registration, its scope or a parameter</source>
        <translation>400 Bad Request: die Anmelde- oder API-Anfrage selbst wurde abgelehnt, meist wegen der Anwendungsregistrierung, ihres Bereichs (Scope) oder eines Parameters</translation>
    </message>
    <message>
        <source>a token request for permissions without consent is refused too</source>
        <translation>auch eine Tokenanfrage für Berechtigungen ohne Einwilligung wird abgelehnt</translation>
    </message>
    <message>
        <source>408 Request Timeout: the request did not reach the server in time</source>
        <translation>408 Request Timeout: die Anfrage hat den Server nicht rechtzeitig erreicht</translation>
    </message>
    <message>
        <source>or the server was too slow to take it</source>
        <translation>oder der Server war zu langsam, um sie anzunehmen</translation>
    </message>
    <message>
        <source>440 Login Timeout: the request reached an OWA forms sign-in page, not the web service; check the server URL</source>
        <translation>440 Login Timeout: die Anfrage ist bei einer OWA-Formularanmeldeseite gelandet, nicht beim Webdienst; prüfen Sie die Server-URL</translation>
    </message>
    <message>
        <source>a refused forms sign-in ends the same way</source>
        <translation>eine abgelehnte Formularanmeldung endet ebenso</translation>
    </message>
    <message>
        <source>a 5xx answer: the server failed on its side</source>
        <translation>eine 5xx-Antwort: der Fehler lag auf der Seite des Servers</translation>
    </message>
    <message>
        <source>no rule matched, but the message is about the sign-in: a wrong or changed password is the most common cause</source>
        <translation>keine Regel trifft zu, aber die Meldung betrifft die Anmeldung: ein falsches oder geändertes Kennwort ist die häufigste Ursache</translation>
    </message>
    <message>
        <source>or the user name is not the user principal name</source>
        <translation>oder der Benutzername ist nicht der Benutzerprinzipalname</translation>
    </message>
    <message>
        <source>or a second sign-in step (MFA) stops the tool, which can only send a password</source>
        <translation>oder ein zweiter Anmeldeschritt (MFA) hält das Tool auf, das nur ein Kennwort senden kann</translation>
    </message>
    <message>
        <source>no rule matched, but the message is about rights: the account lacks the role or mailbox permission the tool needs</source>
        <translation>keine Regel trifft zu, aber die Meldung betrifft Rechte: dem Konto fehlt die Rolle oder Postfachberechtigung, die das Tool benötigt</translation>
    </message>
    <message>
        <source>for Exchange, impersonation (or the app&apos;s access policy)</source>
        <translation>bei Exchange der Identitätswechsel (oder die Zugriffsrichtlinie der App)</translation>
    </message>
    <message>
        <source>for an app, its permissions may lack consent</source>
        <translation>bei einer App fehlt ihren Berechtigungen möglicherweise die Einwilligung</translation>
    </message>
    <message>
        <source>no rule matched, but the message is about the app&apos;s token: check the app registration (client id, tenant)</source>
        <translation>keine Regel trifft zu, aber die Meldung betrifft das Token der App: prüfen Sie die Anwendungsregistrierung (Client-ID, Mandant)</translation>
    </message>
    <message>
        <source>the app&apos;s permissions may lack administrator consent</source>
        <translation>den Berechtigungen der App fehlt möglicherweise die Administratoreinwilligung</translation>
    </message>
    <message>
        <source>the app&apos;s secret or certificate may have expired</source>
        <translation>der geheime Schlüssel oder das Zertifikat der App ist möglicherweise abgelaufen</translation>
    </message>
    <message>
        <source>no rule matched, but something was not found: a missing or unlicensed mailbox is the usual case</source>
        <translation>keine Regel trifft zu, aber etwas wurde nicht gefunden: meist ein fehlendes oder nicht lizenziertes Postfach</translation>
    </message>
    <message>
        <source>or the name in the project is mistyped</source>
        <translation>oder der Name im Projekt ist falsch geschrieben</translation>
    </message>
    <message>
        <source>or the account is too new to be provisioned</source>
        <translation>oder das Konto ist zu neu, um schon bereitgestellt zu sein</translation>
    </message>
    <message>
        <source>no rule matched, but the message is about the connection: the server may not be reachable (DNS, firewall, proxy)</source>
        <translation>keine Regel trifft zu, aber die Meldung betrifft die Verbindung: der Server ist möglicherweise nicht erreichbar (DNS, Firewall, Proxy)</translation>
    </message>
    <message>
        <source>or the server is down or overloaded</source>
        <translation>oder der Server ist ausgefallen oder überlastet</translation>
    </message>
    <message>
        <source>no rule matched, but the message is about a retry or a limit: throttling is the usual reason</source>
        <translation>keine Regel trifft zu, aber die Meldung betrifft einen erneuten Versuch oder ein Limit: meist steckt Drosselung dahinter</translation>
    </message>
    <message>
        <source>or the server is busy or briefly unavailable</source>
        <translation>oder der Server ist ausgelastet oder kurzzeitig nicht verfügbar</translation>
    </message>
    <message>
        <source>or the network failed for a moment</source>
        <translation>oder das Netzwerk ist kurz ausgefallen</translation>
    </message>
    <message>
        <source>no rule matched, but the message is about Autodiscover: its lookup failed</source>
        <translation>keine Regel trifft zu, aber die Meldung betrifft Autodiscover: die Suche ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>entering the EWS URL by hand avoids Autodiscover</source>
        <translation>wird die EWS-URL von Hand eingetragen, entfällt Autodiscover</translation>
    </message>
    <message>
        <source>no rule matched, but the message is about certificates or TLS</source>
        <translation>keine Regel trifft zu, aber die Meldung betrifft Zertifikate oder TLS</translation>
    </message>
    <message>
        <source>no rule matched, but the message is about federation: the sign-in goes to the organisation&apos;s own identity provider</source>
        <translation>keine Regel trifft zu, aber die Meldung betrifft den Verbund: die Anmeldung läuft über den eigenen Identitätsanbieter der Organisation</translation>
    </message>
    <message>
        <source>no rule matched, but the message is about a second factor (MFA)</source>
        <translation>keine Regel trifft zu, aber die Meldung betrifft einen zweiten Faktor (MFA)</translation>
    </message>
    <message>
        <source>no rule matched, but the message says locked</source>
        <translation>keine Regel trifft zu, aber die Meldung spricht von einer Sperre</translation>
    </message>
    <message>
        <source>no rule matched, but something is disabled or blocked: the account itself?</source>
        <translation>keine Regel trifft zu, aber etwas ist deaktiviert oder blockiert: das Konto selbst?</translation>
    </message>
    <message>
        <source>or a sign-in policy</source>
        <translation>oder eine Anmelderichtlinie</translation>
    </message>
    <message>
        <source>or the protocol or Basic authentication</source>
        <translation>oder das Protokoll oder die Standardauthentifizierung</translation>
    </message>
    <message>
        <source>no rule matched, but something expired: the password is the usual one</source>
        <translation>keine Regel trifft zu, aber etwas ist abgelaufen: meist das Kennwort</translation>
    </message>
    <message>
        <source>or the app&apos;s client secret or certificate</source>
        <translation>oder der geheime Clientschlüssel oder das Zertifikat der App</translation>
    </message>
    <message>
        <source>no rule matched, but the message is about licences: an unlicensed user has no mailbox</source>
        <translation>keine Regel trifft zu, aber die Meldung betrifft Lizenzen: ein Benutzer ohne Lizenz hat kein Postfach</translation>
    </message>
    <message>
        <source>nor a OneDrive</source>
        <translation>und auch kein OneDrive</translation>
    </message>
    <message>
        <source>no rule matched, but the message is about a mail protocol login: the password is the usual cause</source>
        <translation>keine Regel trifft zu, aber die Meldung betrifft eine Anmeldung über ein Mailprotokoll: meist ist das Kennwort die Ursache</translation>
    </message>
    <message>
        <source>Exchange Online and Gmail refuse protocol passwords when Basic authentication is off</source>
        <translation>Exchange Online und Gmail lehnen Kennwörter über Mailprotokolle ab, wenn die Standardauthentifizierung abgeschaltet ist</translation>
    </message>
    <message>
        <source>no rule matched, but the message is about the tenant: its id or domain may be wrong</source>
        <translation>keine Regel trifft zu, aber die Meldung betrifft den Mandanten: seine ID oder Domäne ist möglicherweise falsch</translation>
    </message>
    <message>
        <source>or the tenant lives in another (national) cloud</source>
        <translation>oder der Mandant liegt in einer anderen (nationalen) Cloud</translation>
    </message>
    <message>
        <source>or the app registration is in another tenant</source>
        <translation>oder die Anwendungsregistrierung liegt in einem anderen Mandanten</translation>
    </message>
    <message>
        <source>no rule matched, but the message is about a mailbox: it may not exist or not be licensed</source>
        <translation>keine Regel trifft zu, aber die Meldung betrifft ein Postfach: es existiert möglicherweise nicht oder ist nicht lizenziert</translation>
    </message>
    <message>
        <source>or the account has no access to it</source>
        <translation>oder das Konto hat keinen Zugriff darauf</translation>
    </message>
    <message>
        <source>or it was never created in the cloud</source>
        <translation>oder es wurde nie in der Cloud angelegt</translation>
    </message>
    <message>
        <source>no rule matched, but the message is about the server: it may not be reachable</source>
        <translation>keine Regel trifft zu, aber die Meldung betrifft den Server: er ist möglicherweise nicht erreichbar</translation>
    </message>
    <message>
        <source>or the server&apos;s address in the project is wrong</source>
        <translation>oder die Adresse des Servers im Projekt ist falsch</translation>
    </message>
    <message>
        <source>or the server is overloaded</source>
        <translation>oder der Server ist überlastet</translation>
    </message>
    <message>
        <source>no rule matched, but the message is about EWS: check the EWS URL</source>
        <translation>keine Regel trifft zu, aber die Meldung betrifft EWS: prüfen Sie die EWS-URL</translation>
    </message>
    <message>
        <source>EWS may be switched off for the tenant, app or user</source>
        <translation>EWS ist möglicherweise für den Mandanten, die App oder den Benutzer abgeschaltet</translation>
    </message>
    <message>
        <source>no rule matched, but the message is about OneDrive or SharePoint: the user&apos;s OneDrive may not exist yet</source>
        <translation>keine Regel trifft zu, aber die Meldung betrifft OneDrive oder SharePoint: das OneDrive des Benutzers existiert möglicherweise noch nicht</translation>
    </message>
    <message>
        <source>or the account is not an administrator of the site</source>
        <translation>oder das Konto ist kein Administrator der Website</translation>
    </message>
    <message>
        <source>or SharePoint refuses an app-only token obtained with a client secret</source>
        <translation>oder SharePoint weist ein App-only-Token ab, das mit einem geheimen Clientschlüssel bezogen wurde</translation>
    </message>
    <message>
        <source>no rule matched, but the message is about an administrator or role: the account may lack the role the tool needs</source>
        <translation>keine Regel trifft zu, aber die Meldung betrifft einen Administrator oder eine Rolle: dem Konto fehlt möglicherweise die Rolle, die das Tool benötigt</translation>
    </message>
    <message>
        <source>or an administrator has to consent to the app</source>
        <translation>oder ein Administrator muss seine Einwilligung für die App erteilen</translation>
    </message>
    <message>
        <source>no rule matched, but the message is about Google: it refuses plain passwords from other apps (OAuth or an app password is needed)</source>
        <translation>keine Regel trifft zu, aber die Meldung betrifft Google: Google lehnt einfache Kennwörter von anderen Apps ab (nötig ist OAuth oder ein App-Kennwort)</translation>
    </message>
    <message>
        <source>an account with 2-step verification needs an app password</source>
        <translation>ein Konto mit Bestätigung in zwei Schritten braucht ein App-Kennwort</translation>
    </message>
    <message>
        <source>no rule matched, but the message is about a policy: a sign-in policy may block the account</source>
        <translation>keine Regel trifft zu, aber die Meldung betrifft eine Richtlinie: eine Anmelderichtlinie blockiert möglicherweise das Konto</translation>
    </message>
    <message>
        <source>security defaults act like such a policy</source>
        <translation>die Sicherheitsstandards wirken wie eine solche Richtlinie</translation>
    </message>
    <message>
        <source>no rule matched, but the message is about the app&apos;s secret or certificate: it may be wrong or expired</source>
        <translation>keine Regel trifft zu, aber die Meldung betrifft den geheimen Schlüssel oder das Zertifikat der App: möglicherweise falsch oder abgelaufen</translation>
    </message>
    <message>
        <source>no rule matched, but the request was cancelled: usually a timeout on the way</source>
        <translation>keine Regel trifft zu, aber die Anfrage wurde abgebrochen: meist wegen einer Zeitüberschreitung unterwegs</translation>
    </message>
    <message>
        <source>or the server took too long to answer</source>
        <translation>oder der Server hat zu lange für die Antwort gebraucht</translation>
    </message>
    <message>
        <source>no rule matched, but the message is about a user: the name may be the wrong one</source>
        <translation>keine Regel trifft zu, aber die Meldung betrifft einen Benutzer: möglicherweise ist es der falsche Name</translation>
    </message>
    <message>
        <source>or the user&apos;s password is wrong</source>
        <translation>oder das Kennwort des Benutzers ist falsch</translation>
    </message>
    <message>
        <source>or the account is disabled</source>
        <translation>oder das Konto ist deaktiviert</translation>
    </message>
    <message>
        <source>no rule matched, but the message is about app passwords: the account has multi-factor authentication</source>
        <translation>keine Regel trifft zu, aber die Meldung betrifft App-Kennwörter: für das Konto ist die mehrstufige Authentifizierung aktiv</translation>
    </message>
    <message>
        <source>app passwords work only where Basic authentication is still allowed</source>
        <translation>App-Kennwörter funktionieren nur dort, wo die Standardauthentifizierung noch erlaubt ist</translation>
    </message>
    <message>
        <source>no rule matched, but the message is about Outlook Anywhere: migrations need Basic authentication enabled on it</source>
        <translation>keine Regel trifft zu, aber die Meldung betrifft Outlook Anywhere: Migrationen brauchen dort aktivierte Standardauthentifizierung</translation>
    </message>
    <message>
        <source>and its external address must be reachable</source>
        <translation>und seine externe Adresse muss erreichbar sein</translation>
    </message>
    <message>
        <source>and the server name (FQDN) must be the published one</source>
        <translation>und der Servername (FQDN) muss der veröffentlichte sein</translation>
    </message>
    <message>
        <source>no rule matched, but the message is about a guest (external) account: it is not a member of this tenant</source>
        <translation>keine Regel trifft zu, aber die Meldung betrifft ein (externes) Gastkonto: es ist kein Mitglied dieses Mandanten</translation>
    </message>
    <message>
        <source>a new guest takes time to replicate</source>
        <translation>ein neuer Gast braucht Zeit, bis er repliziert ist</translation>
    </message>
    <message>
        <source>no rule matched, but the message is about directory synchronisation: the synchronised user may have no cloud mailbox yet</source>
        <translation>keine Regel trifft zu, aber die Meldung betrifft die Verzeichnissynchronisierung: der synchronisierte Benutzer hat möglicherweise noch kein Cloudpostfach</translation>
    </message>
    <message>
        <source>or it is not provisioned yet</source>
        <translation>oder die Bereitstellung ist noch nicht abgeschlossen</translation>
    </message>
    <message>
        <source>no rule matched, but the message is about a shared or delegated mailbox: the account needs FullAccess on it</source>
        <translation>keine Regel trifft zu, aber die Meldung betrifft ein freigegebenes oder delegiertes Postfach: das Konto braucht FullAccess dafür</translation>
    </message>
    <message>
        <source>or the mailbox is not found</source>
        <translation>oder das Postfach wird nicht gefunden</translation>
    </message>
    <message>
        <source>no rule matched, but the message is about an archive mailbox: it may not be enabled</source>
        <translation>keine Regel trifft zu, aber die Meldung betrifft ein Archivpostfach: es ist möglicherweise nicht aktiviert</translation>
    </message>
    <message>
        <source>no rule matched, but something was retired: Basic (legacy) authentication is</source>
        <translation>keine Regel trifft zu, aber etwas wurde außer Betrieb genommen: das gilt für die Standardauthentifizierung (Legacy-Authentifizierung)</translation>
    </message>
    <message>
        <source>the sign-in service failed: the password is the usual cause</source>
        <translation>der Anmeldedienst meldet einen Fehler: meist ist das Kennwort die Ursache</translation>
    </message>
    <message>
        <source>or a second factor (MFA)</source>
        <translation>oder ein zweiter Faktor (MFA)</translation>
    </message>
    <message>
        <source>a failure at Exchange Online: the credentials are the usual cause</source>
        <translation>ein Fehler bei Exchange Online: meist sind die Anmeldedaten die Ursache</translation>
    </message>
    <message>
        <source>Exchange Online no longer accepts Basic authentication</source>
        <translation>Exchange Online akzeptiert keine Standardauthentifizierung mehr</translation>
    </message>
    <message>
        <source>the project needs modern authentication (an app) for Exchange Online</source>
        <translation>das Projekt braucht für Exchange Online moderne Authentifizierung (eine App)</translation>
    </message>
    <message>
        <source>a failure at the Exchange server: the credentials are the usual cause</source>
        <translation>ein Fehler am Exchange-Server: meist sind die Anmeldedaten die Ursache</translation>
    </message>
    <message>
        <source>or the server URL</source>
        <translation>oder die Server-URL</translation>
    </message>
    <message>
        <source>or the server is not reachable from here</source>
        <translation>oder der Server ist von hier aus nicht erreichbar</translation>
    </message>
    <message>
        <source>a failure at OneDrive: the user&apos;s OneDrive may not exist yet</source>
        <translation>ein Fehler bei OneDrive: das OneDrive des Benutzers existiert möglicherweise noch nicht</translation>
    </message>
    <message>
        <source>or the user has no licence for it</source>
        <translation>oder der Benutzer hat keine Lizenz dafür</translation>
    </message>
    <message>
        <source>the sign-in page says the account or password is incorrect</source>
        <translation>die Anmeldeseite meldet, dass das Konto oder das Kennwort falsch ist</translation>
    </message>
    <message>
        <source>the sign-in page says the user name or password is not valid</source>
        <translation>die Anmeldeseite meldet, dass der Benutzername oder das Kennwort ungültig ist</translation>
    </message>
    <message>
        <source>the sign-in page cannot find an account with this name</source>
        <translation>die Anmeldeseite findet kein Konto mit diesem Namen</translation>
    </message>
    <message>
        <source>the sign-in page says the password has expired</source>
        <translation>die Anmeldeseite meldet, dass das Kennwort abgelaufen ist</translation>
    </message>
    <message>
        <source>the sign-in page says the account is temporarily locked (smart lockout after failed attempts)</source>
        <translation>die Anmeldeseite meldet, dass das Konto vorübergehend gesperrt ist (intelligente Sperre/Smart Lockout nach fehlgeschlagenen Versuchen)</translation>
    </message>
    <message>
        <source>the sign-in page says the account is locked and support must unlock it</source>
        <translation>die Anmeldeseite meldet, dass das Konto gesperrt ist und vom Support entsperrt werden muss</translation>
    </message>
    <message>
        <source>Microsoft&apos;s translation uses these words for a disabled account too</source>
        <translation>die Übersetzung von Microsoft verwendet diese Worte auch für ein deaktiviertes Konto</translation>
    </message>
    <message>
        <source>the sign-in service says there are too many requests</source>
        <translation>der Anmeldedienst meldet zu viele Anfragen</translation>
    </message>
    <message>
        <source>the consent prompt says an administrator must approve the app</source>
        <translation>die Einwilligungsabfrage meldet, dass ein Administrator die App genehmigen muss</translation>
    </message>
    <message>
        <source>the sign-in page asks for a second factor (multi-factor authentication)</source>
        <translation>die Anmeldeseite verlangt einen zweiten Faktor (mehrstufige Authentifizierung)</translation>
    </message>
    <message>
        <source>the attempts before it used a wrong password</source>
        <translation>bei den vorherigen Versuchen wurde ein falsches Kennwort verwendet</translation>
    </message>
    <message>
        <source>the service asks to retry later: throttling is the usual reason; migrate fewer mailboxes at once</source>
        <translation>der Dienst bittet, es später erneut zu versuchen: meist steckt Drosselung dahinter; migrieren Sie weniger Postfächer gleichzeitig</translation>
    </message>
    <message>
        <source>the server may be overloaded or briefly unavailable</source>
        <translation>der Server ist möglicherweise überlastet oder kurzzeitig nicht verfügbar</translation>
    </message>
    <message>
        <source>a transient failure can also be the network between the tool and the server</source>
        <translation>ein vorübergehender Fehler kann auch am Netzwerk zwischen Tool und Server liegen</translation>
    </message>
    <message>
        <source>the tool&apos;s OAuth token could not be renewed: the app registration or its sign-in must be set up again</source>
        <translation>das OAuth-Token des Tools konnte nicht erneuert werden: die Anwendungsregistrierung oder ihre Anmeldung muss neu eingerichtet werden</translation>
    </message>
    <message>
        <source>a changed or reset password revokes the refresh tokens issued before</source>
        <translation>ein geändertes oder zurückgesetztes Kennwort widerruft die zuvor ausgestellten Aktualisierungstoken</translation>
    </message>
    <message>
        <source>revoked or missing consent for the app also stops the token renewal</source>
        <translation>auch eine widerrufene oder fehlende Einwilligung für die App verhindert die Tokenerneuerung</translation>
    </message>
    <message>
        <source>the tool could not get an OAuth token: check the app registration&apos;s client id, tenant and redirect settings</source>
        <translation>das Tool konnte kein OAuth-Token erhalten: prüfen Sie Client-ID, Mandant und Umleitungseinstellungen der Anwendungsregistrierung</translation>
    </message>
    <message>
        <source>an expired or wrong client secret or certificate stops the token request too</source>
        <translation>auch ein abgelaufener oder falscher geheimer Clientschlüssel bzw. ein abgelaufenes oder falsches Zertifikat lässt die Tokenanfrage scheitern</translation>
    </message>
    <message>
        <source>the app&apos;s API permissions may lack consent</source>
        <translation>den API-Berechtigungen der App fehlt möglicherweise die Einwilligung</translation>
    </message>
    <message>
        <source>the sign-in was handed to the organisation&apos;s own identity provider (AD FS or another federation server): a migration tool cannot sign in there</source>
        <translation>die Anmeldung wurde an den eigenen Identitätsanbieter der Organisation übergeben (AD FS oder ein anderer Verbundserver): dort kann sich ein Migrationstool nicht anmelden</translation>
    </message>
    <message>
        <source>the server offers no authentication method the client can use: Basic (password) authentication is switched off there</source>
        <translation>der Server bietet kein Authentifizierungsverfahren an, das der Client verwenden kann: die Standardauthentifizierung (per Kennwort) ist dort abgeschaltet</translation>
    </message>
    <message>
        <source>Exchange Online accepts only OAuth: the client needs modern authentication</source>
        <translation>Exchange Online akzeptiert nur OAuth: der Client braucht moderne Authentifizierung</translation>
    </message>
    <message>
        <source>a server that offers only NTLM/Negotiate with Extended Protection refuses clients without channel binding</source>
        <translation>ein Server, der nur NTLM/Negotiate mit erweitertem Schutz (Extended Protection) anbietet, weist Clients ohne Kanalbindung ab</translation>
    </message>
    <message>
        <source>the IMAP server refused the user name and password</source>
        <translation>der IMAP-Server hat Benutzername und Kennwort abgelehnt</translation>
    </message>
    <message>
        <source>IMAP servers refuse an unknown user name with the same answer</source>
        <translation>IMAP-Server lehnen einen unbekannten Benutzernamen mit derselben Antwort ab</translation>
    </message>
    <message>
        <source>Exchange Online and Gmail refuse IMAP passwords when Basic authentication (or &quot;less secure apps&quot;) is off, whatever the password</source>
        <translation>Exchange Online und Gmail lehnen IMAP-Kennwörter ab, wenn die Standardauthentifizierung (bzw. &quot;less secure apps&quot;) abgeschaltet ist, gleich welches Kennwort</translation>
    </message>
    <message>
        <source>an account with two-step verification needs an app password for IMAP</source>
        <translation>ein Konto mit Bestätigung in zwei Schritten braucht ein App-Kennwort für IMAP</translation>
    </message>
    <message>
        <source>Exchange Online accepted the OAuth token but the app or user has no access to that mailbox (FullAccess and the service principal in Exchange)</source>
        <translation>Exchange Online hat das OAuth-Token akzeptiert, aber die App oder der Benutzer hat keinen Zugriff auf dieses Postfach (FullAccess und der Dienstprinzipal in Exchange)</translation>
    </message>
    <message>
        <source>the app&apos;s IMAP.AccessAsApp (or IMAP.AccessAsUser.All) permission may lack consent</source>
        <translation>der Berechtigung IMAP.AccessAsApp (oder IMAP.AccessAsUser.All) der App fehlt möglicherweise die Einwilligung</translation>
    </message>
    <message>
        <source>the mailbox may not exist or not be licensed</source>
        <translation>das Postfach existiert möglicherweise nicht oder ist nicht lizenziert</translation>
    </message>
    <message>
        <source>the sign-in failed: a wrong or changed password is the usual cause</source>
        <translation>die Anmeldung ist fehlgeschlagen: meist ist ein falsches oder geändertes Kennwort die Ursache</translation>
    </message>
    <message>
        <source>a second sign-in step (MFA) stops a tool that can only send a password</source>
        <translation>ein zweiter Anmeldeschritt (MFA) hält ein Tool auf, das nur ein Kennwort senden kann</translation>
    </message>
    <message>
        <source>a sign-in policy (Conditional Access, risky user) can refuse it</source>
        <translation>eine Anmelderichtlinie (bedingter Zugriff, riskanter Benutzer) kann sie ablehnen</translation>
    </message>
    <message>
        <source>Google no longer accepts a plain password from other apps over IMAP: it needs OAuth or an app password</source>
        <translation>Google akzeptiert über IMAP kein einfaches Kennwort von anderen Apps mehr: nötig ist OAuth oder ein App-Kennwort</translation>
    </message>
    <message>
        <source>this is AD FS&apos;s error page: the organisation&apos;s federation server failed the sign-in</source>
        <translation>dies ist die Fehlerseite von AD FS: bei der Anmeldung am Verbundserver der Organisation ist ein Fehler aufgetreten</translation>
    </message>
    <message>
        <source>the client&apos;s Autodiscover lookup found no usable answer: check the autodiscover DNS record and the server&apos;s Autodiscover settings</source>
        <translation>die Autodiscover-Suche des Clients hat keine verwendbare Antwort gefunden: prüfen Sie den DNS-Eintrag für autodiscover und die Autodiscover-Einstellungen des Servers</translation>
    </message>
    <message>
        <source>none of the Autodiscover URLs answered: DNS or the network may be the cause</source>
        <translation>keine der Autodiscover-URLs hat geantwortet: die Ursache kann DNS oder das Netzwerk sein</translation>
    </message>
    <message>
        <source>the tool&apos;s app registration (client id, tenant, certificate or secret) is missing or does not match</source>
        <translation>die Anwendungsregistrierung des Tools (Client-ID, Mandant, Zertifikat oder geheimer Schlüssel) fehlt oder passt nicht</translation>
    </message>
    <message>
        <source>the app&apos;s credential (certificate or secret) was refused</source>
        <translation>die Anmeldeinformation der App (Zertifikat oder geheimer Schlüssel) wurde abgelehnt</translation>
    </message>
    <message>
        <source>the migration tool&apos;s app has no administrator consent in this tenant</source>
        <translation>die App des Migrationstools hat in diesem Mandanten keine Administratoreinwilligung</translation>
    </message>
    <message>
        <source>the tool found no mailbox for this user</source>
        <translation>das Tool hat für diesen Benutzer kein Postfach gefunden</translation>
    </message>
    <message>
        <source>the cloud mailbox or mail user may not be set up (or not synchronised) yet</source>
        <translation>das Cloudpostfach oder der E-Mail-Benutzer ist möglicherweise noch nicht eingerichtet (oder nicht synchronisiert)</translation>
    </message>
    <message>
        <source>the account or app lacks the rights the tool needs on the mailbox or site</source>
        <translation>dem Konto oder der App fehlen die Rechte, die das Tool für das Postfach oder die Website benötigt</translation>
    </message>
    <message>
        <source>the IMAP server could not be reached from the service</source>
        <translation>der IMAP-Server war vom Dienst aus nicht erreichbar</translation>
    </message>
    <message>
        <source>the migration stalled: a slow or overloaded source server is the usual cause</source>
        <translation>die Migration ist ins Stocken geraten: meist ist ein langsamer oder überlasteter Quellserver die Ursache</translation>
    </message>
    <message>
        <source>the request was cancelled after waiting too long for an answer</source>
        <translation>die Anfrage wurde abgebrochen, nachdem zu lange auf eine Antwort gewartet wurde</translation>
    </message>
    <message>
        <source>AvePoint Fly cannot find the app profile of the connection (the app registration)</source>
        <translation>AvePoint Fly findet das App-Profil der Verbindung (die Anwendungsregistrierung) nicht</translation>
    </message>
    <message>
        <source>AvePoint Fly cannot find the delegated app profile of the connection</source>
        <translation>AvePoint Fly findet das delegierte App-Profil der Verbindung nicht</translation>
    </message>
    <message>
        <source>a delegated app profile must be consented again when recreated</source>
        <translation>für ein neu erstelltes delegiertes App-Profil muss die Einwilligung erneut erteilt werden</translation>
    </message>
    <message>
        <source>AvePoint Fly cannot find the service account of the connection: enter it again</source>
        <translation>AvePoint Fly findet das Dienstkonto der Verbindung nicht: geben Sie es erneut ein</translation>
    </message>
    <message>
        <source>then enter the service account&apos;s current password</source>
        <translation>geben Sie dann das aktuelle Kennwort des Dienstkontos ein</translation>
    </message>
    <message>
        <source>AvePoint Fly: the account that consented to the app profile is no longer available</source>
        <translation>AvePoint Fly: das Konto, das die Einwilligung für das App-Profil erteilt hat, ist nicht mehr verfügbar</translation>
    </message>
    <message>
        <source>an external or unprivileged account cannot get the token</source>
        <translation>ein externes oder nicht privilegiertes Konto kann das Token nicht erhalten</translation>
    </message>
    <message>
        <source>the tool holds no OAuth grant for this user yet: the user or an administrator must authorise it</source>
        <translation>das Tool besitzt für diesen Benutzer noch keine OAuth-Gewährung: der Benutzer oder ein Administrator muss das Tool autorisieren</translation>
    </message>
    <message>
        <source>on Exchange Server the profile&apos;s account needs the ApplicationImpersonation role</source>
        <translation>auf Exchange Server braucht das Konto des Profils die Rolle ApplicationImpersonation</translation>
    </message>
    <message>
        <source>for a user sign-in, the password was refused</source>
        <translation>bei einer Benutzeranmeldung wurde das Kennwort abgelehnt</translation>
    </message>
    <message>
        <source>the address may be mistyped or not the mailbox&apos;s</source>
        <translation>die Adresse ist möglicherweise falsch geschrieben oder gehört nicht zum Postfach</translation>
    </message>
    <message>
        <source>the tenant id may be wrong or belong to another tenant</source>
        <translation>die Mandanten-ID ist möglicherweise falsch oder gehört zu einem anderen Mandanten</translation>
    </message>
    <message>
        <source>the vendor&apos;s fix is to register the app (modern authentication) again</source>
        <translation>die Lösung des Herstellers: die App (moderne Authentifizierung) neu registrieren</translation>
    </message>
    <message>
        <source>the app&apos;s certificate is refused (its key is too short)</source>
        <translation>das Zertifikat der App wird abgelehnt (sein Schlüssel ist zu kurz)</translation>
    </message>
    <message>
        <source>registering an app needs a Global (or Application) Administrator</source>
        <translation>zum Registrieren einer App ist ein globaler Administrator (oder Anwendungsadministrator) nötig</translation>
    </message>
    <message>
        <source>CodeTwo reports this when the client id matches no application in the tenant</source>
        <translation>CodeTwo meldet dies, wenn die Client-ID zu keiner Anwendung im Mandanten passt</translation>
    </message>
    <message>
        <source>the MAPI logon was refused: check the account&apos;s password</source>
        <translation>die MAPI-Anmeldung wurde abgelehnt: prüfen Sie das Kennwort des Kontos</translation>
    </message>
    <message>
        <source>the server&apos;s IIS authentication settings may not offer what the tool uses</source>
        <translation>die IIS-Authentifizierungseinstellungen des Servers bieten möglicherweise nicht das an, was das Tool verwendet</translation>
    </message>
    <message>
        <source>the server URL in the project does not answer as expected</source>
        <translation>die Server-URL im Projekt antwortet nicht wie erwartet</translation>
    </message>
    <message>
        <source>check the credentials by signing in to OWA</source>
        <translation>prüfen Sie die Anmeldedaten durch eine Anmeldung bei OWA</translation>
    </message>
    <message>
        <source>the address is unknown (or hidden from the address list) on premises</source>
        <translation>die Adresse ist lokal unbekannt (oder in der Adressliste ausgeblendet)</translation>
    </message>
    <message>
        <source>the migration endpoint&apos;s credentials may be wrong</source>
        <translation>die Anmeldedaten des Migrationsendpunkts sind möglicherweise falsch</translation>
    </message>
    <message>
        <source>the migration account may lack FullAccess on the mailbox</source>
        <translation>dem Migrationskonto fehlt möglicherweise FullAccess für das Postfach</translation>
    </message>
    <message>
        <source>the source server may not be reachable</source>
        <translation>der Quellserver ist möglicherweise nicht erreichbar</translation>
    </message>
    <message>
        <source>the target mail user lacks the routing address: it is not set up as the migration expects</source>
        <translation>dem E-Mail-Benutzer auf der Zielseite fehlt die Routingadresse: er ist nicht so eingerichtet, wie die Migration es erwartet</translation>
    </message>
    <message>
        <source>the user has no mail service (no mailbox or licence)</source>
        <translation>der Benutzer hat keinen E-Mail-Dienst (kein Postfach oder keine Lizenz)</translation>
    </message>
    <message>
        <source>the mailbox must be in the migration scope (the security group of the organization relationship)</source>
        <translation>das Postfach muss im Migrationsbereich liegen (in der Sicherheitsgruppe der Organisationsbeziehung)</translation>
    </message>
    <message>
        <source>the migration app and its consent must be set up in both tenants</source>
        <translation>die Migrations-App und ihre Einwilligung müssen in beiden Mandanten eingerichtet sein</translation>
    </message>
    <message>
        <source>the target mail user must match the source mailbox</source>
        <translation>der E-Mail-Benutzer auf der Zielseite muss zum Postfach auf der Quellseite passen</translation>
    </message>
    <message>
        <source>the organization relationship does not allow this move: check its migration scope and the move direction in both tenants</source>
        <translation>die Organisationsbeziehung erlaubt diese Verschiebung nicht: prüfen Sie ihren Migrationsbereich und die Verschiebungsrichtung in beiden Mandanten</translation>
    </message>
    <message>
        <source>the target has no mail user prepared for this mailbox (or it was not synchronised)</source>
        <translation>auf der Zielseite ist für dieses Postfach kein E-Mail-Benutzer vorbereitet (oder er wurde nicht synchronisiert)</translation>
    </message>
    <message>
        <source>the name in the batch may not be the target&apos;s</source>
        <translation>der Name im Batch ist möglicherweise nicht der auf der Zielseite</translation>
    </message>
    <message>
        <source>the user&apos;s OneDrive does not exist (yet)</source>
        <translation>das OneDrive des Benutzers existiert (noch) nicht</translation>
    </message>
    <message>
        <source>it is still being created: retry later</source>
        <translation>es wird noch erstellt: versuchen Sie es später erneut</translation>
    </message>
    <message>
        <source>the user mapping names a user the target does not have</source>
        <translation>die Benutzerzuordnung nennt einen Benutzer, den es auf der Zielseite nicht gibt</translation>
    </message>
    <message>
        <source>a newly created user may not be replicated yet</source>
        <translation>ein neu erstellter Benutzer ist möglicherweise noch nicht repliziert</translation>
    </message>
    <message>
        <source>the users lack the licence the cross-tenant OneDrive migration needs</source>
        <translation>den Benutzern fehlt die Lizenz, die die mandantenübergreifende OneDrive-Migration benötigt</translation>
    </message>
    <message>
        <source>the address in the user list or identity map is wrong</source>
        <translation>die Adresse in der Benutzerliste oder der Identitätszuordnung ist falsch</translation>
    </message>
    <message>
        <source>or the user has no licensed mailbox</source>
        <translation>oder der Benutzer hat kein lizenziertes Postfach</translation>
    </message>
    <message>
        <source>the tool&apos;s connection to the tenant (its OAuth grant) is no longer valid: connect again</source>
        <translation>die Verbindung des Tools zum Mandanten (seine OAuth-Gewährung) ist nicht mehr gültig: verbinden Sie es erneut</translation>
    </message>
    <message>
        <source>reconnecting asks for the app&apos;s consent again</source>
        <translation>beim erneuten Verbinden wird die Einwilligung für die App erneut abgefragt</translation>
    </message>
    <message>
        <source>a changed password revokes the connection too</source>
        <translation>auch ein geändertes Kennwort widerruft die Verbindung</translation>
    </message>
    <message>
        <source>password sign-ins may be switched off at the provider (Basic authentication, &quot;less secure apps&quot;)</source>
        <translation>Anmeldungen per Kennwort sind beim Anbieter möglicherweise abgeschaltet (Standardauthentifizierung, &quot;less secure apps&quot;)</translation>
    </message>
    <message>
        <source>Basic authentication was retired in Exchange Online: the tool must use OAuth (modern authentication)</source>
        <translation>die Standardauthentifizierung wurde in Exchange Online abgeschaltet: das Tool muss OAuth (moderne Authentifizierung) verwenden</translation>
    </message>
    <message>
        <source>a tool that signs in with Basic authentication stopped working when Exchange Online retired it</source>
        <translation>ein Tool, das sich mit Standardauthentifizierung anmeldet, funktioniert nicht mehr, seit Exchange Online sie abgeschaltet hat</translation>
    </message>
    <message>
        <source>the mail server does not accept this authentication mechanism: password AUTH is switched off there (Exchange Online: SMTP AUTH or Basic authentication off)</source>
        <translation>der Mailserver akzeptiert dieses Authentifizierungsverfahren nicht: AUTH per Kennwort ist dort abgeschaltet (Exchange Online: SMTP AUTH oder Standardauthentifizierung abgeschaltet)</translation>
    </message>
    <message>
        <source>servers offer password AUTH only after STARTTLS: the client may not have started TLS</source>
        <translation>Server bieten AUTH per Kennwort erst nach STARTTLS an: der Client hat TLS möglicherweise nicht gestartet</translation>
    </message>
    <message>
        <source>the IMAP server cannot serve the login right now (a back end is down or busy)</source>
        <translation>der IMAP-Server kann die Anmeldung derzeit nicht bedienen (ein Back-End ist ausgefallen oder ausgelastet)</translation>
    </message>
    <message>
        <source>the credentials are right but this account may not act for that mailbox</source>
        <translation>die Anmeldedaten stimmen, aber dieses Konto darf nicht im Namen dieses Postfachs handeln</translation>
    </message>
    <message>
        <source>the mailbox name given for the admin login may be wrong</source>
        <translation>der für die Administratoranmeldung angegebene Postfachname ist möglicherweise falsch</translation>
    </message>
    <message>
        <source>the IMAP server says the password has expired</source>
        <translation>der IMAP-Server meldet, dass das Kennwort abgelaufen ist</translation>
    </message>
    <message>
        <source>the IMAP server refuses a login without TLS: use port 993 or STARTTLS</source>
        <translation>der IMAP-Server lehnt eine Anmeldung ohne TLS ab: verwenden Sie Port 993 oder STARTTLS</translation>
    </message>
    <message>
        <source>the IMAP server refuses the account until an administrator acts on it</source>
        <translation>der IMAP-Server weist das Konto ab, bis ein Administrator sich darum kümmert</translation>
    </message>
    <message>
        <source>a locked account is answered the same way</source>
        <translation>ein gesperrtes Konto erhält dieselbe Antwort</translation>
    </message>
    <message>
        <source>the account has no permission on that mailbox or folder</source>
        <translation>das Konto hat keine Berechtigung für dieses Postfach oder diesen Ordner</translation>
    </message>
    <message>
        <source>the IMAP server&apos;s limit (connections or bandwidth) was reached</source>
        <translation>das Limit des IMAP-Servers (Verbindungen oder Bandbreite) wurde erreicht</translation>
    </message>
    <message>
        <source>the IMAP server failed internally; retry later</source>
        <translation>im IMAP-Server ist ein interner Fehler aufgetreten; versuchen Sie es später erneut</translation>
    </message>
    <message>
        <source>the server says the credentials are invalid</source>
        <translation>der Server meldet, dass die Anmeldedaten ungültig sind</translation>
    </message>
    <message>
        <source>Exchange Online answers &quot;AUTHENTICATE failed&quot; to an OAuth token it does not accept (wrong scope or audience, or the app is not registered in Exchange)</source>
        <translation>Exchange Online antwortet mit &quot;AUTHENTICATE failed&quot; auf ein OAuth-Token, das es nicht akzeptiert (falscher Scope oder falsche Audience, oder die App ist in Exchange nicht registriert)</translation>
    </message>
    <message>
        <source>and to any password (AUTHENTICATE PLAIN), app passwords included, since Basic authentication was switched off</source>
        <translation>und auf jedes Kennwort (AUTHENTICATE PLAIN), App-Kennwörter eingeschlossen, seit die Standardauthentifizierung abgeschaltet wurde</translation>
    </message>
    <message>
        <source>Gmail refuses the password for IMAP: it wants OAuth or an app password</source>
        <translation>Gmail lehnt das Kennwort für IMAP ab: verlangt wird OAuth oder ein App-Kennwort</translation>
    </message>
    <message>
        <source>the client refused to follow Autodiscover&apos;s redirect (it had no callback to trust it)</source>
        <translation>der Client hat sich geweigert, der Umleitung von Autodiscover zu folgen (ihm fehlte ein Callback, um ihr zu vertrauen)</translation>
    </message>
    <message>
        <source>the client refused to follow Autodiscover&apos;s redirect</source>
        <translation>der Client hat sich geweigert, der Umleitung von Autodiscover zu folgen</translation>
    </message>
    <message>
        <source>the client refused to follow a redirect</source>
        <translation>der Client hat sich geweigert, einer Umleitung zu folgen</translation>
    </message>
    <message>
        <source>Autodiscover redirected in a loop: the domain&apos;s Autodiscover settings are wrong</source>
        <translation>Autodiscover hat in einer Schleife umgeleitet: die Autodiscover-Einstellungen der Domäne sind falsch</translation>
    </message>
    <message>
        <source>a missing autodiscover DNS record looks the same</source>
        <translation>ein fehlender DNS-Eintrag für autodiscover sieht genauso aus</translation>
    </message>
    <message>
        <source>a wrong server URL gives no usable answer either</source>
        <translation>auch eine falsche Server-URL liefert keine verwendbare Antwort</translation>
    </message>
    <message>
        <source>the server refused the credentials sent with this scheme</source>
        <translation>der Server hat die mit diesem Verfahren gesendeten Anmeldedaten abgelehnt</translation>
    </message>
    <message>
        <source>the scheme the client used is not enabled on that virtual directory</source>
        <translation>das vom Client verwendete Verfahren ist für dieses virtuelle Verzeichnis nicht aktiviert</translation>
    </message>
    <message>
        <source>the EWS server refused the credentials</source>
        <translation>der EWS-Server hat die Anmeldedaten abgelehnt</translation>
    </message>
    <message>
        <source>the EWS URL may have come from a failed Autodiscover</source>
        <translation>die EWS-URL stammt möglicherweise aus einem fehlgeschlagenen Autodiscover-Vorgang</translation>
    </message>
    <message>
        <source>the EWS URL may be wrong</source>
        <translation>die EWS-URL ist möglicherweise falsch</translation>
    </message>
    <message>
        <source>the organisation&apos;s sign-in page refused the password</source>
        <translation>die Anmeldeseite der Organisation hat das Kennwort abgelehnt</translation>
    </message>
    <message>
        <source>this wording is AD FS&apos;s forms page: the user signs in at the organisation&apos;s own federation server</source>
        <translation>dieser Wortlaut stammt von der Formularseite von AD FS: der Benutzer meldet sich am eigenen Verbundserver der Organisation an</translation>
    </message>
    <message>
        <source>the on-premises directory refused the password</source>
        <translation>das lokale Verzeichnis hat das Kennwort abgelehnt</translation>
    </message>
    <message>
        <source>the user must sign in interactively again (MFA)</source>
        <translation>der Benutzer muss sich erneut interaktiv anmelden (MFA)</translation>
    </message>
    <message>
        <source>the access token was refused (expired, or issued for another resource or tenant)</source>
        <translation>das Zugriffstoken wurde abgelehnt (abgelaufen oder für eine andere Ressource bzw. einen anderen Mandanten ausgestellt)</translation>
    </message>
    <message>
        <source>Microsoft Graph does not know the mailbox&apos;s back end at the moment (transient): retry later</source>
        <translation>Microsoft Graph kennt das Back-End des Postfachs im Moment nicht (vorübergehend): versuchen Sie es später erneut</translation>
    </message>
    <message>
        <source>a busy service answers the same way; retry with fewer requests</source>
        <translation>ein ausgelasteter Dienst antwortet genauso; versuchen Sie es mit weniger Anfragen erneut</translation>
    </message>
    <message>
        <source>an old password was used: the stored password was changed since (OldPasswordUsed)</source>
        <translation>ein altes Kennwort wurde verwendet: das Kennwort wurde geändert, nachdem es gespeichert wurde (OldPasswordUsed)</translation>
    </message>
    <message>
        <source>405 Method Not Allowed: the URL does not take this request (not the EWS or Autodiscover endpoint, or its handler is broken on the server)</source>
        <translation>405 Method Not Allowed: die URL nimmt diese Anfrage nicht an (nicht der EWS- oder Autodiscover-Endpunkt, oder dessen Handler ist auf dem Server defekt)</translation>
    </message>
    <message>
        <source>Autodiscover and federation lookups fail this way when the server&apos;s Autodiscover endpoint is misconfigured</source>
        <translation>Autodiscover- und Verbundabfragen scheitern auf diese Weise, wenn der Autodiscover-Endpunkt des Servers falsch konfiguriert ist</translation>
    </message>
    <message>
        <source>no rule matched, but the tool could not access something: the account may lack rights to it</source>
        <translation>keine Regel trifft zu, aber das Tool konnte auf etwas nicht zugreifen: dem Konto fehlen möglicherweise die Rechte dafür</translation>
    </message>
    <message>
        <source>or it cannot be reached from here</source>
        <translation>oder es ist von hier aus nicht erreichbar</translation>
    </message>
    <message>
        <source>no rule matched, but the message is about the tool&apos;s connector: its sign-in or app authorisation may have to be set up again</source>
        <translation>keine Regel trifft zu, aber die Meldung betrifft den Connector des Tools: seine Anmeldung oder App-Autorisierung muss möglicherweise neu eingerichtet werden</translation>
    </message>
    <message>
        <source>or an administrator has to authorise it again</source>
        <translation>oder ein Administrator muss ihn erneut autorisieren</translation>
    </message>
    <message>
        <source>or the account it signs in with changed its password</source>
        <translation>oder das Kennwort des Kontos, mit dem sich der Connector anmeldet, wurde geändert</translation>
    </message>
    <message>
        <source>the sign-in asks the account to register a second factor (MFA registration)</source>
        <translation>die Anmeldung fordert das Konto auf, einen zweiten Faktor zu registrieren (MFA-Registrierung)</translation>
    </message>
    <message>
        <source>security defaults make every account register for MFA</source>
        <translation>die Sicherheitsstandards verlangen, dass sich jedes Konto für MFA registriert</translation>
    </message>
    <message>
        <source>the message is about the app&apos;s client secret</source>
        <translation>die Meldung betrifft den geheimen Clientschlüssel der App</translation>
    </message>
    <message>
        <source>the server caps the connections one account may open at once: migrate fewer mailboxes or folders at the same time (not a password problem)</source>
        <translation>der Server begrenzt die Verbindungen, die ein Konto gleichzeitig öffnen darf: migrieren Sie weniger Postfächer oder Ordner gleichzeitig (kein Kennwortproblem)</translation>
    </message>
    <message>
        <source>a server resource is unhealthy and Exchange holds the work back until it recovers</source>
        <translation>eine Serverressource ist nicht fehlerfrei, und Exchange hält die Arbeit zurück, bis sie sich erholt hat</translation>
    </message>
    <message>
        <source>the server does not offer this sign-in command on the connection: password sign-in (Basic authentication) is not available there</source>
        <translation>der Server bietet diesen Anmeldebefehl auf der Verbindung nicht an: die Anmeldung per Kennwort (Standardauthentifizierung) ist dort nicht verfügbar</translation>
    </message>
    <message>
        <source>the server may only take OAuth, which the tool must be set up for</source>
        <translation>der Server akzeptiert möglicherweise nur OAuth, wofür das Tool eingerichtet sein muss</translation>
    </message>
    <message>
        <source>federation information is fetched with an Autodiscover request: Autodiscover did not answer</source>
        <translation>Verbundinformationen werden mit einer Autodiscover-Anfrage abgerufen: Autodiscover hat nicht geantwortet</translation>
    </message>
    <message>
        <source>or the Autodiscover/EWS URL points to the wrong place</source>
        <translation>oder die Autodiscover-/EWS-URL zeigt auf das falsche Ziel</translation>
    </message>
    <message>
        <source>the organisation&apos;s federation service (AD FS) refused the sign-in it was passed</source>
        <translation>der Verbunddienst der Organisation (AD FS) hat die ihm übergebene Anmeldung abgelehnt</translation>
    </message>
    <message>
        <source>usually because the on-premises password is wrong</source>
        <translation>meist, weil das lokale Kennwort falsch ist</translation>
    </message>
    <message>
        <source>the tool&apos;s connection (its app) is not, or no longer, authorised: an administrator must consent again</source>
        <translation>die Verbindung des Tools (seine App) ist nicht oder nicht mehr autorisiert: ein Administrator muss erneut seine Einwilligung erteilen</translation>
    </message>
    <message>
        <source>or its app registration must be set up again</source>
        <translation>oder seine Anwendungsregistrierung muss neu eingerichtet werden</translation>
    </message>
    <message>
        <source>or the account it signed in with changed its password</source>
        <translation>oder das Kennwort des Kontos, mit dem sich das Tool angemeldet hat, wurde geändert</translation>
    </message>
    <message>
        <source>the account lacks the rights this needs (administrator of the site, mailbox or role)</source>
        <translation>dem Konto fehlen die dafür nötigen Rechte (Administrator der Website, Postfachrechte oder Rolle)</translation>
    </message>
    <message>
        <source>the tool could not open the mailbox: the account or app has no access to it (FullAccess or the app&apos;s permission)</source>
        <translation>das Tool konnte das Postfach nicht öffnen: das Konto oder die App hat keinen Zugriff darauf (FullAccess oder die Berechtigung der App)</translation>
    </message>
    <message>
        <source>or impersonation is not granted for it</source>
        <translation>oder für das Postfach wurde kein Identitätswechsel gewährt</translation>
    </message>
    <message>
        <source>or the mailbox does not exist under that address</source>
        <translation>oder unter dieser Adresse gibt es kein Postfach</translation>
    </message>
</context>
<context>
    <name>AuthDoctor::Findings</name>
    <message>
        <source>The migration account is not allowed to impersonate the mailboxes</source>
        <translation>Das Migrationskonto darf keinen Identitätswechsel für die Postfächer durchführen</translation>
    </message>
    <message>
        <source>The migration account signed in, but Exchange refused to let it act as (impersonate) the mailbox being migrated. In Exchange Online the ApplicationImpersonation role was removed in February 2025, so an admin account can no longer be given that right; the replacement is an app registration with the application permission full_access_as_app, admin consent, and optionally a scope with RBAC for Applications. On Exchange Server the ApplicationImpersonation role still exists and may simply be missing or scoped too narrowly.</source>
        <translation>Das Migrationskonto hat sich angemeldet, aber Exchange hat ihm nicht erlaubt, im Namen des zu migrierenden Postfachs zu handeln (Identitätswechsel). In Exchange Online wurde die Rolle ApplicationImpersonation im Februar 2025 entfernt, sodass einem Administratorkonto dieses Recht nicht mehr erteilt werden kann; an ihre Stelle tritt eine Anwendungsregistrierung mit der Anwendungsberechtigung full_access_as_app, Administratorzustimmung und optional einer Eingrenzung über RBAC für Anwendungen. Auf Exchange Server gibt es die Rolle ApplicationImpersonation weiterhin; dort fehlt sie möglicherweise einfach oder ist zu eng eingegrenzt.</translation>
    </message>
    <message>
        <source>See who still holds the old role: %1</source>
        <translation>Prüfen Sie, wer die alte Rolle noch besitzt: %1</translation>
    </message>
    <message>
        <source>Exchange Online: Entra admin center &gt; Entra ID &gt; App registrations &gt; the migration app &gt; API permissions &gt; Add a permission &gt; APIs my organization uses &gt; Office 365 Exchange Online &gt; Application permissions &gt; full_access_as_app &gt; Add, then Grant admin consent; create a client secret under Certificates &amp; secrets.</source>
        <translation>Exchange Online: Entra Admin Center &gt; Entra ID &gt; App-Registrierungen &gt; die Migrations-App &gt; API-Berechtigungen &gt; Berechtigung hinzufügen &gt; Von meiner Organisation verwendete APIs &gt; Office 365 Exchange Online &gt; Anwendungsberechtigungen &gt; full_access_as_app &gt; Berechtigungen hinzufügen, danach „Administratorzustimmung erteilen“; legen Sie unter „Zertifikate &amp; Geheimnisse“ einen geheimen Clientschlüssel an.</translation>
    </message>
    <message>
        <source>To limit the app to the migrating mailboxes (RBAC for Applications, Exchange Online PowerShell): %1</source>
        <translation>So beschränken Sie die App auf die zu migrierenden Postfächer (RBAC für Anwendungen, Exchange Online PowerShell): %1</translation>
    </message>
    <message>
        <source>Check one mailbox: %1 (InScope must be True).</source>
        <translation>Prüfen Sie ein einzelnes Postfach: %1 (InScope muss True sein).</translation>
    </message>
    <message>
        <source>Exchange Server (on-premises only): %1</source>
        <translation>Exchange Server (nur lokal): %1</translation>
    </message>
    <message>
        <source>Tenant admin (app registration and consent) or Exchange admin (role assignment)</source>
        <translation>Mandantenadministrator (Anwendungsregistrierung und Zustimmung) oder Exchange-Administrator (Rollenzuweisung)</translation>
    </message>
    <message>
        <source>Consent: a few minutes; get a fresh token. Application access policies and RBAC for Applications: 30–60 minutes. On-premises role assignments: usually within minutes, longer with several domain controllers.</source>
        <translation>Zustimmung: wenige Minuten; danach ein neues Token anfordern. Anwendungszugriffsrichtlinien und RBAC für Anwendungen: 30–60 Minuten. Lokale Rollenzuweisungen: meist innerhalb von Minuten, bei mehreren Domänencontrollern länger.</translation>
    </message>
    <message>
        <source>Microsoft Tech Community: Retirement of RBAC Application Impersonation in Exchange Online</source>
        <translation>Microsoft Tech Community: Außerbetriebnahme von RBAC Application Impersonation in Exchange Online</translation>
    </message>
    <message>
        <source>Microsoft Learn: Configure impersonation (Exchange Server)</source>
        <translation>Microsoft Learn: Konfigurieren des Identitätswechsels (Exchange Server)</translation>
    </message>
    <message>
        <source>The migration account lacks permission on the mailbox or OneDrive</source>
        <translation>Dem Migrationskonto fehlen Berechtigungen für das Postfach oder OneDrive</translation>
    </message>
    <message>
        <source>The credentials are correct, but the account the project uses is not allowed to open the mailbox or OneDrive it migrates. Typical causes are missing Full Access on the mailboxes, an admin account without a mailbox of its own, an application access policy or RBAC scope that leaves the mailbox out, or an admin role that the endpoint needs but the account lacks.</source>
        <translation>Die Anmeldedaten sind korrekt, aber das Konto, das das Projekt verwendet, darf das zu migrierende Postfach oder OneDrive nicht öffnen. Typische Ursachen sind fehlender Vollzugriff auf die Postfächer, ein Administratorkonto ohne eigenes Postfach, eine Anwendungszugriffsrichtlinie oder ein RBAC-Bereich, der das Postfach ausschließt, oder eine Administratorrolle, die der Endpunkt benötigt, die dem Konto aber fehlt.</translation>
    </message>
    <message>
        <source>Follow BitTitan&apos;s steps to grant the administrator permission for this kind of endpoint (see the links); if the project uses impersonation, also follow the Impersonation Guide.</source>
        <translation>Folgen Sie den Schritten von BitTitan, um dem Administrator die Berechtigung für diese Art von Endpunkt zu erteilen (siehe Links); wenn das Projekt Identitätswechsel verwendet, folgen Sie außerdem dem „Impersonation Guide“.</translation>
    </message>
    <message>
        <source>Full Access in Exchange Online: Exchange admin center &gt; Recipients &gt; Mailboxes &gt; the mailbox &gt; Delegation &gt; Read and manage (Full Access) &gt; Edit &gt; add the migration account; or %1</source>
        <translation>Vollzugriff in Exchange Online: Exchange Admin Center &gt; Empfänger &gt; Postfächer &gt; das Postfach &gt; Delegierung &gt; Lesen und verwalten (Vollzugriff) &gt; Bearbeiten &gt; Migrationskonto hinzufügen; oder %1</translation>
    </message>
    <message>
        <source>ErrorMissingEmailAddress: the admin account has no mailbox; give it an Exchange Online licence or use app-only access.</source>
        <translation>ErrorMissingEmailAddress: Das Administratorkonto hat kein Postfach; weisen Sie ihm eine Exchange Online-Lizenz zu oder verwenden Sie App-only-Zugriff.</translation>
    </message>
    <message>
        <source>Graph 403 with [RAOP]: the app is outside an application access policy; check it with %1 and add the mailbox to the policy&apos;s group, or use RBAC for Applications.</source>
        <translation>Graph 403 mit [RAOP]: Eine Anwendungszugriffsrichtlinie schließt das Postfach für die App aus; prüfen Sie dies mit %1 und fügen Sie das Postfach der Gruppe der Richtlinie hinzu, oder verwenden Sie RBAC für Anwendungen.</translation>
    </message>
    <message>
        <source>Exchange Server: do not use an account that is a member of Domain Admins, Enterprise Admins or Schema Admins; Exchange explicitly denies those groups access to mailboxes.</source>
        <translation>Exchange Server: Verwenden Sie kein Konto, das Mitglied der Gruppen Domänen-Admins, Organisations-Admins oder Schema-Admins (Domain Admins, Enterprise Admins, Schema Admins) ist; Exchange verweigert diesen Gruppen ausdrücklich den Zugriff auf Postfächer.</translation>
    </message>
    <message>
        <source>OneDrive: the account needs Global Administrator or SharePoint Administrator, or Site Collection Administrator on each OneDrive (see MigrationWiz Permission Requirements).</source>
        <translation>OneDrive: Das Konto benötigt die Rolle „Globaler Administrator“ oder „SharePoint-Administrator“ oder muss Websitesammlungsadministrator jedes OneDrive sein (siehe „MigrationWiz Permission Requirements“).</translation>
    </message>
    <message>
        <source>Tenant admin or Exchange admin</source>
        <translation>Mandantenadministrator oder Exchange-Administrator</translation>
    </message>
    <message>
        <source>Mailbox permissions: usually within an hour. Application access policies and RBAC for Applications: 30–60 minutes.</source>
        <translation>Postfachberechtigungen: meist innerhalb einer Stunde. Anwendungszugriffsrichtlinien und RBAC für Anwendungen: 30–60 Minuten.</translation>
    </message>
    <message>
        <source>Microsoft Learn: Manage permissions for recipients in Exchange Online</source>
        <translation>Microsoft Learn: Verwalten von Berechtigungen für Empfänger in Exchange Online</translation>
    </message>
    <message>
        <source>Exchange Web Services (EWS) is switched off for the tenant, the app or the mailbox</source>
        <translation>Die Exchange-Webdienste (EWS) sind für den Mandanten, die App oder das Postfach deaktiviert</translation>
    </message>
    <message>
        <source>Microsoft is retiring EWS in Exchange Online: from 1 October 2026 it is switched off tenant by tenant unless the tenant sets EWSEnabled to True and allow-lists each app&apos;s ID, and on 1 April 2027 it is switched off for good. Mailboxes with Kiosk or F3 licences have been blocked since 1 July 2026, and admins can also turn EWS off per mailbox. AuthDoctor infers this from the settings and dates; the exact error Exchange Online returns for a blocked app is not documented, so confirm the settings below.</source>
        <translation>Microsoft stellt EWS in Exchange Online ein: Ab dem 1. Oktober 2026 wird es Mandant für Mandant abgeschaltet, sofern der Mandant EWSEnabled nicht auf True setzt und die ID jeder App in die Zulassungsliste aufnimmt, und am 1. April 2027 endgültig. Postfächer mit Kiosk- oder F3-Lizenzen sind seit dem 1. Juli 2026 gesperrt, und Administratoren können EWS auch pro Postfach abschalten. AuthDoctor leitet dies aus den Einstellungen und Daten ab; welchen Fehler Exchange Online für eine gesperrte App genau zurückgibt, ist nicht dokumentiert. Prüfen Sie daher die folgenden Einstellungen.</translation>
    </message>
    <message>
        <source>Read the tenant settings (Exchange Online PowerShell): %1</source>
        <translation>Lesen Sie die Mandanteneinstellungen aus (Exchange Online PowerShell): %1</translation>
    </message>
    <message>
        <source>Read the mailbox settings: %1</source>
        <translation>Lesen Sie die Postfacheinstellungen aus: %1</translation>
    </message>
    <message>
        <source>Allow EWS for the tenant: %1</source>
        <translation>Lassen Sie EWS für den Mandanten zu: %1</translation>
    </message>
    <message>
        <source>Allow-list the migration app: read the current EwsAllowedAppIDs first, then set the complete list including the app&apos;s client ID: %1</source>
        <translation>Nehmen Sie die Migrations-App in die Zulassungsliste auf: Lesen Sie zuerst die aktuellen EwsAllowedAppIDs aus und setzen Sie dann die vollständige Liste einschließlich der Client-ID der App: %1</translation>
    </message>
    <message>
        <source>Per mailbox: Exchange admin center &gt; Recipients &gt; Mailboxes &gt; the mailbox &gt; Mailbox &gt; Manage email apps settings &gt; Exchange Web Services on; or %1</source>
        <translation>Pro Postfach: Exchange Admin Center &gt; Empfänger &gt; Postfächer &gt; das Postfach &gt; Postfach &gt; „E-Mail-Apps-Einstellungen verwalten“ (Manage email apps settings) &gt; Exchange-Webdienste einschalten; oder %1</translation>
    </message>
    <message>
        <source>Kiosk or F3 mailboxes: assign a licence that includes EWS rights (for example Exchange Online Plan 1) for the migration.</source>
        <translation>Kiosk- oder F3-Postfächer: Weisen Sie für die Migration eine Lizenz mit EWS-Rechten zu (zum Beispiel Exchange Online Plan 1).</translation>
    </message>
    <message>
        <source>From 1 April 2027 no setting helps for Exchange Online: ask the migration vendor for a version that uses Microsoft Graph.</source>
        <translation>Ab dem 1. April 2027 hilft für Exchange Online keine Einstellung mehr: Fragen Sie den Anbieter des Migrationstools nach einer Version, die Microsoft Graph verwendet.</translation>
    </message>
    <message>
        <source>EwsEnabled and EwsAllowedAppIDs changes can take up to 24 hours to reach all Exchange Online servers; licence changes usually apply within an hour.</source>
        <translation>Änderungen an EwsEnabled und EwsAllowedAppIDs können bis zu 24 Stunden brauchen, bis sie alle Exchange Online-Server erreichen; Lizenzänderungen wirken meist innerhalb einer Stunde.</translation>
    </message>
    <message>
        <source>Microsoft Learn: Control access to EWS in Exchange</source>
        <translation>Microsoft Learn: Steuern des Zugriffs auf EWS in Exchange</translation>
    </message>
    <message>
        <source>Microsoft Tech Community: Retirement of Exchange Web Services in Exchange Online</source>
        <translation>Microsoft Tech Community: Außerbetriebnahme der Exchange-Webdienste in Exchange Online</translation>
    </message>
    <message>
        <source>Microsoft Learn: Set-OrganizationConfig</source>
        <translation>Microsoft Learn: Set-OrganizationConfig</translation>
    </message>
    <message>
        <source>Microsoft Learn: Connect to Exchange Online PowerShell</source>
        <translation>Microsoft Learn: Herstellen einer Verbindung mit Exchange Online PowerShell</translation>
    </message>
    <message>
        <source>SharePoint refuses the app&apos;s token because it was obtained with a client secret</source>
        <translation>SharePoint lehnt das Token der App ab, weil es mit einem geheimen Clientschlüssel bezogen wurde</translation>
    </message>
    <message>
        <source>SharePoint Online and OneDrive answered &quot;Unsupported app only token&quot;: they are widely reported to reject app-only tokens that were obtained with a client secret and to accept only tokens obtained with a certificate (Microsoft Graph accepts both). Apps registered the old way in SharePoint (Azure ACS, appregnew.aspx) stopped working on 2 April 2026. The app needs a certificate credential in Microsoft Entra ID.</source>
        <translation>SharePoint Online und OneDrive haben mit „Unsupported app only token“ geantwortet: Nach zahlreichen Berichten lehnen sie App-only-Token ab, die mit einem geheimen Clientschlüssel bezogen wurden, und akzeptieren nur Token, die mit einem Zertifikat bezogen wurden (Microsoft Graph akzeptiert beides). Apps, die auf die alte Weise in SharePoint registriert wurden (Azure ACS, appregnew.aspx), funktionieren seit dem 2. April 2026 nicht mehr. Die App benötigt Zertifikatanmeldeinformationen in Microsoft Entra ID.</translation>
    </message>
    <message>
        <source>Entra admin center &gt; Entra ID &gt; App registrations &gt; the app &gt; Certificates &amp; secrets &gt; Certificates &gt; Upload certificate (the public key, a .cer file).</source>
        <translation>Entra Admin Center &gt; Entra ID &gt; App-Registrierungen &gt; die App &gt; Zertifikate &amp; Geheimnisse &gt; Zertifikate &gt; Zertifikat hochladen (den öffentlichen Schlüssel, eine .cer-Datei).</translation>
    </message>
    <message>
        <source>Configure the migration tool to sign in with that certificate (and its private key) instead of the client secret, or use a tool mode that goes through Microsoft Graph.</source>
        <translation>Konfigurieren Sie das Migrationstool so, dass es sich mit diesem Zertifikat (und seinem privaten Schlüssel) statt mit dem geheimen Clientschlüssel anmeldet, oder verwenden Sie einen Modus des Tools, der über Microsoft Graph arbeitet.</translation>
    </message>
    <message>
        <source>If the app was created in SharePoint (appregnew.aspx), replace it with a Microsoft Entra app registration that uses a certificate.</source>
        <translation>Wenn die App in SharePoint erstellt wurde (appregnew.aspx), ersetzen Sie sie durch eine Anwendungsregistrierung in Microsoft Entra ID, die ein Zertifikat verwendet.</translation>
    </message>
    <message>
        <source>Tenant admin (certificate on the app); helpdesk (project settings)</source>
        <translation>Mandantenadministrator (Zertifikat an der App); Helpdesk (Projekteinstellungen)</translation>
    </message>
    <message>
        <source>Immediately after the tool requests new tokens with the certificate.</source>
        <translation>Sofort, sobald das Tool mit dem Zertifikat neue Token anfordert.</translation>
    </message>
    <message>
        <source>Microsoft Learn: Granting access via Microsoft Entra ID app-only (SharePoint)</source>
        <translation>Microsoft Learn: Gewähren von Zugriff über Microsoft Entra ID (App-only, SharePoint)</translation>
    </message>
    <message>
        <source>Exchange Server&apos;s Extended Protection rejects the NTLM sign-in</source>
        <translation>Der erweiterte Schutz (Extended Protection) von Exchange Server lehnt die NTLM-Anmeldung ab</translation>
    </message>
    <message>
        <source>Exchange Server 2019 CU14 and later turn on Extended Protection by default, which requires clients to bind their NTLM or Kerberos sign-in to the TLS connection. Clients that cannot do this, or a load balancer that terminates TLS in front of Exchange, end in a 401 loop after a complete NTLM handshake. AuthDoctor&apos;s own NTLM client cannot send that binding, so this finding is a strong suspicion from the server version and the pattern, not a proof.</source>
        <translation>Ab Exchange Server 2019 CU14 ist der erweiterte Schutz (Extended Protection) standardmäßig aktiviert. Er verlangt, dass Clients ihre NTLM- oder Kerberos-Anmeldung an die TLS-Verbindung binden. Clients, die das nicht können, oder ein Load Balancer, der TLS vor Exchange terminiert, enden nach einem vollständigen NTLM-Handshake in einer 401-Schleife. Der eigene NTLM-Client von AuthDoctor kann diese Bindung nicht senden; dieser Befund ist daher ein begründeter Verdacht aufgrund der Serverversion und des Musters, kein Beweis.</translation>
    </message>
    <message>
        <source>Check the EWS virtual directory settings (Exchange Management Shell): %1</source>
        <translation>Prüfen Sie die Einstellungen des virtuellen EWS-Verzeichnisses (Exchange-Verwaltungsshell): %1</translation>
    </message>
    <message>
        <source>Check whether the migration tool itself also fails; if it supports channel binding, only AuthDoctor&apos;s test is affected.</source>
        <translation>Prüfen Sie, ob auch das Migrationstool selbst scheitert; unterstützt es Kanalbindung, ist nur der Test von AuthDoctor betroffen.</translation>
    </message>
    <message>
        <source>Prefer a sign-in that Extended Protection does not break: Basic authentication over HTTPS for the migration account (if the organization allows it) or OAuth (Hybrid Modern Authentication).</source>
        <translation>Bevorzugen Sie eine Anmeldung, die der erweiterte Schutz nicht verhindert: Standardauthentifizierung über HTTPS für das Migrationskonto (sofern die Organisation sie zulässt) oder OAuth (hybride moderne Authentifizierung).</translation>
    </message>
    <message>
        <source>If a load balancer or reverse proxy offloads TLS, configure it for TLS bridging with the same certificate, as Microsoft&apos;s Extended Protection guide requires.</source>
        <translation>Wenn ein Load Balancer oder Reverse Proxy TLS auslagert (Offloading), konfigurieren Sie TLS-Bridging mit demselben Zertifikat, wie es der Leitfaden von Microsoft zum erweiterten Schutz verlangt.</translation>
    </message>
    <message>
        <source>Do not turn Extended Protection off without a security review; it protects against NTLM relay attacks.</source>
        <translation>Schalten Sie den erweiterten Schutz nicht ohne Sicherheitsprüfung ab; er schützt vor NTLM-Relay-Angriffen.</translation>
    </message>
    <message>
        <source>Exchange admin</source>
        <translation>Exchange-Administrator</translation>
    </message>
    <message>
        <source>After the virtual directory change and an IIS restart (iisreset /noforce).</source>
        <translation>Nach der Änderung am virtuellen Verzeichnis und einem Neustart von IIS (iisreset /noforce).</translation>
    </message>
    <message>
        <source>Microsoft Learn: Configure Windows Extended Protection in Exchange Server</source>
        <translation>Microsoft Learn: Konfigurieren des erweiterten Windows-Schutzes in Exchange Server</translation>
    </message>
    <message>
        <source>Microsoft Entra admin center</source>
        <translation>Microsoft Entra Admin Center</translation>
    </message>
    <message>
        <source>Exchange admin center</source>
        <translation>Exchange Admin Center</translation>
    </message>
    <message>
        <source>Microsoft 365 admin center</source>
        <translation>Microsoft 365 Admin Center</translation>
    </message>
    <message>
        <source>Microsoft Remote Connectivity Analyzer</source>
        <translation>Microsoft Remote Connectivity Analyzer</translation>
    </message>
    <message>
        <source>Microsoft Learn: Sign-in logs in Microsoft Entra ID</source>
        <translation>Microsoft Learn: Anmeldeprotokolle in Microsoft Entra ID</translation>
    </message>
    <message>
        <source>Microsoft Learn: Microsoft Entra authentication and authorization error codes (AADSTS)</source>
        <translation>Microsoft Learn: Fehlercodes für die Microsoft Entra-Authentifizierung und -Autorisierung (AADSTS)</translation>
    </message>
    <message>
        <source>Microsoft Learn: Authenticate an EWS application by using OAuth</source>
        <translation>Microsoft Learn: Authentifizieren einer EWS-Anwendung mithilfe von OAuth</translation>
    </message>
    <message>
        <source>Microsoft Learn: Grant tenant-wide admin consent to an application</source>
        <translation>Microsoft Learn: Erteilen einer mandantenweiten Administratorzustimmung für eine Anwendung</translation>
    </message>
    <message>
        <source>Microsoft Learn: Role Based Access Control for Applications in Exchange Online</source>
        <translation>Microsoft Learn: Rollenbasierte Zugriffssteuerung für Anwendungen in Exchange Online</translation>
    </message>
    <message>
        <source>Microsoft Learn: Sign in with a user name and password (ROPC) and its limits</source>
        <translation>Microsoft Learn: Anmeldung mit Benutzername und Kennwort (ROPC) und ihre Grenzen</translation>
    </message>
    <message>
        <source>Microsoft Learn: Get-WebServicesVirtualDirectory</source>
        <translation>Microsoft Learn: Get-WebServicesVirtualDirectory</translation>
    </message>
    <message>
        <source>Microsoft Learn: Troubleshoot sign-in problems with Conditional Access</source>
        <translation>Microsoft Learn: Behandeln von Anmeldeproblemen mit bedingtem Zugriff</translation>
    </message>
    <message>
        <source>Microsoft Learn: Pre-provision OneDrive for users in your organization</source>
        <translation>Microsoft Learn: Vorabbereitstellung von OneDrive für Benutzer in Ihrer Organisation</translation>
    </message>
    <message>
        <source>Microsoft Learn: Microsoft identity platform application authentication certificate credentials</source>
        <translation>Microsoft Learn: Zertifikatanmeldeinformationen für die Anwendungsauthentifizierung in der Microsoft Identity Platform</translation>
    </message>
    <message>
        <source>Microsoft Learn: Microsoft Entra Connect sync scheduler</source>
        <translation>Microsoft Learn: Microsoft Entra Connect-Synchronisierung: Scheduler</translation>
    </message>
    <message>
        <source>Microsoft Learn: Get-MgUser (Microsoft Graph PowerShell)</source>
        <translation>Microsoft Learn: Get-MgUser (Microsoft Graph PowerShell)</translation>
    </message>
    <message>
        <source>Microsoft Learn: EWS throttling in Exchange</source>
        <translation>Microsoft Learn: EWS-Drosselung in Exchange</translation>
    </message>
    <message>
        <source>Microsoft Learn: Autodiscover for Exchange</source>
        <translation>Microsoft Learn: Autodiscover (AutoErmittlung) für Exchange</translation>
    </message>
    <message>
        <source>Microsoft Learn: Assign Microsoft 365 licenses to users</source>
        <translation>Microsoft Learn: Zuweisen von Microsoft 365-Lizenzen zu Benutzern</translation>
    </message>
    <message>
        <source>BitTitan: Authentication Methods for Microsoft 365 migrations (section &quot;Obtain Client and Tenant ID Settings for Mailbox and Exchange Online Migrations&quot;)</source>
        <translation>BitTitan: Authentication Methods for Microsoft 365 migrations (Abschnitt „Obtain Client and Tenant ID Settings for Mailbox and Exchange Online Migrations“)</translation>
    </message>
    <message>
        <source>BitTitan: MigrationWiz Credentials &amp; Authentication (grant the administrator permission)</source>
        <translation>BitTitan: MigrationWiz Credentials &amp; Authentication (Administratorberechtigung erteilen)</translation>
    </message>
    <message>
        <source>BitTitan: Impersonation and Delegation for Microsoft 365 and Exchange migrations</source>
        <translation>BitTitan: Impersonation and Delegation for Microsoft 365 and Exchange migrations</translation>
    </message>
    <message>
        <source>BitTitan: MigrationWiz Permission Requirements</source>
        <translation>BitTitan: MigrationWiz Permission Requirements</translation>
    </message>
    <message>
        <source>BitTitan: How do I specify how many items to migrate simultaneously?</source>
        <translation>BitTitan: How do I specify how many items to migrate simultaneously? (Anzahl gleichzeitig migrierter Einträge festlegen)</translation>
    </message>
    <message>
        <source>BitTitan: MigrationWiz Errors - 401 Unauthorized Error Suite</source>
        <translation>BitTitan: MigrationWiz Errors - 401 Unauthorized Error Suite</translation>
    </message>
    <message>
        <source>In MigrationWiz open the project and go to Edit Project &gt; Edit Project &gt; Source or Destination Settings &gt; Edit Endpoint (the tab of the side that failed). For end-user credentials, click the edit icon next to the user in the project instead.</source>
        <translation>Öffnen Sie in MigrationWiz das Projekt und wechseln Sie zu Edit Project &gt; Edit Project &gt; Source or Destination Settings &gt; Edit Endpoint (die Registerkarte der Seite, die fehlgeschlagen ist). Bei Anmeldedaten von Endbenutzern klicken Sie stattdessen im Projekt auf das Bearbeitungssymbol neben dem Benutzer.</translation>
    </message>
    <message>
        <source>In MigrationWiz select the affected line items and run Start &gt; Verify credentials; it checks the sign-in without migrating data or using a licence.</source>
        <translation>Wählen Sie in MigrationWiz die betroffenen Einträge (Line Items) aus und führen Sie Start &gt; Verify credentials aus; dabei wird die Anmeldung geprüft, ohne Daten zu migrieren oder eine Lizenz zu verbrauchen.</translation>
    </message>
    <message>
        <source>Look up the failed sign-in: Entra admin center &gt; Entra ID &gt; Monitoring &amp; health &gt; Sign-in logs, filter by the account (or by the correlation ID AuthDoctor shows) and open the entry; the &quot;Failure reason&quot; and &quot;Conditional Access&quot; tabs name the exact cause.</source>
        <translation>Suchen Sie die fehlgeschlagene Anmeldung: Entra Admin Center &gt; Entra ID &gt; Überwachung und Integrität &gt; Anmeldeprotokolle, filtern Sie nach dem Konto (oder nach der Korrelations-ID, die AuthDoctor anzeigt) und öffnen Sie den Eintrag; die Angaben unter „Failure reason“ (Fehlerursache) und auf der Registerkarte „Bedingter Zugriff“ nennen die genaue Ursache.</translation>
    </message>
    <message>
        <source>There is no mailbox for this address where the project looks</source>
        <translation>Dort, wo das Projekt sucht, gibt es kein Postfach für diese Adresse</translation>
    </message>
    <message>
        <source>Exchange could not find a mailbox for the address in the project. The address may be mistyped or only an alias of another object, the user may have no Exchange Online licence (the &quot;Exchange Foundation&quot; plan does not count), or the mailbox is still on-premises, soft-deleted or inactive. The sign-in itself may be fine.</source>
        <translation>Exchange konnte kein Postfach für die Adresse im Projekt finden. Die Adresse ist vielleicht falsch geschrieben oder nur ein Alias eines anderen Objekts, dem Benutzer fehlt eine Exchange Online-Lizenz (der Plan „Exchange Foundation“ zählt nicht), oder das Postfach liegt noch lokal, ist vorläufig gelöscht oder inaktiv. Die Anmeldung selbst kann in Ordnung sein.</translation>
    </message>
    <message>
        <source>Check the address (Exchange Online PowerShell): %1</source>
        <translation>Prüfen Sie die Adresse (Exchange Online PowerShell): %1</translation>
    </message>
    <message>
        <source>Check the licence: Microsoft 365 admin center &gt; Users &gt; Active users &gt; the user &gt; Licenses and apps; a licence with Exchange Online (Plan 1 or Plan 2, Kiosk or Essentials) must be assigned and its Exchange app switched on.</source>
        <translation>Prüfen Sie die Lizenz: Microsoft 365 Admin Center &gt; Benutzer &gt; Aktive Benutzer &gt; der Benutzer &gt; Lizenzen und Apps; eine Lizenz mit Exchange Online (Plan 1 oder Plan 2, Kiosk oder Essentials) muss zugewiesen und die zugehörige Exchange-App eingeschaltet sein.</translation>
    </message>
    <message>
        <source>Or list the service plans: %1</source>
        <translation>Oder listen Sie die Servicepläne auf: %1</translation>
    </message>
    <message>
        <source>Soft-deleted mailbox: %1; restore it or create the user again.</source>
        <translation>Vorläufig gelöschtes Postfach: %1; stellen Sie es wieder her oder legen Sie den Benutzer neu an.</translation>
    </message>
    <message>
        <source>If the mailbox is still on Exchange Server, point this side of the project at the on-premises server instead of Exchange Online.</source>
        <translation>Liegt das Postfach noch auf dem Exchange Server, richten Sie diese Seite des Projekts auf den lokalen Server statt auf Exchange Online aus.</translation>
    </message>
    <message>
        <source>Tenant admin (licence and mailbox); helpdesk (address in the project)</source>
        <translation>Mandantenadministrator (Lizenz und Postfach); Helpdesk (Adresse im Projekt)</translation>
    </message>
    <message>
        <source>After a licence is assigned the mailbox usually appears within minutes, but it can take up to 24 hours for new accounts.</source>
        <translation>Nach der Lizenzzuweisung erscheint das Postfach meist innerhalb von Minuten, bei neuen Konten kann es aber bis zu 24 Stunden dauern.</translation>
    </message>
    <message>
        <source>The account was created recently and is not fully provisioned yet</source>
        <translation>Das Konto wurde erst kürzlich erstellt und ist noch nicht vollständig bereitgestellt</translation>
    </message>
    <message>
        <source>New Microsoft 365 accounts can take up to 24 hours until the mailbox or OneDrive is fully provisioned. During that time the admin center may already look fine while programs such as the migration tool still get errors. Waiting is the fix; deleting and recreating the account restarts the clock.</source>
        <translation>Bei neuen Microsoft 365-Konten kann es bis zu 24 Stunden dauern, bis das Postfach oder OneDrive vollständig bereitgestellt ist. In dieser Zeit kann im Admin Center bereits alles in Ordnung aussehen, während Programme wie das Migrationstool noch Fehler erhalten. Die Lösung ist abzuwarten; wird das Konto gelöscht und neu angelegt, beginnt die Frist von vorn.</translation>
    </message>
    <message>
        <source>Check when the account was created: %1</source>
        <translation>Prüfen Sie, wann das Konto erstellt wurde: %1</translation>
    </message>
    <message>
        <source>Check the licence state: Microsoft 365 admin center &gt; Users &gt; Active users &gt; the user &gt; Licenses and apps; apps still shown as being set up are not ready.</source>
        <translation>Prüfen Sie den Lizenzstatus: Microsoft 365 Admin Center &gt; Benutzer &gt; Aktive Benutzer &gt; der Benutzer &gt; Lizenzen und Apps; Apps, die noch als in Einrichtung angezeigt werden, sind noch nicht bereit.</translation>
    </message>
    <message>
        <source>Wait until 24 hours have passed since creation; do not delete and recreate the account meanwhile.</source>
        <translation>Warten Sie, bis seit der Erstellung 24 Stunden vergangen sind; löschen Sie das Konto in der Zwischenzeit nicht und legen Sie es nicht neu an.</translation>
    </message>
    <message>
        <source>Resubmit the migration for the account once Verify credentials succeeds.</source>
        <translation>Starten Sie die Migration für das Konto erneut, sobald „Verify credentials“ erfolgreich ist.</translation>
    </message>
    <message>
        <source>Helpdesk (wait, then verify again)</source>
        <translation>Helpdesk (abwarten, dann erneut prüfen)</translation>
    </message>
    <message>
        <source>Up to 24 hours for new accounts.</source>
        <translation>Bei neuen Konten bis zu 24 Stunden.</translation>
    </message>
    <message>
        <source>The synchronized user has a licence but no mailbox in Exchange Online</source>
        <translation>Der synchronisierte Benutzer hat eine Lizenz, aber kein Postfach in Exchange Online</translation>
    </message>
    <message>
        <source>The user comes from on-premises Active Directory through Microsoft Entra Connect and has an Exchange Online licence, but Exchange Online never created a mailbox. This usually happens when on-premises Exchange attributes (such as a mailbox GUID) were synchronized, so Exchange Online believes the mailbox still lives on-premises, or when provisioning failed and left the object incomplete.</source>
        <translation>Der Benutzer stammt über Microsoft Entra Connect aus dem lokalen Active Directory und hat eine Exchange Online-Lizenz, aber Exchange Online hat nie ein Postfach angelegt. Das passiert meist, wenn lokale Exchange-Attribute (etwa eine Postfach-GUID) synchronisiert wurden, sodass Exchange Online annimmt, das Postfach liege noch lokal, oder wenn die Bereitstellung fehlgeschlagen ist und das Objekt unvollständig zurückgelassen hat.</translation>
    </message>
    <message>
        <source>Sign in to https://outlook.office.com as the user; a redirect to the on-premises server or an error confirms that there is no cloud mailbox.</source>
        <translation>Melden Sie sich als der Benutzer unter https://outlook.office.com an; eine Umleitung auf den lokalen Server oder ein Fehler bestätigt, dass es kein Cloudpostfach gibt.</translation>
    </message>
    <message>
        <source>Microsoft 365 admin center &gt; Users &gt; Active users &gt; the user &gt; Mail: a note that the user&apos;s mailbox has not been migrated (or is on-premises) confirms it.</source>
        <translation>Microsoft 365 Admin Center &gt; Benutzer &gt; Aktive Benutzer &gt; der Benutzer &gt; E-Mail: Ein Hinweis, dass das Postfach des Benutzers nicht migriert wurde (oder lokal liegt), bestätigt es.</translation>
    </message>
    <message>
        <source>In Exchange Online PowerShell: %1 (MailUser instead of UserMailbox means no cloud mailbox).</source>
        <translation>In Exchange Online PowerShell: %1 (MailUser statt UserMailbox bedeutet: kein Cloudpostfach).</translation>
    </message>
    <message>
        <source>In a hybrid organization, create the cloud mailbox the supported way from on-premises Exchange (%1) or move the on-premises mailbox; then run a sync on the Entra Connect server: %2</source>
        <translation>Legen Sie in einer Hybridorganisation das Cloudpostfach auf dem unterstützten Weg vom lokalen Exchange aus an (%1) oder verschieben Sie das lokale Postfach; starten Sie anschließend eine Synchronisierung auf dem Entra Connect-Server: %2</translation>
    </message>
    <message>
        <source>If the object is incomplete or corrupt, delete and recreate the user (or its mailbox) in Microsoft 365 only after checking it holds no data, or open a case with Microsoft.</source>
        <translation>Ist das Objekt unvollständig oder beschädigt, löschen Sie den Benutzer (oder sein Postfach) in Microsoft 365 und legen Sie ihn neu an – aber erst, nachdem Sie geprüft haben, dass er keine Daten enthält –, oder eröffnen Sie einen Supportfall bei Microsoft.</translation>
    </message>
    <message>
        <source>Tenant admin and the on-premises Exchange admin</source>
        <translation>Mandantenadministrator und der Administrator des lokalen Exchange</translation>
    </message>
    <message>
        <source>After the next Microsoft Entra Connect synchronization (every 30 minutes by default, or right away with Start-ADSyncSyncCycle); creating the mailbox can then take up to 24 hours.</source>
        <translation>Nach der nächsten Microsoft Entra Connect-Synchronisierung (standardmäßig alle 30 Minuten, oder sofort mit Start-ADSyncSyncCycle); das Anlegen des Postfachs kann danach bis zu 24 Stunden dauern.</translation>
    </message>
    <message>
        <source>Microsoft Learn: Enable-RemoteMailbox</source>
        <translation>Microsoft Learn: Enable-RemoteMailbox</translation>
    </message>
    <message>
        <source>Exchange cannot reach the mailbox database</source>
        <translation>Exchange kann die Postfachdatenbank nicht erreichen</translation>
    </message>
    <message>
        <source>The sign-in reached Exchange, but the database that holds the mailbox could not be opened. On Exchange Server the database may be dismounted, failing over or overloaded; in Exchange Online and on-premises the mailbox may be in the middle of a move. This is usually temporary, but the migration fails until the database is reachable again.</source>
        <translation>Die Anmeldung hat Exchange erreicht, aber die Datenbank, die das Postfach enthält, ließ sich nicht öffnen. Auf Exchange Server ist die Datenbank möglicherweise nicht eingebunden (dismounted), wird gerade umgeschaltet (Failover) oder ist überlastet; in Exchange Online wie auch lokal wird das Postfach möglicherweise gerade verschoben. Das ist meist vorübergehend, doch die Migration schlägt fehl, bis die Datenbank wieder erreichbar ist.</translation>
    </message>
    <message>
        <source>Exchange Online: check for a running move with %1 and wait for it to finish.</source>
        <translation>Exchange Online: Prüfen Sie mit %1, ob eine Verschiebung läuft, und warten Sie, bis sie abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Exchange Server: find the mailbox&apos;s database with %1.</source>
        <translation>Exchange Server: Ermitteln Sie die Datenbank des Postfachs mit %1.</translation>
    </message>
    <message>
        <source>Check that the database is mounted and healthy: %1</source>
        <translation>Prüfen Sie, ob die Datenbank eingebunden (mounted) und fehlerfrei ist: %1</translation>
    </message>
    <message>
        <source>Mount it if needed (Mount-Database) and look at the Application event log on the mailbox server.</source>
        <translation>Binden Sie sie bei Bedarf ein (Mount-Database) und sehen Sie sich auf dem Postfachserver das Ereignisprotokoll „Anwendung“ an.</translation>
    </message>
    <message>
        <source>For an account created within the last 24 hours, wait for provisioning to finish.</source>
        <translation>Bei einem Konto, das in den letzten 24 Stunden erstellt wurde, warten Sie, bis die Bereitstellung abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Resubmit the failed items.</source>
        <translation>Starten Sie die fehlgeschlagenen Einträge erneut.</translation>
    </message>
    <message>
        <source>Exchange admin; helpdesk resubmits</source>
        <translation>Exchange-Administrator; der Helpdesk startet die Einträge erneut</translation>
    </message>
    <message>
        <source>As soon as the database is mounted or the mailbox move has finished; resubmit the migration then.</source>
        <translation>Sobald die Datenbank eingebunden oder die Postfachverschiebung abgeschlossen ist; starten Sie die Migration dann erneut.</translation>
    </message>
    <message>
        <source>Microsoft Learn: Get-MailboxDatabaseCopyStatus</source>
        <translation>Microsoft Learn: Get-MailboxDatabaseCopyStatus</translation>
    </message>
    <message>
        <source>The user&apos;s OneDrive has not been created yet</source>
        <translation>Das OneDrive des Benutzers wurde noch nicht angelegt</translation>
    </message>
    <message>
        <source>A OneDrive is only created when the user first opens it or when an admin pre-provisions it; a licence alone is not enough. Until then there is nothing to migrate from or into, and Microsoft answers &quot;User&apos;s mysite not found&quot;. On the source side, a blocked, unlicensed or long-inactive user gives the same result.</source>
        <translation>Ein OneDrive wird erst angelegt, wenn der Benutzer es zum ersten Mal öffnet oder ein Administrator es vorab bereitstellt; eine Lizenz allein reicht nicht. Bis dahin gibt es nichts, aus dem oder in das migriert werden kann, und Microsoft antwortet mit „User&apos;s mysite not found“. Auf der Quellseite führt ein blockierter, nicht lizenzierter oder lange inaktiver Benutzer zum selben Ergebnis.</translation>
    </message>
    <message>
        <source>Make sure the user has a licence that includes OneDrive (SharePoint Plan 1 or Plan 2).</source>
        <translation>Stellen Sie sicher, dass der Benutzer eine Lizenz hat, die OneDrive enthält (SharePoint Plan 1 oder Plan 2).</translation>
    </message>
    <message>
        <source>Either let the user sign in once at https://www.office.com and open OneDrive, or pre-provision it (SharePoint Online Management Shell, as SharePoint or Global Administrator): %1</source>
        <translation>Lassen Sie den Benutzer sich entweder einmal unter https://www.office.com anmelden und OneDrive öffnen, oder stellen Sie es vorab bereit (SharePoint Online-Verwaltungsshell, als SharePoint-Administrator oder globaler Administrator): %1</translation>
    </message>
    <message>
        <source>Source OneDrive: check that the user is not blocked or disabled, is licensed for OneDrive in the source tenant and has used it recently.</source>
        <translation>Quell-OneDrive: Prüfen Sie, dass der Benutzer weder blockiert noch deaktiviert ist, im Quellmandanten für OneDrive lizenziert ist und es kürzlich verwendet hat.</translation>
    </message>
    <message>
        <source>Make sure the migration admin has the rights the project needs: Global Administrator, or Site Collection Administrator on the OneDrive (see MigrationWiz Permission Requirements).</source>
        <translation>Stellen Sie sicher, dass der Migrationsadministrator die Rechte hat, die das Projekt benötigt: globaler Administrator oder Websitesammlungsadministrator des OneDrive (siehe „MigrationWiz Permission Requirements“).</translation>
    </message>
    <message>
        <source>Tenant admin (SharePoint or Global Administrator); or the end user by opening OneDrive once</source>
        <translation>Mandantenadministrator (SharePoint-Administrator oder globaler Administrator); oder der Endbenutzer, indem er OneDrive einmal öffnet</translation>
    </message>
    <message>
        <source>Pre-provisioning is queued; full provisioning can take up to 24 hours.</source>
        <translation>Die Vorabbereitstellung wird in eine Warteschlange gestellt; die vollständige Bereitstellung kann bis zu 24 Stunden dauern.</translation>
    </message>
    <message>
        <source>The user (or the tenant) has no licence for OneDrive</source>
        <translation>Der Benutzer (oder der Mandant) hat keine Lizenz für OneDrive</translation>
    </message>
    <message>
        <source>OneDrive needs a SharePoint Online service plan (SharePoint Plan 1 or Plan 2) on the user&apos;s licence, and the tenant needs an active SharePoint subscription. Without it no OneDrive can be created or opened, so the migration fails for this user.</source>
        <translation>OneDrive benötigt einen SharePoint Online-Serviceplan (SharePoint Plan 1 oder Plan 2) in der Lizenz des Benutzers, und der Mandant benötigt ein aktives SharePoint-Abonnement. Ohne diese kann kein OneDrive angelegt oder geöffnet werden, daher schlägt die Migration für diesen Benutzer fehl.</translation>
    </message>
    <message>
        <source>Microsoft 365 admin center &gt; Users &gt; Active users &gt; the user &gt; Licenses and apps: assign a licence that includes OneDrive/SharePoint and make sure the SharePoint app is switched on.</source>
        <translation>Microsoft 365 Admin Center &gt; Benutzer &gt; Aktive Benutzer &gt; der Benutzer &gt; Lizenzen und Apps: Weisen Sie eine Lizenz zu, die OneDrive/SharePoint enthält, und stellen Sie sicher, dass die SharePoint-App eingeschaltet ist.</translation>
    </message>
    <message>
        <source>Check the plans: %1</source>
        <translation>Prüfen Sie die Pläne: %1</translation>
    </message>
    <message>
        <source>If the whole tenant reports no SharePoint licence, check Microsoft 365 admin center &gt; Billing &gt; Your products.</source>
        <translation>Meldet der gesamte Mandant keine SharePoint-Lizenz, prüfen Sie Microsoft 365 Admin Center &gt; Abrechnung &gt; Ihre Produkte.</translation>
    </message>
    <message>
        <source>Then let the OneDrive be provisioned (user opens it once, or Request-SPOPersonalSite).</source>
        <translation>Lassen Sie das OneDrive anschließend bereitstellen (der Benutzer öffnet es einmal, oder Request-SPOPersonalSite).</translation>
    </message>
    <message>
        <source>Tenant admin (licence administrator)</source>
        <translation>Mandantenadministrator (Lizenzadministrator)</translation>
    </message>
    <message>
        <source>The licence applies within minutes; creating the OneDrive can then take up to 24 hours.</source>
        <translation>Die Lizenz wirkt innerhalb von Minuten; das Anlegen des OneDrive kann danach bis zu 24 Stunden dauern.</translation>
    </message>
    <message>
        <source>The server is throttling the migration (too many requests at once)</source>
        <translation>Der Server drosselt die Migration (zu viele gleichzeitige Anfragen)</translation>
    </message>
    <message>
        <source>Exchange or Microsoft Graph limits how many requests one account or app may send at the same time and asked the client to back off (server busy, 429 or 503 with a waiting time). Clients have also seen Exchange under heavy load answer with a 401 that disappears after waiting, which looks like a password problem but is not one.</source>
        <translation>Exchange oder Microsoft Graph begrenzt, wie viele Anfragen ein Konto oder eine App gleichzeitig senden darf, und hat den Client aufgefordert, eine Pause einzulegen (Server ausgelastet, 429 oder 503 mit Wartezeit). Clients haben zudem beobachtet, dass Exchange unter hoher Last mit einem 401 antwortet, der nach einer Wartezeit verschwindet – das sieht wie ein Kennwortproblem aus, ist aber keines.</translation>
    </message>
    <message>
        <source>Wait at least as long as the server asked (the Retry-After header or BackOffMilliseconds shown in the evidence), then run Verify credentials again.</source>
        <translation>Warten Sie mindestens so lange, wie der Server verlangt hat (der Header Retry-After oder BackOffMilliseconds in den Nachweisen), und führen Sie dann „Verify credentials“ erneut aus.</translation>
    </message>
    <message>
        <source>Lower the number of mailboxes migrated at once: in MigrationWiz Edit Project &gt; Advanced Options &gt; Performance &gt; Max. Concurrent Migrations (for example 15 instead of 100). Running items finish first; stop and resubmit items to reduce them at once.</source>
        <translation>Verringern Sie die Zahl der gleichzeitig migrierten Postfächer: in MigrationWiz unter Edit Project &gt; Advanced Options &gt; Performance &gt; Max. Concurrent Migrations (zum Beispiel 15 statt 100). Laufende Einträge werden zuerst zu Ende geführt; um sofort zu verringern, stoppen Sie Einträge und starten Sie sie erneut.</translation>
    </message>
    <message>
        <source>Prefer app-only or impersonation access: each mailbox then gets its own throttling budget instead of sharing one admin account&apos;s.</source>
        <translation>Bevorzugen Sie App-only-Zugriff oder Identitätswechsel: Jedes Postfach erhält dann ein eigenes Drosselungsbudget, statt das eines einzigen Administratorkontos zu teilen.</translation>
    </message>
    <message>
        <source>Exchange Online throttling policies cannot be changed. Exchange Server: give the migration account its own policy, for example %1</source>
        <translation>Die Drosselungsrichtlinien von Exchange Online lassen sich nicht ändern. Exchange Server: Geben Sie dem Migrationskonto eine eigene Richtlinie, zum Beispiel %1</translation>
    </message>
    <message>
        <source>Helpdesk (concurrency in the project); Exchange admin for on-premises throttling policies</source>
        <translation>Helpdesk (gleichzeitige Migrationen im Projekt); Exchange-Administrator für lokale Drosselungsrichtlinien</translation>
    </message>
    <message>
        <source>Right after the back-off time the server asked for; a lower concurrency limit takes effect within a few minutes for new items.</source>
        <translation>Direkt nach der vom Server verlangten Wartezeit; ein niedrigeres Limit für gleichzeitige Migrationen wirkt für neue Einträge innerhalb weniger Minuten.</translation>
    </message>
    <message>
        <source>Microsoft Learn: Microsoft Graph throttling guidance</source>
        <translation>Microsoft Learn: Leitfaden zur Drosselung in Microsoft Graph</translation>
    </message>
    <message>
        <source>The mail server is overloaded or too slow</source>
        <translation>Der Mailserver ist überlastet oder zu langsam</translation>
    </message>
    <message>
        <source>The server itself answers slowly or not at all, even to requests that need no sign-in, while the network round trip is fine. This is typical for older servers (for example Exchange 2010) that lack the resources for a migration on top of their normal work. Overloaded servers can also reject valid sign-ins.</source>
        <translation>Der Server selbst antwortet langsam oder gar nicht, sogar auf Anfragen, die keine Anmeldung erfordern, während die Netzwerklaufzeit in Ordnung ist. Das ist typisch für ältere Server (zum Beispiel Exchange 2010), denen neben ihrer normalen Arbeit die Ressourcen für eine Migration fehlen. Überlastete Server können auch gültige Anmeldungen ablehnen.</translation>
    </message>
    <message>
        <source>Open the Outlook on the web address from an outside network on a computer that is not joined to the domain; if it loads slowly, the server is the bottleneck.</source>
        <translation>Öffnen Sie die Adresse von Outlook im Web aus einem externen Netzwerk auf einem Computer, der nicht Mitglied der Domäne ist; lädt sie langsam, ist der Server der Engpass.</translation>
    </message>
    <message>
        <source>On the server check CPU and memory use, disk I/O (Performance Monitor) and network use during the migration.</source>
        <translation>Prüfen Sie auf dem Server während der Migration die CPU- und Arbeitsspeicherauslastung, die Datenträger-E/A (Leistungsüberwachung) und die Netzwerkauslastung.</translation>
    </message>
    <message>
        <source>Lower the number of mailboxes migrated at once: in MigrationWiz Edit Project &gt; Advanced Options &gt; Performance &gt; Max. Concurrent Migrations (for example 15).</source>
        <translation>Verringern Sie die Zahl der gleichzeitig migrierten Postfächer: in MigrationWiz unter Edit Project &gt; Advanced Options &gt; Performance &gt; Max. Concurrent Migrations (zum Beispiel 15).</translation>
    </message>
    <message>
        <source>Migrate outside business hours, and add resources to the server if it stays saturated.</source>
        <translation>Migrieren Sie außerhalb der Geschäftszeiten und erweitern Sie die Ressourcen des Servers, wenn er ausgelastet bleibt.</translation>
    </message>
    <message>
        <source>Exchange admin (server resources); helpdesk (concurrency in the project)</source>
        <translation>Exchange-Administrator (Serverressourcen); Helpdesk (gleichzeitige Migrationen im Projekt)</translation>
    </message>
    <message>
        <source>As soon as the load drops; a lower concurrency limit takes effect within a few minutes for new items.</source>
        <translation>Sobald die Last sinkt; ein niedrigeres Limit für gleichzeitige Migrationen wirkt für neue Einträge innerhalb weniger Minuten.</translation>
    </message>
    <message>
        <source>The EWS URL in the project is wrong</source>
        <translation>Die EWS-URL im Projekt ist falsch</translation>
    </message>
    <message>
        <source>The address entered for Exchange Web Services does not lead to EWS: it answers &quot;not found&quot;, a web page, a redirect to Outlook on the web or an error page, or its host name does not resolve. The migration tool then cannot even reach the point where it signs in.</source>
        <translation>Die für die Exchange-Webdienste eingetragene Adresse führt nicht zu EWS: Sie antwortet mit „nicht gefunden“, einer Webseite, einer Umleitung zu Outlook im Web oder einer Fehlerseite, oder ihr Hostname lässt sich nicht auflösen. Das Migrationstool kommt dann nicht einmal bis zur Anmeldung.</translation>
    </message>
    <message>
        <source>Open the URL in a browser, for example https://mail.contoso.com/EWS/Exchange.asmx: it should ask for credentials; a 404, a web page or Outlook on the web means the URL is wrong.</source>
        <translation>Öffnen Sie die URL in einem Browser, zum Beispiel https://mail.contoso.com/EWS/Exchange.asmx: Sie sollte nach Anmeldedaten fragen; ein 404, eine Webseite oder Outlook im Web bedeutet, dass die URL falsch ist.</translation>
    </message>
    <message>
        <source>Exchange Online always uses %1.</source>
        <translation>Exchange Online verwendet immer %1.</translation>
    </message>
    <message>
        <source>Exchange Server: read the published URLs with %1.</source>
        <translation>Exchange Server: Lesen Sie die veröffentlichten URLs mit %1 aus.</translation>
    </message>
    <message>
        <source>Test it with the Microsoft Remote Connectivity Analyzer (Exchange Server &gt; Exchange Web Services tests).</source>
        <translation>Testen Sie sie mit dem Microsoft Remote Connectivity Analyzer (Exchange Server &gt; Tests für „Exchange Web Services“).</translation>
    </message>
    <message>
        <source>Enter the correct EWS URL and save.</source>
        <translation>Geben Sie die richtige EWS-URL ein und speichern Sie.</translation>
    </message>
    <message>
        <source>Helpdesk; Exchange admin to confirm the published URL</source>
        <translation>Helpdesk; Exchange-Administrator zur Bestätigung der veröffentlichten URL</translation>
    </message>
    <message>
        <source>Immediately after the correct URL is saved in the project.</source>
        <translation>Sofort, nachdem die richtige URL im Projekt gespeichert ist.</translation>
    </message>
    <message>
        <source>Autodiscover could not find the mailbox settings</source>
        <translation>Autodiscover konnte die Postfacheinstellungen nicht finden</translation>
    </message>
    <message>
        <source>Autodiscover is how a mail program finds the EWS address from an email address. None of the places it tries answered with usable settings, because of missing DNS records, a server that does not publish Autodiscover, or a certificate or redirect problem. Entering the EWS URL directly avoids Autodiscover entirely.</source>
        <translation>Über Autodiscover ermittelt ein Mailprogramm die EWS-Adresse aus einer E-Mail-Adresse. Keine der Stellen, die es abfragt, hat mit verwendbaren Einstellungen geantwortet – wegen fehlender DNS-Einträge, eines Servers, der Autodiscover nicht veröffentlicht, oder eines Zertifikat- oder Umleitungsproblems. Wird die EWS-URL direkt eingetragen, entfällt Autodiscover vollständig.</translation>
    </message>
    <message>
        <source>Enter the EWS URL directly in the project instead of relying on Autodiscover (Exchange Online: %1).</source>
        <translation>Tragen Sie die EWS-URL direkt im Projekt ein, statt sich auf Autodiscover zu verlassen (Exchange Online: %1).</translation>
    </message>
    <message>
        <source>Check DNS: %1</source>
        <translation>Prüfen Sie DNS: %1</translation>
    </message>
    <message>
        <source>Exchange Server: check the published Autodiscover address with %1.</source>
        <translation>Exchange Server: Prüfen Sie die veröffentlichte Autodiscover-Adresse mit %1.</translation>
    </message>
    <message>
        <source>Run the Outlook Autodiscover test in the Microsoft Remote Connectivity Analyzer.</source>
        <translation>Führen Sie im Microsoft Remote Connectivity Analyzer den Test „Outlook Autodiscover“ aus.</translation>
    </message>
    <message>
        <source>Helpdesk; Exchange admin for DNS and Autodiscover settings</source>
        <translation>Helpdesk; Exchange-Administrator für DNS- und Autodiscover-Einstellungen</translation>
    </message>
    <message>
        <source>Immediately with an explicit EWS URL; DNS changes take effect when the old records expire (their TTL).</source>
        <translation>Sofort bei einer expliziten EWS-URL; DNS-Änderungen wirken, sobald die alten Einträge ablaufen (ihre TTL).</translation>
    </message>
    <message>
        <source>The server could not be reached from this computer</source>
        <translation>Der Server war von diesem Computer aus nicht erreichbar</translation>
    </message>
    <message>
        <source>The name did not resolve, the connection was refused or timed out, or a proxy failed. Nothing about the credentials can be concluded until the server is reachable. The migration service connects from the internet, so an on-premises server must also be reachable from outside.</source>
        <translation>Der Name ließ sich nicht auflösen, die Verbindung wurde abgelehnt oder lief in eine Zeitüberschreitung, oder ein Proxy ist gescheitert. Über die Anmeldedaten lässt sich nichts sagen, solange der Server nicht erreichbar ist. Der Migrationsdienst verbindet sich aus dem Internet; ein lokaler Server muss daher auch von außen erreichbar sein.</translation>
    </message>
    <message>
        <source>From this computer: %1</source>
        <translation>Von diesem Computer aus: %1</translation>
    </message>
    <message>
        <source>Check proxy and firewall settings; AuthDoctor uses the system proxy unless one is given with --proxy.</source>
        <translation>Prüfen Sie die Proxy- und Firewalleinstellungen; AuthDoctor verwendet den Systemproxy, sofern keiner mit --proxy angegeben ist.</translation>
    </message>
    <message>
        <source>For an on-premises server, make sure HTTPS (port 443) is open from the internet and test it with the Microsoft Remote Connectivity Analyzer.</source>
        <translation>Stellen Sie bei einem lokalen Server sicher, dass HTTPS (Port 443) aus dem Internet erreichbar ist, und testen Sie es mit dem Microsoft Remote Connectivity Analyzer.</translation>
    </message>
    <message>
        <source>For Microsoft 365, make sure the Microsoft 365 endpoints are allowed through the firewall and proxy.</source>
        <translation>Stellen Sie für Microsoft 365 sicher, dass die Microsoft 365-Endpunkte in Firewall und Proxy zugelassen sind.</translation>
    </message>
    <message>
        <source>Run the checks again once the server answers.</source>
        <translation>Führen Sie die Prüfungen erneut aus, sobald der Server antwortet.</translation>
    </message>
    <message>
        <source>Helpdesk; the network or Exchange admin for firewalls and DNS</source>
        <translation>Helpdesk; Netzwerk- oder Exchange-Administrator für Firewalls und DNS</translation>
    </message>
    <message>
        <source>Immediately once the server is reachable; DNS changes follow the records&apos; TTL.</source>
        <translation>Sofort, sobald der Server erreichbar ist; DNS-Änderungen richten sich nach der TTL der Einträge.</translation>
    </message>
    <message>
        <source>Microsoft Learn: Microsoft 365 URLs and IP address ranges</source>
        <translation>Microsoft Learn: URLs und IP-Adressbereiche für Microsoft 365</translation>
    </message>
    <message>
        <source>The server&apos;s certificate or TLS setup is not trusted</source>
        <translation>Dem Zertifikat oder der TLS-Konfiguration des Servers wird nicht vertraut</translation>
    </message>
    <message>
        <source>The secure connection failed before any sign-in: the certificate is expired, issued by an untrusted authority, or for a different name, or the server offers no TLS version in common with the client (for example only TLS 1.0). Credentials are never sent over such a connection, and the migration service will refuse it too.</source>
        <translation>Die sichere Verbindung ist schon vor jeder Anmeldung gescheitert: Das Zertifikat ist abgelaufen, von einer nicht vertrauenswürdigen Stelle oder für einen anderen Namen ausgestellt, oder der Server bietet keine TLS-Version an, die auch der Client unterstützt (zum Beispiel nur TLS 1.0). Über eine solche Verbindung werden niemals Anmeldedaten gesendet, und auch der Migrationsdienst wird sie ablehnen.</translation>
    </message>
    <message>
        <source>Open the URL in a browser and look at the certificate: name, issuer and expiry date.</source>
        <translation>Öffnen Sie die URL in einem Browser und sehen Sie sich das Zertifikat an: Name, Aussteller und Ablaufdatum.</translation>
    </message>
    <message>
        <source>Exchange Server: %1</source>
        <translation>Exchange Server: %1</translation>
    </message>
    <message>
        <source>Install a certificate from a public authority that covers the host names in use and bind it to IIS: %1</source>
        <translation>Installieren Sie ein Zertifikat einer öffentlichen Zertifizierungsstelle, das die verwendeten Hostnamen abdeckt, und binden Sie es an IIS: %1</translation>
    </message>
    <message>
        <source>Enable TLS 1.2 on older servers (Exchange 2010/2013 and their Windows versions need it configured).</source>
        <translation>Aktivieren Sie TLS 1.2 auf älteren Servern (bei Exchange 2010/2013 und den zugehörigen Windows-Versionen muss es eigens konfiguriert werden).</translation>
    </message>
    <message>
        <source>Test with the SSL Server Test in the Microsoft Remote Connectivity Analyzer (Exchange Server tab).</source>
        <translation>Testen Sie mit dem SSL-Servertest im Microsoft Remote Connectivity Analyzer (Registerkarte „Exchange Server“).</translation>
    </message>
    <message>
        <source>For an internal certificate authority, give AuthDoctor its certificate with --ca-file; the migration service still needs a publicly trusted certificate.</source>
        <translation>Geben Sie AuthDoctor bei einer internen Zertifizierungsstelle deren Zertifikat mit --ca-file an; der Migrationsdienst benötigt trotzdem ein öffentlich vertrauenswürdiges Zertifikat.</translation>
    </message>
    <message>
        <source>Exchange admin (or whoever manages the server&apos;s certificates)</source>
        <translation>Exchange-Administrator (oder wer die Zertifikate des Servers verwaltet)</translation>
    </message>
    <message>
        <source>Immediately after the new certificate is bound (an IIS restart may be needed).</source>
        <translation>Sofort, nachdem das neue Zertifikat gebunden ist (eventuell ist ein Neustart von IIS nötig).</translation>
    </message>
    <message>
        <source>Microsoft Learn: Digital certificates and encryption in Exchange Server</source>
        <translation>Microsoft Learn: Digitale Zertifikate und Verschlüsselung in Exchange Server</translation>
    </message>
    <message>
        <source>AuthDoctor refused an unsafe Autodiscover redirect (no password was sent)</source>
        <translation>AuthDoctor hat eine unsichere Autodiscover-Umleitung abgelehnt (es wurde kein Kennwort gesendet)</translation>
    </message>
    <message>
        <source>During Autodiscover the server redirected to another domain or to an unencrypted http:// address. Blindly following such redirects is how some mail programs have leaked passwords, so AuthDoctor stopped there without sending any credentials. This is information, not an error; it only matters if the redirect was the way to your mail server.</source>
        <translation>Während Autodiscover hat der Server auf eine andere Domäne oder auf eine unverschlüsselte http://-Adresse umgeleitet. Durch blindes Folgen solcher Umleitungen haben manche Mailprogramme schon Kennwörter preisgegeben; AuthDoctor hat daher dort angehalten, ohne Anmeldedaten zu senden. Dies ist ein Hinweis, kein Fehler; er ist nur von Bedeutung, wenn die Umleitung der Weg zu Ihrem Mailserver war.</translation>
    </message>
    <message>
        <source>Look at the redirect target in the evidence and decide whether it really belongs to your organization or your mail provider.</source>
        <translation>Sehen Sie sich das Umleitungsziel in den Nachweisen an und entscheiden Sie, ob es wirklich zu Ihrer Organisation oder Ihrem E-Mail-Anbieter gehört.</translation>
    </message>
    <message>
        <source>If it does, enter the EWS URL directly in AuthDoctor and in the project instead of using Autodiscover.</source>
        <translation>Falls ja, tragen Sie die EWS-URL direkt in AuthDoctor und im Projekt ein, statt Autodiscover zu verwenden.</translation>
    </message>
    <message>
        <source>If the redirect goes to http://, fix the server or DNS so that Autodiscover uses https:// only.</source>
        <translation>Führt die Umleitung zu http://, korrigieren Sie den Server oder DNS so, dass Autodiscover nur https:// verwendet.</translation>
    </message>
    <message>
        <source>Never send credentials to a host you do not recognize.</source>
        <translation>Senden Sie niemals Anmeldedaten an einen Host, den Sie nicht kennen.</translation>
    </message>
    <message>
        <source>Helpdesk; Exchange admin if the redirect must be fixed</source>
        <translation>Helpdesk; Exchange-Administrator, falls die Umleitung korrigiert werden muss</translation>
    </message>
    <message>
        <source>Immediately: enter the EWS URL, or run the checks again after the redirect is fixed.</source>
        <translation>Sofort: Tragen Sie die EWS-URL ein, oder führen Sie die Prüfungen erneut aus, nachdem die Umleitung korrigiert ist.</translation>
    </message>
    <message>
        <source>These credentials work now</source>
        <translation>Diese Anmeldedaten funktionieren jetzt</translation>
    </message>
    <message>
        <source>Every check passed with the credentials entered here, so the account, password and permissions are fine at this moment. If the migration still fails, the project most likely holds different or older credentials, or a recent change had not yet taken effect when the migration ran.</source>
        <translation>Alle Prüfungen waren mit den hier eingegebenen Anmeldedaten erfolgreich; Konto, Kennwort und Berechtigungen sind also im Moment in Ordnung. Schlägt die Migration weiterhin fehl, enthält das Projekt sehr wahrscheinlich andere oder ältere Anmeldedaten, oder eine kürzlich vorgenommene Änderung war noch nicht wirksam, als die Migration lief.</translation>
    </message>
    <message>
        <source>Re-enter the user name and password exactly as tested here (and the client and tenant ID for modern authentication), then save.</source>
        <translation>Geben Sie Benutzername und Kennwort genau wie hier getestet erneut ein (bei moderner Authentifizierung auch Client-ID und Mandanten-ID) und speichern Sie.</translation>
    </message>
    <message>
        <source>If a change was made recently, wait for it to apply: a new account up to 24 hours, consent a few minutes, RBAC for Applications 30–60 minutes.</source>
        <translation>Wurde kürzlich etwas geändert, warten Sie, bis die Änderung wirkt: bei einem neuen Konto bis zu 24 Stunden, bei einer Zustimmung wenige Minuten, bei RBAC für Anwendungen 30–60 Minuten.</translation>
    </message>
    <message>
        <source>If it still fails, compare the account and endpoint in the project with the ones tested here, and attach AuthDoctor&apos;s report to the support ticket.</source>
        <translation>Schlägt es weiterhin fehl, vergleichen Sie Konto und Endpunkt im Projekt mit den hier getesteten und hängen Sie den Bericht von AuthDoctor an das Supportticket an.</translation>
    </message>
    <message>
        <source>Helpdesk</source>
        <translation>Helpdesk</translation>
    </message>
    <message>
        <source>Immediately after the credentials are re-entered; changes made in the last hour may still be applying.</source>
        <translation>Sofort, nachdem die Anmeldedaten erneut eingegeben wurden; Änderungen aus der letzten Stunde werden möglicherweise noch angewendet.</translation>
    </message>
    <message>
        <source>The error does not match any known cause</source>
        <translation>Der Fehler passt zu keiner bekannten Ursache</translation>
    </message>
    <message>
        <source>None of the known causes matched the codes and answers AuthDoctor saw. The raw codes, headers and IDs in the evidence are exactly what Microsoft or the migration vendor need to find the cause, so keep them together for a support ticket.</source>
        <translation>Keine der bekannten Ursachen passt zu den Codes und Antworten, die AuthDoctor gesehen hat. Die unveränderten Codes, Header und IDs in den Nachweisen sind genau das, was Microsoft oder der Anbieter des Migrationstools zur Ursachensuche brauchen; bewahren Sie sie daher für ein Supportticket zusammen auf.</translation>
    </message>
    <message>
        <source>Copy the AADSTS code, trace ID, correlation ID and timestamp, and the request-id, x-ms-diagnostics and X-AutoDiscovery-Error headers from the evidence.</source>
        <translation>Kopieren Sie aus den Nachweisen den AADSTS-Code, die Trace-ID, die Korrelations-ID und den Zeitstempel sowie die Header request-id, x-ms-diagnostics und X-AutoDiscovery-Error.</translation>
    </message>
    <message>
        <source>Look up an AADSTS code at %1 (replace the number).</source>
        <translation>Schlagen Sie einen AADSTS-Code unter %1 nach (ersetzen Sie die Nummer).</translation>
    </message>
    <message>
        <source>Run the matching test in the Microsoft Remote Connectivity Analyzer.</source>
        <translation>Führen Sie den passenden Test im Microsoft Remote Connectivity Analyzer aus.</translation>
    </message>
    <message>
        <source>Open a ticket with the migration vendor or Microsoft and attach AuthDoctor&apos;s report (it contains no passwords or tokens).</source>
        <translation>Eröffnen Sie ein Ticket beim Anbieter des Migrationstools oder bei Microsoft und hängen Sie den Bericht von AuthDoctor an (er enthält keine Kennwörter oder Token).</translation>
    </message>
    <message>
        <source>Helpdesk (collects the evidence and opens a ticket)</source>
        <translation>Helpdesk (sammelt die Nachweise und eröffnet ein Ticket)</translation>
    </message>
    <message>
        <source>Depends on the cause, which is not known yet.</source>
        <translation>Hängt von der Ursache ab, die noch nicht bekannt ist.</translation>
    </message>
    <message>
        <source>The password in the project is wrong</source>
        <translation>Das Kennwort im Projekt ist falsch</translation>
    </message>
    <message>
        <source>Microsoft 365 or the Exchange server rejected the user name and password the migration tool uses. The most common reasons are a typo or a password that was changed after the project was set up. Nothing else can be checked until the sign-in itself works.</source>
        <translation>Microsoft 365 oder der Exchange-Server hat den Benutzernamen und das Kennwort abgelehnt, die das Migrationstool verwendet. Die häufigsten Gründe sind ein Tippfehler oder ein Kennwort, das nach dem Einrichten des Projekts geändert wurde. Nichts anderes lässt sich prüfen, solange die Anmeldung selbst nicht funktioniert.</translation>
    </message>
    <message>
        <source>Open a private browser window and sign in at https://outlook.office.com (Exchange Online) or at your Outlook on the web address (Exchange Server) with exactly the user name and password from the project.</source>
        <translation>Öffnen Sie ein privates Browserfenster und melden Sie sich unter https://outlook.office.com (Exchange Online) oder unter Ihrer Adresse für Outlook im Web (Exchange Server) mit genau dem Benutzernamen und Kennwort aus dem Projekt an.</translation>
    </message>
    <message>
        <source>If that sign-in fails too, have the password reset: Microsoft 365 admin center &gt; Users &gt; Active users &gt; select the user &gt; Reset password (for accounts synchronized from Active Directory, reset it on-premises). Clear &quot;Require this user to change their password when they first sign in&quot; for a migration account.</source>
        <translation>Schlägt auch diese Anmeldung fehl, lassen Sie das Kennwort zurücksetzen: Microsoft 365 Admin Center &gt; Benutzer &gt; Aktive Benutzer &gt; Benutzer auswählen &gt; Kennwort zurücksetzen (bei Konten, die aus Active Directory synchronisiert werden, setzen Sie es lokal zurück). Deaktivieren Sie für ein Migrationskonto die Option „Require this user to change their password when they first sign in“ (Kennwortänderung bei der ersten Anmeldung).</translation>
    </message>
    <message>
        <source>Type the user name and password again exactly as they worked in the browser (no leading or trailing spaces, which Microsoft&apos;s password sign-in does not support) and save.</source>
        <translation>Geben Sie Benutzername und Kennwort erneut genau so ein, wie sie im Browser funktioniert haben (ohne führende oder nachgestellte Leerzeichen, die die Kennwortanmeldung von Microsoft nicht unterstützt), und speichern Sie.</translation>
    </message>
    <message>
        <source>Helpdesk (re-enter the password in the project); the end user or an admin if the password has to be reset</source>
        <translation>Helpdesk (gibt das Kennwort im Projekt erneut ein); der Endbenutzer oder ein Administrator, falls das Kennwort zurückgesetzt werden muss</translation>
    </message>
    <message>
        <source>Immediately after the password is re-entered. A password changed in on-premises Active Directory reaches Microsoft 365 with the next password hash synchronization (about 2 minutes).</source>
        <translation>Sofort, nachdem das Kennwort erneut eingegeben wurde. Ein im lokalen Active Directory geändertes Kennwort erreicht Microsoft 365 mit der nächsten Kennworthashsynchronisierung (etwa 2 Minuten).</translation>
    </message>
    <message>
        <source>The user name in the project is not the account&apos;s sign-in name</source>
        <translation>Der Benutzername im Projekt ist nicht der Anmeldename des Kontos</translation>
    </message>
    <message>
        <source>The directory has no account with the user name the project uses, or the account lives in another tenant. A frequent cause is an email alias typed where the sign-in name (the user principal name, UPN) is required; the two often differ. Source and destination accounts that were swapped in the project give the same error.</source>
        <translation>Im Verzeichnis gibt es kein Konto mit dem Benutzernamen, den das Projekt verwendet, oder das Konto gehört zu einem anderen Mandanten. Eine häufige Ursache ist ein E-Mail-Alias, der dort eingetragen wurde, wo der Anmeldename (der Benutzerprinzipalname, UPN) erforderlich ist; beide unterscheiden sich oft. Im Projekt vertauschte Quell- und Zielkonten führen zum selben Fehler.</translation>
    </message>
    <message>
        <source>Find the sign-in name: Microsoft 365 admin center &gt; Users &gt; Active users &gt; select the user; the &quot;Username&quot; shown there is the UPN.</source>
        <translation>Ermitteln Sie den Anmeldenamen: Microsoft 365 Admin Center &gt; Benutzer &gt; Aktive Benutzer &gt; Benutzer auswählen; der dort angezeigte „Benutzername“ ist der UPN.</translation>
    </message>
    <message>
        <source>Or in Exchange Online PowerShell: %1</source>
        <translation>Oder in Exchange Online PowerShell: %1</translation>
    </message>
    <message>
        <source>Or with Microsoft Graph PowerShell: %1</source>
        <translation>Oder mit Microsoft Graph PowerShell: %1</translation>
    </message>
    <message>
        <source>Check that the account belongs to the tenant of this side of the project (source or destination); a guest account from another tenant cannot be used.</source>
        <translation>Prüfen Sie, ob das Konto zum Mandanten dieser Projektseite (Quelle oder Ziel) gehört; ein Gastkonto aus einem anderen Mandanten kann nicht verwendet werden.</translation>
    </message>
    <message>
        <source>For Exchange Server, use the form the server accepts (DOMAIN\user or the UPN).</source>
        <translation>Verwenden Sie bei Exchange Server die Form, die der Server akzeptiert (DOMÄNE\Benutzer oder den UPN).</translation>
    </message>
    <message>
        <source>Immediately after the correct user name is entered in the project.</source>
        <translation>Sofort, nachdem der richtige Benutzername im Projekt eingetragen ist.</translation>
    </message>
    <message>
        <source>The account signs in through a federation server (AD FS or another identity provider)</source>
        <translation>Das Konto meldet sich über einen Verbundserver an (AD FS oder einen anderen Identitätsanbieter)</translation>
    </message>
    <message>
        <source>The account&apos;s domain is federated, so its password is checked by an on-premises AD FS or a third-party identity provider instead of Microsoft Entra ID. Migration tools that send a user name and password directly cannot complete such a sign-in unless the tenant also validates cloud passwords, and the sign-in also fails when the federation server cannot be reached. AADSTS50056 means Entra ID holds no password for this user.</source>
        <translation>Die Domäne des Kontos ist eine Verbunddomäne; sein Kennwort wird daher von einem lokalen AD FS oder dem Identitätsanbieter eines Drittherstellers geprüft statt von Microsoft Entra ID. Migrationstools, die Benutzername und Kennwort direkt senden, können eine solche Anmeldung nicht abschließen, es sei denn, der Mandant prüft Kennwörter zusätzlich in der Cloud; außerdem schlägt die Anmeldung fehl, wenn der Verbundserver nicht erreichbar ist. AADSTS50056 bedeutet, dass Entra ID für diesen Benutzer kein Kennwort gespeichert hat.</translation>
    </message>
    <message>
        <source>Confirm the domain type: open %1 and look at NameSpaceType (Federated or Managed).</source>
        <translation>Bestätigen Sie den Domänentyp: Öffnen Sie %1 und sehen Sie sich NameSpaceType an (Federated oder Managed).</translation>
    </message>
    <message>
        <source>For Exchange Online projects, prefer modern authentication with an app registration (client and tenant ID) so that no user password is sent at all.</source>
        <translation>Verwenden Sie bei Exchange Online-Projekten bevorzugt moderne Authentifizierung mit einer Anwendungsregistrierung (Client-ID und Mandanten-ID), sodass überhaupt kein Benutzerkennwort gesendet wird.</translation>
    </message>
    <message>
        <source>Or use a cloud-only admin account (user@yourtenant.onmicrosoft.com) as the migration account; cloud-only accounts are never federated.</source>
        <translation>Oder verwenden Sie ein reines Cloud-Administratorkonto (user@yourtenant.onmicrosoft.com) als Migrationskonto; reine Cloudkonten sind nie Verbundkonten.</translation>
    </message>
    <message>
        <source>Only if user password sign-in must stay: enable password hash synchronization in Microsoft Entra Connect and assign a home realm discovery policy with AllowCloudPasswordValidation to the migration tool&apos;s app (Microsoft Graph PowerShell: New-MgPolicyHomeRealmDiscoveryPolicy).</source>
        <translation>Nur wenn die Anmeldung mit Benutzerkennwort bleiben muss: Aktivieren Sie die Kennworthashsynchronisierung in Microsoft Entra Connect und weisen Sie der App des Migrationstools eine Richtlinie zur Startbereichsermittlung (Home Realm Discovery) mit AllowCloudPasswordValidation zu (Microsoft Graph PowerShell: New-MgPolicyHomeRealmDiscoveryPolicy).</translation>
    </message>
    <message>
        <source>If AuthDoctor reported the federation server as unreachable (FederatedStsUnreachable), check that AD FS is reachable from the internet and that its certificate is valid.</source>
        <translation>Hat AuthDoctor den Verbundserver als nicht erreichbar gemeldet (FederatedStsUnreachable), prüfen Sie, ob AD FS aus dem Internet erreichbar und sein Zertifikat gültig ist.</translation>
    </message>
    <message>
        <source>Tenant admin (sign-in method); helpdesk (project settings)</source>
        <translation>Mandantenadministrator (Anmeldemethode); Helpdesk (Projekteinstellungen)</translation>
    </message>
    <message>
        <source>Immediately for a cloud-only account or app-only authentication. A change to password hash synchronization or a home realm discovery policy can take longer; check again after the next directory synchronization (30 minutes by default).</source>
        <translation>Sofort bei einem reinen Cloudkonto oder App-only-Authentifizierung. Eine Änderung an der Kennworthashsynchronisierung oder einer Richtlinie zur Startbereichsermittlung kann länger dauern; prüfen Sie nach der nächsten Verzeichnissynchronisierung erneut (standardmäßig 30 Minuten).</translation>
    </message>
    <message>
        <source>Microsoft Learn: Home realm discovery policy</source>
        <translation>Microsoft Learn: Richtlinie zur Startbereichsermittlung (Home Realm Discovery)</translation>
    </message>
    <message>
        <source>Microsoft Learn: Password hash synchronization</source>
        <translation>Microsoft Learn: Kennworthashsynchronisierung</translation>
    </message>
    <message>
        <source>The account must use multifactor authentication (MFA)</source>
        <translation>Das Konto muss die mehrstufige Authentifizierung (MFA) verwenden</translation>
    </message>
    <message>
        <source>The password was accepted, but Microsoft Entra ID then asked for a second factor (an authenticator app, a text message or a third-party MFA). A migration tool signs in without anyone at the keyboard, so it cannot answer that prompt and gets 401. The requirement comes from a Conditional Access policy, per-user MFA or a third-party MFA provider.</source>
        <translation>Das Kennwort wurde akzeptiert, aber Microsoft Entra ID hat anschließend einen zweiten Faktor verlangt (eine Authenticator-App, eine SMS oder die MFA eines Drittanbieters). Ein Migrationstool meldet sich an, ohne dass jemand an der Tastatur sitzt; es kann diese Aufforderung nicht beantworten und erhält 401. Die Anforderung stammt aus einer Richtlinie für bedingten Zugriff, der MFA pro Benutzer oder einem MFA-Anbieter eines Drittherstellers.</translation>
    </message>
    <message>
        <source>Best fix for Exchange Online projects: switch the endpoint to modern authentication with an app registration (client and tenant ID, application permission full_access_as_app); app-only sign-in involves no user and no MFA prompt.</source>
        <translation>Beste Lösung für Exchange Online-Projekte: Stellen Sie den Endpunkt auf moderne Authentifizierung mit einer Anwendungsregistrierung um (Client-ID und Mandanten-ID, Anwendungsberechtigung full_access_as_app); bei der App-only-Anmeldung gibt es keinen Benutzer und keine MFA-Aufforderung.</translation>
    </message>
    <message>
        <source>Or exclude only the migration account from the policy that requires MFA: Entra admin center &gt; Entra ID &gt; Conditional Access &gt; Policies &gt; open the policy &gt; Users &gt; Exclude &gt; add the account, then Save.</source>
        <translation>Oder schließen Sie nur das Migrationskonto von der Richtlinie aus, die MFA verlangt: Entra Admin Center &gt; Entra ID &gt; Bedingter Zugriff &gt; Richtlinien &gt; Richtlinie öffnen &gt; Benutzer &gt; Ausschließen &gt; Konto hinzufügen, dann „Speichern“.</translation>
    </message>
    <message>
        <source>If per-user MFA is on: Entra admin center &gt; Entra ID &gt; Users &gt; All users &gt; Per-user MFA &gt; select the migration account &gt; Disable MFA.</source>
        <translation>Wenn MFA pro Benutzer aktiv ist: Entra Admin Center &gt; Entra ID &gt; Benutzer &gt; Alle Benutzer &gt; MFA pro Benutzer &gt; Migrationskonto auswählen &gt; MFA deaktivieren.</translation>
    </message>
    <message>
        <source>If a third-party MFA provider (for example Duo) asks (AADSTS50158), add the exclusion there.</source>
        <translation>Fragt ein MFA-Anbieter eines Drittherstellers (zum Beispiel Duo) nach (AADSTS50158), richten Sie die Ausnahme dort ein.</translation>
    </message>
    <message>
        <source>Do not turn MFA off for everyone; limit the exclusion to the migration account and remove it after the migration.</source>
        <translation>Schalten Sie MFA nicht für alle ab; beschränken Sie die Ausnahme auf das Migrationskonto und entfernen Sie sie nach der Migration.</translation>
    </message>
    <message>
        <source>Tenant admin (Conditional Access or authentication administrator)</source>
        <translation>Mandantenadministrator (Administrator für bedingten Zugriff oder Authentifizierungsadministrator)</translation>
    </message>
    <message>
        <source>Conditional Access and per-user MFA changes usually apply within a few minutes; the next sign-in (Verify credentials) picks them up.</source>
        <translation>Änderungen am bedingten Zugriff und an der MFA pro Benutzer wirken meist innerhalb weniger Minuten; die nächste Anmeldung („Verify credentials“) übernimmt sie.</translation>
    </message>
    <message>
        <source>Microsoft Learn: Enable per-user Microsoft Entra multifactor authentication</source>
        <translation>Microsoft Learn: Aktivieren der mehrstufigen Authentifizierung von Microsoft Entra pro Benutzer</translation>
    </message>
    <message>
        <source>The password has expired or must be changed</source>
        <translation>Das Kennwort ist abgelaufen oder muss geändert werden</translation>
    </message>
    <message>
        <source>The password was right, but the account must change it (or complete a password-reset registration) before it may sign in. The migration tool cannot change a password, so every sign-in fails until a person does. Which AADSTS code Microsoft returns for &quot;must change password at next sign-in&quot; is not documented, so AuthDoctor reports the related codes under this finding.</source>
        <translation>Das Kennwort war richtig, aber das Konto muss es ändern (oder eine Registrierung für die Kennwortzurücksetzung abschließen), bevor es sich anmelden darf. Das Migrationstool kann kein Kennwort ändern; jede Anmeldung schlägt daher fehl, bis ein Mensch das erledigt. Welchen AADSTS-Code Microsoft für „Kennwort muss bei der nächsten Anmeldung geändert werden“ zurückgibt, ist nicht dokumentiert; AuthDoctor meldet die verwandten Codes daher unter diesem Befund.</translation>
    </message>
    <message>
        <source>Have the user sign in once interactively at https://myaccount.microsoft.com and change the password when asked (AADSTS50055, 50135).</source>
        <translation>Lassen Sie den Benutzer sich einmal interaktiv unter https://myaccount.microsoft.com anmelden und das Kennwort ändern, wenn er dazu aufgefordert wird (AADSTS50055, 50135).</translation>
    </message>
    <message>
        <source>If the password expired in on-premises Active Directory (AADSTS50144), change it there and let password hash synchronization carry it to Microsoft 365.</source>
        <translation>Ist das Kennwort im lokalen Active Directory abgelaufen (AADSTS50144), ändern Sie es dort und lassen Sie es per Kennworthashsynchronisierung zu Microsoft 365 übertragen.</translation>
    </message>
    <message>
        <source>If asked to register for password reset (AADSTS50125), complete the registration at https://mysignins.microsoft.com/security-info.</source>
        <translation>Wird zur Registrierung für die Kennwortzurücksetzung aufgefordert (AADSTS50125), schließen Sie die Registrierung unter https://mysignins.microsoft.com/security-info ab.</translation>
    </message>
    <message>
        <source>For a dedicated migration account, stop cloud password expiry: %1</source>
        <translation>Deaktivieren Sie für ein eigens angelegtes Migrationskonto den Ablauf des Cloudkennworts: %1</translation>
    </message>
    <message>
        <source>Enter the new password and save.</source>
        <translation>Geben Sie das neue Kennwort ein und speichern Sie.</translation>
    </message>
    <message>
        <source>End user (changes the password); helpdesk (re-enters it in the project)</source>
        <translation>Endbenutzer (ändert das Kennwort); Helpdesk (gibt es im Projekt erneut ein)</translation>
    </message>
    <message>
        <source>Immediately after the new password is entered in the project. On-premises changes reach Microsoft 365 with the next password hash synchronization (about 2 minutes).</source>
        <translation>Sofort, nachdem das neue Kennwort im Projekt eingetragen ist. Lokale Änderungen erreichen Microsoft 365 mit der nächsten Kennworthashsynchronisierung (etwa 2 Minuten).</translation>
    </message>
    <message>
        <source>Microsoft Learn: How self-service password reset works</source>
        <translation>Microsoft Learn: Funktionsweise der Self-Service-Kennwortzurücksetzung</translation>
    </message>
    <message>
        <source>The sign-in asks which account to use</source>
        <translation>Die Anmeldung fragt, welches Konto verwendet werden soll</translation>
    </message>
    <message>
        <source>When this address belongs to more than one account (for example a work account and a personal Microsoft account), the sign-in page asks which one to use. A migration tool cannot answer that question, so it fails with 401. AuthDoctor relies on your answer for this finding; Microsoft&apos;s account-type hints are only a clue, never proof.</source>
        <translation>Gehört diese Adresse zu mehr als einem Konto (zum Beispiel zu einem Geschäftskonto und einem persönlichen Microsoft-Konto), fragt die Anmeldeseite, welches verwendet werden soll. Ein Migrationstool kann diese Frage nicht beantworten und scheitert daher mit 401. AuthDoctor stützt sich bei diesem Befund auf Ihre Antwort; die Kontotyp-Hinweise von Microsoft sind nur ein Indiz, nie ein Beweis.</translation>
    </message>
    <message>
        <source>In a private browser window sign in at https://portal.office.com with the project&apos;s user name and note whether a &quot;Work or school account&quot; / &quot;Personal account&quot; chooser (or any other extra question) appears.</source>
        <translation>Melden Sie sich in einem privaten Browserfenster unter https://portal.office.com mit dem Benutzernamen des Projekts an und achten Sie darauf, ob eine Auswahl „Geschäfts-, Schul- oder Unikonto“ / „Persönliches Konto“ (oder eine andere zusätzliche Frage) erscheint.</translation>
    </message>
    <message>
        <source>If it does, use a sign-in name that exists only as a work account, such as the user@yourtenant.onmicrosoft.com address, as the migration account.</source>
        <translation>Falls ja, verwenden Sie als Migrationskonto einen Anmeldenamen, der nur als Geschäftskonto existiert, etwa die Adresse user@yourtenant.onmicrosoft.com.</translation>
    </message>
    <message>
        <source>Or let the end user move the personal Microsoft account to another email address at https://account.microsoft.com so the work address becomes unambiguous.</source>
        <translation>Oder lassen Sie den Endbenutzer das persönliche Microsoft-Konto unter https://account.microsoft.com auf eine andere E-Mail-Adresse umstellen, damit die geschäftliche Adresse eindeutig wird.</translation>
    </message>
    <message>
        <source>Helpdesk; the end user if their personal account has to be changed</source>
        <translation>Helpdesk; der Endbenutzer, falls sein persönliches Konto geändert werden muss</translation>
    </message>
    <message>
        <source>Immediately after the project uses a sign-in name that leads straight to the work account.</source>
        <translation>Sofort, sobald das Projekt einen Anmeldenamen verwendet, der direkt zum Geschäftskonto führt.</translation>
    </message>
    <message>
        <source>The account is locked after too many failed sign-ins</source>
        <translation>Das Konto ist nach zu vielen fehlgeschlagenen Anmeldungen gesperrt</translation>
    </message>
    <message>
        <source>Microsoft Entra smart lockout (or on-premises Active Directory) has locked the account because of repeated wrong passwords, often from an old password still saved in the migration project or on a device. Entra ID uses the same code when sign-ins come from an address it considers malicious. Every retry with the wrong password extends the lockout.</source>
        <translation>Das Smart Lockout von Microsoft Entra (oder das lokale Active Directory) hat das Konto wegen wiederholt falscher Kennwörter gesperrt, oft weil noch ein altes Kennwort im Migrationsprojekt oder auf einem Gerät gespeichert ist. Entra ID verwendet denselben Code, wenn Anmeldungen von einer Adresse kommen, die es als bösartig einstuft. Jeder weitere Versuch mit dem falschen Kennwort verlängert die Sperre.</translation>
    </message>
    <message>
        <source>Pause the migration and stop re-running Verify credentials until the cause is fixed.</source>
        <translation>Halten Sie die Migration an und führen Sie „Verify credentials“ nicht erneut aus, bis die Ursache behoben ist.</translation>
    </message>
    <message>
        <source>Find what keeps sending the old password (the project, a phone, a script) and update or stop it.</source>
        <translation>Finden Sie heraus, was weiterhin das alte Kennwort sendet (das Projekt, ein Telefon, ein Skript), und aktualisieren oder stoppen Sie es.</translation>
    </message>
    <message>
        <source>On-premises accounts: %1</source>
        <translation>Lokale Konten: %1</translation>
    </message>
    <message>
        <source>If the password is in doubt, reset it (Microsoft 365 admin center &gt; Users &gt; Active users &gt; select the user &gt; Reset password) and enter the new one in the project.</source>
        <translation>Ist das Kennwort zweifelhaft, setzen Sie es zurück (Microsoft 365 Admin Center &gt; Benutzer &gt; Aktive Benutzer &gt; Benutzer auswählen &gt; Kennwort zurücksetzen) und tragen Sie das neue im Projekt ein.</translation>
    </message>
    <message>
        <source>Helpdesk; tenant admin to read the sign-in logs or reset the password</source>
        <translation>Helpdesk; Mandantenadministrator zum Lesen der Anmeldeprotokolle oder Zurücksetzen des Kennworts</translation>
    </message>
    <message>
        <source>Smart lockout lifts by itself after the lockout period (1 minute by default, longer after repeated failures). On-premises: after the unlock or the domain&apos;s lockout duration.</source>
        <translation>Smart Lockout hebt die Sperre nach Ablauf der Sperrdauer selbst auf (standardmäßig 1 Minute, nach wiederholten Fehlversuchen länger). Lokal: nach dem Entsperren oder nach Ablauf der Kontosperrdauer der Domäne.</translation>
    </message>
    <message>
        <source>Microsoft Learn: Protect user accounts from attacks with Microsoft Entra smart lockout</source>
        <translation>Microsoft Learn: Schützen von Benutzerkonten vor Angriffen mit Microsoft Entra Smart Lockout</translation>
    </message>
    <message>
        <source>The account is disabled or blocked from signing in</source>
        <translation>Das Konto ist deaktiviert oder für die Anmeldung blockiert</translation>
    </message>
    <message>
        <source>The account exists but is disabled in Microsoft Entra ID or in on-premises Active Directory, so every sign-in fails whatever the password. This often happens to leavers whose mailbox or OneDrive is still being migrated. A disabled admin account blocks the whole project.</source>
        <translation>Das Konto existiert, ist aber in Microsoft Entra ID oder im lokalen Active Directory deaktiviert; jede Anmeldung schlägt daher unabhängig vom Kennwort fehl. Das betrifft oft ausgeschiedene Mitarbeiter, deren Postfach oder OneDrive noch migriert wird. Ein deaktiviertes Administratorkonto blockiert das ganze Projekt.</translation>
    </message>
    <message>
        <source>Check the state: %1</source>
        <translation>Prüfen Sie den Status: %1</translation>
    </message>
    <message>
        <source>Cloud accounts: Microsoft 365 admin center &gt; Users &gt; Active users &gt; select the user &gt; Block sign-in &gt; clear &quot;Block this user from signing in&quot; &gt; Save (or Entra admin center &gt; Entra ID &gt; Users &gt; select the user &gt; Edit properties &gt; Settings &gt; Account enabled).</source>
        <translation>Cloudkonten: Microsoft 365 Admin Center &gt; Benutzer &gt; Aktive Benutzer &gt; Benutzer auswählen &gt; Anmeldung blockieren &gt; „Diesen Benutzer für die Anmeldung blockieren“ deaktivieren &gt; Speichern (oder Entra Admin Center &gt; Entra ID &gt; Benutzer &gt; Benutzer auswählen &gt; Eigenschaften bearbeiten &gt; Einstellungen &gt; Konto aktiviert).</translation>
    </message>
    <message>
        <source>Accounts synchronized from Active Directory (OnPremisesSyncEnabled true): enable the account on-premises (%1) and wait for the next synchronization.</source>
        <translation>Aus Active Directory synchronisierte Konten (OnPremisesSyncEnabled true): Aktivieren Sie das Konto lokal (%1) und warten Sie die nächste Synchronisierung ab.</translation>
    </message>
    <message>
        <source>If the user must stay disabled, migrate with an admin account or app-only access instead of the user&apos;s own credentials.</source>
        <translation>Muss der Benutzer deaktiviert bleiben, migrieren Sie mit einem Administratorkonto oder App-only-Zugriff statt mit den Anmeldedaten des Benutzers.</translation>
    </message>
    <message>
        <source>Tenant admin (or the on-premises Active Directory admin for synchronized accounts)</source>
        <translation>Mandantenadministrator (bzw. der Administrator des lokalen Active Directory bei synchronisierten Konten)</translation>
    </message>
    <message>
        <source>Cloud accounts: within a few minutes. Synchronized accounts: after the next Microsoft Entra Connect synchronization (every 30 minutes by default).</source>
        <translation>Cloudkonten: innerhalb weniger Minuten. Synchronisierte Konten: nach der nächsten Microsoft Entra Connect-Synchronisierung (standardmäßig alle 30 Minuten).</translation>
    </message>
    <message>
        <source>Microsoft 365 does not know this domain or tenant ID</source>
        <translation>Microsoft 365 kennt diese Domäne oder Mandanten-ID nicht</translation>
    </message>
    <message>
        <source>Microsoft Entra ID could not find a tenant for the domain or tenant ID the project uses. Usually the domain is mistyped, is not (or no longer) added to the tenant, or the tenant ID belongs to the other side of the migration. A tenant in a national cloud (US Government, China) gives the same error when it is looked up in the commercial cloud.</source>
        <translation>Microsoft Entra ID konnte keinen Mandanten zu der Domäne oder Mandanten-ID finden, die das Projekt verwendet. Meist ist die Domäne falsch geschrieben, nicht (oder nicht mehr) zum Mandanten hinzugefügt, oder die Mandanten-ID gehört zur anderen Seite der Migration. Ein Mandant in einer nationalen Cloud (US Government, China) führt zum selben Fehler, wenn er in der kommerziellen Cloud gesucht wird.</translation>
    </message>
    <message>
        <source>Check the domain: Microsoft 365 admin center &gt; Settings &gt; Domains; it must be listed with status Healthy (or at least verified).</source>
        <translation>Prüfen Sie die Domäne: Microsoft 365 Admin Center &gt; Einstellungen &gt; Domänen; sie muss mit dem Status „Fehlerfrei“ (oder zumindest als verifiziert) aufgeführt sein.</translation>
    </message>
    <message>
        <source>Copy the tenant ID from Entra admin center &gt; Entra ID &gt; Overview &gt; Properties &gt; Tenant ID, or use the tenant&apos;s yourtenant.onmicrosoft.com domain.</source>
        <translation>Kopieren Sie die Mandanten-ID aus Entra Admin Center &gt; Entra ID &gt; Übersicht &gt; Eigenschaften &gt; Mandanten-ID, oder verwenden Sie die Domäne yourtenant.onmicrosoft.com des Mandanten.</translation>
    </message>
    <message>
        <source>Test the lookup in a browser: %1 must return a JSON document, not an AADSTS90002 error.</source>
        <translation>Testen Sie die Abfrage in einem Browser: %1 muss ein JSON-Dokument zurückgeben, keinen Fehler AADSTS90002.</translation>
    </message>
    <message>
        <source>If the tenant is in a national cloud, see the finding about the wrong cloud.</source>
        <translation>Liegt der Mandant in einer nationalen Cloud, lesen Sie den Befund zur falschen Cloud.</translation>
    </message>
    <message>
        <source>Enter the corrected domain or tenant ID (a GUID) and save.</source>
        <translation>Geben Sie die korrigierte Domäne oder Mandanten-ID (eine GUID) ein und speichern Sie.</translation>
    </message>
    <message>
        <source>Helpdesk; tenant admin to confirm the domain and tenant ID</source>
        <translation>Helpdesk; Mandantenadministrator zur Bestätigung von Domäne und Mandanten-ID</translation>
    </message>
    <message>
        <source>Immediately once the project uses the right domain or tenant ID; a newly added domain works once it shows as verified.</source>
        <translation>Sofort, sobald das Projekt die richtige Domäne oder Mandanten-ID verwendet; eine neu hinzugefügte Domäne funktioniert, sobald sie als verifiziert angezeigt wird.</translation>
    </message>
    <message>
        <source>The tenant is in a different Microsoft cloud than the one used</source>
        <translation>Der Mandant liegt in einer anderen Microsoft-Cloud als der verwendeten</translation>
    </message>
    <message>
        <source>Microsoft runs separate clouds: the commercial cloud (including GCC), GCC High, DoD and the 21Vianet cloud in China. Each has its own sign-in and mailbox addresses, and app registrations do not carry over from one to another. The tenant answered from a different cloud than the one the project or AuthDoctor used, so the sign-in cannot succeed.</source>
        <translation>Microsoft betreibt getrennte Clouds: die kommerzielle Cloud (einschließlich GCC), GCC High, DoD und die von 21Vianet betriebene Cloud in China. Jede hat eigene Anmelde- und Postfachadressen, und Anwendungsregistrierungen lassen sich nicht von einer in eine andere übernehmen. Der Mandant hat aus einer anderen Cloud geantwortet als der, die das Projekt oder AuthDoctor verwendet hat; die Anmeldung kann daher nicht gelingen.</translation>
    </message>
    <message>
        <source>Read the tenant&apos;s cloud from %1: tenant_region_sub_scope DODCON means GCC High, DOD means DoD, and cloud_instance_name names the sign-in cloud.</source>
        <translation>Lesen Sie die Cloud des Mandanten aus %1 ab: tenant_region_sub_scope DODCON bedeutet GCC High, DOD bedeutet DoD, und cloud_instance_name nennt die Anmeldecloud.</translation>
    </message>
    <message>
        <source>In AuthDoctor choose the matching cloud (commercial, GCC, GCC High, DoD or China) and run the checks again.</source>
        <translation>Wählen Sie in AuthDoctor die passende Cloud (kommerziell, GCC, GCC High, DoD oder China) und führen Sie die Prüfungen erneut aus.</translation>
    </message>
    <message>
        <source>Register the migration app in the tenant&apos;s own cloud portal; an app registered in the commercial cloud cannot get tokens for a GCC High, DoD or China tenant.</source>
        <translation>Registrieren Sie die Migrations-App im Portal der Cloud, in der der Mandant liegt; eine in der kommerziellen Cloud registrierte App kann keine Token für einen GCC High-, DoD- oder China-Mandanten erhalten.</translation>
    </message>
    <message>
        <source>In the migration tool, use the endpoint type or region that matches that cloud, if it offers one; otherwise ask the vendor whether the cloud is supported.</source>
        <translation>Verwenden Sie im Migrationstool den Endpunkttyp oder die Region, die zu dieser Cloud passt, falls es eine solche Option gibt; andernfalls fragen Sie den Anbieter, ob die Cloud unterstützt wird.</translation>
    </message>
    <message>
        <source>Helpdesk; tenant admin for the app registration in the right cloud</source>
        <translation>Helpdesk; Mandantenadministrator für die Anwendungsregistrierung in der richtigen Cloud</translation>
    </message>
    <message>
        <source>Immediately after the project and the app registration use the tenant&apos;s cloud.</source>
        <translation>Sofort, sobald das Projekt und die Anwendungsregistrierung die Cloud des Mandanten verwenden.</translation>
    </message>
    <message>
        <source>Microsoft Learn: National clouds (Microsoft identity platform)</source>
        <translation>Microsoft Learn: Nationale Clouds (Microsoft Identity Platform)</translation>
    </message>
    <message>
        <source>Microsoft Learn: National cloud deployments of Microsoft Graph</source>
        <translation>Microsoft Learn: Bereitstellungen von Microsoft Graph in nationalen Clouds</translation>
    </message>
    <message>
        <source>Security defaults require MFA for the migration account</source>
        <translation>Die Sicherheitsstandards verlangen MFA für das Migrationskonto</translation>
    </message>
    <message>
        <source>Security defaults are a tenant-wide switch in Microsoft Entra ID that makes every account register for multifactor authentication and blocks older sign-in methods. A migration tool signing in with a user name and password cannot do either, so it gets 401. The error often appears days after a pre-stage migration, when the grace period for registering MFA (14 days where it still exists) runs out.</source>
        <translation>Die Sicherheitsstandards sind ein mandantenweiter Schalter in Microsoft Entra ID, der jedes Konto zur Registrierung für die mehrstufige Authentifizierung verpflichtet und ältere Anmeldemethoden blockiert. Ein Migrationstool, das sich mit Benutzername und Kennwort anmeldet, kann beides nicht erfüllen und erhält daher 401. Der Fehler tritt oft erst Tage nach einer Vorabmigration (Pre-Stage) auf, wenn die Frist für die MFA-Registrierung (14 Tage, wo es sie noch gibt) abläuft.</translation>
    </message>
    <message>
        <source>Check the setting: Entra admin center &gt; Entra ID &gt; Overview &gt; Properties &gt; Manage security defaults (older menus: Entra admin center &gt; Identity &gt; Overview &gt; Properties &gt; Manage security defaults), or %1</source>
        <translation>Prüfen Sie die Einstellung: Entra Admin Center &gt; Entra ID &gt; Übersicht &gt; Eigenschaften &gt; Sicherheitsstandards verwalten (ältere Menüs: Entra Admin Center &gt; Identität &gt; Übersicht &gt; Eigenschaften &gt; Sicherheitsstandards verwalten), oder %1</translation>
    </message>
    <message>
        <source>Preferred for Exchange Online projects: keep security defaults on and switch the endpoint to modern authentication with an app registration (client and tenant ID); app-only sign-in is not asked for MFA.</source>
        <translation>Für Exchange Online-Projekte empfohlen: Lassen Sie die Sicherheitsstandards aktiviert und stellen Sie den Endpunkt auf moderne Authentifizierung mit einer Anwendungsregistrierung um (Client-ID und Mandanten-ID); bei der App-only-Anmeldung wird keine MFA verlangt.</translation>
    </message>
    <message>
        <source>Otherwise, as the knowledge-base article describes: sign in to the Entra admin center as at least a Security Administrator, open Manage security defaults, set Security defaults to Disabled (not recommended), choose a reason and Save.</source>
        <translation>Andernfalls, wie im Knowledge-Base-Artikel beschrieben: Melden Sie sich mindestens als Sicherheitsadministrator beim Entra Admin Center an, öffnen Sie „Sicherheitsstandards verwalten“, setzen Sie „Sicherheitsstandards“ auf „Deaktiviert (nicht empfohlen)“, wählen Sie einen Grund aus und klicken Sie auf „Speichern“.</translation>
    </message>
    <message>
        <source>With Microsoft Entra ID P1, replace security defaults by Conditional Access policies that require MFA for everyone except the migration account, so the tenant stays protected.</source>
        <translation>Ersetzen Sie mit Microsoft Entra ID P1 die Sicherheitsstandards durch Richtlinien für bedingten Zugriff, die MFA für alle außer dem Migrationskonto verlangen, damit der Mandant geschützt bleibt.</translation>
    </message>
    <message>
        <source>After the migration, turn security defaults back on (or keep the Conditional Access policies).</source>
        <translation>Schalten Sie die Sicherheitsstandards nach der Migration wieder ein (oder behalten Sie die Richtlinien für bedingten Zugriff bei).</translation>
    </message>
    <message>
        <source>Tenant admin (Security Administrator or Global Administrator)</source>
        <translation>Mandantenadministrator (Sicherheitsadministrator oder globaler Administrator)</translation>
    </message>
    <message>
        <source>A few minutes after saving; then run Verify credentials again.</source>
        <translation>Wenige Minuten nach dem Speichern; führen Sie dann „Verify credentials“ erneut aus.</translation>
    </message>
    <message>
        <source>Microsoft Learn: Security defaults in Microsoft Entra ID</source>
        <translation>Microsoft Learn: Sicherheitsstandards in Microsoft Entra ID</translation>
    </message>
    <message>
        <source>A Conditional Access policy blocks the sign-in</source>
        <translation>Eine Richtlinie für bedingten Zugriff blockiert die Anmeldung</translation>
    </message>
    <message>
        <source>The password was accepted, but a Conditional Access policy (or a tenant security policy) refused to issue a token. Typical conditions are the location or network, a required compliant or joined device, or a required approved app, and none of them can be met by a cloud migration service. The sign-in log names the exact policy.</source>
        <translation>Das Kennwort wurde akzeptiert, aber eine Richtlinie für bedingten Zugriff (oder eine Sicherheitsrichtlinie des Mandanten) hat die Ausstellung eines Tokens verweigert. Typische Bedingungen sind Standort oder Netzwerk, ein vorgeschriebenes konformes oder eingebundenes Gerät oder eine vorgeschriebene genehmigte App – keine davon kann ein Cloud-Migrationsdienst erfüllen. Das Anmeldeprotokoll nennt die genaue Richtlinie.</translation>
    </message>
    <message>
        <source>Open the policy: Entra admin center &gt; Entra ID &gt; Conditional Access &gt; Policies &gt; the policy shown as &quot;Failure&quot; in the sign-in entry.</source>
        <translation>Öffnen Sie die Richtlinie: Entra Admin Center &gt; Entra ID &gt; Bedingter Zugriff &gt; Richtlinien &gt; die Richtlinie, die im Anmeldeeintrag als „Fehler“ (Failure) angezeigt wird.</translation>
    </message>
    <message>
        <source>Exclude only the migration account: in the policy select Users &gt; Exclude &gt; Users and groups &gt; add the account &gt; Save. Use the policy&apos;s What If tool to confirm the account is no longer blocked.</source>
        <translation>Schließen Sie nur das Migrationskonto aus: Wählen Sie in der Richtlinie Benutzer &gt; Ausschließen &gt; Benutzer und Gruppen &gt; Konto hinzufügen &gt; Speichern. Bestätigen Sie mit dem What If-Tool der Richtlinie, dass das Konto nicht mehr blockiert wird.</translation>
    </message>
    <message>
        <source>For Exchange Online projects, app-only modern authentication (client and tenant ID) avoids user Conditional Access policies; policies for workload identities can still apply to the app.</source>
        <translation>Bei Exchange Online-Projekten umgeht die moderne App-only-Authentifizierung (Client-ID und Mandanten-ID) die Richtlinien für bedingten Zugriff, die für Benutzer gelten; Richtlinien für Workload-Identitäten können aber weiterhin für die App gelten.</translation>
    </message>
    <message>
        <source>Remove the exclusion after the migration.</source>
        <translation>Entfernen Sie die Ausnahme nach der Migration.</translation>
    </message>
    <message>
        <source>Tenant admin (Conditional Access Administrator)</source>
        <translation>Mandantenadministrator (Administrator für bedingten Zugriff)</translation>
    </message>
    <message>
        <source>Policy changes usually apply within a few minutes; the next sign-in picks them up.</source>
        <translation>Richtlinienänderungen wirken meist innerhalb weniger Minuten; die nächste Anmeldung übernimmt sie.</translation>
    </message>
    <message>
        <source>Modern authentication is not set up for the project</source>
        <translation>Die moderne Authentifizierung ist für das Projekt nicht eingerichtet</translation>
    </message>
    <message>
        <source>Exchange Online only accepts modern authentication (OAuth), which needs an app registration in Microsoft Entra ID whose client ID and tenant ID are entered in the project. The project has no such app, or Entra ID rejected the one given: unknown or disabled app, wrong tenant, wrong permission or scope. This applies to the source and the destination whenever they are Exchange Online.</source>
        <translation>Exchange Online akzeptiert nur moderne Authentifizierung (OAuth). Dafür ist eine Anwendungsregistrierung in Microsoft Entra ID nötig, deren Client-ID und Mandanten-ID im Projekt eingetragen sind. Das Projekt hat keine solche App, oder Entra ID hat die angegebene abgelehnt: unbekannte oder deaktivierte App, falscher Mandant, falsche Berechtigung oder falscher Bereich (Scope). Das gilt für Quelle und Ziel, sobald sie Exchange Online sind.</translation>
    </message>
    <message>
        <source>Follow &quot;Obtain Client and Tenant ID Settings for Mailbox and Exchange Online Migrations&quot; in BitTitan&apos;s Authentication Methods article, signed in as a Global Administrator.</source>
        <translation>Folgen Sie dem Abschnitt „Obtain Client and Tenant ID Settings for Mailbox and Exchange Online Migrations“ im Artikel „Authentication Methods“ von BitTitan, angemeldet als globaler Administrator.</translation>
    </message>
    <message>
        <source>Create or open the app: Entra admin center &gt; Entra ID &gt; App registrations &gt; New registration (or the existing app) and copy Application (client) ID and Directory (tenant) ID from its Overview.</source>
        <translation>Legen Sie die App an oder öffnen Sie sie: Entra Admin Center &gt; Entra ID &gt; App-Registrierungen &gt; Neue Registrierung (oder die vorhandene App), und kopieren Sie „Anwendungs-ID (Client)“ und „Verzeichnis-ID (Mandant)“ aus ihrer Übersicht.</translation>
    </message>
    <message>
        <source>API permissions &gt; Add a permission &gt; APIs my organization uses &gt; Office 365 Exchange Online: add the permission the project uses (Delegated EWS.AccessAsUser.All, or Application full_access_as_app) and select Grant admin consent.</source>
        <translation>API-Berechtigungen &gt; Berechtigung hinzufügen &gt; Von meiner Organisation verwendete APIs &gt; Office 365 Exchange Online: Fügen Sie die Berechtigung hinzu, die das Projekt verwendet (delegiert EWS.AccessAsUser.All oder Anwendung full_access_as_app), und wählen Sie „Administratorzustimmung erteilen“.</translation>
    </message>
    <message>
        <source>For delegated sign-in with a user name and password, set Authentication &gt; Allow public client flows to Yes (AADSTS7000218 most likely means this is off).</source>
        <translation>Für die delegierte Anmeldung mit Benutzername und Kennwort setzen Sie Authentifizierung &gt; „Öffentliche Clientflows zulassen“ auf „Ja“ (AADSTS7000218 bedeutet sehr wahrscheinlich, dass diese Option deaktiviert ist).</translation>
    </message>
    <message>
        <source>AADSTS700016 or 700011: the client ID is wrong or the app belongs to another tenant. AADSTS70001 or 7000112: the app is disabled (Entra ID &gt; Enterprise apps &gt; the app &gt; Properties &gt; Enabled for users to sign in: Yes). AADSTS9001023 or 50194: use the tenant ID, not &quot;common&quot;.</source>
        <translation>AADSTS700016 oder 700011: Die Client-ID ist falsch oder die App gehört zu einem anderen Mandanten. AADSTS70001 oder 7000112: Die App ist deaktiviert (Entra ID &gt; Unternehmensanwendungen &gt; die App &gt; Eigenschaften &gt; „Enabled for users to sign in“: Ja). AADSTS9001023 oder 50194: Verwenden Sie die Mandanten-ID, nicht „common“.</translation>
    </message>
    <message>
        <source>Enter the client ID and tenant ID in the endpoint&apos;s modern authentication fields and save.</source>
        <translation>Tragen Sie Client-ID und Mandanten-ID in die Felder des Endpunkts für moderne Authentifizierung ein und speichern Sie.</translation>
    </message>
    <message>
        <source>Tenant admin (Global Administrator creates the app and consents); helpdesk enters the IDs</source>
        <translation>Mandantenadministrator (ein globaler Administrator legt die App an und erteilt die Zustimmung); der Helpdesk trägt die IDs ein</translation>
    </message>
    <message>
        <source>App registration and consent: a few minutes; then get a fresh token by running Verify Credentials again.</source>
        <translation>Anwendungsregistrierung und Zustimmung: wenige Minuten; fordern Sie danach ein neues Token an, indem Sie „Verify Credentials“ erneut ausführen.</translation>
    </message>
    <message>
        <source>The app has not been granted the Exchange permission it needs</source>
        <translation>Der App wurde die benötigte Exchange-Berechtigung nicht erteilt</translation>
    </message>
    <message>
        <source>The app registration signed in, but nobody has consented to the permission it needs, or the token it received carries no Exchange permission. For app-only access that is the application permission full_access_as_app; for delegated access it is EWS.AccessAsUser.All, both on Office 365 Exchange Online. A token issued before consent keeps its old, empty permission set until it expires.</source>
        <translation>Die Anwendungsregistrierung hat sich angemeldet, aber niemand hat der benötigten Berechtigung zugestimmt, oder das erhaltene Token enthält keine Exchange-Berechtigung. Für App-only-Zugriff ist das die Anwendungsberechtigung full_access_as_app, für delegierten Zugriff EWS.AccessAsUser.All, beide für Office 365 Exchange Online. Ein vor der Zustimmung ausgestelltes Token behält seine alten, leeren Berechtigungen, bis es abläuft.</translation>
    </message>
    <message>
        <source>Entra admin center &gt; Entra ID &gt; App registrations &gt; the app &gt; API permissions: check that Office 365 Exchange Online lists full_access_as_app (Application) or EWS.AccessAsUser.All (Delegated).</source>
        <translation>Entra Admin Center &gt; Entra ID &gt; App-Registrierungen &gt; die App &gt; API-Berechtigungen: Prüfen Sie, ob unter Office 365 Exchange Online full_access_as_app (Anwendung) oder EWS.AccessAsUser.All (Delegiert) aufgeführt ist.</translation>
    </message>
    <message>
        <source>Select Grant admin consent for the tenant; the Status column must show &quot;Granted&quot;. Or open %1 as a Global Administrator.</source>
        <translation>Wählen Sie „Administratorzustimmung für den Mandanten erteilen“; die Spalte „Status“ muss „Gewährt für …“ anzeigen. Oder öffnen Sie %1 als globaler Administrator.</translation>
    </message>
    <message>
        <source>AADSTS50105: the app requires user assignment; add the migration account under Entra ID &gt; Enterprise apps &gt; the app &gt; Users and groups, or set Properties &gt; Assignment required to No.</source>
        <translation>AADSTS50105: Die App erfordert eine Benutzerzuweisung; fügen Sie das Migrationskonto unter Entra ID &gt; Unternehmensanwendungen &gt; die App &gt; Benutzer und Gruppen hinzu, oder setzen Sie Eigenschaften &gt; „Zuweisung erforderlich?“ auf „Nein“.</translation>
    </message>
    <message>
        <source>AADSTS650052: the tenant has no active Exchange Online subscription for the app to use; check the tenant&apos;s licences.</source>
        <translation>AADSTS650052: Der Mandant hat kein aktives Exchange Online-Abonnement, das die App nutzen kann; prüfen Sie die Lizenzen des Mandanten.</translation>
    </message>
    <message>
        <source>If the tenant limits the app with RBAC for Applications, check the target mailbox: %1</source>
        <translation>Beschränkt der Mandant die App mit RBAC für Anwendungen, prüfen Sie das Zielpostfach: %1</translation>
    </message>
    <message>
        <source>Tenant admin (Global Administrator or Privileged Role Administrator grants consent)</source>
        <translation>Mandantenadministrator (ein globaler Administrator oder Administrator für privilegierte Rollen erteilt die Zustimmung)</translation>
    </message>
    <message>
        <source>Consent: a few minutes; get a fresh token (a token issued before consent stays without the permission for up to about an hour).</source>
        <translation>Zustimmung: wenige Minuten; fordern Sie ein neues Token an (ein vor der Zustimmung ausgestelltes Token bleibt bis zu etwa einer Stunde ohne die Berechtigung).</translation>
    </message>
    <message>
        <source>The app&apos;s client secret or certificate is wrong or expired</source>
        <translation>Der geheime Clientschlüssel oder das Zertifikat der App ist falsch oder abgelaufen</translation>
    </message>
    <message>
        <source>Entra ID refused the app&apos;s own credential. Most often the secret has expired, or the secret&apos;s ID was pasted instead of its value, which is only shown once when the secret is created. A certificate that does not match the one uploaded to the app gives the same result.</source>
        <translation>Entra ID hat die eigenen Anmeldeinformationen der App abgelehnt. Meist ist der geheime Schlüssel abgelaufen, oder es wurde die ID des geheimen Schlüssels statt seines Werts eingefügt – der Wert wird nur einmal angezeigt, wenn der Schlüssel erstellt wird. Ein Zertifikat, das nicht zu dem in der App hochgeladenen passt, führt zum selben Ergebnis.</translation>
    </message>
    <message>
        <source>Entra admin center &gt; Entra ID &gt; App registrations &gt; the app &gt; Certificates &amp; secrets: check the expiry dates (AADSTS7000222 means expired).</source>
        <translation>Entra Admin Center &gt; Entra ID &gt; App-Registrierungen &gt; die App &gt; Zertifikate &amp; Geheimnisse: Prüfen Sie die Ablaufdaten (AADSTS7000222 bedeutet: abgelaufen).</translation>
    </message>
    <message>
        <source>Select New client secret, choose an expiry that covers the migration, and copy the Value column right away (not the Secret ID; AADSTS7000215 usually means the ID was used).</source>
        <translation>Wählen Sie „Neuer geheimer Clientschlüssel“, wählen Sie eine Gültigkeitsdauer, die die Migration abdeckt, und kopieren Sie sofort die Spalte „Wert“ (nicht die „Geheimnis-ID“; AADSTS7000215 bedeutet meist, dass die ID verwendet wurde).</translation>
    </message>
    <message>
        <source>For certificate sign-in (AADSTS700027), upload the public key of the certificate the tool really uses under Certificates.</source>
        <translation>Laden Sie für die Zertifikatanmeldung (AADSTS700027) unter „Zertifikate“ den öffentlichen Schlüssel des Zertifikats hoch, das das Tool tatsächlich verwendet.</translation>
    </message>
    <message>
        <source>AADSTS700025: the app is a public client and must not send a secret; remove the secret from the project or set Authentication &gt; Allow public client flows to No.</source>
        <translation>AADSTS700025: Die App ist ein öffentlicher Client und darf keinen geheimen Schlüssel senden; entfernen Sie den geheimen Schlüssel aus dem Projekt oder setzen Sie Authentifizierung &gt; „Öffentliche Clientflows zulassen“ auf „Nein“.</translation>
    </message>
    <message>
        <source>Paste the new secret value into the endpoint and save. Never send the secret by email or put it into a ticket.</source>
        <translation>Fügen Sie den Wert des neuen geheimen Schlüssels in den Endpunkt ein und speichern Sie. Senden Sie den geheimen Schlüssel niemals per E-Mail und fügen Sie ihn nie in ein Ticket ein.</translation>
    </message>
    <message>
        <source>Delete the old secret once the new one works.</source>
        <translation>Löschen Sie den alten geheimen Schlüssel, sobald der neue funktioniert.</translation>
    </message>
    <message>
        <source>Tenant admin (creates the secret); helpdesk (enters it in the project)</source>
        <translation>Mandantenadministrator (erstellt den geheimen Schlüssel); Helpdesk (trägt ihn im Projekt ein)</translation>
    </message>
    <message>
        <source>Immediately after the new secret value is saved in the project (allow a few minutes for a secret created just now).</source>
        <translation>Sofort, nachdem der Wert des neuen geheimen Schlüssels im Projekt gespeichert ist (bei einem gerade erst erstellten Schlüssel einige Minuten einplanen).</translation>
    </message>
    <message>
        <source>Microsoft Learn: OAuth 2.0 client credentials flow</source>
        <translation>Microsoft Learn: OAuth 2.0-Fluss für Clientanmeldeinformationen</translation>
    </message>
    <message>
        <source>The project uses Basic authentication, which Exchange Online no longer accepts</source>
        <translation>Das Projekt verwendet die Standardauthentifizierung (Basic), die Exchange Online nicht mehr akzeptiert</translation>
    </message>
    <message>
        <source>Microsoft has permanently turned off Basic authentication (user name and password sent to the mail server) for Exchange Web Services and Autodiscover in Exchange Online; nobody, including Microsoft support, can turn it back on. A project that still signs in this way gets 401 even with the right password. Exchange Online projects must use modern authentication with a client and tenant ID.</source>
        <translation>Microsoft hat die Standardauthentifizierung (Benutzername und Kennwort werden an den Mailserver gesendet) für die Exchange-Webdienste und Autodiscover in Exchange Online dauerhaft abgeschaltet; niemand, auch nicht der Microsoft-Support, kann sie wieder einschalten. Ein Projekt, das sich noch auf diese Weise anmeldet, erhält selbst mit dem richtigen Kennwort 401. Exchange Online-Projekte müssen moderne Authentifizierung mit Client-ID und Mandanten-ID verwenden.</translation>
    </message>
    <message>
        <source>Do not try to re-enable Basic authentication for Exchange Online: it is not possible any more.</source>
        <translation>Versuchen Sie nicht, die Standardauthentifizierung für Exchange Online wieder zu aktivieren: Das ist nicht mehr möglich.</translation>
    </message>
    <message>
        <source>Set up modern authentication as in &quot;Obtain Client and Tenant ID Settings for Mailbox and Exchange Online Migrations&quot; (BitTitan&apos;s Authentication Methods article).</source>
        <translation>Richten Sie die moderne Authentifizierung wie in „Obtain Client and Tenant ID Settings for Mailbox and Exchange Online Migrations“ ein (Artikel „Authentication Methods“ von BitTitan).</translation>
    </message>
    <message>
        <source>Enter the client ID and tenant ID and save.</source>
        <translation>Tragen Sie Client-ID und Mandanten-ID ein und speichern Sie.</translation>
    </message>
    <message>
        <source>Exchange Server (on-premises) projects that use Basic: check the EWS virtual directory with %1 and, if Basic is wanted, enable it over HTTPS only (Set-WebServicesVirtualDirectory -BasicAuthentication $true), or switch the project to NTLM.</source>
        <translation>Projekte mit Exchange Server (lokal), die Basic verwenden: Prüfen Sie das virtuelle EWS-Verzeichnis mit %1 und aktivieren Sie Basic, falls gewünscht, nur über HTTPS (Set-WebServicesVirtualDirectory -BasicAuthentication $true), oder stellen Sie das Projekt auf NTLM um.</translation>
    </message>
    <message>
        <source>Helpdesk and tenant admin (modern authentication); Exchange admin for on-premises servers</source>
        <translation>Helpdesk und Mandantenadministrator (moderne Authentifizierung); Exchange-Administrator für lokale Server</translation>
    </message>
    <message>
        <source>As soon as the endpoint is saved with client and tenant ID and consent is granted. On-premises virtual directory changes usually need an IIS restart (iisreset /noforce).</source>
        <translation>Sobald der Endpunkt mit Client-ID und Mandanten-ID gespeichert und die Zustimmung erteilt ist. Änderungen an lokalen virtuellen Verzeichnissen erfordern meist einen Neustart von IIS (iisreset /noforce).</translation>
    </message>
    <message>
        <source>Microsoft Learn: Deprecation of Basic authentication in Exchange Online</source>
        <translation>Microsoft Learn: Einstellung der Standardauthentifizierung in Exchange Online</translation>
    </message>
</context>
<context>
    <name>AuthDoctor::Inference</name>
    <message>
        <source>When this account signs in at https://portal.office.com in a private browser window, is it asked to pick between a work or school account and a personal account, or shown any page other than the password prompt?</source>
        <translation>Wenn sich dieses Konto in einem privaten Browserfenster unter https://portal.office.com anmeldet: Wird es aufgefordert, zwischen einem Geschäfts-, Schul- oder Unikonto und einem persönlichen Konto zu wählen, oder erscheint eine andere Seite als die Kennwortabfrage?</translation>
    </message>
    <message>
        <source>In the Microsoft Entra admin center, under Identity &gt; Overview &gt; Properties &gt; Manage security defaults, is &quot;Security defaults&quot; set to Enabled?</source>
        <translation>Ist im Microsoft Entra Admin Center unter Identität &gt; Übersicht &gt; Eigenschaften &gt; Sicherheitsstandards verwalten die Option „Sicherheitsstandards“ auf „Aktiviert“ gesetzt?</translation>
    </message>
    <message>
        <source>Was this account or its licence created or assigned less than 24 hours ago (Microsoft 365 admin center &gt; Users &gt; Active users &gt; the user)?</source>
        <translation>Wurde dieses Konto vor weniger als 24 Stunden erstellt oder seine Lizenz vor weniger als 24 Stunden zugewiesen (Microsoft 365 Admin Center &gt; Benutzer &gt; Aktive Benutzer &gt; der Benutzer)?</translation>
    </message>
    <message>
        <source>In the Microsoft 365 admin center, does the user&apos;s Mail tab say &quot;This user&apos;s mailbox has not been migrated&quot; or that the mailbox is on-premises?</source>
        <translation>Steht im Microsoft 365 Admin Center auf der Registerkarte „E-Mail“ des Benutzers „This user&apos;s mailbox has not been migrated“ (Das Postfach dieses Benutzers wurde nicht migriert) oder dass das Postfach lokal liegt?</translation>
    </message>
    <message>
        <source>Only the pasted error message points to this cause; no check confirmed it.</source>
        <translation>Nur die eingefügte Fehlermeldung weist auf diese Ursache hin; keine Prüfung hat sie bestätigt.</translation>
    </message>
    <message>
        <source>Exchange Online refused EWS. Since 1 April 2027 EWS is switched off in Exchange Online for good: an EWS-based migration from or to Exchange Online can no longer run; use a tool that migrates through Microsoft Graph.</source>
        <translation>Exchange Online hat EWS verweigert. Seit dem 1. April 2027 ist EWS in Exchange Online endgültig abgeschaltet: Eine EWS-basierte Migration aus oder nach Exchange Online ist nicht mehr möglich; verwenden Sie ein Tool, das über Microsoft Graph migriert.</translation>
    </message>
    <message>
        <source>Exchange Online refused EWS with a valid token. Since 1 October 2026 EWS is off for tenants that did not turn it on and allow the migration tool&apos;s app; it stops for good on 1 April 2027.</source>
        <translation>Exchange Online hat EWS trotz gültigem Token verweigert. Seit dem 1. Oktober 2026 ist EWS für Mandanten abgeschaltet, die es nicht eingeschaltet und die App des Migrationstools nicht zugelassen haben; am 1. April 2027 wird es endgültig eingestellt.</translation>
    </message>
    <message>
        <source>Every check passed with these credentials.</source>
        <translation>Alle Prüfungen waren mit diesen Anmeldedaten erfolgreich.</translation>
    </message>
</context>
<context>
    <name>AuthDoctor::Report</name>
    <message>
        <source>Connect to Exchange Online PowerShell (module ExchangeOnlineManagement) as an Exchange admin or a Global Reader.</source>
        <translation>Stellen Sie als Exchange-Administrator oder globaler Leser eine Verbindung mit Exchange Online PowerShell (Modul ExchangeOnlineManagement) her.</translation>
    </message>
    <message>
        <source>Connect to Microsoft Graph PowerShell (module Microsoft.Graph) with read-only permissions.</source>
        <translation>Stellen Sie mit reinen Leseberechtigungen eine Verbindung mit Microsoft Graph PowerShell (Modul Microsoft.Graph) her.</translation>
    </message>
    <message>
        <source>Run the following in the Exchange Management Shell on an Exchange server.</source>
        <translation>Führen Sie Folgendes in der Exchange-Verwaltungsshell auf einem Exchange-Server aus.</translation>
    </message>
    <message>
        <source>The tenant&apos;s EWS settings: EwsEnabled False, or an EwsAllowedAppIDs list without the app&apos;s client ID (%1), blocks EWS for the app.</source>
        <translation>Die EWS-Einstellungen des Mandanten: EwsEnabled False oder eine EwsAllowedAppIDs-Liste ohne die Client-ID der App (%1) blockiert EWS für die App.</translation>
    </message>
    <message>
        <source>The mailbox&apos;s own EWS settings: EwsEnabled False here blocks EWS for this mailbox whatever the organisation setting says.</source>
        <translation>Die eigenen EWS-Einstellungen des Postfachs: EwsEnabled False blockiert hier EWS für dieses Postfach, unabhängig von der Einstellung der Organisation.</translation>
    </message>
    <message>
        <source>Who still holds ApplicationImpersonation (retired in Exchange Online; an error or an empty list means the role is gone).</source>
        <translation>Wer noch ApplicationImpersonation besitzt (in Exchange Online eingestellt; ein Fehler oder eine leere Liste bedeutet, dass die Rolle nicht mehr existiert).</translation>
    </message>
    <message>
        <source>Whether the app may open the mailbox through RBAC for Applications (InScope True).</source>
        <translation>Ob die App das Postfach über RBAC für Anwendungen öffnen darf (InScope True).</translation>
    </message>
    <message>
        <source>Whether the migration account has FullAccess on the mailbox (no admin role grants it by itself).</source>
        <translation>Ob das Migrationskonto FullAccess für das Postfach hat (keine Administratorrolle gewährt dies von sich aus).</translation>
    </message>
    <message>
        <source>Application access policies that limit the app to some mailboxes.</source>
        <translation>Anwendungszugriffsrichtlinien, die die App auf bestimmte Postfächer beschränken.</translation>
    </message>
    <message>
        <source>Whether such a policy lets the app open this mailbox (AccessCheckResult).</source>
        <translation>Ob eine solche Richtlinie der App erlaubt, dieses Postfach zu öffnen (AccessCheckResult).</translation>
    </message>
    <message>
        <source>Whether Exchange Online has a mailbox for the address, and of which type.</source>
        <translation>Ob Exchange Online ein Postfach für die Adresse hat und welchen Typs.</translation>
    </message>
    <message>
        <source>What the address belongs to when it is not a mailbox (MailUser: the mailbox is elsewhere, for example on-premises).</source>
        <translation>Wozu die Adresse gehört, wenn sie kein Postfach ist (MailUser: Das Postfach befindet sich anderswo, zum Beispiel lokal).</translation>
    </message>
    <message>
        <source>MailUser here, with an Exchange licence assigned, means the cloud mailbox was never created.</source>
        <translation>MailUser bedeutet hier bei zugewiesener Exchange-Lizenz, dass das Cloudpostfach nie erstellt wurde.</translation>
    </message>
    <message>
        <source>Whether a move of the mailbox is in progress.</source>
        <translation>Ob gerade eine Verschiebung des Postfachs läuft.</translation>
    </message>
    <message>
        <source>Whether modern authentication is on for the organisation (it must be: Exchange Online no longer accepts Basic authentication for EWS).</source>
        <translation>Ob die moderne Authentifizierung für die Organisation aktiviert ist (sie muss es sein: Exchange Online akzeptiert für EWS keine Standardauthentifizierung mehr).</translation>
    </message>
    <message>
        <source>Authentication policies that block Basic authentication per protocol.</source>
        <translation>Authentifizierungsrichtlinien, die die Standardauthentifizierung pro Protokoll blockieren.</translation>
    </message>
    <message>
        <source>If the tenant limits the app with RBAC for Applications: whether the mailbox is in the app&apos;s scope (InScope True).</source>
        <translation>Falls der Mandant die App mit RBAC für Anwendungen einschränkt: ob das Postfach im Bereich der App liegt (InScope True).</translation>
    </message>
    <message>
        <source>Who holds ApplicationImpersonation, and for which recipients; the migration account must be listed.</source>
        <translation>Wer ApplicationImpersonation besitzt und für welche Empfänger; das Migrationskonto muss aufgeführt sein.</translation>
    </message>
    <message>
        <source>Whether the migration account has FullAccess on the mailbox.</source>
        <translation>Ob das Migrationskonto FullAccess für das Postfach hat.</translation>
    </message>
    <message>
        <source>Whether the mailbox exists on this organisation and where.</source>
        <translation>Ob das Postfach in dieser Organisation existiert und wo.</translation>
    </message>
    <message>
        <source>Whether every mailbox database is mounted.</source>
        <translation>Ob alle Postfachdatenbanken bereitgestellt sind.</translation>
    </message>
    <message>
        <source>The database of this mailbox, and a move in progress.</source>
        <translation>Die Datenbank dieses Postfachs und eine laufende Verschiebung.</translation>
    </message>
    <message>
        <source>A move request for the mailbox, if any.</source>
        <translation>Eine Verschiebungsanforderung für das Postfach, falls vorhanden.</translation>
    </message>
    <message>
        <source>Which sign-in methods the EWS virtual directories accept.</source>
        <translation>Welche Anmeldemethoden die virtuellen EWS-Verzeichnisse akzeptieren.</translation>
    </message>
    <message>
        <source>The same for Autodiscover.</source>
        <translation>Dasselbe für Autodiscover.</translation>
    </message>
    <message>
        <source>Whether Extended Protection is required on EWS (Require blocks clients that cannot bind NTLM to the TLS channel).</source>
        <translation>Ob Extended Protection (erweiterter Schutz) für EWS erforderlich ist (Require blockiert Clients, die NTLM nicht an den TLS-Kanal binden können).</translation>
    </message>
    <message>
        <source>The EWS URLs the servers publish: the project&apos;s EWS URL must be one of the ExternalUrl values.</source>
        <translation>Die EWS-URLs, die die Server veröffentlichen: Die EWS-URL des Projekts muss einer der ExternalUrl-Werte sein.</translation>
    </message>
    <message>
        <source>The Autodiscover address the servers publish.</source>
        <translation>Die Autodiscover-Adresse, die die Server veröffentlichen.</translation>
    </message>
    <message>
        <source>The certificates bound to IIS: the EWS host name must be in CertificateDomains and NotAfter in the future.</source>
        <translation>Die an IIS gebundenen Zertifikate: Der EWS-Hostname muss in CertificateDomains stehen und NotAfter in der Zukunft liegen.</translation>
    </message>
    <message>
        <source>Which throttling policy applies to the migration account.</source>
        <translation>Welche Drosselungsrichtlinie für das Migrationskonto gilt.</translation>
    </message>
    <message>
        <source>The EWS limits of the throttling policies.</source>
        <translation>Die EWS-Grenzwerte der Drosselungsrichtlinien.</translation>
    </message>
    <message>
        <source>Health sets of the server that are not healthy.</source>
        <translation>Integritätssätze (Health Sets) des Servers, die nicht fehlerfrei sind.</translation>
    </message>
    <message>
        <source>The account in Active Directory (module ActiveDirectory): Enabled, LockedOut and the last bad password attempt.</source>
        <translation>Das Konto im Active Directory (Modul ActiveDirectory): Enabled, LockedOut und der letzte Fehlversuch bei der Kennworteingabe.</translation>
    </message>
    <message>
        <source>Whether security defaults are on for the tenant (IsEnabled True).</source>
        <translation>Ob die Sicherheitsstandards für den Mandanten aktiviert sind (IsEnabled True).</translation>
    </message>
    <message>
        <source>The Conditional Access policies and whether each is on; the sign-in log entry names the one that applied.</source>
        <translation>Die Richtlinien für bedingten Zugriff und ob jede davon aktiviert ist; der Eintrag im Anmeldeprotokoll nennt die angewendete Richtlinie.</translation>
    </message>
    <message>
        <source>Whether security defaults are on (they require MFA too).</source>
        <translation>Ob die Sicherheitsstandards aktiviert sind (auch sie erfordern MFA).</translation>
    </message>
    <message>
        <source>The MFA methods the migration account has registered.</source>
        <translation>Die MFA-Methoden, die das Migrationskonto registriert hat.</translation>
    </message>
    <message>
        <source>The app registration (no result: the client ID is not registered in this tenant). IsFallbackPublicClient True is needed for sign-in with a user name and password.</source>
        <translation>Die App-Registrierung (kein Ergebnis: Die Client-ID ist in diesem Mandanten nicht registriert). IsFallbackPublicClient True ist für die Anmeldung mit Benutzername und Kennwort erforderlich.</translation>
    </message>
    <message>
        <source>The app&apos;s enterprise application in this tenant: AccountEnabled must be True; AppRoleAssignmentRequired True needs the account assigned.</source>
        <translation>Die Unternehmensanwendung der App in diesem Mandanten: AccountEnabled muss True sein; bei AppRoleAssignmentRequired True muss das Konto zugewiesen sein.</translation>
    </message>
    <message>
        <source>The app&apos;s enterprise application in this tenant (kept in $sp for the next commands).</source>
        <translation>Die Unternehmensanwendung der App in diesem Mandanten (für die nächsten Befehle in $sp gespeichert).</translation>
    </message>
    <message>
        <source>Application permissions with admin consent: Office 365 Exchange Online with AppRoleId dc890d15-9560-4a4c-9b7f-a736ec74ec40 is full_access_as_app.</source>
        <translation>Anwendungsberechtigungen mit Administratoreinwilligung: Office 365 Exchange Online mit AppRoleId dc890d15-9560-4a4c-9b7f-a736ec74ec40 ist full_access_as_app.</translation>
    </message>
    <message>
        <source>Delegated permissions with consent: Scope must contain EWS.AccessAsUser.All for Office 365 Exchange Online.</source>
        <translation>Delegierte Berechtigungen mit Einwilligung: Scope muss EWS.AccessAsUser.All für Office 365 Exchange Online enthalten.</translation>
    </message>
    <message>
        <source>The app&apos;s client secrets: Hint is the first characters of each secret&apos;s value (the project needs the value, not the secret ID); an EndDateTime in the past means it expired.</source>
        <translation>Die geheimen Clientschlüssel der App: Hint sind die ersten Zeichen des Werts jedes Schlüssels (das Projekt benötigt den Wert, nicht die Geheimnis-ID); ein EndDateTime in der Vergangenheit bedeutet, dass er abgelaufen ist.</translation>
    </message>
    <message>
        <source>Whether the app has a certificate (KeyCredentials); SharePoint app-only access needs one, a client secret is refused.</source>
        <translation>Ob die App ein Zertifikat hat (KeyCredentials); der Nur-App-Zugriff auf SharePoint erfordert eines, ein geheimer Clientschlüssel wird abgelehnt.</translation>
    </message>
    <message>
        <source>The account: AccountEnabled, when the password last changed, whether it is synchronised from on-premises Active Directory.</source>
        <translation>Das Konto: AccountEnabled, wann das Kennwort zuletzt geändert wurde, ob es aus dem lokalen Active Directory synchronisiert wird.</translation>
    </message>
    <message>
        <source>The tenant&apos;s ID (signing in proves the cloud: use -Environment USGov for GCC High, USGovDoD for DoD, China for 21Vianet).</source>
        <translation>Die ID des Mandanten (eine erfolgreiche Anmeldung bestätigt die Cloud: Verwenden Sie -Environment USGov für GCC High, USGovDoD für DoD, China für 21Vianet).</translation>
    </message>
    <message>
        <source>The tenant&apos;s domains: the project&apos;s domain must be listed and verified.</source>
        <translation>Die Domänen des Mandanten: Die Domäne des Projekts muss aufgeführt und überprüft sein.</translation>
    </message>
    <message>
        <source>Whether the domain is federated (AuthenticationType Federated).</source>
        <translation>Ob die Domäne eine Verbunddomäne ist (AuthenticationType Federated).</translation>
    </message>
    <message>
        <source>Where federated sign-ins go (the identity provider that must be reachable).</source>
        <translation>Wohin Verbundanmeldungen gehen (der Identitätsanbieter, der erreichbar sein muss).</translation>
    </message>
    <message>
        <source>The mailbox user&apos;s licences: an Exchange Online plan must be there (Kiosk and F3 licences have no EWS rights).</source>
        <translation>Die Lizenzen des Postfachbenutzers: Ein Exchange Online-Plan muss vorhanden sein (Kiosk- und F3-Lizenzen haben keine EWS-Rechte).</translation>
    </message>
    <message>
        <source>Whether the user is synchronised from on-premises Active Directory.</source>
        <translation>Ob der Benutzer aus dem lokalen Active Directory synchronisiert wird.</translation>
    </message>
    <message>
        <source>The user&apos;s SharePoint service plans: SHAREPOINTSTANDARD or SHAREPOINTENTERPRISE must be there and Success.</source>
        <translation>Die SharePoint-Servicepläne des Benutzers: SHAREPOINTSTANDARD oder SHAREPOINTENTERPRISE muss vorhanden sein und den Status Success haben.</translation>
    </message>
    <message>
        <source>The user&apos;s OneDrive (an error &quot;mysite not found&quot; means it was never created).</source>
        <translation>Das OneDrive des Benutzers (ein Fehler „mysite not found“ bedeutet, dass es nie erstellt wurde).</translation>
    </message>
    <message>
        <source>Connect to the SharePoint Online Management Shell as a SharePoint admin.</source>
        <translation>Stellen Sie als SharePoint-Administrator eine Verbindung mit der SharePoint Online-Verwaltungsshell her.</translation>
    </message>
    <message>
        <source>DisableCustomAppAuthentication True means the older SharePoint app-only model (ACS, client secret) is switched off for the tenant.</source>
        <translation>DisableCustomAppAuthentication True bedeutet, dass das ältere SharePoint-Nur-App-Modell (ACS, geheimer Clientschlüssel) für den Mandanten deaktiviert ist.</translation>
    </message>
    <message>
        <source>The migration tool&apos;s error message</source>
        <translation>Die Fehlermeldung des Migrationstools</translation>
    </message>
    <message>
        <source>Sign in to the Microsoft Entra admin center (%1) as at least a Reports Reader and open Entra ID &gt; Monitoring &amp; health &gt; Sign-in logs.</source>
        <translation>Melden Sie sich mindestens als Berichtleser beim Microsoft Entra Admin Center (%1) an, und öffnen Sie Entra ID &gt; Überwachung und Integrität &gt; Anmeldeprotokolle.</translation>
    </message>
    <message>
        <source>Open the tab Service principal sign-ins (the app signs in with its client ID and secret, without a user).</source>
        <translation>Öffnen Sie die Registerkarte Dienstprinzipalanmeldungen (die App meldet sich mit ihrer Client-ID und ihrem geheimen Clientschlüssel an, ohne Benutzer).</translation>
    </message>
    <message>
        <source>Stay on the tab User sign-ins (interactive): a sign-in with a user name and password is logged there.</source>
        <translation>Bleiben Sie auf der Registerkarte Benutzeranmeldungen (interaktiv): Dort wird eine Anmeldung mit Benutzername und Kennwort protokolliert.</translation>
    </message>
    <message>
        <source>Set Date to Custom time range around the time below. The times here are UTC; the portal shows your local time.</source>
        <translation>Setzen Sie Datum auf Benutzerdefinierter Zeitraum um den unten angegebenen Zeitpunkt. Die Zeiten hier sind in UTC angegeben; das Portal zeigt Ihre Ortszeit an.</translation>
    </message>
    <message>
        <source>Select Add filters &gt; Correlation ID and paste the correlation ID; or Add filters &gt; Request ID with the trace ID (the error&apos;s Trace ID is the sign-in&apos;s Request ID).</source>
        <translation>Wählen Sie Filter hinzufügen &gt; Korrelations-ID, und fügen Sie die Korrelations-ID ein, oder wählen Sie Filter hinzufügen &gt; Anforderungs-ID mit der Trace-ID (die Trace ID des Fehlers ist die Anforderungs-ID der Anmeldung).</translation>
    </message>
    <message>
        <source>Open the entry: Basic info shows the sign-in error code and the failure reason; the Conditional Access tab shows which policy applied and what it required.</source>
        <translation>Öffnen Sie den Eintrag: Grundlegende Informationen zeigt den Fehlercode der Anmeldung und den Fehlergrund; die Registerkarte Bedingter Zugriff zeigt, welche Richtlinie angewendet wurde und was sie verlangt hat.</translation>
    </message>
    <message>
        <source>The user sign-in with this correlation ID (Microsoft Graph returns sign-in logs only with an Entra ID P1 or P2 licence; the admin center shows them with every edition).</source>
        <translation>Die Benutzeranmeldung mit dieser Korrelations-ID (Microsoft Graph liefert Anmeldeprotokolle nur mit einer Entra ID P1- oder P2-Lizenz; das Admin Center zeigt sie in jeder Edition an).</translation>
    </message>
    <message>
        <source>No finding of this diagnosis needs a tenant or Exchange admin.</source>
        <translation>Kein Befund dieser Diagnose erfordert einen Mandanten- oder Exchange-Administrator.</translation>
    </message>
    <message>
        <source>ruled out by %1</source>
        <translation>ausgeschlossen durch %1</translation>
    </message>
    <message>
        <source>+%1 after the start</source>
        <translation>+%1 nach dem Start</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Could not write the PDF report to %1: %2</source>
        <translation>Der PDF-Bericht konnte nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Could not write the PDF report to %1.</source>
        <translation>Der PDF-Bericht konnte nicht nach %1 geschrieben werden.</translation>
    </message>
    <message>
        <source>Exchange Online</source>
        <translation>Exchange Online</translation>
    </message>
    <message>
        <source>Exchange Server (on-premises)</source>
        <translation>Exchange Server (lokal)</translation>
    </message>
    <message>
        <source>OneDrive for Business</source>
        <translation>OneDrive for Business</translation>
    </message>
    <message>
        <source>an unknown endpoint</source>
        <translation>ein unbekannter Endpunkt</translation>
    </message>
    <message>
        <source>source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>side not given</source>
        <translation>Seite nicht angegeben</translation>
    </message>
    <message>
        <source>commercial cloud</source>
        <translation>kommerzielle Cloud</translation>
    </message>
    <message>
        <source>GCC</source>
        <translation>GCC</translation>
    </message>
    <message>
        <source>GCC High</source>
        <translation>GCC High</translation>
    </message>
    <message>
        <source>DoD</source>
        <translation>DoD</translation>
    </message>
    <message>
        <source>21Vianet (China)</source>
        <translation>21Vianet (China)</translation>
    </message>
    <message>
        <source>modern authentication with a user name and password</source>
        <translation>moderne Authentifizierung mit Benutzername und Kennwort</translation>
    </message>
    <message>
        <source>modern authentication, app-only with a client secret</source>
        <translation>moderne Authentifizierung, Nur-App mit geheimem Clientschlüssel</translation>
    </message>
    <message>
        <source>Basic authentication</source>
        <translation>Standardauthentifizierung</translation>
    </message>
    <message>
        <source>NTLM</source>
        <translation>NTLM</translation>
    </message>
    <message>
        <source>sign-in method not given</source>
        <translation>Anmeldemethode nicht angegeben</translation>
    </message>
    <message>
        <source>high confidence</source>
        <translation>hohe Konfidenz</translation>
    </message>
    <message>
        <source>medium confidence</source>
        <translation>mittlere Konfidenz</translation>
    </message>
    <message>
        <source>low confidence</source>
        <translation>geringe Konfidenz</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>no verdict (error)</source>
        <translation>kein Urteil (Fehler)</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>nicht beantwortet</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>not sure</source>
        <translation>nicht sicher</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>keine rechtzeitige Antwort</translation>
    </message>
    <message>
        <source>TLS (certificate) error</source>
        <translation>TLS-Fehler (Zertifikat)</translation>
    </message>
    <message>
        <source>host name not found</source>
        <translation>Hostname nicht gefunden</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>answer too large</source>
        <translation>Antwort zu groß</translation>
    </message>
    <message>
        <source>not sent (blocked for safety)</source>
        <translation>nicht gesendet (aus Sicherheitsgründen blockiert)</translation>
    </message>
    <message>
        <source>network error</source>
        <translation>Netzwerkfehler</translation>
    </message>
    <message>
        <source>the pasted error message</source>
        <translation>die eingefügte Fehlermeldung</translation>
    </message>
    <message>
        <source>your answer to &quot;%1&quot;</source>
        <translation>Ihre Antwort auf „%1“</translation>
    </message>
    <message>
        <source>your answer</source>
        <translation>Ihre Antwort</translation>
    </message>
    <message>
        <source>AuthDoctor report</source>
        <translation>AuthDoctor-Bericht</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was passiert ist</translation>
    </message>
    <message>
        <source>The migration tool reported</source>
        <translation>Das Migrationstool meldete</translation>
    </message>
    <message>
        <source>The cause</source>
        <translation>Die Ursache</translation>
    </message>
    <message>
        <source>Why we believe it</source>
        <translation>Warum wir davon ausgehen</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <source>Who must act</source>
        <translation>Wer handeln muss</translation>
    </message>
    <message>
        <source>How long the change takes to apply</source>
        <translation>Dauer bis zur Wirkung</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Other findings</source>
        <translation>Weitere Befunde</translation>
    </message>
    <message>
        <source>Ruled out</source>
        <translation>Ausgeschlossen</translation>
    </message>
    <message>
        <source>Questions and answers</source>
        <translation>Fragen und Antworten</translation>
    </message>
    <message>
        <source>For the admin: confirm the cause (read-only)</source>
        <translation>Für den Administrator: Ursache bestätigen (nur lesend)</translation>
    </message>
    <message>
        <source>Every command below only reads settings; none of them changes the tenant or the server. Run them, compare the result with what each line says to look for, then apply the steps above.</source>
        <translation>Jeder der folgenden Befehle liest nur Einstellungen; keiner davon ändert den Mandanten oder den Server. Führen Sie sie aus, vergleichen Sie das Ergebnis mit dem, worauf Sie laut der jeweiligen Zeile achten sollen, und wenden Sie dann die obigen Schritte an.</translation>
    </message>
    <message>
        <source>Admin consent for the project&apos;s app</source>
        <translation>Administratoreinwilligung für die App des Projekts</translation>
    </message>
    <message>
        <source>Find the failed sign-in in the Entra sign-in logs</source>
        <translation>Die fehlgeschlagene Anmeldung in den Entra-Anmeldeprotokollen finden</translation>
    </message>
    <message>
        <source>No failed sign-in with an ID was recorded; filter by the account and the time of the diagnosis instead.</source>
        <translation>Es wurde keine fehlgeschlagene Anmeldung mit einer ID aufgezeichnet; filtern Sie stattdessen nach dem Konto und dem Zeitpunkt der Diagnose.</translation>
    </message>
    <message>
        <source>Technical appendix</source>
        <translation>Technischer Anhang</translation>
    </message>
    <message>
        <source>About this diagnosis</source>
        <translation>Über diese Diagnose</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Eingaben</translation>
    </message>
    <message>
        <source>Error message (as pasted; credentials masked)</source>
        <translation>Fehlermeldung (wie eingefügt; Anmeldedaten maskiert)</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Codes</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Fakten</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anforderung</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Request body (excerpt, redacted)</source>
        <translation>Anforderungstext (Auszug, geschwärzt)</translation>
    </message>
    <message>
        <source>Response body (excerpt, redacted)</source>
        <translation>Antworttext (Auszug, geschwärzt)</translation>
    </message>
    <message>
        <source>Request IDs and timestamps</source>
        <translation>Anforderungs-IDs und Zeitstempel</translation>
    </message>
    <message>
        <source>No HTTP answer</source>
        <translation>Keine HTTP-Antwort</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Konfidenz</translation>
    </message>
    <message>
        <source>Points to</source>
        <translation>Weist hin auf</translation>
    </message>
    <message>
        <source>Rules out</source>
        <translation>Schließt aus</translation>
    </message>
    <message>
        <source>Knowledge-base section</source>
        <translation>Abschnitt der Wissensdatenbank</translation>
    </message>
    <message>
        <source>Passwords, client secrets, tokens and cookies are never part of this report; anything in the evidence or the pasted error that looks like a credential is masked.</source>
        <translation>Kennwörter, geheime Clientschlüssel, Token und Cookies sind nie Teil dieses Berichts; alles in den Nachweisen oder in der eingefügten Fehlermeldung, was wie Anmeldedaten aussieht, wird maskiert.</translation>
    </message>
    <message>
        <source>No check ran.</source>
        <translation>Es wurde keine Prüfung ausgeführt.</translation>
    </message>
    <message>
        <source>Finding ID</source>
        <translation>Befund-ID</translation>
    </message>
    <message>
        <source>The diagnosis did not complete; what it found so far is below.</source>
        <translation>Die Diagnose wurde nicht abgeschlossen; die bisherigen Ergebnisse stehen unten.</translation>
    </message>
    <message>
        <source>A cause that blocks the migration was found.</source>
        <translation>Es wurde eine Ursache gefunden, die die Migration blockiert.</translation>
    </message>
    <message>
        <source>No blocking cause: the sign-in works with these settings now.</source>
        <translation>Keine blockierende Ursache: Die Anmeldung funktioniert mit diesen Einstellungen jetzt.</translation>
    </message>
    <message>
        <source>No known cause matched: the raw codes and IDs below are for a support ticket.</source>
        <translation>Keine bekannte Ursache passt: Die folgenden Rohcodes und IDs sind für ein Supportticket gedacht.</translation>
    </message>
    <message>
        <source>AuthDoctor could not name one cause</source>
        <translation>AuthDoctor konnte keine eindeutige Ursache benennen</translation>
    </message>
    <message>
        <source>the project&apos;s account</source>
        <translation>das Konto des Projekts</translation>
    </message>
    <message>
        <source>the app %1</source>
        <translation>die App %1</translation>
    </message>
    <message>
        <source>AuthDoctor tested how the migration tool signs in to %1 as %2 (%3 side, %4, %5) on %6.</source>
        <translation>AuthDoctor hat am %6 getestet, wie sich das Migrationstool als %2 bei %1 anmeldet (Seite: %3, %4, %5).</translation>
    </message>
    <message>
        <source>Checks: %1 passed, %2 failed, %3 skipped.</source>
        <translation>Prüfungen: %1 bestanden, %2 fehlgeschlagen, %3 übersprungen.</translation>
    </message>
    <message>
        <source>Evidence: %1.</source>
        <translation>Nachweise: %1.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>This is the fix, not a check: a Global Administrator (or a Privileged Role or Cloud Application Administrator) who opens it sees the permissions the app asks for and, on Accept, grants them for the whole tenant. Check the list before accepting.</source>
        <translation>Dies ist die Lösung, keine Prüfung: Ein globaler Administrator (oder ein Administrator für privilegierte Rollen bzw. ein Cloudanwendungsadministrator), der den Link öffnet, sieht die Berechtigungen, die die App anfordert, und erteilt sie mit Akzeptieren für den gesamten Mandanten. Prüfen Sie die Liste, bevor Sie akzeptieren.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Timestamp (Microsoft)</source>
        <translation>Zeitstempel (Microsoft)</translation>
    </message>
    <message>
        <source>Correlation ID</source>
        <translation>Korrelations-ID</translation>
    </message>
    <message>
        <source>Request ID (Trace ID)</source>
        <translation>Anforderungs-ID (Trace ID)</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>unknown time</source>
        <translation>unbekannte Zeit</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>PRACTICE: simulated tenant, not a real diagnosis</source>
        <translation>ÜBUNG: simulierter Mandant, keine echte Diagnose</translation>
    </message>
    <message>
        <source>PRACTICE: simulated tenant (scenario %1), not a real diagnosis</source>
        <translation>ÜBUNG: simulierter Mandant (Szenario %1), keine echte Diagnose</translation>
    </message>
    <message>
        <source>Diagnosis run</source>
        <translation>Diagnoselauf</translation>
    </message>
    <message>
        <source>AuthDoctor version</source>
        <translation>AuthDoctor-Version</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Practice scenario</source>
        <translation>Übungsszenario</translation>
    </message>
    <message>
        <source>Report made with</source>
        <translation>Bericht erstellt mit</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>Cloud</translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation>Anmeldemethode</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation>Postfach</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>EWS URL</source>
        <translation>EWS-URL</translation>
    </message>
    <message numerus="yes">
        <source>[%n characters masked]</source>
        <translation>
            <numerusform>[%n Zeichen maskiert]</numerusform>
            <numerusform>[%n Zeichen maskiert]</numerusform>
        </translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>a label followed by its value; French: no-break space before the colon</comment>
        <translation>%1:</translation>
    </message>
</context>
<context>
    <name>AuthDoctor::SecretStore</name>
    <message>
        <source>The system keychain did not answer in time.</source>
        <translation>Der Systemschlüsselbund hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>Nothing is stored in the system keychain for this account.</source>
        <translation>Im Systemschlüsselbund ist für dieses Konto nichts gespeichert.</translation>
    </message>
    <message>
        <source>The system keychain refused access.</source>
        <translation>Der Systemschlüsselbund hat den Zugriff verweigert.</translation>
    </message>
    <message>
        <source>No system keychain is available on this computer.</source>
        <translation>Auf diesem Computer ist kein Systemschlüsselbund verfügbar.</translation>
    </message>
    <message>
        <source>The system keychain is not supported on this platform.</source>
        <translation>Der Systemschlüsselbund wird auf dieser Plattform nicht unterstützt.</translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1</source>
        <translation>Der Systemschlüsselbund hat einen Fehler gemeldet: %1</translation>
    </message>
</context>
<context>
    <name>AuthDoctor::Session</name>
    <message>
        <source>Cannot open %1: the file is empty.</source>
        <translation>%1 kann nicht geöffnet werden: Die Datei ist leer.</translation>
    </message>
    <message>
        <source>Cannot open %1: the file is incomplete, it ends in the middle of the session (it may have been copied or downloaded only in part).</source>
        <translation>%1 kann nicht geöffnet werden: Die Datei ist unvollständig, sie endet mitten in der Sitzung (sie wurde möglicherweise nur teilweise kopiert oder heruntergeladen).</translation>
    </message>
    <message>
        <source>Cannot open %1: it is not an AuthDoctor session (its content is not JSON: %2 at byte %3).</source>
        <translation>%1 kann nicht geöffnet werden: Die Datei ist keine AuthDoctor-Sitzung (ihr Inhalt ist kein JSON: %2 bei Byte %3).</translation>
    </message>
    <message>
        <source>Cannot open %1: it is not an AuthDoctor session file.</source>
        <translation>%1 kann nicht geöffnet werden: Die Datei ist keine AuthDoctor-Sitzungsdatei.</translation>
    </message>
    <message>
        <source>Cannot open %1: it is the output of &quot;authdoctor diagnose --json&quot;, not a session. Save a session with &quot;authdoctor diagnose --save FILE.authdiag&quot;.</source>
        <translation>%1 kann nicht geöffnet werden: Die Datei ist die Ausgabe von „authdoctor diagnose --json“, keine Sitzung. Speichern Sie eine Sitzung mit „authdoctor diagnose --save FILE.authdiag“.</translation>
    </message>
    <message>
        <source>Cannot open %1: it is not an AuthDoctor session file (its schema is &quot;%2&quot;).</source>
        <translation>%1 kann nicht geöffnet werden: Die Datei ist keine AuthDoctor-Sitzungsdatei (ihr Schema ist „%2“).</translation>
    </message>
    <message>
        <source>Cannot open %1: it was saved by a newer AuthDoctor (session format %2; this version reads formats up to %3). Update AuthDoctor to open it.</source>
        <translation>%1 kann nicht geöffnet werden: Die Datei wurde von einer neueren AuthDoctor-Version gespeichert (Sitzungsformat %2; diese Version liest Formate bis %3). Aktualisieren Sie AuthDoctor, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>Cannot open %1: it uses session format %2, which this version of AuthDoctor cannot read.</source>
        <translation>%1 kann nicht geöffnet werden: Die Datei verwendet das Sitzungsformat %2, das diese AuthDoctor-Version nicht lesen kann.</translation>
    </message>
    <message>
        <source>Cannot open %1: the file is damaged (the field &quot;%2&quot; is missing or not valid).</source>
        <translation>%1 kann nicht geöffnet werden: Die Datei ist beschädigt (das Feld „%2“ fehlt oder ist ungültig).</translation>
    </message>
    <message>
        <source>Cannot open %1: there is no such file.</source>
        <translation>%1 kann nicht geöffnet werden: Diese Datei existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot open %1: it is a folder, not a session file.</source>
        <translation>%1 kann nicht geöffnet werden: Es handelt sich um einen Ordner, nicht um eine Sitzungsdatei.</translation>
    </message>
    <message>
        <source>Cannot open %1: it is not a regular file.</source>
        <translation>%1 kann nicht geöffnet werden: Es handelt sich nicht um eine reguläre Datei.</translation>
    </message>
    <message>
        <source>Cannot open %1: it is too large for an AuthDoctor session (%2 MB; the limit is %3 MB).</source>
        <translation>%1 kann nicht geöffnet werden: Die Datei ist zu groß für eine AuthDoctor-Sitzung (%2 MB; die Grenze liegt bei %3 MB).</translation>
    </message>
    <message>
        <source>Cannot open %1: it cannot be read (%2).</source>
        <translation>%1 kann nicht geöffnet werden: Die Datei kann nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>Cannot save the session as %1: it is a folder.</source>
        <translation>Die Sitzung kann nicht als %1 gespeichert werden: Es handelt sich um einen Ordner.</translation>
    </message>
    <message>
        <source>Cannot save the session as %1: %2</source>
        <translation>Die Sitzung kann nicht als %1 gespeichert werden: %2</translation>
    </message>
</context>
</TS>
