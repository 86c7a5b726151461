<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AuthDoctor::Scenarios</name>
    <message>
        <source>Source admin account has been disabled</source>
        <translation>Administratorkonto auf der Quellseite wurde deaktiviert</translation>
    </message>
    <message>
        <source>The account the project uses on the source side was blocked from signing in, for example when its owner left the company. The password is still the same, but Microsoft Entra ID refuses every sign-in for it. Learn which answer names a disabled account and who can change that.</source>
        <translation>Das Konto, das das Projekt auf der Quellseite verwendet, wurde für die Anmeldung blockiert, zum Beispiel weil sein Inhaber das Unternehmen verlassen hat. Das Kennwort ist unverändert, aber Microsoft Entra ID lehnt jede Anmeldung mit diesem Konto ab. Lernen Sie, welche Antwort auf ein deaktiviertes Konto hinweist und wer das ändern kann.</translation>
    </message>
    <message>
        <source>Destination admin account is locked after too many failed sign-ins</source>
        <translation>Administratorkonto auf der Zielseite nach zu vielen fehlgeschlagenen Anmeldungen gesperrt</translation>
    </message>
    <message>
        <source>Too many sign-in attempts with a wrong password locked the destination admin account for a while. Every further attempt, even with the right password, is refused until the lock expires. Learn how a lockout looks on the wire and why retrying again and again makes it worse.</source>
        <translation>Zu viele Anmeldeversuche mit einem falschen Kennwort haben das Administratorkonto auf der Zielseite vorübergehend gesperrt. Jeder weitere Versuch wird abgewiesen, selbst mit dem richtigen Kennwort, bis die Sperre abläuft. Lernen Sie, wie eine Kontosperre im Datenverkehr aussieht und warum ständiges Wiederholen alles nur schlimmer macht.</translation>
    </message>
    <message>
        <source>App-only registration was never granted admin consent</source>
        <translation>Für die App-only-Registrierung wurde nie die Administratorzustimmung erteilt</translation>
    </message>
    <message>
        <source>The project signs in as an application with a client secret, and the app registration lists the Exchange permission it needs. Admin consent was never granted, so the token is issued without any Exchange permission and Exchange refuses it. Learn to read the permissions inside a token and the Exchange diagnostics header.</source>
        <translation>Das Projekt meldet sich als Anwendung mit einem geheimen Clientschlüssel an, und die App-Registrierung führt die benötigte Exchange-Berechtigung auf. Die Administratorzustimmung wurde jedoch nie erteilt, daher wird das Token ohne jede Exchange-Berechtigung ausgestellt, und Exchange lehnt es ab. Lernen Sie, die Berechtigungen in einem Token und den Diagnose-Header von Exchange zu lesen.</translation>
    </message>
    <message>
        <source>Exchange Online project still set to Basic authentication</source>
        <translation>Exchange Online-Projekt noch auf Standardauthentifizierung (Basic) eingestellt</translation>
    </message>
    <message>
        <source>The destination endpoint is configured to send the admin&apos;s username and password directly to Exchange Online (Basic authentication). Microsoft has switched Basic authentication off for Exchange Web Services and Autodiscover in every tenant, so even the right password is refused. Learn how the retirement shows up on the wire and why a password reset cannot help.</source>
        <translation>Der Endpunkt auf der Zielseite ist so konfiguriert, dass er Benutzername und Kennwort des Administrators direkt an Exchange Online sendet (Standardauthentifizierung, Basic). Microsoft hat die Standardauthentifizierung für die Exchange-Webdienste und Autodiscover in allen Mandanten abgeschaltet, daher wird selbst das richtige Kennwort abgewiesen. Lernen Sie, wie sich die Abschaltung im Datenverkehr zeigt und warum das Zurücksetzen des Kennworts nicht helfen kann.</translation>
    </message>
    <message>
        <source>App-only project holds the client secret&apos;s ID instead of its value</source>
        <translation>App-only-Projekt enthält die ID des geheimen Clientschlüssels statt seines Werts</translation>
    </message>
    <message>
        <source>The project signs in as an application, but the secret field contains the secret&apos;s ID that the Entra admin center shows next to it, not the secret value itself. Microsoft Entra ID rejects the application before any mailbox is contacted. Learn how a bad or expired client secret is reported and why the value can only be copied once.</source>
        <translation>Das Projekt meldet sich als Anwendung an, aber im Feld für den geheimen Schlüssel steht die ID, die das Entra Admin Center daneben anzeigt, nicht der Wert des geheimen Schlüssels selbst. Microsoft Entra ID weist die Anwendung ab, bevor überhaupt ein Postfach angesprochen wird. Lernen Sie, wie ein falscher oder abgelaufener geheimer Clientschlüssel gemeldet wird und warum sich der Wert nur einmal kopieren lässt.</translation>
    </message>
    <message>
        <source>A Conditional Access policy blocks the migration account</source>
        <translation>Eine Richtlinie für bedingten Zugriff blockiert das Migrationskonto</translation>
    </message>
    <message>
        <source>An administrator of the destination tenant created a Conditional Access policy that covers the migration account. The password is right, but Microsoft Entra ID refuses to issue a token because of the policy. Learn which codes point at Conditional Access and which IDs an administrator needs to find the policy in the sign-in logs.</source>
        <translation>Ein Administrator des Zielmandanten hat eine Richtlinie für bedingten Zugriff erstellt, die das Migrationskonto erfasst. Das Kennwort ist richtig, aber Microsoft Entra ID verweigert wegen der Richtlinie die Ausstellung eines Tokens. Lernen Sie, welche Codes auf bedingten Zugriff hinweisen und welche IDs ein Administrator braucht, um die Richtlinie in den Anmeldeprotokollen zu finden.</translation>
    </message>
    <message>
        <source>Delegated app registration has no admin consent</source>
        <translation>Delegierte App-Registrierung ohne Administratorzustimmung</translation>
    </message>
    <message>
        <source>The app registration used by the project asks for access to Exchange Web Services on behalf of the signed-in admin, but nobody granted consent in the destination tenant. The password is right; the token is refused because of the missing consent. Learn how consent problems differ from credential problems and who may grant consent.</source>
        <translation>Die vom Projekt verwendete App-Registrierung fordert im Namen des angemeldeten Administrators Zugriff auf die Exchange-Webdienste an, aber im Zielmandanten hat niemand die Zustimmung erteilt. Das Kennwort ist richtig; das Token wird wegen der fehlenden Zustimmung verweigert. Lernen Sie, wie sich Zustimmungsprobleme von Problemen mit den Anmeldedaten unterscheiden und wer die Zustimmung erteilen darf.</translation>
    </message>
    <message>
        <source>Exchange Web Services switched off for the destination organisation</source>
        <translation>Exchange-Webdienste für die Zielorganisation deaktiviert</translation>
    </message>
    <message>
        <source>An administrator turned Exchange Web Services off for the whole destination organisation. The app signs in and gets a valid token, but every request to the mailbox service is refused. Learn how this differs from a permission problem and why the Exchange Online EWS retirement makes it more common.</source>
        <translation>Ein Administrator hat die Exchange-Webdienste für die gesamte Zielorganisation deaktiviert. Die App meldet sich an und erhält ein gültiges Token, aber jede Anfrage an den Postfachdienst wird abgewiesen. Lernen Sie, wie sich das von einem Berechtigungsproblem unterscheidet und warum es durch die Außerbetriebnahme von EWS in Exchange Online häufiger vorkommt.</translation>
    </message>
    <message>
        <source>Admin account signs in through a federated identity provider (AD FS)</source>
        <translation>Administratorkonto meldet sich über einen Verbund-Identitätsanbieter (AD FS) an</translation>
    </message>
    <message>
        <source>The destination admin account belongs to a domain whose sign-ins are handed to the company&apos;s own identity provider. The migration tool&apos;s plain username-and-password sign-in cannot complete that hand-over, even though the password is right. Learn how the realm lookup shows a federated account, and why the failure then says little about the password itself.</source>
        <translation>Das Administratorkonto auf der Zielseite gehört zu einer Domäne, deren Anmeldungen an den eigenen Identitätsanbieter des Unternehmens übergeben werden. Die einfache Anmeldung des Migrationstools mit Benutzername und Kennwort kann diese Übergabe nicht abschließen, obwohl das Kennwort richtig ist. Lernen Sie, woran die Realm-Abfrage ein Verbundkonto erkennen lässt und warum der Fehler dann wenig über das Kennwort selbst aussagt.</translation>
    </message>
    <message>
        <source>Healthy tenant with an app-only (client secret) migration project</source>
        <translation>Fehlerfreier Mandant mit einem App-only-Migrationsprojekt (geheimer Clientschlüssel)</translation>
    </message>
    <message>
        <source>The destination project signs in as an application with a client secret, the way current migration guides set it up after Exchange Online retired impersonation for user accounts. Every check should pass: the app gets a token with the Exchange permission and can open the mailbox being migrated. Use it to learn what a good app-only token and a successful mailbox access look like.</source>
        <translation>Das Projekt auf der Zielseite meldet sich als Anwendung mit einem geheimen Clientschlüssel an, so wie aktuelle Migrationsanleitungen es einrichten, seit Exchange Online den Identitätswechsel für Benutzerkonten außer Betrieb genommen hat. Alle Prüfungen sollten erfolgreich sein: Die App erhält ein Token mit der Exchange-Berechtigung und kann das zu migrierende Postfach öffnen. Nutzen Sie es, um zu lernen, wie ein einwandfreies App-only-Token und ein erfolgreicher Postfachzugriff aussehen.</translation>
    </message>
    <message>
        <source>Healthy tenant, project using the mailbox owner&apos;s own credentials</source>
        <translation>Fehlerfreier Mandant, Projekt mit den eigenen Anmeldedaten des Postfachinhabers</translation>
    </message>
    <message>
        <source>The project signs in with the end user&apos;s own account to migrate that user&apos;s own mailbox, with a correctly set up delegated app registration. Every check should pass, so nothing in the tenant explains the error the project showed. Learn why a re-entered password or a retry after a short wait is the usual answer then.</source>
        <translation>Das Projekt meldet sich mit dem eigenen Konto des Endbenutzers an, um dessen eigenes Postfach zu migrieren, und verwendet eine korrekt eingerichtete delegierte App-Registrierung. Alle Prüfungen sollten erfolgreich sein; im Mandanten erklärt also nichts den Fehler, den das Projekt angezeigt hat. Lernen Sie, warum dann meist ein erneut eingegebenes Kennwort oder ein neuer Versuch nach kurzer Wartezeit die Lösung ist.</translation>
    </message>
    <message>
        <source>Healthy GCC High tenant with the project set to the GCC High cloud</source>
        <translation>Fehlerfreier GCC High-Mandant, Projekt auf die GCC High-Cloud eingestellt</translation>
    </message>
    <message>
        <source>The destination organisation lives in Microsoft 365 GCC High and the project is set up for that cloud. Every check should pass, against the US Government sign-in, Exchange and Graph hosts instead of the worldwide ones. Compare it with the wrong-cloud scenario to see which answers change.</source>
        <translation>Die Zielorganisation liegt in Microsoft 365 GCC High, und das Projekt ist für diese Cloud eingerichtet. Alle Prüfungen sollten erfolgreich sein, und zwar gegen die Anmelde-, Exchange- und Graph-Hosts von US Government statt gegen die weltweiten. Vergleichen Sie es mit dem Szenario zur falschen Cloud, um zu sehen, welche Antworten sich ändern.</translation>
    </message>
    <message>
        <source>Service account relies on the retired ApplicationImpersonation role</source>
        <translation>Dienstkonto verlässt sich auf die außer Betrieb genommene Rolle ApplicationImpersonation</translation>
    </message>
    <message>
        <source>The destination project signs in with a service account that was given the ApplicationImpersonation role years ago, and nothing else. Exchange Online no longer lets a user account impersonate other mailboxes, so opening the mailbox being migrated fails although the sign-in works. Learn what replaced impersonation in Exchange Online.</source>
        <translation>Das Projekt auf der Zielseite meldet sich mit einem Dienstkonto an, dem vor Jahren die Rolle ApplicationImpersonation zugewiesen wurde, und sonst nichts. Exchange Online erlaubt einem Benutzerkonto keinen Identitätswechsel für andere Postfächer mehr, daher schlägt das Öffnen des zu migrierenden Postfachs fehl, obwohl die Anmeldung funktioniert. Lernen Sie, was in Exchange Online an die Stelle des Identitätswechsels getreten ist.</translation>
    </message>
    <message>
        <source>Migration account signs in but has no access to the mailboxes</source>
        <translation>Migrationskonto meldet sich an, hat aber keinen Zugriff auf die Postfächer</translation>
    </message>
    <message>
        <source>The destination project&apos;s migration account signs in without trouble, but it holds no admin role and no access rights to the mailboxes it must migrate. Exchange refuses to open the target mailbox for it. Learn to separate &quot;the sign-in failed&quot; from &quot;the sign-in worked but the account may not do this&quot;.</source>
        <translation>Das Migrationskonto des Projekts auf der Zielseite meldet sich problemlos an, hat aber weder eine Administratorrolle noch Zugriffsrechte auf die Postfächer, die es migrieren soll. Exchange verweigert ihm das Öffnen des Zielpostfachs. Lernen Sie, „die Anmeldung ist fehlgeschlagen“ von „die Anmeldung hat funktioniert, aber das Konto darf das nicht“ zu unterscheiden.</translation>
    </message>
    <message>
        <source>Destination user has no Exchange Online licence and no mailbox</source>
        <translation>Benutzer auf der Zielseite hat keine Exchange Online-Lizenz und kein Postfach</translation>
    </message>
    <message>
        <source>The user exists in the destination tenant, but the licence assigned to them contains no Exchange Online plan, so no mailbox was ever created. Signing in works; opening the mailbox being migrated fails. Learn which licence plans really give a mailbox and why one Exchange plan in the list can mislead.</source>
        <translation>Der Benutzer existiert im Zielmandanten, aber die ihm zugewiesene Lizenz enthält keinen Exchange Online-Plan, daher wurde nie ein Postfach angelegt. Die Anmeldung funktioniert; das Öffnen des zu migrierenden Postfachs schlägt fehl. Lernen Sie, welche Lizenzpläne wirklich ein Postfach bereitstellen und warum ein einzelner Exchange-Plan in der Liste in die Irre führen kann.</translation>
    </message>
    <message>
        <source>Synced user is licensed, but the cloud mailbox was never created</source>
        <translation>Synchronisierter Benutzer ist lizenziert, aber das Cloudpostfach wurde nie angelegt</translation>
    </message>
    <message>
        <source>The destination user comes from the on-premises directory through Microsoft Entra Connect and has an Exchange Online licence. Because the directory still says the mailbox lives on-premises, Exchange Online never created a cloud mailbox for this user. Learn how a synchronised account can look licensed and still have no mailbox to migrate into.</source>
        <translation>Der Benutzer auf der Zielseite stammt über Microsoft Entra Connect aus dem lokalen Verzeichnis und hat eine Exchange Online-Lizenz. Da im Verzeichnis noch steht, dass das Postfach lokal liegt, hat Exchange Online für diesen Benutzer nie ein Cloudpostfach angelegt. Lernen Sie, wie ein synchronisiertes Konto lizenziert aussehen und trotzdem kein Postfach haben kann, in das migriert werden könnte.</translation>
    </message>
    <message>
        <source>Exchange Online admin account has MFA turned on</source>
        <translation>MFA für das Exchange Online-Administratorkonto aktiviert</translation>
    </message>
    <message>
        <source>The destination admin account must complete multi-factor authentication at every sign-in. The password is accepted, but the sign-in stops at the second factor, which a migration tool cannot answer. Learn which answer proves the password was right and the block is a policy.</source>
        <translation>Das Administratorkonto auf der Zielseite muss bei jeder Anmeldung die mehrstufige Authentifizierung (MFA) durchlaufen. Das Kennwort wird akzeptiert, aber die Anmeldung bleibt beim zweiten Faktor stehen, den ein Migrationstool nicht liefern kann. Lernen Sie, welche Antwort beweist, dass das Kennwort richtig war und die Sperre von einer Richtlinie ausgeht.</translation>
    </message>
    <message>
        <source>Project uses an application (client) ID that the tenant does not know</source>
        <translation>Projekt verwendet eine Anwendungs-ID (Client), die der Mandant nicht kennt</translation>
    </message>
    <message>
        <source>The project&apos;s modern authentication settings contain a client ID that was never registered in the destination tenant, for example one copied from another customer&apos;s project. Microsoft Entra ID rejects the request before it looks at the account. Learn what the app registration must provide and where the project&apos;s client and tenant IDs come from.</source>
        <translation>Die Einstellungen für die moderne Authentifizierung im Projekt enthalten eine Client-ID, die im Zielmandanten nie registriert wurde, zum Beispiel eine aus dem Projekt eines anderen Kunden kopierte. Microsoft Entra ID weist die Anfrage ab, bevor es das Konto überhaupt prüft. Lernen Sie, was die App-Registrierung bereitstellen muss und woher die Client-ID und die Mandanten-ID des Projekts stammen.</translation>
    </message>
    <message>
        <source>Destination account created a few hours ago, mailbox still being set up</source>
        <translation>Konto auf der Zielseite vor wenigen Stunden angelegt, Postfach wird noch eingerichtet</translation>
    </message>
    <message>
        <source>The destination user was created and licensed a few hours ago, and the admin center already shows them. Microsoft 365 is still creating the mailbox behind the scenes, so programmatic access fails for now. Learn how to recognise an account that is simply too new, and how long to wait.</source>
        <translation>Der Benutzer auf der Zielseite wurde vor wenigen Stunden angelegt und lizenziert, und das Admin Center zeigt ihn bereits an. Microsoft 365 legt das Postfach im Hintergrund noch an, daher schlägt der programmgesteuerte Zugriff vorerst fehl. Lernen Sie, ein Konto zu erkennen, das einfach zu neu ist, und wie lange Sie warten sollten.</translation>
    </message>
    <message>
        <source>Source admin account&apos;s password has expired</source>
        <translation>Kennwort des Administratorkontos auf der Quellseite ist abgelaufen</translation>
    </message>
    <message>
        <source>The source admin account still has the password entered in the project, but that password has expired. A person would be asked to choose a new password at sign-in; the migration tool can only fail. Learn how an expired password differs from a wrong one on the wire.</source>
        <translation>Das Administratorkonto auf der Quellseite hat noch das im Projekt eingetragene Kennwort, aber dieses Kennwort ist abgelaufen. Ein Mensch würde bei der Anmeldung aufgefordert, ein neues Kennwort zu wählen; das Migrationstool kann nur scheitern. Lernen Sie, wie sich ein abgelaufenes Kennwort im Datenverkehr von einem falschen unterscheidet.</translation>
    </message>
    <message>
        <source>App registration does not allow public client flows</source>
        <translation>App-Registrierung lässt keine öffentlichen Clientflows zu</translation>
    </message>
    <message>
        <source>The delegated app registration exists and has the right permissions, but it is set up as a confidential application. A sign-in with only a username and password, without a client secret, is therefore refused before the account is checked. Learn which app registration setting a username-and-password sign-in depends on.</source>
        <translation>Die delegierte App-Registrierung existiert und hat die richtigen Berechtigungen, ist aber als vertrauliche Anwendung eingerichtet. Eine Anmeldung nur mit Benutzername und Kennwort, ohne geheimen Clientschlüssel, wird daher abgewiesen, bevor das Konto geprüft wird. Lernen Sie, von welcher Einstellung der App-Registrierung eine Anmeldung mit Benutzername und Kennwort abhängt.</translation>
    </message>
    <message>
        <source>Security defaults switched on in the destination tenant</source>
        <translation>Sicherheitsstandards im Zielmandanten aktiviert</translation>
    </message>
    <message>
        <source>Exchange Online project points to a tenant domain that does not exist</source>
        <translation>Exchange Online-Projekt verweist auf eine Mandantendomäne, die nicht existiert</translation>
    </message>
    <message>
        <source>The tenant field of the project contains a mistyped domain, so Microsoft Entra ID cannot find the organisation at all. No credential is checked: the discovery requests already fail. Learn which unauthenticated lookups prove whether a tenant exists and which cloud it lives in.</source>
        <translation>Das Mandantenfeld des Projekts enthält eine falsch geschriebene Domäne, daher findet Microsoft Entra ID die Organisation überhaupt nicht. Es werden keine Anmeldedaten geprüft: Schon die Ermittlungsanfragen schlagen fehl. Lernen Sie, welche Abfragen ohne Anmeldung belegen, ob ein Mandant existiert und in welcher Cloud er liegt.</translation>
    </message>
    <message>
        <source>Destination tenant is throttling the migration</source>
        <translation>Zielmandant drosselt die Migration</translation>
    </message>
    <message>
        <source>Many mailboxes are being migrated at the same time, and Microsoft 365 has started to slow the migration down. The first requests succeed, then the services answer that they are busy and ask the client to wait. Learn how throttling can hide behind a 401 and what the answers say about how long to wait.</source>
        <translation>Viele Postfächer werden gleichzeitig migriert, und Microsoft 365 hat begonnen, die Migration zu verlangsamen. Die ersten Anfragen sind erfolgreich, dann antworten die Dienste, dass sie ausgelastet sind, und bitten den Client zu warten. Lernen Sie, wie sich eine Drosselung hinter einem 401 verbergen kann und was die Antworten darüber aussagen, wie lange Sie warten sollten.</translation>
    </message>
    <message>
        <source>Sign-in fails with an error code no known cause explains</source>
        <translation>Anmeldung schlägt mit einem Fehlercode fehl, den keine bekannte Ursache erklärt</translation>
    </message>
    <message>
        <source>Microsoft Entra ID refuses the token request with an error code that none of the usual causes covers. The right move is not to guess but to collect the raw code, the trace and correlation IDs and the time for a support ticket. Learn which details Microsoft support needs to look up a failed sign-in.</source>
        <translation>Microsoft Entra ID lehnt die Tokenanfrage mit einem Fehlercode ab, den keine der üblichen Ursachen abdeckt. Richtig ist es dann, nicht zu raten, sondern den unveränderten Code, die Trace- und Korrelations-IDs sowie den Zeitpunkt für ein Supportticket zu sammeln. Lernen Sie, welche Angaben der Microsoft-Support braucht, um eine fehlgeschlagene Anmeldung nachzuschlagen.</translation>
    </message>
    <message>
        <source>GCC High tenant addressed through the commercial Microsoft 365 cloud</source>
        <translation>GCC High-Mandant wird über die kommerzielle Microsoft 365-Cloud angesprochen</translation>
    </message>
    <message>
        <source>The destination organisation lives in Microsoft 365 GCC High, but the project is set up for the commercial (worldwide) cloud. The tenant is found, yet the commercial sign-in service refuses to issue tokens for it. Learn which answers reveal the cloud a tenant belongs to.</source>
        <translation>Die Zielorganisation liegt in Microsoft 365 GCC High, aber das Projekt ist für die kommerzielle (weltweite) Cloud eingerichtet. Der Mandant wird gefunden, doch der kommerzielle Anmeldedienst verweigert die Ausstellung von Token für ihn. Lernen Sie, welche Antworten verraten, zu welcher Cloud ein Mandant gehört.</translation>
    </message>
    <message>
        <source>Exchange Online admin password in the project is out of date</source>
        <translation>Exchange Online-Administratorkennwort im Projekt ist veraltet</translation>
    </message>
    <message>
        <source>The destination admin account exists and signs in fine in the browser, but the project still holds the password it had before it was changed. Watch how Microsoft Entra ID answers a password it does not accept, and which code tells a bad password apart from a missing account. Learn where the project keeps the credentials it uses.</source>
        <translation>Das Administratorkonto auf der Zielseite existiert und meldet sich im Browser problemlos an, aber das Projekt enthält noch das Kennwort, das vor der Änderung galt. Beobachten Sie, wie Microsoft Entra ID auf ein Kennwort antwortet, das es nicht akzeptiert, und welcher Code ein falsches Kennwort von einem fehlenden Konto unterscheidet. Lernen Sie, wo das Projekt die verwendeten Anmeldedaten speichert.</translation>
    </message>
    <message>
        <source>Exchange Online project signs in with an account name that does not exist</source>
        <translation>Exchange Online-Projekt meldet sich mit einem Kontonamen an, der nicht existiert</translation>
    </message>
    <message>
        <source>The project uses an address that looks right to a person but is not the sign-in name (UPN) of any account in the tenant. The password is never checked because Microsoft Entra ID cannot find the user. Learn to tell a missing account from a wrong password, and where to look up the real sign-in name.</source>
        <translation>Das Projekt verwendet eine Adresse, die für einen Menschen richtig aussieht, aber nicht der Anmeldename (UPN) eines Kontos im Mandanten ist. Das Kennwort wird nie geprüft, weil Microsoft Entra ID den Benutzer nicht findet. Lernen Sie, ein fehlendes Konto von einem falschen Kennwort zu unterscheiden, und wo Sie den tatsächlichen Anmeldenamen nachschlagen.</translation>
    </message>
    <message>
        <source>Healthy Microsoft 365 tenant: everything is configured correctly</source>
        <translation>Fehlerfreier Microsoft 365-Mandant: Alles ist korrekt konfiguriert</translation>
    </message>
    <message>
        <source>The Contoso tenant is set up the way a migration needs it, and the project&apos;s credentials are right. Every check should pass, so use this run to learn what normal answers look like before you practise the broken cases. When a real project fails although the checks pass, the cause is usually a typo in the project or a change that has not taken effect yet.</source>
        <translation>Der Contoso-Mandant ist so eingerichtet, wie eine Migration es erfordert, und die Anmeldedaten des Projekts sind richtig. Alle Prüfungen sollten erfolgreich sein; nutzen Sie diesen Durchlauf also, um zu lernen, wie normale Antworten aussehen, bevor Sie die fehlerhaften Fälle üben. Schlägt ein echtes Projekt fehl, obwohl die Prüfungen erfolgreich sind, ist die Ursache meist ein Tippfehler im Projekt oder eine Änderung, die noch nicht wirksam geworden ist.</translation>
    </message>
    <message>
        <source>OneDrive project signs in as an app with a client secret</source>
        <translation>OneDrive-Projekt meldet sich als App mit einem geheimen Clientschlüssel an</translation>
    </message>
    <message>
        <source>The OneDrive project uses an app registration with a client secret instead of admin credentials or a certificate. The token is issued and Microsoft Graph accepts it, but SharePoint, where OneDrive lives, refuses app-only tokens obtained with a secret. Learn to read how a token was obtained from its claims.</source>
        <translation>Das OneDrive-Projekt verwendet eine App-Registrierung mit einem geheimen Clientschlüssel statt Administratoranmeldedaten oder eines Zertifikats. Das Token wird ausgestellt und von Microsoft Graph akzeptiert, aber SharePoint, wo OneDrive liegt, weist App-only-Token ab, die mit einem geheimen Schlüssel bezogen wurden. Lernen Sie, an den Ansprüchen (Claims) eines Tokens abzulesen, wie es bezogen wurde.</translation>
    </message>
    <message>
        <source>Healthy OneDrive for Business migration with an admin account</source>
        <translation>Fehlerfreie OneDrive for Business-Migration mit einem Administratorkonto</translation>
    </message>
    <message>
        <source>The OneDrive project signs in with a Global Administrator through an app registration that has the SharePoint and Files permissions a OneDrive migration needs. Every check should pass, including opening the user&apos;s OneDrive. Use it to learn what a working OneDrive check looks like before you practise the broken ones.</source>
        <translation>Das OneDrive-Projekt meldet sich mit einem globalen Administrator über eine App-Registrierung an, die die SharePoint- und Files-Berechtigungen besitzt, die eine OneDrive-Migration benötigt. Alle Prüfungen sollten erfolgreich sein, einschließlich des Öffnens des OneDrive des Benutzers. Nutzen Sie es, um zu lernen, wie eine funktionierende OneDrive-Prüfung aussieht, bevor Sie die fehlerhaften Fälle üben.</translation>
    </message>
    <message>
        <source>Destination user has no licence that includes OneDrive</source>
        <translation>Benutzer auf der Zielseite hat keine Lizenz, die OneDrive enthält</translation>
    </message>
    <message>
        <source>The destination user&apos;s licence contains Exchange Online but no SharePoint Online plan, so OneDrive cannot exist for them. The admin signs in fine; the user&apos;s OneDrive cannot be found. Learn which licence plans carry OneDrive and why a missing licence looks like a missing OneDrive at first.</source>
        <translation>Die Lizenz des Benutzers auf der Zielseite enthält Exchange Online, aber keinen SharePoint Online-Plan, daher kann es für ihn kein OneDrive geben. Der Administrator meldet sich problemlos an; das OneDrive des Benutzers wird nicht gefunden. Lernen Sie, welche Lizenzpläne OneDrive enthalten und warum eine fehlende Lizenz zunächst wie ein fehlendes OneDrive aussieht.</translation>
    </message>
    <message>
        <source>Source user&apos;s OneDrive was never set up</source>
        <translation>OneDrive des Benutzers auf der Quellseite wurde nie eingerichtet</translation>
    </message>
    <message>
        <source>The user has a licence that includes OneDrive, but has never opened OneDrive and nobody pre-provisioned it, so there is no personal site to migrate. The admin signs in fine; looking up the user&apos;s OneDrive fails. Learn how to tell a missing OneDrive from a sign-in problem, and why it takes time to appear once started.</source>
        <translation>Der Benutzer hat eine Lizenz, die OneDrive enthält, hat OneDrive aber nie geöffnet, und niemand hat es vorab bereitgestellt, daher gibt es keine persönliche Website, die migriert werden könnte. Der Administrator meldet sich problemlos an; die Suche nach dem OneDrive des Benutzers schlägt fehl. Lernen Sie, ein fehlendes OneDrive von einem Anmeldeproblem zu unterscheiden, und warum es nach dem Anstoßen eine Weile dauert, bis es erscheint.</translation>
    </message>
    <message>
        <source>Autodiscover is not published for the source domain</source>
        <translation>Autodiscover ist für die Quelldomäne nicht veröffentlicht</translation>
    </message>
    <message>
        <source>The source project has no EWS address and relies on Autodiscover, but neither fabrikam.com nor autodiscover.fabrikam.com publishes the service. Every place a client is allowed to look answers &quot;not found&quot;, so the server&apos;s address is never learned. Learn the order in which Autodiscover is searched and what to enter in the project instead.</source>
        <translation>Das Projekt auf der Quellseite hat keine EWS-Adresse und verlässt sich auf Autodiscover, aber weder fabrikam.com noch autodiscover.fabrikam.com veröffentlicht den Dienst. Jede Stelle, an der ein Client suchen darf, antwortet mit „nicht gefunden“, daher wird die Adresse des Servers nie ermittelt. Lernen Sie, in welcher Reihenfolge Autodiscover abgefragt wird und was Sie stattdessen im Projekt eintragen.</translation>
    </message>
    <message>
        <source>Autodiscover for the source domain redirects to a stranger&apos;s server</source>
        <translation>Autodiscover der Quelldomäne leitet auf einen fremden Server um</translation>
    </message>
    <message>
        <source>The source project relies on Autodiscover, and autodiscover.fabrikam.com is hosted by a web provider that redirects every request to a server in another domain over plain HTTP. Following that redirect would hand the admin&apos;s password to a third party, so a safe client refuses it. Learn which Autodiscover redirects may be followed and why this one must not be.</source>
        <translation>Das Projekt auf der Quellseite verlässt sich auf Autodiscover, und autodiscover.fabrikam.com wird bei einem Webhoster betrieben, der jede Anfrage über unverschlüsseltes HTTP auf einen Server in einer anderen Domäne umleitet. Wer dieser Umleitung folgt, übergibt das Kennwort des Administrators einem Dritten; ein sicherer Client lehnt sie daher ab. Lernen Sie, welchen Autodiscover-Umleitungen ein Client folgen darf und warum er dieser nicht folgen darf.</translation>
    </message>
    <message>
        <source>On-premises EWS does not accept Basic authentication</source>
        <translation>Lokales EWS akzeptiert keine Standardauthentifizierung (Basic)</translation>
    </message>
    <message>
        <source>The source project is set to Basic authentication, but the Exchange Server&apos;s web services only offer Windows sign-in (Negotiate and NTLM). The password is right, yet the server never accepts it in the form the project sends. Learn to read which sign-in methods a server offers.</source>
        <translation>Das Projekt auf der Quellseite ist auf Standardauthentifizierung eingestellt, aber die Webdienste des Exchange Servers bieten nur die Windows-Anmeldung an (Negotiate und NTLM). Das Kennwort ist richtig, doch der Server akzeptiert es nie in der Form, in der das Projekt es sendet. Lernen Sie abzulesen, welche Anmeldeverfahren ein Server anbietet.</translation>
    </message>
    <message>
        <source>The mailbox database on the source Exchange Server is offline</source>
        <translation>Die Postfachdatenbank auf dem Exchange Server der Quellseite ist offline</translation>
    </message>
    <message>
        <source>The source Exchange Server accepts the admin&apos;s sign-in, but the database that holds the mailbox being migrated is dismounted. Every attempt to open the mailbox fails on the server side, which migration tools report as a 401 or a missing database. Learn how a server-side store failure looks and why it is not a credential problem.</source>
        <translation>Der Exchange Server der Quellseite akzeptiert die Anmeldung des Administrators, aber die Datenbank mit dem zu migrierenden Postfach ist nicht eingebunden (dismounted). Jeder Versuch, das Postfach zu öffnen, scheitert auf der Serverseite, was Migrationstools als 401 oder als fehlende Datenbank melden. Lernen Sie, wie ein serverseitiger Fehler des Postfachspeichers aussieht und warum er kein Problem mit den Anmeldedaten ist.</translation>
    </message>
    <message>
        <source>Project&apos;s EWS address points at a web server that is not Exchange</source>
        <translation>EWS-Adresse des Projekts verweist auf einen Webserver, der kein Exchange ist</translation>
    </message>
    <message>
        <source>The source project&apos;s EWS address uses a host name that belongs to the company&apos;s ordinary web server, not to Exchange. That server answers every request with a &quot;not found&quot; page, so no sign-in ever takes place. Learn to check the EWS address itself before suspecting the account.</source>
        <translation>Die EWS-Adresse des Projekts auf der Quellseite verwendet einen Hostnamen, der zum gewöhnlichen Webserver des Unternehmens gehört, nicht zu Exchange. Dieser Server beantwortet jede Anfrage mit einer Seite „nicht gefunden“, daher findet nie eine Anmeldung statt. Lernen Sie, zuerst die EWS-Adresse selbst zu prüfen, bevor Sie das Konto verdächtigen.</translation>
    </message>
    <message>
        <source>Project&apos;s EWS address points at Outlook on the web instead of EWS</source>
        <translation>EWS-Adresse des Projekts verweist auf Outlook im Web statt auf EWS</translation>
    </message>
    <message>
        <source>The source project was given the address of Outlook on the web (OWA) where the Exchange Web Services address belongs. The server answers, but with a redirect to a sign-in web page instead of a web service. Learn what a correct EWS address looks like and how to find it.</source>
        <translation>Im Projekt auf der Quellseite wurde die Adresse von Outlook im Web (OWA) eingetragen, wo die Adresse der Exchange-Webdienste hingehört. Der Server antwortet, aber mit einer Umleitung auf eine Anmeldewebseite statt auf einen Webdienst. Lernen Sie, wie eine korrekte EWS-Adresse aussieht und wie Sie sie finden.</translation>
    </message>
    <message>
        <source>Exchange 2019 CU14 with Extended Protection refuses the NTLM sign-in</source>
        <translation>Exchange 2019 CU14 mit erweitertem Schutz (Extended Protection) weist die NTLM-Anmeldung ab</translation>
    </message>
    <message>
        <source>The source Exchange 2019 server was updated to CU14, which turns Extended Protection on, and the project signs in with NTLM. The full NTLM exchange takes place with the right password, and the server still answers 401 every time. Learn why a client without channel binding fails here and which other sign-in methods remain.</source>
        <translation>Der Exchange 2019-Server auf der Quellseite wurde auf CU14 aktualisiert, wodurch der erweiterte Schutz (Extended Protection) aktiviert wird, und das Projekt meldet sich mit NTLM an. Der vollständige NTLM-Austausch findet mit dem richtigen Kennwort statt, und trotzdem antwortet der Server jedes Mal mit 401. Lernen Sie, warum ein Client ohne Kanalbindung hier scheitert und welche anderen Anmeldeverfahren bleiben.</translation>
    </message>
    <message>
        <source>Healthy on-premises Exchange 2019 server as the migration source</source>
        <translation>Fehlerfreier lokaler Exchange 2019-Server als Migrationsquelle</translation>
    </message>
    <message>
        <source>The source is an Exchange Server 2019 in the company&apos;s own network, reached at its public EWS address with Windows (NTLM) sign-in. The admin account may open every mailbox and the server answers quickly, so every check should pass. Use it to learn what a healthy on-premises server answers before you practise the broken ones.</source>
        <translation>Die Quelle ist ein Exchange Server 2019 im eigenen Netzwerk des Unternehmens, erreichbar über seine öffentliche EWS-Adresse mit Windows-Anmeldung (NTLM). Das Administratorkonto darf jedes Postfach öffnen, und der Server antwortet schnell, daher sollten alle Prüfungen erfolgreich sein. Nutzen Sie es, um zu lernen, was ein fehlerfreier lokaler Server antwortet, bevor Sie die fehlerhaften Fälle üben.</translation>
    </message>
    <message>
        <source>On-premises service account lacks the ApplicationImpersonation role</source>
        <translation>Lokalem Dienstkonto fehlt die Rolle ApplicationImpersonation</translation>
    </message>
    <message>
        <source>The source project signs in with a dedicated migration service account that has a working password but was never given the right to act as other users. The sign-in works, but the server refuses to open the mailbox being migrated on the account&apos;s behalf. Learn how Exchange Server grants impersonation and how that differs from Exchange Online today.</source>
        <translation>Das Projekt auf der Quellseite meldet sich mit einem eigens für die Migration angelegten Dienstkonto an, dessen Kennwort funktioniert, das aber nie das Recht erhalten hat, im Namen anderer Benutzer zu handeln. Die Anmeldung funktioniert, aber der Server weigert sich, das zu migrierende Postfach im Auftrag des Kontos zu öffnen. Lernen Sie, wie Exchange Server den Identitätswechsel gewährt und wie sich das vom heutigen Exchange Online unterscheidet.</translation>
    </message>
    <message>
        <source>Source Exchange Server cannot be reached from the internet</source>
        <translation>Exchange Server der Quellseite ist aus dem Internet nicht erreichbar</translation>
    </message>
    <message>
        <source>A firewall in front of the source Exchange Server drops every connection the migration makes to it. No request gets far enough for a sign-in to happen, so nothing can be said about the credentials yet. Learn to recognise a network failure and to fix the path before suspecting the password.</source>
        <translation>Eine Firewall vor dem Exchange Server der Quellseite verwirft jede Verbindung, die die Migration zu ihm aufbaut. Keine Anfrage kommt weit genug, dass eine Anmeldung stattfinden könnte, daher lässt sich über die Anmeldedaten noch nichts sagen. Lernen Sie, einen Netzwerkfehler zu erkennen und den Verbindungsweg in Ordnung zu bringen, bevor Sie das Kennwort verdächtigen.</translation>
    </message>
    <message>
        <source>Source Exchange Server is overloaded and answers very slowly</source>
        <translation>Exchange Server der Quellseite ist überlastet und antwortet sehr langsam</translation>
    </message>
    <message>
        <source>The source Exchange Server is short of CPU, memory or disk while it serves its users and the migration at once. Credentials are fine, but every answer takes seconds, even the ones that need no sign-in. Learn how to measure a slow server instead of guessing, and what to change on the migration side.</source>
        <translation>Dem Exchange Server der Quellseite fehlt es an CPU, Arbeitsspeicher oder Datenträgerleistung, während er gleichzeitig seine Benutzer und die Migration bedient. Die Anmeldedaten sind in Ordnung, aber jede Antwort dauert Sekunden, selbst solche, die keine Anmeldung erfordern. Lernen Sie, einen langsamen Server zu messen, statt zu raten, und was Sie auf der Seite der Migration ändern können.</translation>
    </message>
    <message>
        <source>Source Exchange Server presents an expired TLS certificate</source>
        <translation>Exchange Server der Quellseite legt ein abgelaufenes TLS-Zertifikat vor</translation>
    </message>
    <message>
        <source>The certificate on the source Exchange Server expired and nobody renewed it. A careful client refuses to send any password to a server it cannot verify, so the connection stops before authentication. Learn how certificate problems look and why ignoring them is not a fix.</source>
        <translation>Das Zertifikat auf dem Exchange Server der Quellseite ist abgelaufen, und niemand hat es erneuert. Ein sorgfältiger Client sendet kein Kennwort an einen Server, den er nicht überprüfen kann, daher bricht die Verbindung vor der Authentifizierung ab. Lernen Sie, wie Zertifikatprobleme aussehen und warum es keine Lösung ist, sie zu ignorieren.</translation>
    </message>
    <message>
        <source>Source Exchange Server still uses its self-signed certificate</source>
        <translation>Exchange Server der Quellseite verwendet noch sein selbstsigniertes Zertifikat</translation>
    </message>
    <message>
        <source>The source Exchange Server was published on the internet with the self-signed certificate Exchange creates at installation. No outside client can verify it, so nothing is sent to the server. Learn to spot a self-signed certificate and why a migration service cannot trust it.</source>
        <translation>Der Exchange Server der Quellseite wurde mit dem selbstsignierten Zertifikat im Internet veröffentlicht, das Exchange bei der Installation erstellt. Kein externer Client kann es überprüfen, daher wird nichts an den Server gesendet. Lernen Sie, ein selbstsigniertes Zertifikat zu erkennen, und warum ein Migrationsdienst ihm nicht vertrauen kann.</translation>
    </message>
    <message>
        <source>On-premises admin password in the project is wrong</source>
        <translation>Lokales Administratorkennwort im Projekt ist falsch</translation>
    </message>
    <message>
        <source>The source project signs in to the company&apos;s Exchange Server with Basic authentication, and the password stored in it is not the account&apos;s current one. The server refuses the sign-in on every address it is sent to. Learn why one refused sign-in proves little, and what makes a wrong password certain.</source>
        <translation>Das Projekt auf der Quellseite meldet sich mit Standardauthentifizierung am Exchange Server des Unternehmens an, und das darin gespeicherte Kennwort ist nicht das aktuelle Kennwort des Kontos. Der Server weist die Anmeldung an jeder Adresse ab, an die sie gesendet wird. Lernen Sie, warum eine einzelne abgewiesene Anmeldung wenig beweist und was ein falsches Kennwort sicher belegt.</translation>
    </message>
    <message>
        <source>EWS allow list of the destination tenant does not name the migration app</source>
        <translation>EWS-Zulassungsliste des Zielmandanten enthält die Migrations-App nicht</translation>
    </message>
    <message>
        <source>To keep EWS after October 2026 the destination organisation switched it on and listed the applications allowed to use it, but the migration tool&apos;s app registration is not on that list. The app gets a valid token with the right permission, and Exchange still refuses every mailbox request from it. Learn to recognise the most common EWS failure of this winter and which application ID the list must contain.</source>
        <translation>Um EWS über Oktober 2026 hinaus zu behalten, hat die Zielorganisation es eingeschaltet und die Anwendungen aufgelistet, die es verwenden dürfen, aber die App-Registrierung des Migrationstools steht nicht auf dieser Liste. Die App erhält ein gültiges Token mit der richtigen Berechtigung, und trotzdem weist Exchange jede Postfachanfrage von ihr ab. Lernen Sie, den häufigsten EWS-Fehler dieses Winters zu erkennen und welche Anwendungs-ID die Liste enthalten muss.</translation>
    </message>
    <message>
        <source>Mailbox being migrated has only a Kiosk or F3 Exchange licence</source>
        <translation>Zu migrierendes Postfach hat nur eine Exchange-Lizenz für Kiosk oder F3</translation>
    </message>
    <message>
        <source>The destination user&apos;s only Exchange plan comes from a Kiosk or Frontline (F3) licence. Since 1 July 2026 Exchange Online refuses EWS for such mailboxes, for the migration app as for the user. Learn why the mailbox exists and still cannot be reached, and why the licence rather than a setting is the cause.</source>
        <translation>Der einzige Exchange-Plan des Benutzers auf der Zielseite stammt aus einer Kiosk- oder Frontline-Lizenz (F3). Seit dem 1. Juli 2026 verweigert Exchange Online solchen Postfächern EWS, für die Migrations-App ebenso wie für den Benutzer. Lernen Sie, warum das Postfach existiert und trotzdem nicht erreichbar ist, und warum die Lizenz und nicht eine Einstellung die Ursache ist.</translation>
    </message>
    <message>
        <source>EWS switched off for the mailbox being migrated</source>
        <translation>EWS für das zu migrierende Postfach deaktiviert</translation>
    </message>
    <message>
        <source>EWS is on for the destination organisation, but an administrator switched it off for the one mailbox the project migrates. The app signs in and other mailboxes open, while every request for this mailbox is refused. Learn why the mailbox-level switch must be checked as well as the organisation&apos;s.</source>
        <translation>EWS ist für die Zielorganisation aktiviert, aber ein Administrator hat es für genau das Postfach deaktiviert, das das Projekt migriert. Die App meldet sich an, und andere Postfächer lassen sich öffnen, während jede Anfrage für dieses Postfach abgewiesen wird. Lernen Sie, warum neben dem Schalter der Organisation auch der Schalter auf Postfachebene geprüft werden muss.</translation>
    </message>
    <message>
        <source>EWS off for the organisation but kept on for the mailbox being migrated</source>
        <translation>EWS für die Organisation deaktiviert, für das zu migrierende Postfach aber weiterhin aktiviert</translation>
    </message>
    <message>
        <source>The destination organisation has EWS switched off, but an administrator switched it on explicitly for the mailbox the project migrates. The mailbox-level setting wins, so every check for this mailbox should pass. Learn why an organisation-wide EWS switch alone does not decide whether a migration works.</source>
        <translation>Die Zielorganisation hat EWS deaktiviert, aber ein Administrator hat es für das Postfach, das das Projekt migriert, ausdrücklich aktiviert. Die Einstellung auf Postfachebene hat Vorrang, daher sollten alle Prüfungen für dieses Postfach erfolgreich sein. Lernen Sie, warum ein organisationsweiter EWS-Schalter allein nicht darüber entscheidet, ob eine Migration funktioniert.</translation>
    </message>
    <message>
        <source>EWS switch never set in the destination organisation, so EWS is now off</source>
        <translation>EWS-Schalter in der Zielorganisation nie gesetzt, daher ist EWS jetzt deaktiviert</translation>
    </message>
    <message>
        <source>Nobody ever set the destination organisation&apos;s EWS switch, and for years Exchange Online treated that as on. Since 1 October 2026 an unset switch counts as off, so the app still signs in and gets a valid token, but every mailbox request is refused. Learn why a tenant that worked in September fails now although nobody changed anything.</source>
        <translation>Niemand hat den EWS-Schalter der Zielorganisation je gesetzt, und jahrelang hat Exchange Online das als aktiviert behandelt. Seit dem 1. Oktober 2026 gilt ein nicht gesetzter Schalter als deaktiviert: Die App meldet sich weiterhin an und erhält ein gültiges Token, aber jede Postfachanfrage wird abgewiesen. Lernen Sie, warum ein Mandant, der im September funktioniert hat, jetzt scheitert, obwohl niemand etwas geändert hat.</translation>
    </message>
    <message>
        <source>The destination tenant has security defaults enabled, so every account must use multi-factor authentication and administrators always have to. The migration account&apos;s password sign-in is answered with a request for multi-factor authentication, the same answer a per-account MFA setting gives. Learn where the tenant-wide setting can be read and why the sign-in error alone does not tell the two apart.</source>
        <translation>Im Zielmandanten sind die Sicherheitsstandards aktiviert, daher muss jedes Konto mehrstufige Authentifizierung verwenden, Administratoren in jedem Fall. Die Anmeldung des Migrationskontos mit Kennwort wird mit einer Aufforderung zur mehrstufigen Authentifizierung beantwortet – dieselbe Antwort, die eine MFA-Einstellung pro Konto liefert. Lernen Sie, wo sich die mandantenweite Einstellung ablesen lässt und warum der Anmeldefehler allein die beiden Fälle nicht unterscheidet.</translation>
    </message>
</context>
<context>
    <name>AuthDoctor::Sim::Scenario</name>
    <message>
        <source>%1: invalid JSON: %2</source>
        <translation>%1: ungültiges JSON: %2</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>an array of mappings</source>
        <translation>ein Array von Mappings</translation>
    </message>
    <message>
        <source>%1: no embedded scenario of that name (known: %2)</source>
        <translation>%1: kein eingebettetes Szenario mit diesem Namen (bekannt: %2)</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>%1: expected %2, got %3</source>
        <translation>%1: erwartet: %2, erhalten: %3</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 oder %2</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not supported by the simulator (supported: %3)</source>
        <translation>%1: &quot;%2&quot; wird vom Simulator nicht unterstützt (unterstützt: %3)</translation>
    </message>
    <message>
        <source>%1: unknown key &quot;%2&quot; (expected one of %3)</source>
        <translation>%1: unbekannter Schlüssel &quot;%2&quot; (erwartet wird einer von %3)</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>%1: %2 is out of range (%3 to %4)</source>
        <translation>%1: %2 liegt außerhalb des gültigen Bereichs (%3 bis %4)</translation>
    </message>
    <message>
        <source>an object of name → matcher</source>
        <translation>ein Objekt der Form Name → Matcher</translation>
    </message>
    <message>
        <source>a string such as &quot;GET&quot; or &quot;ANY&quot;</source>
        <translation>eine Zeichenkette wie &quot;GET&quot; oder &quot;ANY&quot;</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an HTTP method</source>
        <translation>%1: &quot;%2&quot; ist keine HTTP-Methode</translation>
    </message>
    <message>
        <source>%1: only one of &quot;url&quot;, &quot;urlPath&quot;, &quot;urlPattern&quot; or &quot;urlPathPattern&quot; may be given (also has &quot;%2&quot;)</source>
        <translation>%1: Nur eines von &quot;url&quot;, &quot;urlPath&quot;, &quot;urlPattern&quot; oder &quot;urlPathPattern&quot; darf angegeben werden (zusätzlich vorhanden: &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must start with &quot;/&quot;</source>
        <translation>%1: &quot;%2&quot; muss mit &quot;/&quot; beginnen</translation>
    </message>
    <message>
        <source>an array of matchers</source>
        <translation>ein Array von Matchern</translation>
    </message>
    <message>
        <source>an object of name → value (or list of values)</source>
        <translation>ein Objekt der Form Name → Wert (oder Liste von Werten)</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a valid header name</source>
        <translation>%1: &quot;%2&quot; ist kein gültiger Headername</translation>
    </message>
    <message>
        <source>a string (or a list of strings)</source>
        <translation>eine Zeichenkette (oder eine Liste von Zeichenketten)</translation>
    </message>
    <message>
        <source>%1: a header value may not contain line breaks</source>
        <translation>%1: Ein Headerwert darf keine Zeilenumbrüche enthalten</translation>
    </message>
    <message>
        <source>%1: a status message may not contain line breaks</source>
        <translation>%1: Eine Statusmeldung darf keine Zeilenumbrüche enthalten</translation>
    </message>
    <message>
        <source>%1: only one of &quot;body&quot;, &quot;jsonBody&quot; or &quot;base64Body&quot; may be given (also has &quot;%2&quot;)</source>
        <translation>%1: Nur eines von &quot;body&quot;, &quot;jsonBody&quot; oder &quot;base64Body&quot; darf angegeben werden (zusätzlich vorhanden: &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>%1: not valid base64</source>
        <translation>%1: kein gültiges Base64</translation>
    </message>
    <message>
        <source>an object {&quot;numberOfChunks&quot;: …, &quot;totalDuration&quot;: …}</source>
        <translation>ein Objekt {&quot;numberOfChunks&quot;: …, &quot;totalDuration&quot;: …}</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is missing</source>
        <translation>%1: &quot;%2&quot; fehlt</translation>
    </message>
    <message>
        <source>%1: unknown fault &quot;%2&quot; (expected one of %3)</source>
        <translation>%1: unbekannter Fault-Typ &quot;%2&quot; (erwartet wird einer von %3)</translation>
    </message>
    <message>
        <source>a fault name</source>
        <translation>der Name eines Fault-Typs</translation>
    </message>
    <message>
        <source>a mapping object with &quot;request&quot; and &quot;response&quot;</source>
        <translation>ein Mapping-Objekt mit &quot;request&quot; und &quot;response&quot;</translation>
    </message>
    <message>
        <source>a non-empty string</source>
        <translation>eine nicht leere Zeichenkette</translation>
    </message>
    <message>
        <source>a matcher object such as {&quot;equalTo&quot;: &quot;…&quot;}</source>
        <translation>ein Matcher-Objekt wie {&quot;equalTo&quot;: &quot;…&quot;}</translation>
    </message>
    <message>
        <source>%1: a matcher takes exactly one of %2, got both &quot;%3&quot; and &quot;%4&quot;</source>
        <translation>%1: Ein Matcher nimmt genau eines von %2, erhalten wurden aber &quot;%3&quot; und &quot;%4&quot;</translation>
    </message>
    <message>
        <source>%1: a matcher needs one of %2</source>
        <translation>%1: Ein Matcher benötigt eines von %2</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>%1: &quot;caseInsensitive&quot; only goes with &quot;equalTo&quot;</source>
        <translation>%1: &quot;caseInsensitive&quot; ist nur zusammen mit &quot;equalTo&quot; zulässig</translation>
    </message>
    <message>
        <source>%1: invalid regular expression &quot;%2&quot;: %3 (at offset %4)</source>
        <translation>%1: ungültiger regulärer Ausdruck &quot;%2&quot;: %3 (an Position %4)</translation>
    </message>
    <message>
        <source>%1: invalid regular expression &quot;%2&quot;: %3</source>
        <translation>%1: ungültiger regulärer Ausdruck &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>a string, number, true, false or null</source>
        <translation>eine Zeichenkette, eine Zahl, true, false oder null</translation>
    </message>
    <message>
        <source>%1: expected one of %2, got &quot;%3&quot;</source>
        <translation>%1: erwartet wird einer der Werte %2, erhalten: &quot;%3&quot;</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>einer der Werte %1</translation>
    </message>
    <message>
        <source>a finding id or null</source>
        <translation>eine Befund-ID oder null</translation>
    </message>
    <message>
        <source>an array of finding ids</source>
        <translation>ein Array von Befund-IDs</translation>
    </message>
    <message>
        <source>a finding id</source>
        <translation>eine Befund-ID</translation>
    </message>
    <message>
        <source>an object of host name → certificate kind</source>
        <translation>ein Objekt der Form Hostname → Zertifikatart</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a host name</source>
        <translation>%1: &quot;%2&quot; ist kein Hostname</translation>
    </message>
    <message>
        <source>%1: unknown certificate kind &quot;%2&quot; (expected one of %3)</source>
        <translation>%1: unbekannte Zertifikatart &quot;%2&quot; (erwartet wird eine von %3)</translation>
    </message>
    <message>
        <source>%1: %2 may not contain control characters (U+%3 at character %4)</source>
        <translation>%1: %2 darf keine Steuerzeichen enthalten (U+%3 an Zeichen %4)</translation>
    </message>
    <message>
        <source>a header value</source>
        <translation>ein Headerwert</translation>
    </message>
    <message>
        <source>a status message</source>
        <translation>eine Statusmeldung</translation>
    </message>
    <message>
        <source>the scenario file is larger than %1 MiB</source>
        <translation>die Szenariodatei ist größer als %1 MiB</translation>
    </message>
    <message>
        <source>a scenario name</source>
        <translation>ein Szenarioname</translation>
    </message>
    <message>
        <source>a title</source>
        <translation>ein Titel</translation>
    </message>
    <message>
        <source>a description</source>
        <translation>eine Beschreibung</translation>
    </message>
    <message>
        <source>cannot read the scenario file: no such file</source>
        <translation>die Szenariodatei kann nicht gelesen werden: Datei nicht vorhanden</translation>
    </message>
    <message>
        <source>cannot read the scenario file: not a regular file</source>
        <translation>die Szenariodatei kann nicht gelesen werden: keine reguläre Datei</translation>
    </message>
    <message>
        <source>cannot read the scenario file: %1</source>
        <translation>die Szenariodatei kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>AuthDoctor::Sim::SimulatorServer</name>
    <message>
        <source>refusing to listen on %1: the simulator listens on loopback only unless non-loopback use is explicitly allowed (--allow-non-loopback)</source>
        <translation>Lauschen auf %1 abgelehnt: Der Simulator lauscht nur auf Loopback, sofern die Nutzung anderer Adressen nicht ausdrücklich erlaubt ist (--allow-non-loopback)</translation>
    </message>
    <message>
        <source>TLS is not available (no TLS backend), the simulator cannot terminate HTTPS</source>
        <translation>TLS ist nicht verfügbar (kein TLS-Backend), der Simulator kann HTTPS nicht terminieren</translation>
    </message>
    <message>
        <source>the simulator&apos;s embedded certificates could not be loaded</source>
        <translation>die eingebetteten Zertifikate des Simulators konnten nicht geladen werden</translation>
    </message>
    <message>
        <source>cannot listen on %1 port %2: %3</source>
        <translation>Lauschen auf %1, Port %2 nicht möglich: %3</translation>
    </message>
    <message>
        <source>malformed request line</source>
        <translation>fehlerhafte Anforderungszeile</translation>
    </message>
    <message>
        <source>request header fields too large</source>
        <translation>Header-Felder der Anfrage zu groß</translation>
    </message>
    <message>
        <source>malformed method</source>
        <translation>fehlerhafte Methode</translation>
    </message>
    <message>
        <source>malformed request target</source>
        <translation>fehlerhaftes Anfrageziel</translation>
    </message>
    <message>
        <source>HTTP version not supported</source>
        <translation>HTTP-Version nicht unterstützt</translation>
    </message>
    <message>
        <source>malformed HTTP version</source>
        <translation>fehlerhafte HTTP-Version</translation>
    </message>
    <message>
        <source>obsolete header line folding</source>
        <translation>veraltete Zeilenfortsetzung in Headern (obs-fold)</translation>
    </message>
    <message>
        <source>malformed header line</source>
        <translation>fehlerhafte Headerzeile</translation>
    </message>
    <message>
        <source>malformed header value</source>
        <translation>fehlerhafter Headerwert</translation>
    </message>
    <message>
        <source>unsupported transfer coding</source>
        <translation>nicht unterstützte Transfer-Codierung</translation>
    </message>
    <message>
        <source>conflicting Content-Length</source>
        <translation>widersprüchliche Content-Length</translation>
    </message>
    <message>
        <source>malformed Content-Length</source>
        <translation>fehlerhafte Content-Length</translation>
    </message>
    <message>
        <source>request body too large</source>
        <translation>Anfragetext zu groß</translation>
    </message>
    <message>
        <source>malformed chunk size</source>
        <translation>fehlerhafte Chunk-Größe</translation>
    </message>
    <message>
        <source>malformed chunk</source>
        <translation>fehlerhafter Chunk</translation>
    </message>
    <message>
        <source>CONNECT inside a tunnel</source>
        <translation>CONNECT innerhalb eines Tunnels</translation>
    </message>
    <message>
        <source>malformed host in the request target</source>
        <translation>fehlerhafter Host im Anfrageziel</translation>
    </message>
    <message>
        <source>the simulator proxies https only through CONNECT</source>
        <translation>der Simulator leitet https nur über CONNECT weiter</translation>
    </message>
    <message>
        <source>this is the AuthDoctor simulator, an HTTP proxy: send proxy requests (absolute URLs or CONNECT), not requests for the proxy itself</source>
        <translation>dies ist der AuthDoctor-Simulator, ein HTTP-Proxy: Senden Sie Proxy-Anfragen (absolute URLs oder CONNECT), keine Anfragen an den Proxy selbst</translation>
    </message>
    <message>
        <source>CONNECT needs host:port</source>
        <translation>CONNECT benötigt host:port</translation>
    </message>
    <message>
        <source>the simulator tunnels CONNECT to port 443 only</source>
        <translation>der Simulator tunnelt CONNECT nur zu Port 443</translation>
    </message>
    <message>
        <source>data after CONNECT before the tunnel was established</source>
        <translation>Daten nach CONNECT, bevor der Tunnel aufgebaut war</translation>
    </message>
    <message>
        <source>both Transfer-Encoding and Content-Length</source>
        <translation>sowohl Transfer-Encoding als auch Content-Length</translation>
    </message>
    <message>
        <source>request timeout</source>
        <translation>Zeitüberschreitung der Anfrage</translation>
    </message>
    <message>
        <source>too many connections to the simulator at once; try again when some have closed</source>
        <translation>zu viele gleichzeitige Verbindungen zum Simulator; versuchen Sie es erneut, wenn einige geschlossen wurden</translation>
    </message>
</context>
<context>
    <name>TenantModel</name>
    <message>
        <source>unknown base &quot;%1&quot; (expected &quot;healthy-tenant&quot; or &quot;none&quot;)</source>
        <translation>unbekannte Basis &quot;%1&quot; (erwartet: &quot;healthy-tenant&quot; oder &quot;none&quot;)</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>ein boolescher Wert</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation>erwartet: %1, erhalten: %2</translation>
    </message>
    <message>
        <source>unknown key (expected one of %1)</source>
        <translation>unbekannter Schlüssel (erwartet wird einer von %1)</translation>
    </message>
    <message>
        <source>an integer from 0 to %1</source>
        <translation>eine ganze Zahl von 0 bis %1</translation>
    </message>
    <message>
        <source>expected one of %1, got %2</source>
        <translation>erwartet wird einer von %1, erhalten: %2</translation>
    </message>
    <message>
        <source>an array of strings</source>
        <translation>ein Array von Zeichenketten</translation>
    </message>
    <message>
        <source>missing required key &quot;upn&quot;</source>
        <translation>erforderlicher Schlüssel &quot;upn&quot; fehlt</translation>
    </message>
    <message>
        <source>a user principal name (name@domain)</source>
        <translation>ein Benutzerprinzipalname (name@domain)</translation>
    </message>
    <message>
        <source>an ISO 8601 date-time (e.g. &quot;2024-01-15T09:00:00Z&quot;) or a negative duration (e.g. &quot;-PT2H&quot;)</source>
        <translation>ein Datum mit Uhrzeit nach ISO 8601 (z. B. &quot;2024-01-15T09:00:00Z&quot;) oder eine negative Dauer (z. B. &quot;-PT2H&quot;)</translation>
    </message>
    <message>
        <source>a service-plan name (upper-case letters, digits and &quot;_&quot;)</source>
        <translation>der Name eines Serviceplans (Großbuchstaben, Ziffern und &quot;_&quot;)</translation>
    </message>
    <message>
        <source>missing required key &quot;client_id&quot;</source>
        <translation>erforderlicher Schlüssel &quot;client_id&quot; fehlt</translation>
    </message>
    <message>
        <source>a GUID</source>
        <translation>eine GUID</translation>
    </message>
    <message>
        <source>a permission name, optionally prefixed with &quot;exchange:&quot;, &quot;graph:&quot; or &quot;sharepoint:&quot;</source>
        <translation>ein Berechtigungsname, optional mit dem Präfix &quot;exchange:&quot;, &quot;graph:&quot; oder &quot;sharepoint:&quot;</translation>
    </message>
    <message>
        <source>a string or null</source>
        <translation>eine Zeichenkette oder null</translation>
    </message>
    <message>
        <source>an object or null</source>
        <translation>ein Objekt oder null</translation>
    </message>
    <message>
        <source>a host name such as &quot;mail.fabrikam.com&quot;</source>
        <translation>ein Hostname wie &quot;mail.fabrikam.com&quot;</translation>
    </message>
    <message>
        <source>a build number such as &quot;15.2.1544.4&quot;</source>
        <translation>eine Buildnummer wie &quot;15.2.1544.4&quot;</translation>
    </message>
    <message>
        <source>an array of objects</source>
        <translation>ein Array von Objekten</translation>
    </message>
    <message>
        <source>no user with upn %1 in the tenant</source>
        <translation>kein Benutzer mit dem UPN %1 im Mandanten</translation>
    </message>
    <message>
        <source>a boolean or null</source>
        <translation>ein boolescher Wert oder null</translation>
    </message>
    <message>
        <source>an application (client) id GUID</source>
        <translation>eine Anwendungs-ID (Client-ID) als GUID</translation>
    </message>
</context>
</TS>
