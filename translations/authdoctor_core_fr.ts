<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AuthDoctor::Checks</name>
    <message>
        <source>No verdict within %1 seconds.</source>
        <translation>Aucun verdict en %1 secondes.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulée.</translation>
    </message>
    <message>
        <source>Not run: it needs &quot;%1&quot;, which did not pass.</source>
        <translation>Non exécutée&#xa0;: elle nécessite «&#xa0;%1&#xa0;», qui n&apos;a pas réussi.</translation>
    </message>
    <message>
        <source>Find the tenant and its cloud</source>
        <translation>Trouver le locataire et son cloud</translation>
    </message>
    <message>
        <source>How the account signs in (managed or federated)</source>
        <translation>Mode de connexion du compte (managé ou fédéré)</translation>
    </message>
    <message>
        <source>Sign-in method allowed by Microsoft 365</source>
        <translation>Méthode de connexion autorisée par Microsoft 365</translation>
    </message>
    <message>
        <source>Sign in with the account&apos;s password</source>
        <translation>Se connecter avec le mot de passe du compte</translation>
    </message>
    <message>
        <source>Sign in as the application (client secret)</source>
        <translation>Se connecter en tant qu&apos;application (secret client)</translation>
    </message>
    <message>
        <source>Token for Microsoft Graph</source>
        <translation>Jeton pour Microsoft Graph</translation>
    </message>
    <message>
        <source>Find the EWS URL with Autodiscover</source>
        <translation>Trouver l&apos;URL EWS avec Autodiscover</translation>
    </message>
    <message>
        <source>Exchange Server answers and offers the project&apos;s sign-in</source>
        <translation>Exchange Server répond et propose la méthode de connexion du projet</translation>
    </message>
    <message>
        <source>Exchange Server response time</source>
        <translation>Temps de réponse d&apos;Exchange Server</translation>
    </message>
    <message>
        <source>Sign in to Exchange Server as the project does</source>
        <translation>Se connecter à Exchange Server comme le fait le projet</translation>
    </message>
    <message>
        <source>Where Exchange Online serves the mailbox</source>
        <translation>Où Exchange Online sert la boîte aux lettres</translation>
    </message>
    <message>
        <source>EWS address and the sign-in it asks for</source>
        <translation>Adresse EWS et connexion qu&apos;elle demande</translation>
    </message>
    <message>
        <source>EWS response time</source>
        <translation>Temps de réponse d&apos;EWS</translation>
    </message>
    <message>
        <source>Open the mailbox through EWS</source>
        <translation>Ouvrir la boîte aux lettres via EWS</translation>
    </message>
    <message>
        <source>The user exists and is enabled</source>
        <translation>L&apos;utilisateur existe et est activé</translation>
    </message>
    <message>
        <source>Licence plans of the user</source>
        <translation>Plans de licence de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Cloud mailbox of the user</source>
        <translation>Boîte aux lettres cloud de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>OneDrive of the user</source>
        <translation>OneDrive de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Open the OneDrive site in SharePoint</source>
        <translation>Ouvrir le site OneDrive dans SharePoint</translation>
    </message>
    <message>
        <source>Security defaults of the tenant</source>
        <translation>Paramètres de sécurité par défaut du locataire</translation>
    </message>
    <message>
        <source>The TLS certificate of %1 was refused: %2</source>
        <translation>Le certificat TLS de %1 a été refusé&#xa0;: %2</translation>
    </message>
    <message>
        <source>Not sent: %1 is not one of the hosts the credentials may go to.</source>
        <translation>Non envoyé&#xa0;: %1 ne fait pas partie des hôtes auxquels les informations d&apos;identification peuvent être envoyées.</translation>
    </message>
    <message>
        <source>%1 sent an answer too large to read (HTTP %2): %3.</source>
        <translation>%1 a envoyé une réponse trop volumineuse pour être lue (HTTP %2)&#xa0;: %3.</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>%1 began an answer (HTTP %2) and broke it off: %3</source>
        <translation>%1 a commencé une réponse (HTTP %2) puis l&apos;a interrompue&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 could not be reached: %2</source>
        <translation>%1 est injoignable&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 answered with a redirect (HTTP %2 to %3) where it never redirects: something between this computer and the service (a proxy, a captive portal) answers instead. The redirect was not followed.</source>
        <translation>%1 a répondu par une redirection (HTTP %2 vers %3) alors qu&apos;il ne redirige jamais&#xa0;: un élément situé entre cet ordinateur et le service (un proxy, un portail captif) répond à sa place. La redirection n&apos;a pas été suivie.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2, but the answer is not readable JSON (%3).</source>
        <translation>%1 a répondu HTTP %2, mais la réponse n&apos;est pas du JSON lisible (%3).</translation>
    </message>
    <message>
        <source>No tenant, user or mailbox was given to find the tenant by.</source>
        <translation>Aucun locataire, utilisateur ou boîte aux lettres n&apos;a été indiqué pour trouver le locataire.</translation>
    </message>
    <message>
        <source>Microsoft Entra ID does not know the tenant %1 (HTTP %2).</source>
        <translation>Microsoft Entra ID ne connaît pas le locataire %1 (HTTP %2).</translation>
    </message>
    <message>
        <source>The OpenID configuration names no tenant id.</source>
        <translation>La configuration OpenID n&apos;indique pas l&apos;ID du locataire.</translation>
    </message>
    <message>
        <source>The tenant %1 is in the %2 cloud, but the project is set to %3.</source>
        <translation>Le locataire %1 se trouve dans le cloud %2, mais le projet est configuré pour %3.</translation>
    </message>
    <message>
        <source>Tenant %1 found (%2).</source>
        <translation>Locataire %1 trouvé (%2).</translation>
    </message>
    <message>
        <source>No user name was given.</source>
        <translation>Aucun nom d&apos;utilisateur n&apos;a été indiqué.</translation>
    </message>
    <message>
        <source>The realm lookup gave no answer (HTTP %1).</source>
        <translation>La recherche de domaine (realm) n&apos;a donné aucune réponse (HTTP %1).</translation>
    </message>
    <message>
        <source>%1 is in a federated domain: passwords are checked by %2, not by Microsoft Entra ID.</source>
        <translation>%1 appartient à un domaine fédéré&#xa0;: les mots de passe sont vérifiés par %2, et non par Microsoft Entra ID.</translation>
    </message>
    <message>
        <source>The domain of %1 is not registered in Microsoft Entra ID.</source>
        <translation>Le domaine de %1 n&apos;est pas inscrit dans Microsoft Entra ID.</translation>
    </message>
    <message>
        <source>%1 signs in with a cloud-managed password.</source>
        <translation>%1 se connecte avec un mot de passe géré dans le cloud.</translation>
    </message>
    <message>
        <source>No application (client) id is set: modern authentication needs an app registration.</source>
        <translation>Aucun ID d&apos;application (client) n&apos;est défini&#xa0;: l&apos;authentification moderne nécessite une inscription d&apos;application.</translation>
    </message>
    <message>
        <source>No client secret was given.</source>
        <translation>Aucun secret client n&apos;a été indiqué.</translation>
    </message>
    <message>
        <source>No user name or password was given.</source>
        <translation>Aucun nom d&apos;utilisateur ni mot de passe n&apos;a été indiqué.</translation>
    </message>
    <message>
        <source>The tenant is not known.</source>
        <translation>Le locataire est inconnu.</translation>
    </message>
    <message>
        <source>%1 answered HTTP 200 without an access token.</source>
        <translation>%1 a répondu HTTP 200 sans jeton d&apos;accès.</translation>
    </message>
    <message>
        <source>A token was issued, but without the application permission full_access_as_app (roles: %1).</source>
        <translation>Un jeton a été émis, mais sans l&apos;autorisation d&apos;application full_access_as_app (roles&#xa0;: %1).</translation>
    </message>
    <message>
        <source>A token was issued, but without the delegated permission EWS.AccessAsUser.All (scp: %1).</source>
        <translation>Un jeton a été émis, mais sans l&apos;autorisation déléguée EWS.AccessAsUser.All (scp&#xa0;: %1).</translation>
    </message>
    <message>
        <source>Microsoft Entra ID issued an app-only token for %1 (roles: %2).</source>
        <translation>Microsoft Entra ID a émis un jeton d&apos;application uniquement pour %1 (roles&#xa0;: %2).</translation>
    </message>
    <message>
        <source>Microsoft Entra ID accepted the password of %1 and issued a token for %2.</source>
        <translation>Microsoft Entra ID a accepté le mot de passe de %1 et émis un jeton pour %2.</translation>
    </message>
    <message>
        <source>Microsoft Entra ID refused the sign-in: %1 %2</source>
        <translation>Microsoft Entra ID a refusé la connexion&#xa0;: %1 %2</translation>
    </message>
    <message>
        <source>The project signs in to Microsoft 365 with %1. Exchange Online turned Basic authentication off for good; only modern authentication works.</source>
        <translation>Le projet se connecte à Microsoft 365 avec %1. Exchange Online a définitivement désactivé l&apos;authentification de base&#xa0;; seule l&apos;authentification moderne fonctionne.</translation>
    </message>
    <message>
        <source>No mailbox address was given.</source>
        <translation>Aucune adresse de boîte aux lettres n&apos;a été indiquée.</translation>
    </message>
    <message>
        <source>Autodiscover&apos;s answer for %1 was too large to read (HTTP %2); the next checks use the standard address %3.</source>
        <translation>La réponse d&apos;Autodiscover pour %1 était trop volumineuse pour être lue (HTTP %2)&#xa0;; les vérifications suivantes utilisent l&apos;adresse standard %3.</translation>
    </message>
    <message>
        <source>Exchange Online is busy even for requests without credentials (HTTP %1, Retry-After: %2).</source>
        <translation>Exchange Online est saturé, même pour les requêtes sans informations d&apos;identification (HTTP %1, Retry-After&#xa0;: %2).</translation>
    </message>
    <message>
        <source>Autodiscover named no EWS address for %1 (HTTP %2 %3); the next checks use the standard address %4.</source>
        <translation>Autodiscover n&apos;a indiqué aucune adresse EWS pour %1 (HTTP %2 %3)&#xa0;; les vérifications suivantes utilisent l&apos;adresse standard %4.</translation>
    </message>
    <message>
        <source>Autodiscover answered HTTP %1 without a usable address to go to; the next checks use the standard address %2.</source>
        <translation>Autodiscover a répondu HTTP %1 sans adresse de redirection exploitable&#xa0;; les vérifications suivantes utilisent l&apos;adresse standard %2.</translation>
    </message>
    <message>
        <source>Autodiscover kept redirecting (last to %1); it was not followed further. The next checks use the standard address %2.</source>
        <translation>Autodiscover a redirigé en boucle (en dernier vers %1)&#xa0;; les redirections n&apos;ont plus été suivies. Les vérifications suivantes utilisent l&apos;adresse standard %2.</translation>
    </message>
    <message>
        <source>Autodiscover answered for %1, but not in readable JSON (%2); the next checks use the standard address %3.</source>
        <translation>Autodiscover a répondu pour %1, mais pas en JSON lisible (%2)&#xa0;; les vérifications suivantes utilisent l&apos;adresse standard %3.</translation>
    </message>
    <message>
        <source>Autodiscover answered for %1 but named no EWS address; the next checks use the standard address %2.</source>
        <translation>Autodiscover a répondu pour %1 mais n&apos;a indiqué aucune adresse EWS&#xa0;; les vérifications suivantes utilisent l&apos;adresse standard %2.</translation>
    </message>
    <message>
        <source>Exchange Online serves %1: EWS address %2 (this does not yet prove the mailbox exists).</source>
        <translation>Exchange Online sert %1&#xa0;: adresse EWS %2 (cela ne prouve pas encore que la boîte aux lettres existe).</translation>
    </message>
    <message>
        <source>Exchange Online sends %1 to %2, a host of the %3 cloud, but the project is set to %4.</source>
        <translation>Exchange Online envoie %1 vers %2, un hôte du cloud %3, mais le projet est configuré pour %4.</translation>
    </message>
    <message>
        <source>Exchange Online redirects %1 to %2, outside Microsoft 365: the mailbox is on-premises (hybrid), so this Exchange Online project has no cloud mailbox to open. The redirect was not followed.</source>
        <translation>Exchange Online redirige %1 vers %2, en dehors de Microsoft 365&#xa0;: la boîte aux lettres est locale (hybride), ce projet Exchange Online n&apos;a donc aucune boîte aux lettres cloud à ouvrir. La redirection n&apos;a pas été suivie.</translation>
    </message>
    <message>
        <source>Exchange Online names %2 as the EWS address of %1, outside Microsoft 365: the mailbox is on-premises (hybrid), so this Exchange Online project has no cloud mailbox to open.</source>
        <translation>Exchange Online indique %2 comme adresse EWS de %1, en dehors de Microsoft 365&#xa0;: la boîte aux lettres est locale (hybride), ce projet Exchange Online n&apos;a donc aucune boîte aux lettres cloud à ouvrir.</translation>
    </message>
    <message>
        <source>The EWS URL %1 is not a web address.</source>
        <translation>L&apos;URL EWS %1 n&apos;est pas une adresse web.</translation>
    </message>
    <message>
        <source>%1 is busy even for requests without credentials (HTTP %2, Retry-After: %3).</source>
        <translation>%1 est saturé, même pour les requêtes sans informations d&apos;identification (HTTP %2, Retry-After&#xa0;: %3).</translation>
    </message>
    <message>
        <source>The EWS URL %1 belongs to the %2 cloud, but the project is set to %3.</source>
        <translation>L&apos;URL EWS %1 appartient au cloud %2, mais le projet est configuré pour %3.</translation>
    </message>
    <message>
        <source>%1 is not an Exchange Online address (HTTP %2, sign-in methods: %3). An Exchange Online project uses %4; an on-premises server needs the Exchange Server endpoint.</source>
        <translation>%1 n&apos;est pas une adresse Exchange Online (HTTP %2, méthodes de connexion&#xa0;: %3). Un projet Exchange Online utilise %4&#xa0;; un serveur local nécessite le point de terminaison Exchange Server.</translation>
    </message>
    <message>
        <source>EWS at %1 answers and asks for an OAuth token (sign-in methods: %2).</source>
        <translation>EWS sur %1 répond et demande un jeton OAuth (méthodes de connexion&#xa0;: %2).</translation>
    </message>
    <message>
        <source>EWS at %1 answers and asks for an OAuth token (sign-in methods: %2). Its &apos;Basic Realm=&quot;&quot;&apos; is a leftover, not an offer: Basic authentication is off in Exchange Online.</source>
        <translation>EWS sur %1 répond et demande un jeton OAuth (méthodes de connexion&#xa0;: %2). Son &apos;Basic Realm=&quot;&quot;&apos; est un reliquat, pas une offre&#xa0;: l&apos;authentification de base est désactivée dans Exchange Online.</translation>
    </message>
    <message>
        <source>EWS at %1 answered HTTP %2 without asking for an OAuth token (sign-in methods: %3): something in between may answer instead of Exchange Online.</source>
        <translation>EWS sur %1 a répondu HTTP %2 sans demander de jeton OAuth (méthodes de connexion&#xa0;: %3)&#xa0;: un élément intermédiaire répond peut-être à la place d&apos;Exchange Online.</translation>
    </message>
    <message>
        <source>EWS at %1 answers (HTTP %2, SOAP).</source>
        <translation>EWS sur %1 répond (HTTP %2, SOAP).</translation>
    </message>
    <message>
        <source>EWS at %1 gave an unexpected answer without credentials (HTTP %2).</source>
        <translation>EWS sur %1 a donné une réponse inattendue sans informations d&apos;identification (HTTP %2).</translation>
    </message>
    <message>
        <source>%1 answered 404 Not Found: there is no EWS there.</source>
        <translation>%1 a répondu 404 Not Found&#xa0;: il n&apos;y a pas d&apos;EWS à cette adresse.</translation>
    </message>
    <message>
        <source>%1 answered a web page (HTTP %2), not EWS: the address is not the EWS URL.</source>
        <translation>%1 a répondu par une page web (HTTP %2), et non par EWS&#xa0;: cette adresse n&apos;est pas l&apos;URL EWS.</translation>
    </message>
    <message>
        <source>%1 redirects to the Outlook on the web sign-in (%2): that is the OWA address, not the EWS URL.</source>
        <translation>%1 redirige vers la page de connexion d&apos;Outlook on the web (%2)&#xa0;: c&apos;est l&apos;adresse OWA, pas l&apos;URL EWS.</translation>
    </message>
    <message>
        <source>%1 redirects to an error page (%2): EWS is not answering at this address.</source>
        <translation>%1 redirige vers une page d&apos;erreur (%2)&#xa0;: EWS ne répond pas à cette adresse.</translation>
    </message>
    <message>
        <source>%1 is a plain http address; the server redirects to %2. The EWS URL must start with https://.</source>
        <translation>%1 est une adresse http non sécurisée&#xa0;; le serveur redirige vers %2. L&apos;URL EWS doit commencer par https://.</translation>
    </message>
    <message>
        <source>%1 redirects elsewhere (HTTP %2 to %3) instead of answering as EWS; the redirect was not followed.</source>
        <translation>%1 redirige ailleurs (HTTP %2 vers %3) au lieu de répondre comme EWS&#xa0;; la redirection n&apos;a pas été suivie.</translation>
    </message>
    <message>
        <source>No EWS address to measure.</source>
        <translation>Aucune adresse EWS à mesurer.</translation>
    </message>
    <message>
        <source>None of %1 requests to %2 got an answer, although the first one did.</source>
        <translation>Aucune des %1 requêtes vers %2 n&apos;a obtenu de réponse, alors que la première en avait obtenu une.</translation>
    </message>
    <message>
        <source>%1 of %2 requests to %3 without credentials were answered as busy (429/503); median %4 ms, p95 %5 ms.</source>
        <translation>%1 des %2 requêtes sans informations d&apos;identification vers %3 ont reçu une réponse de saturation (429/503)&#xa0;; médiane %4 ms, p95 %5 ms.</translation>
    </message>
    <message>
        <source>%1 of %2 requests to %3 without credentials got no answer in time (median of the others %4 ms, p95 %5 ms).</source>
        <translation>%1 des %2 requêtes sans informations d&apos;identification vers %3 n&apos;ont pas obtenu de réponse à temps (médiane des autres %4 ms, p95 %5 ms).</translation>
    </message>
    <message>
        <source>%1 answers slowly: median %2 ms, p95 %3 ms over %4 requests without credentials (the first, with connection set-up, took %5 ms).</source>
        <translation>%1 répond lentement&#xa0;: médiane %2 ms, p95 %3 ms sur %4 requêtes sans informations d&apos;identification (la première, avec l&apos;établissement de la connexion, a pris %5 ms).</translation>
    </message>
    <message>
        <source>%1 answers in a median %2 ms, p95 %3 ms over %4 requests without credentials (the first, with connection set-up, took %5 ms).</source>
        <translation>%1 répond avec une médiane de %2 ms, p95 %3 ms sur %4 requêtes sans informations d&apos;identification (la première, avec l&apos;établissement de la connexion, a pris %5 ms).</translation>
    </message>
    <message>
        <source>No Exchange Online token: the sign-in did not get one.</source>
        <translation>Aucun jeton Exchange Online&#xa0;: la connexion n&apos;en a pas obtenu.</translation>
    </message>
    <message>
        <source>No mailbox to open was given.</source>
        <translation>Aucune boîte aux lettres à ouvrir n&apos;a été indiquée.</translation>
    </message>
    <message>
        <source>Exchange Online is throttling EWS for this account (%1): retry after %2 s.</source>
        <translation>Exchange Online limite (throttling) EWS pour ce compte (%1)&#xa0;: réessayez dans %2 s.</translation>
    </message>
    <message>
        <source>Exchange Online is throttling EWS for this account (%1) and names no wait time: retry later.</source>
        <translation>Exchange Online limite (throttling) EWS pour ce compte (%1) sans indiquer de délai d&apos;attente&#xa0;: réessayez plus tard.</translation>
    </message>
    <message>
        <source>Exchange Online refused the token: it carries no EWS permission it accepts (x-ms-diagnostics 2000008: %1).</source>
        <translation>Exchange Online a refusé le jeton&#xa0;: il ne contient aucune autorisation EWS acceptée (x-ms-diagnostics 2000008&#xa0;: %1).</translation>
    </message>
    <message>
        <source>Exchange Online refused the token: it was issued for another resource, not %1 (x-ms-diagnostics 2000003: %2).</source>
        <translation>Exchange Online a refusé le jeton&#xa0;: il a été émis pour une autre ressource que %1 (x-ms-diagnostics 2000003&#xa0;: %2).</translation>
    </message>
    <message>
        <source>Exchange Online refused the token (HTTP 401, x-ms-diagnostics %1: %2).</source>
        <translation>Exchange Online a refusé le jeton (HTTP 401, x-ms-diagnostics %1&#xa0;: %2).</translation>
    </message>
    <message>
        <source>Exchange Online accepted the token but refused EWS (HTTP 403). EWS is blocked by policy: switched off for the organisation or for the mailbox %1 (EwsEnabled, off by default for tenants that did not turn it on from 1 October 2026), the app %2 not on the EwsAllowedAppIDs allow list, or a licence without EWS rights (Kiosk, F3). The answer cannot tell which: check all of them.</source>
        <translation>Exchange Online a accepté le jeton mais a refusé EWS (HTTP 403). EWS est bloqué par une stratégie&#xa0;: désactivé pour l&apos;organisation ou pour la boîte aux lettres %1 (EwsEnabled, désactivé par défaut depuis le 1er octobre 2026 pour les locataires qui ne l&apos;ont pas activé), application %2 absente de la liste d&apos;autorisation EwsAllowedAppIDs, ou licence sans droits EWS (Kiosk, F3). La réponse ne permet pas de savoir laquelle de ces causes s&apos;applique&#xa0;: vérifiez-les toutes.</translation>
    </message>
    <message>
        <source>Exchange Online refused to open the inbox of %1: %2 %3</source>
        <translation>Exchange Online a refusé d&apos;ouvrir la boîte de réception de %1&#xa0;: %2 %3</translation>
    </message>
    <message>
        <source>%1 did not answer as EWS (HTTP %2).</source>
        <translation>%1 n&apos;a pas répondu comme EWS (HTTP %2).</translation>
    </message>
    <message>
        <source>Exchange Online gave an unexpected answer to opening the inbox of %1 (HTTP %2).</source>
        <translation>Exchange Online a donné une réponse inattendue à l&apos;ouverture de la boîte de réception de %1 (HTTP %2).</translation>
    </message>
    <message>
        <source>The inbox of %1 opened, but only on a second try after Exchange Online asked to wait: it is throttling this account.</source>
        <translation>La boîte de réception de %1 s&apos;est ouverte, mais seulement à la seconde tentative, après qu&apos;Exchange Online a demandé de patienter&#xa0;: il limite (throttling) ce compte.</translation>
    </message>
    <message>
        <source>The app opened the inbox of %1 by impersonation (EWS GetFolder).</source>
        <translation>L&apos;application a ouvert la boîte de réception de %1 par emprunt d&apos;identité (EWS GetFolder).</translation>
    </message>
    <message>
        <source>%1 opened the inbox of %2 both as a delegate and by impersonation (EWS GetFolder).</source>
        <translation>%1 a ouvert la boîte de réception de %2 à la fois en tant que délégué et par emprunt d&apos;identité (EWS GetFolder).</translation>
    </message>
    <message>
        <source>%1 opened the inbox of %2 (EWS GetFolder, delegate access).</source>
        <translation>%1 a ouvert la boîte de réception de %2 (EWS GetFolder, accès délégué).</translation>
    </message>
    <message>
        <source>Impersonation of %1, which the pasted error shows the tool uses, is refused (%2); delegate access to the mailbox works. Exchange Online retired ApplicationImpersonation: switch the tool to delegate access, or to app-only with full_access_as_app.</source>
        <translation>L&apos;emprunt d&apos;identité de %1, que l&apos;outil utilise d&apos;après l&apos;erreur collée, est refusé (%2)&#xa0;; l&apos;accès délégué à la boîte aux lettres fonctionne. Exchange Online a retiré ApplicationImpersonation&#xa0;: passez l&apos;outil en accès délégué, ou en mode application uniquement avec full_access_as_app.</translation>
    </message>
    <message>
        <source>Impersonation of %1, which the pasted error shows the tool uses, is refused (%2), and delegate access is refused too (%3). Exchange Online retired ApplicationImpersonation: grant FullAccess on the mailbox, or use app-only with full_access_as_app.</source>
        <translation>L&apos;emprunt d&apos;identité de %1, que l&apos;outil utilise d&apos;après l&apos;erreur collée, est refusé (%2), et l&apos;accès délégué est également refusé (%3). Exchange Online a retiré ApplicationImpersonation&#xa0;: accordez FullAccess sur la boîte aux lettres, ou utilisez le mode application uniquement avec full_access_as_app.</translation>
    </message>
    <message>
        <source>Impersonation of %1 works; delegate access is refused (%2).</source>
        <translation>L&apos;emprunt d&apos;identité de %1 fonctionne&#xa0;; l&apos;accès délégué est refusé (%2).</translation>
    </message>
    <message>
        <source>%1 sent an answer too large to read; it was cut off unread: %2</source>
        <translation>%1 a envoyé une réponse trop volumineuse pour être lue&#xa0;; elle a été tronquée sans être lue&#xa0;: %2</translation>
    </message>
    <message>
        <source>The project names its EWS URL; Autodiscover is not needed.</source>
        <translation>Le projet indique son URL EWS&#xa0;; Autodiscover n&apos;est pas nécessaire.</translation>
    </message>
    <message>
        <source>No e-mail address was given to discover the EWS URL from.</source>
        <translation>Aucune adresse e-mail n&apos;a été indiquée pour découvrir l&apos;URL EWS.</translation>
    </message>
    <message>
        <source>%1 is a public suffix, not an organisation&apos;s domain: Autodiscover is not searched there (no one can be trusted with it).</source>
        <translation>%1 est un suffixe public, pas le domaine d&apos;une organisation&#xa0;: Autodiscover n&apos;y est pas recherché (personne ne peut y être considéré comme digne de confiance).</translation>
    </message>
    <message>
        <source>Autodiscover at %1 names the EWS URL %2.</source>
        <translation>Autodiscover sur %1 indique l&apos;URL EWS %2.</translation>
    </message>
    <message>
        <source>Autodiscover for %1 redirects to %2: another domain or plain HTTP. The redirect was not followed and no credentials were sent there; no EWS URL was found.</source>
        <translation>Autodiscover pour %1 redirige vers %2&#xa0;: un autre domaine ou du HTTP non chiffré. La redirection n&apos;a pas été suivie et aucune information d&apos;identification n&apos;y a été envoyée&#xa0;; aucune URL EWS n&apos;a été trouvée.</translation>
    </message>
    <message>
        <source>Autodiscover names the EWS URL %1, outside %2: if that server is yours, enter it in the project as the EWS URL.</source>
        <translation>Autodiscover indique l&apos;URL EWS %1, en dehors de %2&#xa0;: si ce serveur vous appartient, saisissez-la comme URL EWS dans le projet.</translation>
    </message>
    <message>
        <source>Autodiscover answers that %1 is served as %2 (another address, often the mailbox in Exchange Online).</source>
        <translation>Autodiscover répond que %1 est servi sous %2 (une autre adresse, souvent la boîte aux lettres dans Exchange Online).</translation>
    </message>
    <message>
        <source>Autodiscover for %1 points to Exchange Online (%2): the mailbox seems to be in Microsoft 365, not on Exchange Server.</source>
        <translation>Autodiscover pour %1 pointe vers Exchange Online (%2)&#xa0;: la boîte aux lettres semble se trouver dans Microsoft 365, et non sur Exchange Server.</translation>
    </message>
    <message>
        <source>Autodiscover refused the credentials (HTTP 401) at %1.</source>
        <translation>Autodiscover a refusé les informations d&apos;identification (HTTP 401) sur %1.</translation>
    </message>
    <message>
        <source>Autodiscover answered the error %1.</source>
        <translation>Autodiscover a répondu par l&apos;erreur %1.</translation>
    </message>
    <message>
        <source>Autodiscover at %1 asks for credentials, which go only to the hosts named before the checks; enter the EWS URL in the project instead.</source>
        <translation>Autodiscover sur %1 demande des informations d&apos;identification, qui ne sont envoyées qu&apos;aux hôtes indiqués avant les vérifications&#xa0;; saisissez plutôt l&apos;URL EWS dans le projet.</translation>
    </message>
    <message>
        <source>Autodiscover for %1 does not offer Basic authentication, which the project uses.</source>
        <translation>Autodiscover pour %1 ne propose pas l&apos;authentification de base, que le projet utilise.</translation>
    </message>
    <message>
        <source>No Autodiscover candidate of %1 could be verified: %2</source>
        <translation>Aucun candidat Autodiscover de %1 n&apos;a pu être vérifié&#xa0;: %2</translation>
    </message>
    <message>
        <source>Autodiscover for %1 redirected more than %2 times; stopped.</source>
        <translation>Autodiscover pour %1 a redirigé plus de %2 fois&#xa0;; arrêt.</translation>
    </message>
    <message>
        <source>No Autodiscover candidate of %1 answered with settings (%2 tried): enter the EWS URL in the project.</source>
        <translation>Aucun candidat Autodiscover de %1 n&apos;a répondu avec des paramètres (%2 essayés)&#xa0;: saisissez l&apos;URL EWS dans le projet.</translation>
    </message>
    <message>
        <source>No EWS URL is known.</source>
        <translation>Aucune URL EWS n&apos;est connue.</translation>
    </message>
    <message>
        <source>EWS at %1 answered with its error page (%2): a transient outage.</source>
        <translation>EWS sur %1 a répondu par sa page d&apos;erreur (%2)&#xa0;: une panne passagère.</translation>
    </message>
    <message>
        <source>%1 is not an EWS address: it redirects to %2 (EWS never redirects; the address usually ends in /EWS/Exchange.asmx).</source>
        <translation>%1 n&apos;est pas une adresse EWS&#xa0;: elle redirige vers %2 (EWS ne redirige jamais&#xa0;; l&apos;adresse se termine généralement par /EWS/Exchange.asmx).</translation>
    </message>
    <message>
        <source>%1 is not an EWS address: HTTP %2 %3 instead of a sign-in challenge.</source>
        <translation>%1 n&apos;est pas une adresse EWS&#xa0;: HTTP %2 %3 au lieu d&apos;une demande d&apos;authentification.</translation>
    </message>
    <message>
        <source>EWS at %1 answered 503 Service Unavailable: requests are queuing.</source>
        <translation>EWS sur %1 a répondu 503 Service Unavailable&#xa0;: les requêtes sont mises en file d&apos;attente.</translation>
    </message>
    <message>
        <source>EWS at %1 answered HTTP %2 without asking for credentials.</source>
        <translation>EWS sur %1 a répondu HTTP %2 sans demander d&apos;informations d&apos;identification.</translation>
    </message>
    <message>
        <source>%1 answered 401 without naming any sign-in method: a device in front of Exchange answered, not Exchange.</source>
        <translation>%1 a répondu 401 sans indiquer de méthode de connexion&#xa0;: c&apos;est un équipement placé devant Exchange qui a répondu, pas Exchange.</translation>
    </message>
    <message>
        <source>The project uses Basic authentication, but EWS at %1 offers only %2.</source>
        <translation>Le projet utilise l&apos;authentification de base, mais EWS sur %1 ne propose que %2.</translation>
    </message>
    <message>
        <source>The project uses NTLM, but EWS at %1 offers only %2.</source>
        <translation>Le projet utilise NTLM, mais EWS sur %1 ne propose que %2.</translation>
    </message>
    <message>
        <source>EWS at %1 (Exchange build %2) answers and offers %3.</source>
        <translation>EWS sur %1 (build Exchange %2) répond et propose %3.</translation>
    </message>
    <message>
        <source>EWS gave no sign-in challenge to time.</source>
        <translation>EWS n&apos;a envoyé aucune demande d&apos;authentification à chronométrer.</translation>
    </message>
    <message>
        <source>EWS at %1 answered once, then %2 of the repeated unauthenticated requests got no answer within the time limit: the server is overloaded.</source>
        <translation>EWS sur %1 a répondu une fois, puis %2 des requêtes répétées non authentifiées n&apos;ont pas obtenu de réponse dans le délai imparti&#xa0;: le serveur est surchargé.</translation>
    </message>
    <message>
        <source>EWS at %1 answers slowly: median %2 ms, p95 %3 ms for a request that needs no sign-in, while the connection set-up took %4 ms. The server itself is overloaded.</source>
        <translation>EWS sur %1 répond lentement&#xa0;: médiane %2 ms, p95 %3 ms pour une requête qui ne nécessite aucune connexion, alors que l&apos;établissement de la connexion a pris %4 ms. Le serveur lui-même est surchargé.</translation>
    </message>
    <message>
        <source>EWS at %1 answered %2 of %3 repeated requests without sign-in; the next one failed: %4</source>
        <translation>EWS sur %1 a répondu à %2 des %3 requêtes répétées sans connexion&#xa0;; la suivante a échoué&#xa0;: %4</translation>
    </message>
    <message>
        <source>EWS at %1 (Exchange build %2) answers in %3 ms (median), %4 ms (p95) to requests that need no sign-in.</source>
        <translation>EWS sur %1 (build Exchange %2) répond en %3 ms (médiane), %4 ms (p95) aux requêtes qui ne nécessitent aucune connexion.</translation>
    </message>
    <message>
        <source>The project signs in with OAuth; this check covers the Basic and NTLM sign-in of Exchange Server.</source>
        <translation>Le projet se connecte avec OAuth&#xa0;; cette vérification porte sur les connexions de base et NTLM d&apos;Exchange Server.</translation>
    </message>
    <message>
        <source>EWS refused the Basic sign-in of %1 (HTTP 401), while Autodiscover on the same server accepted it: EWS does not allow this account.</source>
        <translation>EWS a refusé la connexion de base de %1 (HTTP 401), alors qu&apos;Autodiscover sur le même serveur l&apos;a acceptée&#xa0;: EWS n&apos;autorise pas ce compte.</translation>
    </message>
    <message>
        <source>EWS refused the Basic sign-in of %1 (HTTP 401); no second address of the server could confirm it.</source>
        <translation>EWS a refusé la connexion de base de %1 (HTTP 401)&#xa0;; aucune autre adresse du serveur n&apos;a pu le confirmer.</translation>
    </message>
    <message>
        <source>%1 did not answer the NTLM negotiation with a challenge (HTTP %2).</source>
        <translation>%1 n&apos;a pas répondu à la négociation NTLM par une demande d&apos;authentification (HTTP %2).</translation>
    </message>
    <message>
        <source>EWS at %1 refused the NTLM sign-in of %2 after a complete handshake (HTTP 401), and accepted the same sign-in with a TLS channel binding (HTTP %3): Extended Protection is on, and the project&apos;s NTLM sends no channel binding.</source>
        <translation>EWS sur %1 a refusé la connexion NTLM de %2 après un échange complet (HTTP 401), et a accepté la même connexion avec une liaison de canal TLS (HTTP %3)&#xa0;: la Protection étendue (Extended Protection) est activée, et l&apos;implémentation NTLM du projet n&apos;envoie aucune liaison de canal.</translation>
    </message>
    <message>
        <source>Autodiscover on %1 accepted the NTLM sign-in of %2, but EWS refused it after a complete handshake: Extended Protection on the EWS virtual directory refuses a client without channel binding.</source>
        <translation>Autodiscover sur %1 a accepté la connexion NTLM de %2, mais EWS l&apos;a refusée après un échange complet&#xa0;: la Protection étendue (Extended Protection) du répertoire virtuel EWS refuse un client sans liaison de canal.</translation>
    </message>
    <message>
        <source>EWS at %1 (build %2) refused the NTLM sign-in of %3 after a complete handshake on every address, but accepted the same password over Basic: Extended Protection refuses NTLM without channel binding.</source>
        <translation>EWS sur %1 (build %2) a refusé la connexion NTLM de %3 après un échange complet sur chaque adresse, mais a accepté le même mot de passe en authentification de base&#xa0;: la Protection étendue (Extended Protection) refuse NTLM sans liaison de canal.</translation>
    </message>
    <message>
        <source>EWS at %1 runs Exchange %2 (2019 CU14 or later, Extended Protection on by default) and refused the NTLM sign-in of %3 after a complete handshake.</source>
        <translation>EWS sur %1 exécute Exchange %2 (2019 CU14 ou ultérieur, Protection étendue activée par défaut) et a refusé la connexion NTLM de %3 après un échange complet.</translation>
    </message>
    <message>
        <source>%1 refused the %2 sign-in of %3 after a complete exchange on two addresses (HTTP 401 at %4 and %5): the password (or the user name) is wrong.</source>
        <translation>%1 a refusé la connexion %2 de %3 après un échange complet sur deux adresses (HTTP 401 sur %4 et %5)&#xa0;: le mot de passe (ou le nom d&apos;utilisateur) est incorrect.</translation>
    </message>
    <message>
        <source>%1 refused the %2 sign-in of %3 after a complete exchange (HTTP 401); no second address confirmed it.</source>
        <translation>%1 a refusé la connexion %2 de %3 après un échange complet (HTTP 401)&#xa0;; aucune autre adresse ne l&apos;a confirmé.</translation>
    </message>
    <message>
        <source>%1 answered that the account %2 is currently locked out.</source>
        <translation>%1 a répondu que le compte %2 est actuellement verrouillé.</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2 with %3 and opened the inbox.</source>
        <translation>Connexion à %1 en tant que %2 avec %3 réussie, boîte de réception ouverte.</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2 with %3 and opened the inbox of %4 (impersonation).</source>
        <translation>Connexion à %1 en tant que %2 avec %3 réussie, boîte de réception de %4 ouverte (emprunt d&apos;identité).</translation>
    </message>
    <message>
        <source>%1 accepted the sign-in of %2, but GetFolder failed: HTTP %3 %4 %5</source>
        <translation>%1 a accepté la connexion de %2, mais GetFolder a échoué&#xa0;: HTTP %3 %4 %5</translation>
    </message>
    <message>
        <source>No Microsoft Graph token.</source>
        <translation>Aucun jeton Microsoft Graph.</translation>
    </message>
    <message>
        <source>No user or mailbox was given.</source>
        <translation>Aucun utilisateur ni boîte aux lettres n&apos;a été indiqué.</translation>
    </message>
    <message>
        <source>Microsoft Graph does not know the user %1.</source>
        <translation>Microsoft Graph ne connaît pas l&apos;utilisateur %1.</translation>
    </message>
    <message>
        <source>%1 is throttling the requests: retry after %2 s.</source>
        <translation>%1 limite (throttling) les requêtes&#xa0;: réessayez dans %2 s.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 %3: %4</source>
        <translation>%1 a répondu HTTP %2 %3&#xa0;: %4</translation>
    </message>
    <message>
        <source>Cannot read %1: the token is not allowed to (%2). Nothing is concluded from this.</source>
        <translation>Impossible de lire %1&#xa0;: le jeton n&apos;y est pas autorisé (%2). Aucune conclusion n&apos;en est tirée.</translation>
    </message>
    <message>
        <source>Microsoft Graph has no user %1 in this tenant (HTTP 404). Enter the user principal name, not an alias or another address.</source>
        <translation>Microsoft Graph ne trouve aucun utilisateur %1 dans ce locataire (HTTP 404). Saisissez le nom d&apos;utilisateur principal (UPN), et non un alias ou une autre adresse.</translation>
    </message>
    <message>
        <source>The account %1 is disabled (accountEnabled: false): it cannot sign in.</source>
        <translation>Le compte %1 est désactivé (accountEnabled: false)&#xa0;: il ne peut pas se connecter.</translation>
    </message>
    <message>
        <source>The account %1 is disabled (accountEnabled: false). That blocks its own sign-in; shared mailboxes are disabled accounts by design.</source>
        <translation>Le compte %1 est désactivé (accountEnabled: false). Cela bloque sa propre connexion&#xa0;; les boîtes aux lettres partagées sont par conception des comptes désactivés.</translation>
    </message>
    <message>
        <source>%1 exists and is enabled, but was created less than 24 hours ago (%2): its mailbox and OneDrive may still be being set up.</source>
        <translation>%1 existe et est activé, mais a été créé il y a moins de 24 heures (%2)&#xa0;: sa boîte aux lettres et son OneDrive sont peut-être encore en cours de configuration.</translation>
    </message>
    <message>
        <source>%1 exists and is enabled (created %2).</source>
        <translation>%1 existe et est activé (créé le %2).</translation>
    </message>
    <message>
        <source>The assigned plans of the user could not be read.</source>
        <translation>Impossible de lire les plans attribués à l&apos;utilisateur.</translation>
    </message>
    <message>
        <source>%1 holds no SharePoint Online plan (SHAREPOINTSTANDARD or SHAREPOINTENTERPRISE), so it can have no OneDrive. Plans: %2</source>
        <translation>%1 ne dispose d&apos;aucun plan SharePoint Online (SHAREPOINTSTANDARD ou SHAREPOINTENTERPRISE)&#xa0;: il ne peut donc pas avoir de OneDrive. Plans&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 holds a SharePoint Online plan.</source>
        <translation>%1 dispose d&apos;un plan SharePoint Online.</translation>
    </message>
    <message>
        <source>%1 holds no Exchange Online plan that gives a mailbox (EXCHANGE_S_FOUNDATION does not). Plans: %2</source>
        <translation>%1 ne dispose d&apos;aucun plan Exchange Online fournissant une boîte aux lettres (EXCHANGE_S_FOUNDATION n&apos;en fournit pas). Plans&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 holds only a Kiosk/frontline Exchange plan (EXCHANGE_S_DESKLESS): such mailboxes are refused EWS since 1 July 2026.</source>
        <translation>%1 ne dispose que d&apos;un plan Exchange Kiosk/Frontline (EXCHANGE_S_DESKLESS)&#xa0;: EWS est refusé à ces boîtes aux lettres depuis le 1er juillet 2026.</translation>
    </message>
    <message>
        <source>%1 holds only a Kiosk/frontline Exchange plan (EXCHANGE_S_DESKLESS): EWS will refuse it from 1 July 2026.</source>
        <translation>%1 ne dispose que d&apos;un plan Exchange Kiosk/Frontline (EXCHANGE_S_DESKLESS)&#xa0;: EWS le refusera à partir du 1er juillet 2026.</translation>
    </message>
    <message>
        <source>%1 holds a mailbox plan: %2.</source>
        <translation>%1 dispose d&apos;un plan de boîte aux lettres&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The %1 plan of %2 is still being provisioned (PendingProvisioning). This can take up to 24 hours after the licence was assigned.</source>
        <translation>Le plan %1 de %2 est encore en cours de provisionnement (PendingProvisioning). Cela peut prendre jusqu&apos;à 24 heures après l&apos;attribution de la licence.</translation>
    </message>
    <message>
        <source>Exchange Online serves the mailbox of %1.</source>
        <translation>Exchange Online sert la boîte aux lettres de %1.</translation>
    </message>
    <message>
        <source>%1 is synchronised from on-premises and holds an Exchange Online licence, but has no cloud mailbox (%2): the directory says its mailbox is on-premises.</source>
        <translation>%1 est synchronisé depuis l&apos;environnement local et dispose d&apos;une licence Exchange Online, mais n&apos;a pas de boîte aux lettres cloud (%2)&#xa0;: d&apos;après l&apos;annuaire, sa boîte aux lettres est locale.</translation>
    </message>
    <message>
        <source>%1 has no mailbox yet (%2); the account is less than 24 hours old or its licence is still being provisioned.</source>
        <translation>%1 n&apos;a pas encore de boîte aux lettres (%2)&#xa0;; le compte a moins de 24 heures ou sa licence est encore en cours de provisionnement.</translation>
    </message>
    <message>
        <source>Exchange Online has no mailbox for %1: %2 %3</source>
        <translation>Exchange Online n&apos;a aucune boîte aux lettres pour %1&#xa0;: %2 %3</translation>
    </message>
    <message>
        <source>An application access policy keeps the app away from the mailbox of %1 ([RAOP]). Add the mailbox to the policy&apos;s group; a change takes 30 to 60 minutes to apply.</source>
        <translation>Une stratégie d&apos;accès aux applications empêche l&apos;application d&apos;accéder à la boîte aux lettres de %1 ([RAOP]). Ajoutez la boîte aux lettres au groupe de la stratégie&#xa0;; une modification prend 30 à 60 minutes pour s&apos;appliquer.</translation>
    </message>
    <message>
        <source>The OneDrive of %1 exists: %2</source>
        <translation>Le OneDrive de %1 existe&#xa0;: %2</translation>
    </message>
    <message>
        <source>The tenant has no SharePoint Online licence, so there is no OneDrive: %1</source>
        <translation>Le locataire n&apos;a aucune licence SharePoint Online, il n&apos;y a donc pas de OneDrive&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 has no OneDrive yet (%2); the account is less than 24 hours old.</source>
        <translation>%1 n&apos;a pas encore de OneDrive (%2)&#xa0;; le compte a moins de 24 heures.</translation>
    </message>
    <message>
        <source>The OneDrive of %1 was never set up: %2</source>
        <translation>Le OneDrive de %1 n&apos;a jamais été configuré&#xa0;: %2</translation>
    </message>
    <message>
        <source>Security defaults are off in this tenant.</source>
        <translation>Les paramètres de sécurité par défaut sont désactivés dans ce locataire.</translation>
    </message>
    <message>
        <source>Security defaults are on in this tenant, and the password sign-in was refused for multi-factor authentication.</source>
        <translation>Les paramètres de sécurité par défaut sont activés dans ce locataire, et la connexion par mot de passe a été refusée faute d&apos;authentification multifacteur.</translation>
    </message>
    <message>
        <source>Security defaults are on in this tenant: password sign-ins may be asked for multi-factor authentication.</source>
        <translation>Les paramètres de sécurité par défaut sont activés dans ce locataire&#xa0;: une authentification multifacteur peut être exigée pour les connexions par mot de passe.</translation>
    </message>
    <message>
        <source>The OneDrive personal site is not known.</source>
        <translation>Le site personnel OneDrive est inconnu.</translation>
    </message>
    <message>
        <source>The sign-in needed for a SharePoint token is incomplete.</source>
        <translation>La connexion nécessaire pour obtenir un jeton SharePoint est incomplète.</translation>
    </message>
    <message>
        <source>%1 is not a SharePoint host of the chosen cloud; nothing was sent.</source>
        <translation>%1 n&apos;est pas un hôte SharePoint du cloud choisi&#xa0;; rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>The app-only token was obtained with a client secret (appidacr 1). SharePoint, where OneDrive lives, accepts app-only tokens only when they were obtained with a certificate.</source>
        <translation>Le jeton d&apos;application uniquement a été obtenu avec un secret client (appidacr 1). SharePoint, qui héberge OneDrive, n&apos;accepte les jetons d&apos;application uniquement que s&apos;ils ont été obtenus avec un certificat.</translation>
    </message>
    <message>
        <source>Microsoft Entra ID issued no SharePoint token: %1 %2</source>
        <translation>Microsoft Entra ID n&apos;a émis aucun jeton SharePoint&#xa0;: %1 %2</translation>
    </message>
    <message>
        <source>SharePoint opened the personal site %1.</source>
        <translation>SharePoint a ouvert le site personnel %1.</translation>
    </message>
    <message>
        <source>SharePoint has no personal site %1.</source>
        <translation>SharePoint n&apos;a aucun site personnel %1.</translation>
    </message>
    <message>
        <source>SharePoint refused access to the personal site %1 (HTTP 403): the account is neither its owner nor an administrator of it.</source>
        <translation>SharePoint a refusé l&apos;accès au site personnel %1 (HTTP 403)&#xa0;: le compte n&apos;en est ni le propriétaire ni un administrateur.</translation>
    </message>
    <message>
        <source>SharePoint answered HTTP %1 for %2.</source>
        <translation>SharePoint a répondu HTTP %1 pour %2.</translation>
    </message>
</context>
<context>
    <name>AuthDoctor::Classifier</name>
    <message>
        <source>Microsoft Entra ID rejected the user name or password (invalid username or password)</source>
        <translation>Microsoft Entra ID a rejeté le nom d&apos;utilisateur ou le mot de passe (invalid username or password)</translation>
    </message>
    <message>
        <source>the same code appears when the sign-in name is not the user principal name</source>
        <translation>le même code apparaît lorsque le nom de connexion n&apos;est pas le nom d&apos;utilisateur principal (UPN)</translation>
    </message>
    <message>
        <source>the user account does not exist in this directory: a typo, an alias instead of the user principal name, or the wrong tenant</source>
        <translation>le compte d&apos;utilisateur n&apos;existe pas dans cet annuaire&#xa0;: faute de frappe, alias au lieu du nom d&apos;utilisateur principal (UPN), ou mauvais locataire</translation>
    </message>
    <message>
        <source>the account comes from another identity provider and is not a member of this tenant</source>
        <translation>le compte provient d&apos;un autre fournisseur d&apos;identité et n&apos;est pas membre de ce locataire</translation>
    </message>
    <message>
        <source>the account is not in this tenant (guest not added, or the wrong tenant)</source>
        <translation>le compte ne se trouve pas dans ce locataire (invité non ajouté, ou mauvais locataire)</translation>
    </message>
    <message>
        <source>Microsoft&apos;s reference also names 16000 SelectUserAccount: a choice among several signed-in accounts</source>
        <translation>la documentation de Microsoft mentionne aussi 16000 SelectUserAccount&#xa0;: un choix entre plusieurs comptes connectés</translation>
    </message>
    <message>
        <source>the account is an external account that is not in this tenant, or its ImmutableID does not match; the password was accepted</source>
        <translation>le compte est un compte externe absent de ce locataire, ou son ImmutableID ne correspond pas&#xa0;; le mot de passe a été accepté</translation>
    </message>
    <message>
        <source>no tenant could be identified from the request: the domain is not known to Microsoft Entra ID</source>
        <translation>aucun locataire n&apos;a pu être identifié à partir de la requête&#xa0;: le domaine est inconnu de Microsoft Entra ID</translation>
    </message>
    <message>
        <source>invalid domain name: the domain is not registered in Microsoft Entra ID</source>
        <translation>nom de domaine non valide&#xa0;: le domaine n&apos;est pas inscrit dans Microsoft Entra ID</translation>
    </message>
    <message>
        <source>tenant not found: wrong tenant id or domain, or no active subscription</source>
        <translation>locataire introuvable&#xa0;: ID du locataire ou domaine incorrect, ou aucun abonnement actif</translation>
    </message>
    <message>
        <source>the same code appears when the tenant lives in another (national) cloud</source>
        <translation>le même code apparaît lorsque le locataire se trouve dans un autre cloud (national)</translation>
    </message>
    <message>
        <source>the tenant belongs to a national cloud (GCC High, DoD, 21Vianet) and must sign in on that cloud&apos;s login host</source>
        <translation>le locataire appartient à un cloud national (GCC High, DoD, 21Vianet) et doit se connecter sur l&apos;hôte de connexion de ce cloud</translation>
    </message>
    <message>
        <source>the account is locked after too many failed sign-ins, or the sign-in came from an IP address with malicious activity</source>
        <translation>le compte est verrouillé après trop d&apos;échecs de connexion, ou la connexion provenait d&apos;une adresse IP associée à une activité malveillante</translation>
    </message>
    <message>
        <source>the password has expired; the password itself was accepted</source>
        <translation>le mot de passe a expiré&#xa0;; le mot de passe lui-même a été accepté</translation>
    </message>
    <message>
        <source>the on-premises Active Directory password has expired</source>
        <translation>le mot de passe Active Directory local a expiré</translation>
    </message>
    <message>
        <source>a password change is required because of account risk</source>
        <translation>un changement de mot de passe est exigé en raison du risque lié au compte</translation>
    </message>
    <message>
        <source>sign-in was interrupted by a password reset or registration requirement</source>
        <translation>la connexion a été interrompue par une exigence de réinitialisation du mot de passe ou d&apos;inscription</translation>
    </message>
    <message>
        <source>the user has no password in Microsoft Entra ID (federated, password hash not synchronised, or passwordless)</source>
        <translation>l&apos;utilisateur n&apos;a pas de mot de passe dans Microsoft Entra ID (fédéré, hachage du mot de passe non synchronisé, ou sans mot de passe)</translation>
    </message>
    <message>
        <source>the password could not be checked in the cloud</source>
        <translation>le mot de passe n&apos;a pas pu être vérifié dans le cloud</translation>
    </message>
    <message>
        <source>the user account is disabled</source>
        <translation>le compte d&apos;utilisateur est désactivé</translation>
    </message>
    <message>
        <source>multi-factor authentication is required for this sign-in; the password itself was accepted</source>
        <translation>l&apos;authentification multifacteur est requise pour cette connexion&#xa0;; le mot de passe lui-même a été accepté</translation>
    </message>
    <message>
        <source>strong authentication (multi-factor) is required and was not completed; the password itself was accepted</source>
        <translation>une authentification forte (multifacteur) est requise et n&apos;a pas été effectuée&#xa0;; le mot de passe lui-même a été accepté</translation>
    </message>
    <message>
        <source>an external security challenge (third-party MFA such as Duo) was not satisfied; the password itself was accepted</source>
        <translation>une vérification de sécurité externe (MFA tierce, comme Duo) n&apos;a pas été satisfaite&#xa0;; le mot de passe lui-même a été accepté</translation>
    </message>
    <message>
        <source>the multi-factor authentication claim has expired and must be renewed interactively</source>
        <translation>la revendication d&apos;authentification multifacteur a expiré et doit être renouvelée de manière interactive</translation>
    </message>
    <message>
        <source>the user must register for multi-factor authentication, which security defaults (or a policy) require</source>
        <translation>l&apos;utilisateur doit s&apos;inscrire à l&apos;authentification multifacteur, exigée par les paramètres de sécurité par défaut (ou par une stratégie)</translation>
    </message>
    <message>
        <source>the sign-in needs a second factor the migration tool cannot give</source>
        <translation>la connexion nécessite un second facteur que l&apos;outil de migration ne peut pas fournir</translation>
    </message>
    <message>
        <source>the user must enrol in multi-factor authentication before signing in</source>
        <translation>l&apos;utilisateur doit s&apos;inscrire à l&apos;authentification multifacteur avant de se connecter</translation>
    </message>
    <message>
        <source>the sign-in was blocked by security defaults (legacy authentication or a request judged unsafe)</source>
        <translation>la connexion a été bloquée par les paramètres de sécurité par défaut (authentification héritée ou requête jugée dangereuse)</translation>
    </message>
    <message>
        <source>a Conditional Access policy blocked the sign-in; the password was accepted</source>
        <translation>une stratégie d&apos;accès conditionnel a bloqué la connexion&#xa0;; le mot de passe a été accepté</translation>
    </message>
    <message>
        <source>Conditional Access requires a compliant device</source>
        <translation>l&apos;accès conditionnel exige un appareil conforme</translation>
    </message>
    <message>
        <source>Conditional Access requires a domain-joined device</source>
        <translation>l&apos;accès conditionnel exige un appareil joint au domaine</translation>
    </message>
    <message>
        <source>Conditional Access requires an approved client application</source>
        <translation>l&apos;accès conditionnel exige une application cliente approuvée</translation>
    </message>
    <message>
        <source>Conditional Access failed (device state, suspicious activity or policy)</source>
        <translation>échec de l&apos;accès conditionnel (état de l&apos;appareil, activité suspecte ou stratégie)</translation>
    </message>
    <message>
        <source>the sign-in was blocked by a tenant security policy</source>
        <translation>la connexion a été bloquée par une stratégie de sécurité du locataire</translation>
    </message>
    <message>
        <source>security defaults are one such policy</source>
        <translation>les paramètres de sécurité par défaut sont l&apos;une de ces stratégies</translation>
    </message>
    <message>
        <source>the access policy does not allow token issuance</source>
        <translation>la stratégie d&apos;accès n&apos;autorise pas l&apos;émission de jetons</translation>
    </message>
    <message>
        <source>device authentication is required by Conditional Access</source>
        <translation>l&apos;accès conditionnel exige l&apos;authentification de l&apos;appareil</translation>
    </message>
    <message>
        <source>the user is blocked because of risk in the home tenant</source>
        <translation>l&apos;utilisateur est bloqué en raison d&apos;un risque dans son locataire d&apos;origine</translation>
    </message>
    <message>
        <source>the session expired because of a Conditional Access sign-in frequency policy</source>
        <translation>la session a expiré en raison d&apos;une stratégie d&apos;accès conditionnel sur la fréquence de connexion</translation>
    </message>
    <message>
        <source>signing in again with the current password renews the session</source>
        <translation>se reconnecter avec le mot de passe actuel renouvelle la session</translation>
    </message>
    <message>
        <source>the signed-in user is not assigned to the application (user assignment is required)</source>
        <translation>l&apos;utilisateur connecté n&apos;est pas affecté à l&apos;application (l&apos;affectation des utilisateurs est obligatoire)</translation>
    </message>
    <message>
        <source>the user or an administrator has not consented to the application&apos;s permissions</source>
        <translation>ni l&apos;utilisateur ni un administrateur n&apos;a donné son consentement aux autorisations de l&apos;application</translation>
    </message>
    <message>
        <source>administrator consent is required for the application&apos;s permissions</source>
        <translation>le consentement d&apos;administrateur est requis pour les autorisations de l&apos;application</translation>
    </message>
    <message>
        <source>the consent to the application was declined</source>
        <translation>le consentement à l&apos;application a été refusé</translation>
    </message>
    <message>
        <source>the application needs access to a service the organisation has not subscribed to or enabled</source>
        <translation>l&apos;application a besoin d&apos;accéder à un service auquel l&apos;organisation n&apos;est pas abonnée ou qu&apos;elle n&apos;a pas activé</translation>
    </message>
    <message>
        <source>the application is misconfigured: the requested API permission is missing from the app registration</source>
        <translation>l&apos;application est mal configurée&#xa0;: l&apos;autorisation d&apos;API demandée manque dans l&apos;inscription d&apos;application</translation>
    </message>
    <message>
        <source>the requested resource is not in the application&apos;s list of required permissions</source>
        <translation>la ressource demandée ne figure pas dans la liste des autorisations requises de l&apos;application</translation>
    </message>
    <message>
        <source>the resource (service principal) was not found in the tenant: wrong scope or resource URI, or the service is not provisioned</source>
        <translation>la ressource (principal de service) est introuvable dans le locataire&#xa0;: étendue ou URI de ressource incorrect, ou service non provisionné</translation>
    </message>
    <message>
        <source>the same code appears when the resource belongs to another cloud</source>
        <translation>le même code apparaît lorsque la ressource appartient à un autre cloud</translation>
    </message>
    <message>
        <source>the requested scope is not valid (client credentials must use &lt;resource&gt;/.default)</source>
        <translation>l&apos;étendue (scope) demandée n&apos;est pas valide (les informations d&apos;identification du client doivent utiliser &lt;resource&gt;/.default)</translation>
    </message>
    <message>
        <source>the application (client id) was not found in this tenant: wrong client id or tenant id, or no consent in this tenant</source>
        <translation>l&apos;application (ID client) est introuvable dans ce locataire&#xa0;: ID client ou ID du locataire incorrect, ou aucun consentement dans ce locataire</translation>
    </message>
    <message>
        <source>the application was not found in the tenant</source>
        <translation>l&apos;application est introuvable dans le locataire</translation>
    </message>
    <message>
        <source>the application is disabled</source>
        <translation>l&apos;application est désactivée</translation>
    </message>
    <message>
        <source>the app registration expects a client secret or certificate: public client flows are probably not allowed</source>
        <translation>l&apos;inscription d&apos;application attend un secret client ou un certificat&#xa0;: les flux de clients publics ne sont probablement pas autorisés</translation>
    </message>
    <message>
        <source>this grant type is not supported on /common or /consumers: the tenant id must be used</source>
        <translation>ce type d&apos;octroi n&apos;est pas pris en charge sur /common ou /consumers&#xa0;: l&apos;ID du locataire doit être utilisé</translation>
    </message>
    <message>
        <source>a single-tenant application was used with the /common endpoint: the tenant id must be used</source>
        <translation>une application monolocataire a été utilisée avec le point de terminaison /common&#xa0;: l&apos;ID du locataire doit être utilisé</translation>
    </message>
    <message>
        <source>the service principal of the resource is disabled in the tenant</source>
        <translation>le principal de service de la ressource est désactivé dans le locataire</translation>
    </message>
    <message>
        <source>the redirect URI does not match the app registration</source>
        <translation>l&apos;URI de redirection ne correspond pas à l&apos;inscription d&apos;application</translation>
    </message>
    <message>
        <source>the resource is disabled or does not exist in the tenant</source>
        <translation>la ressource est désactivée ou n&apos;existe pas dans le locataire</translation>
    </message>
    <message>
        <source>a required field is missing from the sign-in request</source>
        <translation>un champ obligatoire manque dans la requête de connexion</translation>
    </message>
    <message>
        <source>the token request lacks a required parameter (such as scope): the client&apos;s OAuth settings are incomplete</source>
        <translation>il manque à la demande de jeton un paramètre obligatoire (comme scope)&#xa0;: les paramètres OAuth du client sont incomplets</translation>
    </message>
    <message>
        <source>the app is registered as a single-page application, which needs PKCE: register the redirect URI for the kind of client the tool is</source>
        <translation>l&apos;application est inscrite comme application monopage (SPA), qui exige PKCE&#xa0;: inscrivez l&apos;URI de redirection pour le type de client que constitue l&apos;outil</translation>
    </message>
    <message>
        <source>no tenant-identifying information was found in the request</source>
        <translation>aucune information permettant d&apos;identifier le locataire n&apos;a été trouvée dans la requête</translation>
    </message>
    <message>
        <source>invalid client secret: often the secret ID was pasted instead of the secret value</source>
        <translation>secret client non valide&#xa0;: souvent, l&apos;ID du secret a été collé au lieu de la valeur du secret</translation>
    </message>
    <message>
        <source>the client credentials are invalid (the secret does not match)</source>
        <translation>les informations d&apos;identification du client ne sont pas valides (le secret ne correspond pas)</translation>
    </message>
    <message>
        <source>the client secret has expired</source>
        <translation>le secret client a expiré</translation>
    </message>
    <message>
        <source>the client assertion failed signature validation: wrong certificate or key</source>
        <translation>la validation de signature de l&apos;assertion client a échoué&#xa0;: certificat ou clé incorrect</translation>
    </message>
    <message>
        <source>the client assertion is not within its valid time range</source>
        <translation>l&apos;assertion client n&apos;est pas dans sa période de validité</translation>
    </message>
    <message>
        <source>a public client must not send a client secret or assertion: remove the secret or make the app confidential</source>
        <translation>un client public ne doit pas envoyer de secret client ni d&apos;assertion&#xa0;: supprimez le secret ou rendez l&apos;application confidentielle</translation>
    </message>
    <message>
        <source>the pass-through authentication agent could not reach on-premises Active Directory: sign-in depends on on-premises infrastructure, as with a federated identity provider</source>
        <translation>l&apos;agent d&apos;authentification directe n&apos;a pas pu joindre l&apos;Active Directory local&#xa0;: la connexion dépend de l&apos;infrastructure locale, comme avec un fournisseur d&apos;identité fédéré</translation>
    </message>
    <message>
        <source>an on-premises connectivity problem; retrying later may work</source>
        <translation>un problème de connectivité locale&#xa0;; une nouvelle tentative plus tard peut réussir</translation>
    </message>
    <message>
        <source>the pass-through authentication agent timed out validating the password on premises</source>
        <translation>l&apos;agent d&apos;authentification directe a dépassé le délai lors de la validation locale du mot de passe</translation>
    </message>
    <message>
        <source>the pass-through authentication agent hit an unexpected network error on premises</source>
        <translation>l&apos;agent d&apos;authentification directe a rencontré une erreur réseau inattendue en local</translation>
    </message>
    <message>
        <source>the pass-through authentication agent could not validate the password with on-premises Active Directory</source>
        <translation>l&apos;agent d&apos;authentification directe n&apos;a pas pu valider le mot de passe auprès de l&apos;Active Directory local</translation>
    </message>
    <message>
        <source>the pass-through authentication request exceeded its time limit on premises</source>
        <translation>la demande d&apos;authentification directe a dépassé son délai en local</translation>
    </message>
    <message>
        <source>a Seamless SSO (Kerberos) failure: the sign-in went through desktop single sign-on, not the migration tool&apos;s password; the code alone does not name the cause</source>
        <translation>échec de l&apos;authentification unique transparente (Seamless SSO, Kerberos)&#xa0;: la connexion est passée par l&apos;authentification unique du poste de travail, et non par le mot de passe de l&apos;outil de migration&#xa0;; le code seul ne désigne pas la cause</translation>
    </message>
    <message>
        <source>a sign-in loop was detected (too many identical requests): back off and reuse tokens</source>
        <translation>une boucle de connexion a été détectée (trop de requêtes identiques)&#xa0;: espacez les tentatives et réutilisez les jetons</translation>
    </message>
    <message>
        <source>the tenant is being throttled by Microsoft Entra ID: back off</source>
        <translation>le locataire est limité (throttling) par Microsoft Entra ID&#xa0;: espacez les tentatives</translation>
    </message>
    <message>
        <source>the request budget was exceeded (transient): retry later</source>
        <translation>le quota de requêtes a été dépassé (temporaire)&#xa0;: réessayez plus tard</translation>
    </message>
    <message>
        <source>the limit on telephone MFA calls was reached: retry later</source>
        <translation>la limite d&apos;appels téléphoniques MFA a été atteinte&#xa0;: réessayez plus tard</translation>
    </message>
    <message>
        <source>the grant is no longer valid, usually because the password was changed: enter the current password again</source>
        <translation>l&apos;octroi n&apos;est plus valide, généralement parce que le mot de passe a été changé&#xa0;: saisissez à nouveau le mot de passe actuel</translation>
    </message>
    <message>
        <source>the session is invalid after a password change: enter the current password again</source>
        <translation>la session n&apos;est plus valide après un changement de mot de passe&#xa0;: saisissez à nouveau le mot de passe actuel</translation>
    </message>
    <message>
        <source>the session is invalid after a password change or expiry: sign in again with the current password</source>
        <translation>la session n&apos;est plus valide après un changement ou une expiration du mot de passe&#xa0;: reconnectez-vous avec le mot de passe actuel</translation>
    </message>
    <message>
        <source>the password may have expired</source>
        <translation>le mot de passe a peut-être expiré</translation>
    </message>
    <message>
        <source>the refresh token or code has expired or been revoked: sign in again (the code alone does not prove a wrong password)</source>
        <translation>le jeton d&apos;actualisation ou le code a expiré ou a été révoqué&#xa0;: reconnectez-vous (le code seul ne prouve pas que le mot de passe est incorrect)</translation>
    </message>
    <message>
        <source>the refresh token expired because it was not used: sign in again (the code alone does not prove a wrong password)</source>
        <translation>le jeton d&apos;actualisation a expiré faute d&apos;utilisation&#xa0;: reconnectez-vous (le code seul ne prouve pas que le mot de passe est incorrect)</translation>
    </message>
    <message>
        <source>The input is larger than 1 MiB (%1 bytes) and was not read: paste only the error message and the lines around it.</source>
        <translation>L&apos;entrée dépasse 1 Mio (%1 octets) et n&apos;a pas été lue&#xa0;: collez uniquement le message d&apos;erreur et les lignes qui l&apos;entourent.</translation>
    </message>
    <message>
        <source>The input looks like binary data (NUL bytes, control characters or invalid UTF-8), not a pasted error message.</source>
        <translation>L&apos;entrée ressemble à des données binaires (octets NUL, caractères de contrôle ou UTF-8 non valide), pas à un message d&apos;erreur collé.</translation>
    </message>
    <message>
        <source>The input was not read, so no cause can be named: %1</source>
        <translation>L&apos;entrée n&apos;a pas été lue, aucune cause ne peut donc être nommée&#xa0;: %1</translation>
    </message>
    <message>
        <source>a 401 most often means the password in the project is wrong or was changed since</source>
        <translation>une erreur 401 signifie le plus souvent que le mot de passe du projet est incorrect ou a été changé depuis</translation>
    </message>
    <message>
        <source>the user name may be mistyped, or an alias where the user principal name is needed</source>
        <translation>le nom d&apos;utilisateur est peut-être mal saisi, ou c&apos;est un alias alors que le nom d&apos;utilisateur principal (UPN) est requis</translation>
    </message>
    <message>
        <source>when the credentials are right, the account may lack the rights the endpoint needs</source>
        <translation>si les informations d&apos;identification sont correctes, il manque peut-être au compte les droits nécessaires pour ce point de terminaison</translation>
    </message>
    <message>
        <source>accounts created in the last 24 hours can fail until they are fully provisioned</source>
        <translation>les comptes créés au cours des dernières 24 heures peuvent échouer tant qu&apos;ils ne sont pas entièrement provisionnés</translation>
    </message>
    <message>
        <source>a locked account is refused with a 401 too</source>
        <translation>un compte verrouillé est lui aussi refusé avec une erreur 401</translation>
    </message>
    <message>
        <source>any sign-in step besides user name and password, such as multi-factor authentication, ends in a 401 for the migration tool</source>
        <translation>toute étape de connexion autre que le nom d&apos;utilisateur et le mot de passe, comme l&apos;authentification multifacteur, se termine par une erreur 401 pour l&apos;outil de migration</translation>
    </message>
    <message>
        <source>security defaults can start requiring MFA days after the project was set up</source>
        <translation>les paramètres de sécurité par défaut peuvent commencer à exiger la MFA plusieurs jours après la configuration du projet</translation>
    </message>
    <message>
        <source>an expired password or a required password change ends in a 401</source>
        <translation>un mot de passe expiré ou un changement de mot de passe obligatoire se termine par une erreur 401</translation>
    </message>
    <message>
        <source>a Conditional Access policy can block the migration account</source>
        <translation>une stratégie d&apos;accès conditionnel peut bloquer le compte de migration</translation>
    </message>
    <message>
        <source>an account picker (work or personal account) at sign-in also stops the tool</source>
        <translation>un sélecteur de compte (compte professionnel ou personnel) lors de la connexion bloque aussi l&apos;outil</translation>
    </message>
    <message>
        <source>Exchange Online accepts only modern authentication: a project without client and tenant id gets a 401</source>
        <translation>Exchange Online n&apos;accepte que l&apos;authentification moderne&#xa0;: un projet sans ID client ni ID du locataire reçoit une erreur 401</translation>
    </message>
    <message>
        <source>Basic authentication is retired in Exchange Online and is refused with a 401, whatever the password</source>
        <translation>l&apos;authentification de base est retirée dans Exchange Online et est refusée avec une erreur 401, quel que soit le mot de passe</translation>
    </message>
    <message>
        <source>an overloaded or outdated on-premises server can answer 401 under load</source>
        <translation>un serveur local surchargé ou obsolète peut répondre 401 sous la charge</translation>
    </message>
    <message>
        <source>Extended Protection on Exchange Server refuses NTLM clients without channel binding</source>
        <translation>la Protection étendue (Extended Protection) d&apos;Exchange Server refuse les clients NTLM sans liaison de canal</translation>
    </message>
    <message>
        <source>a user whose OneDrive was never provisioned gets a 401</source>
        <translation>un utilisateur dont le OneDrive n&apos;a jamais été provisionné reçoit une erreur 401</translation>
    </message>
    <message>
        <source>a user without a OneDrive (SharePoint) licence gets a 401</source>
        <translation>un utilisateur sans licence OneDrive (SharePoint) reçoit une erreur 401</translation>
    </message>
    <message>
        <source>SharePoint refuses app-only tokens obtained with a client secret with a 401</source>
        <translation>SharePoint refuse avec une erreur 401 les jetons d&apos;application uniquement obtenus avec un secret client</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>PnP PowerShell with a SharePoint app-only client secret (ACS) is refused with a 401 since ACS app-only was retired</source>
        <translation>PnP PowerShell avec un secret client SharePoint d&apos;application uniquement (ACS) est refusé avec une erreur 401 depuis le retrait du mode application uniquement ACS</translation>
    </message>
    <message>
        <source>an overloaded server can answer 401 under load</source>
        <translation>un serveur surchargé peut répondre 401 sous la charge</translation>
    </message>
    <message>
        <source>400 Bad Request: the sign-in or API request itself was refused, usually the app registration, its scope or a parameter</source>
        <translation>400 Bad Request&#xa0;: la requête de connexion ou d&apos;API elle-même a été refusée, généralement à cause de l&apos;inscription d&apos;application, de son étendue ou d&apos;un paramètre</translation>
    </message>
    <message>
        <source>a token request for permissions without consent is refused too</source>
        <translation>une demande de jeton pour des autorisations sans consentement est également refusée</translation>
    </message>
    <message>
        <source>403 Forbidden: the account signed in but is not allowed to do this</source>
        <translation>403 Forbidden&#xa0;: le compte s&apos;est connecté mais n&apos;est pas autorisé à effectuer cette action</translation>
    </message>
    <message>
        <source>Exchange Online answers 403 when EWS is blocked for the tenant, the application or the licence</source>
        <translation>Exchange Online répond 403 lorsque EWS est bloqué pour le locataire, l&apos;application ou la licence</translation>
    </message>
    <message>
        <source>an app-only token used on a mailbox outside its scope is refused with 403</source>
        <translation>un jeton d&apos;application uniquement utilisé sur une boîte aux lettres hors de son étendue est refusé avec une erreur 403</translation>
    </message>
    <message>
        <source>a policy can refuse access with 403</source>
        <translation>une stratégie peut refuser l&apos;accès avec une erreur 403</translation>
    </message>
    <message>
        <source>404 Not Found on OneDrive: the user&apos;s OneDrive may not exist yet</source>
        <translation>404 Not Found sur OneDrive&#xa0;: le OneDrive de l&apos;utilisateur n&apos;existe peut-être pas encore</translation>
    </message>
    <message>
        <source>404 Not Found: the URL does not exist on that server; check the EWS URL</source>
        <translation>404 Not Found&#xa0;: l&apos;URL n&apos;existe pas sur ce serveur&#xa0;; vérifiez l&apos;URL EWS</translation>
    </message>
    <message>
        <source>407: a proxy between this computer and the server wants credentials</source>
        <translation>407&#xa0;: un proxy situé entre cet ordinateur et le serveur demande des informations d&apos;identification</translation>
    </message>
    <message>
        <source>429 Too Many Requests: the service is throttling; wait for Retry-After and migrate fewer mailboxes at once</source>
        <translation>429 Too Many Requests&#xa0;: le service applique une limitation (throttling)&#xa0;; attendez le délai Retry-After et migrez moins de boîtes aux lettres à la fois</translation>
    </message>
    <message>
        <source>Exchange Online Autodiscover answers 456 when the password is right but another factor (such as MFA) blocks the sign-in</source>
        <translation>Autodiscover d&apos;Exchange Online répond 456 lorsque le mot de passe est correct mais qu&apos;un autre facteur (comme la MFA) bloque la connexion</translation>
    </message>
    <message>
        <source>a locked account gives 456 too</source>
        <translation>un compte verrouillé donne aussi 456</translation>
    </message>
    <message>
        <source>408 Request Timeout: the request did not reach the server in time</source>
        <translation>408 Request Timeout&#xa0;: la requête n&apos;a pas atteint le serveur à temps</translation>
    </message>
    <message>
        <source>or the server was too slow to take it</source>
        <translation>ou le serveur a été trop lent à la traiter</translation>
    </message>
    <message>
        <source>440 Login Timeout: the request reached an OWA forms sign-in page, not the web service; check the server URL</source>
        <translation>440 Login Timeout&#xa0;: la requête a abouti sur une page de connexion par formulaire OWA, et non sur le service web&#xa0;; vérifiez l&apos;URL du serveur</translation>
    </message>
    <message>
        <source>a refused forms sign-in ends the same way</source>
        <translation>une connexion par formulaire refusée se termine de la même façon</translation>
    </message>
    <message>
        <source>a 5xx answer: the server failed on its side</source>
        <translation>une réponse 5xx&#xa0;: le serveur a échoué de son côté</translation>
    </message>
    <message>
        <source>500: the server failed internally, which often happens under load</source>
        <translation>500&#xa0;: le serveur a rencontré une erreur interne, ce qui arrive souvent sous la charge</translation>
    </message>
    <message>
        <source>a gateway or proxy could not get an answer from the server</source>
        <translation>une passerelle ou un proxy n&apos;a pas obtenu de réponse du serveur</translation>
    </message>
    <message>
        <source>the server behind the gateway is slow or down</source>
        <translation>le serveur situé derrière la passerelle est lent ou arrêté</translation>
    </message>
    <message>
        <source>503 with Retry-After: the service is throttling or queuing requests; wait and migrate fewer mailboxes at once</source>
        <translation>503 avec Retry-After&#xa0;: le service limite (throttling) ou met en file d&apos;attente les requêtes&#xa0;; patientez et migrez moins de boîtes aux lettres à la fois</translation>
    </message>
    <message>
        <source>the server is short of capacity</source>
        <translation>le serveur manque de capacité</translation>
    </message>
    <message>
        <source>503 without Retry-After: the server itself is unavailable or overloaded</source>
        <translation>503 sans Retry-After&#xa0;: le serveur lui-même est indisponible ou surchargé</translation>
    </message>
    <message>
        <source>a 503 is also how busy servers throttle; retry later with fewer mailboxes at once</source>
        <translation>une erreur 503 est aussi la façon dont les serveurs occupés appliquent une limitation&#xa0;; réessayez plus tard avec moins de boîtes aux lettres à la fois</translation>
    </message>
    <message>
        <source>%1: the server asks to wait %2 seconds before the next request (throttling)</source>
        <translation>%1&#xa0;: le serveur demande d&apos;attendre %2 secondes avant la requête suivante (limitation)</translation>
    </message>
    <message>
        <source>%1: the server asks to wait %2 seconds before retrying</source>
        <translation>%1&#xa0;: le serveur demande d&apos;attendre %2 secondes avant de réessayer</translation>
    </message>
    <message>
        <source>the server rejected the access token (expired, wrong audience or wrong cloud)</source>
        <translation>le serveur a rejeté le jeton d&apos;accès (expiré, mauvaise audience ou mauvais cloud)</translation>
    </message>
    <message>
        <source>a claims challenge: Conditional Access or continuous access evaluation asks for more than the token has</source>
        <translation>une demande de revendications (claims challenge)&#xa0;: l&apos;accès conditionnel ou l&apos;évaluation continue de l&apos;accès exige plus que ce que contient le jeton</translation>
    </message>
    <message>
        <source>the request sent Basic credentials to Exchange Online, which no longer accepts them</source>
        <translation>la requête a envoyé des informations d&apos;identification de base à Exchange Online, qui ne les accepte plus</translation>
    </message>
    <message>
        <source>Exchange Online</source>
        <translation>Exchange Online</translation>
    </message>
    <message>
        <source>Exchange Online refused a user name and password: Basic authentication is retired there, so a password alone is refused whatever its value; the project needs modern authentication</source>
        <translation>Exchange Online a refusé un nom d&apos;utilisateur et un mot de passe&#xa0;: l&apos;authentification de base y est retirée, un mot de passe seul est donc refusé quelle que soit sa valeur&#xa0;; le projet a besoin de l&apos;authentification moderne</translation>
    </message>
    <message>
        <source>an account with multi-factor authentication cannot sign in with its password alone</source>
        <translation>un compte soumis à l&apos;authentification multifacteur ne peut pas se connecter avec son seul mot de passe</translation>
    </message>
    <message>
        <source>the request sent Basic credentials but the server offers only other schemes (Negotiate/NTLM): Basic authentication is not enabled on this virtual directory</source>
        <translation>la requête a envoyé des informations d&apos;identification de base, mais le serveur ne propose que d&apos;autres schémas (Negotiate/NTLM)&#xa0;: l&apos;authentification de base n&apos;est pas activée sur ce répertoire virtuel</translation>
    </message>
    <message>
        <source>a 401 after NTLM/Negotiate: Extended Protection (on by default since Exchange 2019 CU14) refuses clients without channel binding</source>
        <translation>une erreur 401 après NTLM/Negotiate&#xa0;: la Protection étendue (Extended Protection, activée par défaut depuis Exchange 2019 CU14) refuse les clients sans liaison de canal</translation>
    </message>
    <message>
        <source>a 401 after a complete NTLM exchange also means a wrong password (try the DOMAIN\user form)</source>
        <translation>une erreur 401 après un échange NTLM complet signifie aussi un mot de passe incorrect (essayez la forme DOMAINE\utilisateur)</translation>
    </message>
    <message>
        <source>an outdated server such as Exchange 2010 may not have the resources for the migration</source>
        <translation>un serveur obsolète comme Exchange 2010 n&apos;a peut-être pas les ressources nécessaires à la migration</translation>
    </message>
    <message>
        <source>timeout</source>
        <translation>délai d&apos;attente dépassé</translation>
    </message>
    <message>
        <source>timeouts from an on-premises Exchange server point to an overloaded server</source>
        <translation>des dépassements de délai d&apos;un serveur Exchange local signalent un serveur surchargé</translation>
    </message>
    <message>
        <source>the address does not belong to a mailbox (also in an impersonation header): the mailbox is missing, not provisioned, or the SMTP address is wrong</source>
        <translation>l&apos;adresse n&apos;appartient à aucune boîte aux lettres (y compris dans un en-tête d&apos;emprunt d&apos;identité)&#xa0;: la boîte aux lettres est absente ou non provisionnée, ou l&apos;adresse SMTP est incorrecte</translation>
    </message>
    <message>
        <source>the account is not allowed to impersonate this user: ApplicationImpersonation is missing or out of scope on premises, and retired in Exchange Online</source>
        <translation>le compte n&apos;est pas autorisé à emprunter l&apos;identité de cet utilisateur&#xa0;: ApplicationImpersonation manque ou son étendue ne couvre pas la boîte aux lettres en local, et ce rôle est retiré dans Exchange Online</translation>
    </message>
    <message>
        <source>the account is not allowed to impersonate through this server</source>
        <translation>le compte n&apos;est pas autorisé à emprunter une identité via ce serveur</translation>
    </message>
    <message>
        <source>impersonation failed with a server-to-server authentication error on the Exchange side; escalate to the Exchange administrator</source>
        <translation>l&apos;emprunt d&apos;identité a échoué avec une erreur d&apos;authentification de serveur à serveur côté Exchange&#xa0;; faites remonter le problème à l&apos;administrateur Exchange</translation>
    </message>
    <message>
        <source>the ExchangeImpersonation header is missing or empty; an app-only token needs it to name the mailbox</source>
        <translation>l&apos;en-tête ExchangeImpersonation est manquant ou vide&#xa0;; un jeton d&apos;application uniquement en a besoin pour désigner la boîte aux lettres</translation>
    </message>
    <message>
        <source>the project&apos;s modern authentication / impersonation settings do not match</source>
        <translation>les paramètres d&apos;authentification moderne / d&apos;emprunt d&apos;identité du projet ne concordent pas</translation>
    </message>
    <message>
        <source>the user principal name given for impersonation is not valid</source>
        <translation>le nom d&apos;utilisateur principal (UPN) indiqué pour l&apos;emprunt d&apos;identité n&apos;est pas valide</translation>
    </message>
    <message>
        <source>the mailbox to open could not be identified</source>
        <translation>la boîte aux lettres à ouvrir n&apos;a pas pu être identifiée</translation>
    </message>
    <message>
        <source>the SMTP address given for the mailbox is not valid</source>
        <translation>l&apos;adresse SMTP indiquée pour la boîte aux lettres n&apos;est pas valide</translation>
    </message>
    <message>
        <source>the address in the project may be mistyped</source>
        <translation>l&apos;adresse saisie dans le projet est peut-être mal orthographiée</translation>
    </message>
    <message>
        <source>the security identifier given for impersonation is not valid</source>
        <translation>l&apos;identificateur de sécurité (SID) indiqué pour l&apos;emprunt d&apos;identité n&apos;est pas valide</translation>
    </message>
    <message>
        <source>access denied: the account lacks the rights for this mailbox or action (FullAccess, folder permission, or an application access policy scope)</source>
        <translation>accès refusé&#xa0;: le compte n&apos;a pas les droits nécessaires pour cette boîte aux lettres ou cette action (FullAccess, autorisation sur le dossier, ou étendue d&apos;une stratégie d&apos;accès aux applications)</translation>
    </message>
    <message>
        <source>the account is disabled</source>
        <translation>le compte est désactivé</translation>
    </message>
    <message>
        <source>the user does not have a valid licence for the mailbox</source>
        <translation>l&apos;utilisateur n&apos;a pas de licence valide pour la boîte aux lettres</translation>
    </message>
    <message>
        <source>licences without EWS rights (Kiosk, F3) are being blocked from EWS</source>
        <translation>les licences sans droits EWS (Kiosk, F3) sont en train d&apos;être bloquées pour EWS</translation>
    </message>
    <message>
        <source>the account has no mailbox of its own and did not name the mailbox to open: grant FullAccess or use impersonation</source>
        <translation>le compte n&apos;a pas de boîte aux lettres propre et n&apos;a pas indiqué la boîte aux lettres à ouvrir&#xa0;: accordez FullAccess ou utilisez l&apos;emprunt d&apos;identité</translation>
    </message>
    <message>
        <source>the mailbox is being moved to another database; retry later</source>
        <translation>la boîte aux lettres est en cours de déplacement vers une autre base de données&#xa0;; réessayez plus tard</translation>
    </message>
    <message>
        <source>the mailbox database is offline, corrupt or overloaded</source>
        <translation>la base de données de boîtes aux lettres est hors connexion, endommagée ou surchargée</translation>
    </message>
    <message>
        <source>Exchange could not connect to the mailbox database</source>
        <translation>Exchange n&apos;a pas pu se connecter à la base de données de boîtes aux lettres</translation>
    </message>
    <message>
        <source>the server is throttling this account (EWS budget); wait for the back-off time</source>
        <translation>le serveur limite (throttling) ce compte (budget EWS)&#xa0;; attendez la fin du délai d&apos;attente</translation>
    </message>
    <message>
        <source>more concurrent connections than the throttling policy allows: lower the number of mailboxes migrated at once</source>
        <translation>plus de connexions simultanées que ne l&apos;autorise la stratégie de limitation&#xa0;: réduisez le nombre de boîtes aux lettres migrées à la fois</translation>
    </message>
    <message>
        <source>a throttling budget (find count limit) was exceeded</source>
        <translation>un budget de limitation (nombre de résultats de recherche) a été dépassé</translation>
    </message>
    <message>
        <source>a throttling budget (subscriptions) was exceeded</source>
        <translation>un budget de limitation (abonnements) a été dépassé</translation>
    </message>
    <message>
        <source>too many objects are open on the server; retry with back-off</source>
        <translation>trop d&apos;objets sont ouverts sur le serveur&#xa0;; réessayez en espaçant les tentatives</translation>
    </message>
    <message>
        <source>the server is short of resources</source>
        <translation>le serveur manque de ressources</translation>
    </message>
    <message>
        <source>the server does not have enough resources to complete the request</source>
        <translation>le serveur n&apos;a pas assez de ressources pour traiter la requête</translation>
    </message>
    <message>
        <source>retry with back-off</source>
        <translation>réessayez en espaçant les tentatives</translation>
    </message>
    <message>
        <source>the server did not finish the request in time</source>
        <translation>le serveur n&apos;a pas terminé la requête à temps</translation>
    </message>
    <message>
        <source>a transient server error; retry with back-off</source>
        <translation>une erreur serveur temporaire&#xa0;; réessayez en espaçant les tentatives</translation>
    </message>
    <message>
        <source>an internal server error; its inner code may be ErrorServerBusy</source>
        <translation>une erreur interne du serveur&#xa0;; son code interne peut être ErrorServerBusy</translation>
    </message>
    <message>
        <source>batch processing stopped on the server; retry with back-off</source>
        <translation>le traitement par lots s&apos;est arrêté sur le serveur&#xa0;; réessayez en espaçant les tentatives</translation>
    </message>
    <message>
        <source>the server received a request it could not read (empty body): check the EWS URL and that no proxy alters the request</source>
        <translation>le serveur a reçu une requête illisible (corps vide)&#xa0;: vérifiez l&apos;URL EWS et qu&apos;aucun proxy ne modifie la requête</translation>
    </message>
    <message>
        <source>a proxy or filter may have altered the request</source>
        <translation>un proxy ou un filtre a peut-être modifié la requête</translation>
    </message>
    <message>
        <source>the server&apos;s Exchange version does not match what the tool asked for: check the endpoint type and the EWS URL</source>
        <translation>la version d&apos;Exchange du serveur ne correspond pas à celle demandée par l&apos;outil&#xa0;: vérifiez le type de point de terminaison et l&apos;URL EWS</translation>
    </message>
    <message>
        <source>the request schema version does not fit the mailbox&apos;s Exchange version: check the endpoint type</source>
        <translation>la version de schéma de la requête ne correspond pas à la version d&apos;Exchange de la boîte aux lettres&#xa0;: vérifiez le type de point de terminaison</translation>
    </message>
    <message>
        <source>the server version in the request is wrong for this server: check the endpoint type and the EWS URL</source>
        <translation>la version de serveur indiquée dans la requête ne convient pas à ce serveur&#xa0;: vérifiez le type de point de terminaison et l&apos;URL EWS</translation>
    </message>
    <message>
        <source>the request reached a server in the wrong Active Directory site: point the project at the right EWS URL</source>
        <translation>la requête a abouti sur un serveur du mauvais site Active Directory&#xa0;: configurez le projet avec la bonne URL EWS</translation>
    </message>
    <message>
        <source>no Client Access server could route the request to the mailbox: check the EWS URL</source>
        <translation>aucun serveur d&apos;accès au client n&apos;a pu acheminer la requête vers la boîte aux lettres&#xa0;: vérifiez l&apos;URL EWS</translation>
    </message>
    <message>
        <source>server topology or availability problem on the Exchange side</source>
        <translation>problème de topologie ou de disponibilité des serveurs côté Exchange</translation>
    </message>
    <message>
        <source>no Client Access server answered in the mailbox&apos;s site</source>
        <translation>aucun serveur d&apos;accès au client n&apos;a répondu dans le site de la boîte aux lettres</translation>
    </message>
    <message>
        <source>point the project at a server in the mailbox&apos;s site</source>
        <translation>configurez le projet avec un serveur du site de la boîte aux lettres</translation>
    </message>
    <message>
        <source>the user is not valid for this mailbox request</source>
        <translation>l&apos;utilisateur n&apos;est pas valide pour cette requête de boîte aux lettres</translation>
    </message>
    <message>
        <source>the user name in the project may be wrong</source>
        <translation>le nom d&apos;utilisateur saisi dans le projet est peut-être incorrect</translation>
    </message>
    <message>
        <source>logging on to the mailbox failed on the server</source>
        <translation>l&apos;ouverture de session sur la boîte aux lettres a échoué sur le serveur</translation>
    </message>
    <message>
        <source>the account may lack rights on the mailbox</source>
        <translation>le compte n&apos;a peut-être pas les droits nécessaires sur la boîte aux lettres</translation>
    </message>
    <message>
        <source>the server ran out of memory</source>
        <translation>le serveur manque de mémoire</translation>
    </message>
    <message>
        <source>Autodiscover could not find the e-mail address (no mailbox for it)</source>
        <translation>Autodiscover n&apos;a pas trouvé l&apos;adresse e-mail (aucune boîte aux lettres ne lui correspond)</translation>
    </message>
    <message>
        <source>Autodiscover recognised the address but has no settings for it</source>
        <translation>Autodiscover a reconnu l&apos;adresse mais n&apos;a aucun paramètre pour elle</translation>
    </message>
    <message>
        <source>Autodiscover rejected the request as invalid</source>
        <translation>Autodiscover a rejeté la requête comme non valide</translation>
    </message>
    <message>
        <source>Autodiscover cannot provide settings of the requested type</source>
        <translation>Autodiscover ne peut pas fournir de paramètres du type demandé</translation>
    </message>
    <message>
        <source>Autodiscover recognised the address but its configuration has errors</source>
        <translation>Autodiscover a reconnu l&apos;adresse mais sa configuration contient des erreurs</translation>
    </message>
    <message>
        <source>Autodiscover could not return settings</source>
        <translation>Autodiscover n&apos;a pas pu renvoyer de paramètres</translation>
    </message>
    <message>
        <source>Autodiscover reported an internal server error</source>
        <translation>Autodiscover a signalé une erreur interne du serveur</translation>
    </message>
    <message>
        <source>the server may be overloaded</source>
        <translation>le serveur est peut-être surchargé</translation>
    </message>
    <message>
        <source>Autodiscover does not know this user (no mailbox for the address)</source>
        <translation>Autodiscover ne connaît pas cet utilisateur (aucune boîte aux lettres pour cette adresse)</translation>
    </message>
    <message>
        <source>Autodiscover is busy; retry after a short delay</source>
        <translation>Autodiscover est occupé&#xa0;; réessayez après un court délai</translation>
    </message>
    <message>
        <source>Autodiscover does not serve this domain</source>
        <translation>Autodiscover ne dessert pas ce domaine</translation>
    </message>
    <message>
        <source>the domain of the address may be wrong</source>
        <translation>le domaine de l&apos;adresse est peut-être incorrect</translation>
    </message>
    <message>
        <source>the domain is not federated for Autodiscover</source>
        <translation>le domaine n&apos;est pas fédéré pour Autodiscover</translation>
    </message>
    <message>
        <source>Autodiscover rejected the request</source>
        <translation>Autodiscover a rejeté la requête</translation>
    </message>
    <message>
        <source>a requested Autodiscover setting is not valid</source>
        <translation>un paramètre Autodiscover demandé n&apos;est pas valide</translation>
    </message>
    <message>
        <source>a requested Autodiscover setting is not available</source>
        <translation>un paramètre Autodiscover demandé n&apos;est pas disponible</translation>
    </message>
    <message>
        <source>Autodiscover answered with a redirect to another address, which must be followed</source>
        <translation>Autodiscover a répondu par une redirection vers une autre adresse, qui doit être suivie</translation>
    </message>
    <message>
        <source>a redirect must pass the safety checks before credentials follow it</source>
        <translation>une redirection doit passer les contrôles de sécurité avant que les informations d&apos;identification ne la suivent</translation>
    </message>
    <message>
        <source>Autodiscover answered with a redirect to another URL, which must be followed</source>
        <translation>Autodiscover a répondu par une redirection vers une autre URL, qui doit être suivie</translation>
    </message>
    <message>
        <source>SharePoint could not validate the access token (wrong audience or tenant, or an app type it no longer accepts)</source>
        <translation>SharePoint n&apos;a pas pu valider le jeton d&apos;accès (mauvaise audience ou mauvais locataire, ou type d&apos;application qu&apos;il n&apos;accepte plus)</translation>
    </message>
    <message>
        <source>SharePoint refuses app-only tokens obtained with a client secret (and retired SharePoint add-in tokens)</source>
        <translation>SharePoint refuse les jetons d&apos;application uniquement obtenus avec un secret client (ainsi que les jetons de compléments SharePoint, retirés)</translation>
    </message>
    <message>
        <source>the OAuth token sent could not be parsed (garbage, truncated or not a JWT)</source>
        <translation>le jeton OAuth envoyé n&apos;a pas pu être analysé (données invalides, tronqué ou pas un JWT)</translation>
    </message>
    <message>
        <source>the token was issued for another resource (audience): request a token for https://outlook.office365.com</source>
        <translation>le jeton a été émis pour une autre ressource (audience)&#xa0;: demandez un jeton pour https://outlook.office365.com</translation>
    </message>
    <message>
        <source>a token from another cloud has the wrong audience too</source>
        <translation>un jeton provenant d&apos;un autre cloud a lui aussi une mauvaise audience</translation>
    </message>
    <message>
        <source>the user in the token does not exist on this server, or is ambiguous</source>
        <translation>l&apos;utilisateur indiqué dans le jeton n&apos;existe pas sur ce serveur, ou est ambigu</translation>
    </message>
    <message>
        <source>the user name may be wrong or duplicated</source>
        <translation>le nom d&apos;utilisateur est peut-être incorrect ou en double</translation>
    </message>
    <message>
        <source>the token carries no usable permission: add full_access_as_app (Office 365 Exchange Online) and grant admin consent</source>
        <translation>le jeton ne contient aucune autorisation exploitable&#xa0;: ajoutez full_access_as_app (Office 365 Exchange Online) et accordez le consentement d&apos;administrateur</translation>
    </message>
    <message>
        <source>OAuth is not available for this on-premises namespace</source>
        <translation>OAuth n&apos;est pas disponible pour cet espace de noms local</translation>
    </message>
    <message>
        <source>Exchange Online blocks Basic authentication for this request (X-AutoDiscovery-Error: BasicAuthBlockStatus - Deny)</source>
        <translation>Exchange Online bloque l&apos;authentification de base pour cette requête (X-AutoDiscovery-Error: BasicAuthBlockStatus - Deny)</translation>
    </message>
    <message>
        <source>the project must use modern authentication (client and tenant id)</source>
        <translation>le projet doit utiliser l&apos;authentification moderne (ID client et ID du locataire)</translation>
    </message>
    <message>
        <source>Exchange Online blocks Basic authentication (Basic Auth Blocked)</source>
        <translation>Exchange Online bloque l&apos;authentification de base (Basic Auth Blocked)</translation>
    </message>
    <message>
        <source>an authentication policy blocks Basic authentication for this user (BlockBasicAuth - User blocked)</source>
        <translation>une stratégie d&apos;authentification bloque l&apos;authentification de base pour cet utilisateur (BlockBasicAuth - User blocked)</translation>
    </message>
    <message>
        <source>Exchange Online could not reach the federation server (AD FS) of this domain</source>
        <translation>Exchange Online n&apos;a pas pu joindre le serveur de fédération (AD FS) de ce domaine</translation>
    </message>
    <message>
        <source>the federation server is unreachable from the internet</source>
        <translation>le serveur de fédération est injoignable depuis Internet</translation>
    </message>
    <message>
        <source>Exchange Online has no tenant provisioned for this domain</source>
        <translation>Exchange Online n&apos;a aucun locataire provisionné pour ce domaine</translation>
    </message>
    <message>
        <source>the password was accepted but the account has per-user multi-factor authentication: Exchange Online wants an app password, which a migration cannot use (X-AutoDiscovery-Error: AppPasswordRequired)</source>
        <translation>le mot de passe a été accepté, mais le compte est soumis à l&apos;authentification multifacteur par utilisateur&#xa0;: Exchange Online demande un mot de passe d&apos;application, qu&apos;une migration ne peut pas utiliser (X-AutoDiscovery-Error: AppPasswordRequired)</translation>
    </message>
    <message>
        <source>the password was sent with Basic authentication, which Exchange Online no longer accepts: use modern authentication</source>
        <translation>le mot de passe a été envoyé avec l&apos;authentification de base, qu&apos;Exchange Online n&apos;accepte plus&#xa0;: utilisez l&apos;authentification moderne</translation>
    </message>
    <message>
        <source>Exchange Online rejected the user name or password (InvalidCreds)</source>
        <translation>Exchange Online a rejeté le nom d&apos;utilisateur ou le mot de passe (InvalidCreds)</translation>
    </message>
    <message>
        <source>the sign-in name may not be the user principal name</source>
        <translation>le nom de connexion n&apos;est peut-être pas le nom d&apos;utilisateur principal (UPN)</translation>
    </message>
    <message>
        <source>Exchange Online does not know this user name</source>
        <translation>Exchange Online ne connaît pas ce nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>the password has expired (ExpiredCreds)</source>
        <translation>le mot de passe a expiré (ExpiredCreds)</translation>
    </message>
    <message>
        <source>Exchange Online could not sign the account in</source>
        <translation>Exchange Online n&apos;a pas pu connecter le compte</translation>
    </message>
    <message>
        <source>a password sent with Basic authentication is refused by Exchange Online</source>
        <translation>un mot de passe envoyé avec l&apos;authentification de base est refusé par Exchange Online</translation>
    </message>
    <message>
        <source>a transient sign-in failure; retry, then check the password</source>
        <translation>un échec de connexion temporaire&#xa0;; réessayez, puis vérifiez le mot de passe</translation>
    </message>
    <message>
        <source>the cached (offline) sign-in check rejected the password</source>
        <translation>la vérification de connexion mise en cache (hors connexion) a rejeté le mot de passe</translation>
    </message>
    <message>
        <source>Exchange Online&apos;s directory has no such user</source>
        <translation>l&apos;annuaire d&apos;Exchange Online ne contient pas cet utilisateur</translation>
    </message>
    <message>
        <source>the user may have no mailbox in Exchange Online</source>
        <translation>l&apos;utilisateur n&apos;a peut-être pas de boîte aux lettres dans Exchange Online</translation>
    </message>
    <message>
        <source>the account is not provisioned in Exchange Online</source>
        <translation>le compte n&apos;est pas provisionné dans Exchange Online</translation>
    </message>
    <message>
        <source>a new account can take up to 24 hours to be provisioned</source>
        <translation>le provisionnement d&apos;un nouveau compte peut prendre jusqu&apos;à 24 heures</translation>
    </message>
    <message>
        <source>more than one mailbox matches the sign-in name (duplicate address or UPN)</source>
        <translation>plusieurs boîtes aux lettres correspondent au nom de connexion (adresse ou UPN en double)</translation>
    </message>
    <message>
        <source>home realm discovery failed: the domain&apos;s identity provider could not be found</source>
        <translation>la découverte du domaine d&apos;origine (home realm discovery) a échoué&#xa0;: le fournisseur d&apos;identité du domaine est introuvable</translation>
    </message>
    <message>
        <source>home realm discovery failed for the domain</source>
        <translation>la découverte du domaine d&apos;origine (home realm discovery) a échoué pour ce domaine</translation>
    </message>
    <message>
        <source>the federation server&apos;s (AD FS) address is not HTTPS, so Exchange Online refuses it</source>
        <translation>l&apos;adresse du serveur de fédération (AD FS) n&apos;est pas en HTTPS&#xa0;: Exchange Online la refuse donc</translation>
    </message>
    <message>
        <source>the federation server&apos;s (AD FS) rules denied the sign-in</source>
        <translation>les règles du serveur de fédération (AD FS) ont refusé la connexion</translation>
    </message>
    <message>
        <source>an access policy on the identity provider blocks it</source>
        <translation>une stratégie d&apos;accès du fournisseur d&apos;identité la bloque</translation>
    </message>
    <message>
        <source>the sign-in came from an unfamiliar location and was blocked as risky</source>
        <translation>la connexion provenait d&apos;un emplacement inhabituel et a été bloquée comme risquée</translation>
    </message>
    <message>
        <source>a risky sign-in usually needs multi-factor authentication</source>
        <translation>une connexion risquée exige généralement une authentification multifacteur</translation>
    </message>
    <message>
        <source>Exchange Online could not reach its sign-in service; retry later</source>
        <translation>Exchange Online n&apos;a pas pu joindre son service de connexion&#xa0;; réessayez plus tard</translation>
    </message>
    <message>
        <source>a service-side outage looks the same</source>
        <translation>une panne côté service se présente de la même façon</translation>
    </message>
    <message>
        <source>the sign-in check timed out on the service side</source>
        <translation>la vérification de connexion a expiré côté service</translation>
    </message>
    <message>
        <source>the request timed out</source>
        <translation>la requête a expiré</translation>
    </message>
    <message>
        <source>a communication failure during the sign-in check</source>
        <translation>un échec de communication pendant la vérification de connexion</translation>
    </message>
    <message>
        <source>no rule matched, but the message is about the sign-in: a wrong or changed password is the most common cause</source>
        <translation>aucune règle ne correspond, mais le message concerne la connexion&#xa0;: un mot de passe incorrect ou changé est la cause la plus fréquente</translation>
    </message>
    <message>
        <source>or the user name is not the user principal name</source>
        <translation>ou le nom d&apos;utilisateur n&apos;est pas le nom d&apos;utilisateur principal (UPN)</translation>
    </message>
    <message>
        <source>or a second sign-in step (MFA) stops the tool, which can only send a password</source>
        <translation>ou une seconde étape de connexion (MFA) bloque l&apos;outil, qui ne peut envoyer qu&apos;un mot de passe</translation>
    </message>
    <message>
        <source>no rule matched, but the message is about rights: the account lacks the role or mailbox permission the tool needs</source>
        <translation>aucune règle ne correspond, mais le message concerne les droits&#xa0;: il manque au compte le rôle ou l&apos;autorisation sur la boîte aux lettres dont l&apos;outil a besoin</translation>
    </message>
    <message>
        <source>for Exchange, impersonation (or the app&apos;s access policy)</source>
        <translation>pour Exchange, l&apos;emprunt d&apos;identité (ou la stratégie d&apos;accès de l&apos;application)</translation>
    </message>
    <message>
        <source>for an app, its permissions may lack consent</source>
        <translation>pour une application, ses autorisations n&apos;ont peut-être pas reçu de consentement</translation>
    </message>
    <message>
        <source>no rule matched, but the message is about the app&apos;s token: check the app registration (client id, tenant)</source>
        <translation>aucune règle ne correspond, mais le message concerne le jeton de l&apos;application&#xa0;: vérifiez l&apos;inscription d&apos;application (ID client, locataire)</translation>
    </message>
    <message>
        <source>the app&apos;s permissions may lack administrator consent</source>
        <translation>les autorisations de l&apos;application n&apos;ont peut-être pas reçu le consentement d&apos;administrateur</translation>
    </message>
    <message>
        <source>the app&apos;s secret or certificate may have expired</source>
        <translation>le secret ou le certificat de l&apos;application a peut-être expiré</translation>
    </message>
    <message>
        <source>no rule matched, but something was not found: a missing or unlicensed mailbox is the usual case</source>
        <translation>aucune règle ne correspond, mais un élément est introuvable&#xa0;: le cas habituel est une boîte aux lettres absente ou sans licence</translation>
    </message>
    <message>
        <source>or the name in the project is mistyped</source>
        <translation>ou le nom saisi dans le projet est mal orthographié</translation>
    </message>
    <message>
        <source>or the account is too new to be provisioned</source>
        <translation>ou le compte est trop récent pour être provisionné</translation>
    </message>
    <message>
        <source>no rule matched, but the message is about the connection: the server may not be reachable (DNS, firewall, proxy)</source>
        <translation>aucune règle ne correspond, mais le message concerne la connexion réseau&#xa0;: le serveur est peut-être injoignable (DNS, pare-feu, proxy)</translation>
    </message>
    <message>
        <source>or the server is down or overloaded</source>
        <translation>ou le serveur est arrêté ou surchargé</translation>
    </message>
    <message>
        <source>no rule matched, but the message is about a retry or a limit: throttling is the usual reason</source>
        <translation>aucune règle ne correspond, mais le message concerne une nouvelle tentative ou une limite&#xa0;: la limitation (throttling) en est la raison habituelle</translation>
    </message>
    <message>
        <source>or the server is busy or briefly unavailable</source>
        <translation>ou le serveur est occupé ou brièvement indisponible</translation>
    </message>
    <message>
        <source>or the network failed for a moment</source>
        <translation>ou le réseau a connu une brève défaillance</translation>
    </message>
    <message>
        <source>no rule matched, but the message is about Autodiscover: its lookup failed</source>
        <translation>aucune règle ne correspond, mais le message concerne Autodiscover&#xa0;: sa recherche a échoué</translation>
    </message>
    <message>
        <source>entering the EWS URL by hand avoids Autodiscover</source>
        <translation>saisir manuellement l&apos;URL EWS évite de passer par Autodiscover</translation>
    </message>
    <message>
        <source>no rule matched, but the message is about certificates or TLS</source>
        <translation>aucune règle ne correspond, mais le message concerne les certificats ou TLS</translation>
    </message>
    <message>
        <source>no rule matched, but the message is about federation: the sign-in goes to the organisation&apos;s own identity provider</source>
        <translation>aucune règle ne correspond, mais le message concerne la fédération&#xa0;: la connexion passe par le fournisseur d&apos;identité de l&apos;organisation</translation>
    </message>
    <message>
        <source>no rule matched, but the message is about a second factor (MFA)</source>
        <translation>aucune règle ne correspond, mais le message concerne un second facteur (MFA)</translation>
    </message>
    <message>
        <source>no rule matched, but the message says locked</source>
        <translation>aucune règle ne correspond, mais le message indique un verrouillage</translation>
    </message>
    <message>
        <source>no rule matched, but something is disabled or blocked: the account itself?</source>
        <translation>aucune règle ne correspond, mais un élément est désactivé ou bloqué&#xa0;: le compte lui-même&#xa0;?</translation>
    </message>
    <message>
        <source>or a sign-in policy</source>
        <translation>ou une stratégie de connexion</translation>
    </message>
    <message>
        <source>or the protocol or Basic authentication</source>
        <translation>ou le protocole, ou l&apos;authentification de base</translation>
    </message>
    <message>
        <source>no rule matched, but something expired: the password is the usual one</source>
        <translation>aucune règle ne correspond, mais un élément a expiré&#xa0;: généralement le mot de passe</translation>
    </message>
    <message>
        <source>or the app&apos;s client secret or certificate</source>
        <translation>ou le secret client ou le certificat de l&apos;application</translation>
    </message>
    <message>
        <source>no rule matched, but the message is about licences: an unlicensed user has no mailbox</source>
        <translation>aucune règle ne correspond, mais le message concerne les licences&#xa0;: un utilisateur sans licence n&apos;a pas de boîte aux lettres</translation>
    </message>
    <message>
        <source>nor a OneDrive</source>
        <translation>ni de OneDrive</translation>
    </message>
    <message>
        <source>no rule matched, but the message is about a mail protocol login: the password is the usual cause</source>
        <translation>aucune règle ne correspond, mais le message concerne une connexion par protocole de messagerie&#xa0;: le mot de passe est la cause habituelle</translation>
    </message>
    <message>
        <source>Exchange Online and Gmail refuse protocol passwords when Basic authentication is off</source>
        <translation>Exchange Online et Gmail refusent les mots de passe de protocole lorsque l&apos;authentification de base est désactivée</translation>
    </message>
    <message>
        <source>no rule matched, but the message is about the tenant: its id or domain may be wrong</source>
        <translation>aucune règle ne correspond, mais le message concerne le locataire&#xa0;: son ID ou son domaine est peut-être incorrect</translation>
    </message>
    <message>
        <source>or the tenant lives in another (national) cloud</source>
        <translation>ou le locataire se trouve dans un autre cloud (national)</translation>
    </message>
    <message>
        <source>or the app registration is in another tenant</source>
        <translation>ou l&apos;inscription d&apos;application se trouve dans un autre locataire</translation>
    </message>
    <message>
        <source>no rule matched, but the message is about a mailbox: it may not exist or not be licensed</source>
        <translation>aucune règle ne correspond, mais le message concerne une boîte aux lettres&#xa0;: elle n&apos;existe peut-être pas ou n&apos;a pas de licence</translation>
    </message>
    <message>
        <source>or the account has no access to it</source>
        <translation>ou le compte n&apos;y a pas accès</translation>
    </message>
    <message>
        <source>or it was never created in the cloud</source>
        <translation>ou elle n&apos;a jamais été créée dans le cloud</translation>
    </message>
    <message>
        <source>no rule matched, but the message is about the server: it may not be reachable</source>
        <translation>aucune règle ne correspond, mais le message concerne le serveur&#xa0;: il est peut-être injoignable</translation>
    </message>
    <message>
        <source>or the server&apos;s address in the project is wrong</source>
        <translation>ou l&apos;adresse du serveur saisie dans le projet est incorrecte</translation>
    </message>
    <message>
        <source>or the server is overloaded</source>
        <translation>ou le serveur est surchargé</translation>
    </message>
    <message>
        <source>no rule matched, but the message is about EWS: check the EWS URL</source>
        <translation>aucune règle ne correspond, mais le message concerne EWS&#xa0;: vérifiez l&apos;URL EWS</translation>
    </message>
    <message>
        <source>EWS may be switched off for the tenant, app or user</source>
        <translation>EWS est peut-être désactivé pour le locataire, l&apos;application ou l&apos;utilisateur</translation>
    </message>
    <message>
        <source>no rule matched, but the message is about OneDrive or SharePoint: the user&apos;s OneDrive may not exist yet</source>
        <translation>aucune règle ne correspond, mais le message concerne OneDrive ou SharePoint&#xa0;: le OneDrive de l&apos;utilisateur n&apos;existe peut-être pas encore</translation>
    </message>
    <message>
        <source>or the account is not an administrator of the site</source>
        <translation>ou le compte n&apos;est pas administrateur du site</translation>
    </message>
    <message>
        <source>or SharePoint refuses an app-only token obtained with a client secret</source>
        <translation>ou SharePoint refuse un jeton d&apos;application uniquement obtenu avec un secret client</translation>
    </message>
    <message>
        <source>no rule matched, but the message is about an administrator or role: the account may lack the role the tool needs</source>
        <translation>aucune règle ne correspond, mais le message concerne un administrateur ou un rôle&#xa0;: il manque peut-être au compte le rôle dont l&apos;outil a besoin</translation>
    </message>
    <message>
        <source>or an administrator has to consent to the app</source>
        <translation>ou un administrateur doit donner son consentement à l&apos;application</translation>
    </message>
    <message>
        <source>no rule matched, but the message is about Google: it refuses plain passwords from other apps (OAuth or an app password is needed)</source>
        <translation>aucune règle ne correspond, mais le message concerne Google&#xa0;: il refuse les mots de passe simples provenant d&apos;autres applications (OAuth ou un mot de passe d&apos;application est nécessaire)</translation>
    </message>
    <message>
        <source>an account with 2-step verification needs an app password</source>
        <translation>un compte avec validation en deux étapes a besoin d&apos;un mot de passe d&apos;application</translation>
    </message>
    <message>
        <source>no rule matched, but the message is about a policy: a sign-in policy may block the account</source>
        <translation>aucune règle ne correspond, mais le message concerne une stratégie&#xa0;: une stratégie de connexion bloque peut-être le compte</translation>
    </message>
    <message>
        <source>security defaults act like such a policy</source>
        <translation>les paramètres de sécurité par défaut agissent comme une telle stratégie</translation>
    </message>
    <message>
        <source>no rule matched, but the message is about the app&apos;s secret or certificate: it may be wrong or expired</source>
        <translation>aucune règle ne correspond, mais le message concerne le secret ou le certificat de l&apos;application&#xa0;: il est peut-être incorrect ou expiré</translation>
    </message>
    <message>
        <source>no rule matched, but the request was cancelled: usually a timeout on the way</source>
        <translation>aucune règle ne correspond, mais la requête a été annulée&#xa0;: généralement un dépassement de délai en cours de route</translation>
    </message>
    <message>
        <source>or the server took too long to answer</source>
        <translation>ou le serveur a mis trop de temps à répondre</translation>
    </message>
    <message>
        <source>no rule matched, but the message is about a user: the name may be the wrong one</source>
        <translation>aucune règle ne correspond, mais le message concerne un utilisateur&#xa0;: le nom n&apos;est peut-être pas le bon</translation>
    </message>
    <message>
        <source>or the user&apos;s password is wrong</source>
        <translation>ou le mot de passe de l&apos;utilisateur est incorrect</translation>
    </message>
    <message>
        <source>or the account is disabled</source>
        <translation>ou le compte est désactivé</translation>
    </message>
    <message>
        <source>no rule matched, but the message is about app passwords: the account has multi-factor authentication</source>
        <translation>aucune règle ne correspond, mais le message concerne les mots de passe d&apos;application&#xa0;: le compte est soumis à l&apos;authentification multifacteur</translation>
    </message>
    <message>
        <source>app passwords work only where Basic authentication is still allowed</source>
        <translation>les mots de passe d&apos;application ne fonctionnent que là où l&apos;authentification de base est encore autorisée</translation>
    </message>
    <message>
        <source>no rule matched, but the message is about Outlook Anywhere: migrations need Basic authentication enabled on it</source>
        <translation>aucune règle ne correspond, mais le message concerne Outlook Anywhere&#xa0;: les migrations exigent que l&apos;authentification de base y soit activée</translation>
    </message>
    <message>
        <source>and its external address must be reachable</source>
        <translation>et son adresse externe doit être joignable</translation>
    </message>
    <message>
        <source>and the server name (FQDN) must be the published one</source>
        <translation>et le nom du serveur (FQDN) doit être celui qui est publié</translation>
    </message>
    <message>
        <source>no rule matched, but the message is about a guest (external) account: it is not a member of this tenant</source>
        <translation>aucune règle ne correspond, mais le message concerne un compte invité (externe)&#xa0;: il n&apos;est pas membre de ce locataire</translation>
    </message>
    <message>
        <source>a new guest takes time to replicate</source>
        <translation>la réplication d&apos;un nouvel invité prend du temps</translation>
    </message>
    <message>
        <source>no rule matched, but the message is about directory synchronisation: the synchronised user may have no cloud mailbox yet</source>
        <translation>aucune règle ne correspond, mais le message concerne la synchronisation d&apos;annuaire&#xa0;: l&apos;utilisateur synchronisé n&apos;a peut-être pas encore de boîte aux lettres cloud</translation>
    </message>
    <message>
        <source>or it is not provisioned yet</source>
        <translation>ou il n&apos;est pas encore provisionné</translation>
    </message>
    <message>
        <source>no rule matched, but the message is about a shared or delegated mailbox: the account needs FullAccess on it</source>
        <translation>aucune règle ne correspond, mais le message concerne une boîte aux lettres partagée ou déléguée&#xa0;: le compte doit disposer de FullAccess sur celle-ci</translation>
    </message>
    <message>
        <source>or the mailbox is not found</source>
        <translation>ou la boîte aux lettres est introuvable</translation>
    </message>
    <message>
        <source>no rule matched, but the message is about an archive mailbox: it may not be enabled</source>
        <translation>aucune règle ne correspond, mais le message concerne une boîte aux lettres d&apos;archivage&#xa0;: elle n&apos;est peut-être pas activée</translation>
    </message>
    <message>
        <source>no rule matched, but something was retired: Basic (legacy) authentication is</source>
        <translation>aucune règle ne correspond, mais un élément a été retiré&#xa0;: c&apos;est le cas de l&apos;authentification de base (héritée)</translation>
    </message>
    <message>
        <source>the sign-in service failed: the password is the usual cause</source>
        <translation>le service de connexion a échoué&#xa0;: le mot de passe est la cause habituelle</translation>
    </message>
    <message>
        <source>or a second factor (MFA)</source>
        <translation>ou un second facteur (MFA)</translation>
    </message>
    <message>
        <source>a failure at Exchange Online: the credentials are the usual cause</source>
        <translation>un échec côté Exchange Online&#xa0;: les informations d&apos;identification sont la cause habituelle</translation>
    </message>
    <message>
        <source>Exchange Online no longer accepts Basic authentication</source>
        <translation>Exchange Online n&apos;accepte plus l&apos;authentification de base</translation>
    </message>
    <message>
        <source>the project needs modern authentication (an app) for Exchange Online</source>
        <translation>le projet a besoin de l&apos;authentification moderne (une application) pour Exchange Online</translation>
    </message>
    <message>
        <source>a failure at the Exchange server: the credentials are the usual cause</source>
        <translation>un échec côté serveur Exchange&#xa0;: les informations d&apos;identification sont la cause habituelle</translation>
    </message>
    <message>
        <source>or the server URL</source>
        <translation>ou l&apos;URL du serveur</translation>
    </message>
    <message>
        <source>or the server is not reachable from here</source>
        <translation>ou le serveur est injoignable depuis cet emplacement</translation>
    </message>
    <message>
        <source>a failure at OneDrive: the user&apos;s OneDrive may not exist yet</source>
        <translation>un échec côté OneDrive&#xa0;: le OneDrive de l&apos;utilisateur n&apos;existe peut-être pas encore</translation>
    </message>
    <message>
        <source>or the user has no licence for it</source>
        <translation>ou l&apos;utilisateur n&apos;a pas de licence pour OneDrive</translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the sign-in page says the account or password is incorrect</source>
        <translation>la page de connexion indique que le compte ou le mot de passe est incorrect</translation>
    </message>
    <message>
        <source>the sign-in page says the user name or password is not valid</source>
        <translation>la page de connexion indique que le nom d&apos;utilisateur ou le mot de passe n&apos;est pas valide</translation>
    </message>
    <message>
        <source>the user name may be the wrong one (alias instead of UPN)</source>
        <translation>le nom d&apos;utilisateur n&apos;est peut-être pas le bon (alias au lieu de l&apos;UPN)</translation>
    </message>
    <message>
        <source>the sign-in page cannot find an account with this name</source>
        <translation>la page de connexion ne trouve aucun compte portant ce nom</translation>
    </message>
    <message>
        <source>the sign-in page says the password has expired</source>
        <translation>la page de connexion indique que le mot de passe a expiré</translation>
    </message>
    <message>
        <source>the sign-in page says the account is temporarily locked (smart lockout after failed attempts)</source>
        <translation>la page de connexion indique que le compte est temporairement verrouillé (verrouillage intelligent après des échecs)</translation>
    </message>
    <message>
        <source>the sign-in page says the account is locked and support must unlock it</source>
        <translation>la page de connexion indique que le compte est verrouillé et que le support doit le déverrouiller</translation>
    </message>
    <message>
        <source>Microsoft&apos;s translation uses these words for a disabled account too</source>
        <translation>la traduction de Microsoft emploie aussi ces termes pour un compte désactivé</translation>
    </message>
    <message>
        <source>the sign-in service says there are too many requests</source>
        <translation>le service de connexion signale un trop grand nombre de requêtes</translation>
    </message>
    <message>
        <source>the consent prompt says an administrator must approve the app</source>
        <translation>la demande de consentement indique qu&apos;un administrateur doit approuver l&apos;application</translation>
    </message>
    <message>
        <source>the sign-in page asks for a second factor (multi-factor authentication)</source>
        <translation>la page de connexion demande un second facteur (authentification multifacteur)</translation>
    </message>
    <message>
        <source>the attempts before it used a wrong password</source>
        <translation>les tentatives précédentes ont utilisé un mot de passe incorrect</translation>
    </message>
    <message>
        <source>the service asks to retry later: throttling is the usual reason; migrate fewer mailboxes at once</source>
        <translation>le service demande de réessayer plus tard&#xa0;: la limitation (throttling) en est la raison habituelle&#xa0;; migrez moins de boîtes aux lettres à la fois</translation>
    </message>
    <message>
        <source>the server may be overloaded or briefly unavailable</source>
        <translation>le serveur est peut-être surchargé ou brièvement indisponible</translation>
    </message>
    <message>
        <source>a transient failure can also be the network between the tool and the server</source>
        <translation>un échec temporaire peut aussi venir du réseau entre l&apos;outil et le serveur</translation>
    </message>
    <message>
        <source>the tool&apos;s OAuth token could not be renewed: the app registration or its sign-in must be set up again</source>
        <translation>le jeton OAuth de l&apos;outil n&apos;a pas pu être renouvelé&#xa0;: l&apos;inscription d&apos;application ou sa connexion doit être reconfigurée</translation>
    </message>
    <message>
        <source>a changed or reset password revokes the refresh tokens issued before</source>
        <translation>un mot de passe changé ou réinitialisé révoque les jetons d&apos;actualisation émis auparavant</translation>
    </message>
    <message>
        <source>revoked or missing consent for the app also stops the token renewal</source>
        <translation>un consentement révoqué ou manquant pour l&apos;application empêche aussi le renouvellement du jeton</translation>
    </message>
    <message>
        <source>the tool could not get an OAuth token: check the app registration&apos;s client id, tenant and redirect settings</source>
        <translation>l&apos;outil n&apos;a pas pu obtenir de jeton OAuth&#xa0;: vérifiez l&apos;ID client, le locataire et les paramètres de redirection de l&apos;inscription d&apos;application</translation>
    </message>
    <message>
        <source>an expired or wrong client secret or certificate stops the token request too</source>
        <translation>un secret client ou un certificat expiré ou incorrect bloque aussi la demande de jeton</translation>
    </message>
    <message>
        <source>the app&apos;s API permissions may lack consent</source>
        <translation>les autorisations d&apos;API de l&apos;application n&apos;ont peut-être pas reçu de consentement</translation>
    </message>
    <message>
        <source>the sign-in was handed to the organisation&apos;s own identity provider (AD FS or another federation server): a migration tool cannot sign in there</source>
        <translation>la connexion a été confiée au fournisseur d&apos;identité de l&apos;organisation (AD FS ou un autre serveur de fédération)&#xa0;: un outil de migration ne peut pas s&apos;y connecter</translation>
    </message>
    <message>
        <source>the server offers no authentication method the client can use: Basic (password) authentication is switched off there</source>
        <translation>le serveur ne propose aucune méthode d&apos;authentification utilisable par le client&#xa0;: l&apos;authentification de base (par mot de passe) y est désactivée</translation>
    </message>
    <message>
        <source>Exchange Online accepts only OAuth: the client needs modern authentication</source>
        <translation>Exchange Online n&apos;accepte qu&apos;OAuth&#xa0;: le client a besoin de l&apos;authentification moderne</translation>
    </message>
    <message>
        <source>a server that offers only NTLM/Negotiate with Extended Protection refuses clients without channel binding</source>
        <translation>un serveur qui ne propose que NTLM/Negotiate avec la Protection étendue (Extended Protection) refuse les clients sans liaison de canal</translation>
    </message>
    <message>
        <source>the IMAP server refused the user name and password</source>
        <translation>le serveur IMAP a refusé le nom d&apos;utilisateur et le mot de passe</translation>
    </message>
    <message>
        <source>IMAP servers refuse an unknown user name with the same answer</source>
        <translation>les serveurs IMAP refusent un nom d&apos;utilisateur inconnu avec la même réponse</translation>
    </message>
    <message>
        <source>Exchange Online and Gmail refuse IMAP passwords when Basic authentication (or &quot;less secure apps&quot;) is off, whatever the password</source>
        <translation>Exchange Online et Gmail refusent les mots de passe IMAP lorsque l&apos;authentification de base (ou l&apos;option «&#xa0;applications moins sécurisées&#xa0;») est désactivée, quel que soit le mot de passe</translation>
    </message>
    <message>
        <source>an account with two-step verification needs an app password for IMAP</source>
        <translation>un compte avec validation en deux étapes a besoin d&apos;un mot de passe d&apos;application pour IMAP</translation>
    </message>
    <message>
        <source>Exchange Online accepted the OAuth token but the app or user has no access to that mailbox (FullAccess and the service principal in Exchange)</source>
        <translation>Exchange Online a accepté le jeton OAuth, mais l&apos;application ou l&apos;utilisateur n&apos;a pas accès à cette boîte aux lettres (FullAccess et principal de service dans Exchange)</translation>
    </message>
    <message>
        <source>the app&apos;s IMAP.AccessAsApp (or IMAP.AccessAsUser.All) permission may lack consent</source>
        <translation>l&apos;autorisation IMAP.AccessAsApp (ou IMAP.AccessAsUser.All) de l&apos;application n&apos;a peut-être pas reçu de consentement</translation>
    </message>
    <message>
        <source>the mailbox may not exist or not be licensed</source>
        <translation>la boîte aux lettres n&apos;existe peut-être pas ou n&apos;a pas de licence</translation>
    </message>
    <message>
        <source>the sign-in failed: a wrong or changed password is the usual cause</source>
        <translation>la connexion a échoué&#xa0;: la cause habituelle est un mot de passe erroné ou modifié</translation>
    </message>
    <message>
        <source>a second sign-in step (MFA) stops a tool that can only send a password</source>
        <translation>une deuxième étape de connexion (MFA) bloque un outil qui ne sait envoyer qu&apos;un mot de passe</translation>
    </message>
    <message>
        <source>a sign-in policy (Conditional Access, risky user) can refuse it</source>
        <translation>une stratégie de connexion (Accès conditionnel, utilisateur à risque) peut la refuser</translation>
    </message>
    <message>
        <source>Google no longer accepts a plain password from other apps over IMAP: it needs OAuth or an app password</source>
        <translation>Google n&apos;accepte plus de mot de passe simple d&apos;autres applications via IMAP&#xa0;: il faut OAuth ou un mot de passe d&apos;application</translation>
    </message>
    <message>
        <source>this is AD FS&apos;s error page: the organisation&apos;s federation server failed the sign-in</source>
        <translation>c&apos;est la page d&apos;erreur d&apos;AD FS&#xa0;: le serveur de fédération de l&apos;organisation a fait échouer la connexion</translation>
    </message>
    <message>
        <source>the client&apos;s Autodiscover lookup found no usable answer: check the autodiscover DNS record and the server&apos;s Autodiscover settings</source>
        <translation>la recherche Autodiscover du client n&apos;a trouvé aucune réponse exploitable&#xa0;: vérifiez l&apos;enregistrement DNS autodiscover et les paramètres Autodiscover du serveur</translation>
    </message>
    <message>
        <source>none of the Autodiscover URLs answered: DNS or the network may be the cause</source>
        <translation>aucune des URL Autodiscover n&apos;a répondu&#xa0;: le DNS ou le réseau peut être en cause</translation>
    </message>
    <message>
        <source>the tool&apos;s app registration (client id, tenant, certificate or secret) is missing or does not match</source>
        <translation>l&apos;inscription d&apos;application de l&apos;outil (ID client, locataire, certificat ou secret) est absente ou ne correspond pas</translation>
    </message>
    <message>
        <source>the app&apos;s credential (certificate or secret) was refused</source>
        <translation>les informations d&apos;identification de l&apos;application (certificat ou secret) ont été refusées</translation>
    </message>
    <message>
        <source>the migration tool&apos;s app has no administrator consent in this tenant</source>
        <translation>l&apos;application de l&apos;outil de migration n&apos;a pas de consentement d&apos;administrateur dans ce locataire</translation>
    </message>
    <message>
        <source>the tool found no mailbox for this user</source>
        <translation>l&apos;outil n&apos;a trouvé aucune boîte aux lettres pour cet utilisateur</translation>
    </message>
    <message>
        <source>the cloud mailbox or mail user may not be set up (or not synchronised) yet</source>
        <translation>la boîte aux lettres cloud ou l&apos;utilisateur de messagerie n&apos;est peut-être pas encore configuré (ou pas encore synchronisé)</translation>
    </message>
    <message>
        <source>the account or app lacks the rights the tool needs on the mailbox or site</source>
        <translation>il manque au compte ou à l&apos;application les droits dont l&apos;outil a besoin sur la boîte aux lettres ou le site</translation>
    </message>
    <message>
        <source>the IMAP server could not be reached from the service</source>
        <translation>le serveur IMAP n&apos;était pas joignable depuis le service</translation>
    </message>
    <message>
        <source>the migration stalled: a slow or overloaded source server is the usual cause</source>
        <translation>la migration est bloquée&#xa0;: la cause habituelle est un serveur source lent ou surchargé</translation>
    </message>
    <message>
        <source>the request was cancelled after waiting too long for an answer</source>
        <translation>la requête a été annulée après une trop longue attente de réponse</translation>
    </message>
    <message>
        <source>AvePoint Fly cannot find the app profile of the connection (the app registration)</source>
        <translation>AvePoint Fly ne trouve pas le profil d&apos;application de la connexion (l&apos;inscription d&apos;application)</translation>
    </message>
    <message>
        <source>AvePoint Fly cannot find the delegated app profile of the connection</source>
        <translation>AvePoint Fly ne trouve pas le profil d&apos;application délégué de la connexion</translation>
    </message>
    <message>
        <source>a delegated app profile must be consented again when recreated</source>
        <translation>un profil d&apos;application délégué recréé doit recevoir de nouveau le consentement</translation>
    </message>
    <message>
        <source>AvePoint Fly cannot find the service account of the connection: enter it again</source>
        <translation>AvePoint Fly ne trouve pas le compte de service de la connexion&#xa0;: saisissez-le de nouveau</translation>
    </message>
    <message>
        <source>then enter the service account&apos;s current password</source>
        <translation>puis saisissez le mot de passe actuel du compte de service</translation>
    </message>
    <message>
        <source>AvePoint Fly: the account that consented to the app profile is no longer available</source>
        <translation>AvePoint Fly&#xa0;: le compte qui a donné son consentement au profil d&apos;application n&apos;est plus disponible</translation>
    </message>
    <message>
        <source>an external or unprivileged account cannot get the token</source>
        <translation>un compte externe ou sans privilèges ne peut pas obtenir le jeton</translation>
    </message>
    <message>
        <source>the tool holds no OAuth grant for this user yet: the user or an administrator must authorise it</source>
        <translation>l&apos;outil ne dispose encore d&apos;aucune autorisation OAuth pour cet utilisateur&#xa0;: l&apos;utilisateur ou un administrateur doit l&apos;autoriser</translation>
    </message>
    <message>
        <source>on Exchange Server the profile&apos;s account needs the ApplicationImpersonation role</source>
        <translation>sur Exchange Server, le compte du profil a besoin du rôle ApplicationImpersonation</translation>
    </message>
    <message>
        <source>for a user sign-in, the password was refused</source>
        <translation>pour une connexion utilisateur, le mot de passe a été refusé</translation>
    </message>
    <message>
        <source>the address may be mistyped or not the mailbox&apos;s</source>
        <translation>l&apos;adresse est peut-être mal saisie ou n&apos;est pas celle de la boîte aux lettres</translation>
    </message>
    <message>
        <source>the tenant id may be wrong or belong to another tenant</source>
        <translation>l&apos;ID du locataire est peut-être erroné ou appartient à un autre locataire</translation>
    </message>
    <message>
        <source>the vendor&apos;s fix is to register the app (modern authentication) again</source>
        <translation>le correctif de l&apos;éditeur consiste à inscrire de nouveau l&apos;application (authentification moderne)</translation>
    </message>
    <message>
        <source>the app&apos;s certificate is refused (its key is too short)</source>
        <translation>le certificat de l&apos;application est refusé (sa clé est trop courte)</translation>
    </message>
    <message>
        <source>registering an app needs a Global (or Application) Administrator</source>
        <translation>l&apos;inscription d&apos;une application nécessite un Administrateur général (ou un Administrateur d&apos;application)</translation>
    </message>
    <message>
        <source>CodeTwo reports this when the client id matches no application in the tenant</source>
        <translation>CodeTwo signale cette erreur quand l&apos;ID client ne correspond à aucune application du locataire</translation>
    </message>
    <message>
        <source>the MAPI logon was refused: check the account&apos;s password</source>
        <translation>la connexion MAPI a été refusée&#xa0;: vérifiez le mot de passe du compte</translation>
    </message>
    <message>
        <source>the server&apos;s IIS authentication settings may not offer what the tool uses</source>
        <translation>les paramètres d&apos;authentification IIS du serveur ne proposent peut-être pas la méthode qu&apos;utilise l&apos;outil</translation>
    </message>
    <message>
        <source>the server URL in the project does not answer as expected</source>
        <translation>l&apos;URL du serveur indiquée dans le projet ne répond pas comme prévu</translation>
    </message>
    <message>
        <source>check the credentials by signing in to OWA</source>
        <translation>vérifiez les informations d&apos;identification en vous connectant à OWA</translation>
    </message>
    <message>
        <source>the address is unknown (or hidden from the address list) on premises</source>
        <translation>l&apos;adresse est inconnue en local (ou masquée dans la liste d&apos;adresses)</translation>
    </message>
    <message>
        <source>the migration endpoint&apos;s credentials may be wrong</source>
        <translation>les informations d&apos;identification du point de terminaison de migration sont peut-être erronées</translation>
    </message>
    <message>
        <source>the migration account may lack FullAccess on the mailbox</source>
        <translation>il manque peut-être au compte de migration l&apos;autorisation FullAccess sur la boîte aux lettres</translation>
    </message>
    <message>
        <source>the source server may not be reachable</source>
        <translation>le serveur source n&apos;est peut-être pas joignable</translation>
    </message>
    <message>
        <source>the target mail user lacks the routing address: it is not set up as the migration expects</source>
        <translation>il manque l&apos;adresse de routage à l&apos;utilisateur de messagerie cible&#xa0;: il n&apos;est pas configuré comme la migration l&apos;attend</translation>
    </message>
    <message>
        <source>the user has no mail service (no mailbox or licence)</source>
        <translation>l&apos;utilisateur n&apos;a pas de service de messagerie (ni boîte aux lettres ni licence)</translation>
    </message>
    <message>
        <source>the mailbox must be in the migration scope (the security group of the organization relationship)</source>
        <translation>la boîte aux lettres doit faire partie de l&apos;étendue de la migration (le groupe de sécurité de la relation d&apos;organisation)</translation>
    </message>
    <message>
        <source>the migration app and its consent must be set up in both tenants</source>
        <translation>l&apos;application de migration et son consentement doivent être configurés dans les deux locataires</translation>
    </message>
    <message>
        <source>the target mail user must match the source mailbox</source>
        <translation>l&apos;utilisateur de messagerie cible doit correspondre à la boîte aux lettres source</translation>
    </message>
    <message>
        <source>the organization relationship does not allow this move: check its migration scope and the move direction in both tenants</source>
        <translation>la relation d&apos;organisation n&apos;autorise pas ce déplacement&#xa0;: vérifiez son étendue de migration et le sens du déplacement dans les deux locataires</translation>
    </message>
    <message>
        <source>the target has no mail user prepared for this mailbox (or it was not synchronised)</source>
        <translation>la cible n&apos;a aucun utilisateur de messagerie préparé pour cette boîte aux lettres (ou il n&apos;a pas été synchronisé)</translation>
    </message>
    <message>
        <source>the name in the batch may not be the target&apos;s</source>
        <translation>le nom indiqué dans le lot n&apos;est peut-être pas celui de la cible</translation>
    </message>
    <message>
        <source>the user&apos;s OneDrive does not exist (yet)</source>
        <translation>le OneDrive de l&apos;utilisateur n&apos;existe pas (encore)</translation>
    </message>
    <message>
        <source>it is still being created: retry later</source>
        <translation>il est encore en cours de création&#xa0;: réessayez plus tard</translation>
    </message>
    <message>
        <source>the user mapping names a user the target does not have</source>
        <translation>le mappage des utilisateurs désigne un utilisateur qui n&apos;existe pas dans la cible</translation>
    </message>
    <message>
        <source>a newly created user may not be replicated yet</source>
        <translation>un utilisateur nouvellement créé n&apos;est peut-être pas encore répliqué</translation>
    </message>
    <message>
        <source>the users lack the licence the cross-tenant OneDrive migration needs</source>
        <translation>il manque aux utilisateurs la licence requise par la migration OneDrive entre locataires</translation>
    </message>
    <message>
        <source>the address in the user list or identity map is wrong</source>
        <translation>l&apos;adresse figurant dans la liste des utilisateurs ou la table de correspondance des identités est erronée</translation>
    </message>
    <message>
        <source>or the user has no licensed mailbox</source>
        <translation>ou l&apos;utilisateur n&apos;a pas de boîte aux lettres avec licence</translation>
    </message>
    <message>
        <source>the tool&apos;s connection to the tenant (its OAuth grant) is no longer valid: connect again</source>
        <translation>la connexion de l&apos;outil au locataire (son autorisation OAuth) n&apos;est plus valide&#xa0;: reconnectez-le</translation>
    </message>
    <message>
        <source>reconnecting asks for the app&apos;s consent again</source>
        <translation>la reconnexion demande de nouveau le consentement pour l&apos;application</translation>
    </message>
    <message>
        <source>a changed password revokes the connection too</source>
        <translation>un changement de mot de passe révoque aussi la connexion</translation>
    </message>
    <message>
        <source>password sign-ins may be switched off at the provider (Basic authentication, &quot;less secure apps&quot;)</source>
        <translation>les connexions par mot de passe sont peut-être désactivées chez le fournisseur (authentification de base, «&#xa0;less secure apps&#xa0;»)</translation>
    </message>
    <message>
        <source>Basic authentication was retired in Exchange Online: the tool must use OAuth (modern authentication)</source>
        <translation>l&apos;authentification de base a été retirée d&apos;Exchange Online&#xa0;: l&apos;outil doit utiliser OAuth (authentification moderne)</translation>
    </message>
    <message>
        <source>a tool that signs in with Basic authentication stopped working when Exchange Online retired it</source>
        <translation>un outil qui se connecte avec l&apos;authentification de base ne fonctionne plus depuis qu&apos;Exchange Online l&apos;a retirée</translation>
    </message>
    <message>
        <source>the host name does not resolve (DNS)</source>
        <translation>le nom d&apos;hôte n&apos;est pas résolu (DNS)</translation>
    </message>
    <message>
        <source>the mail server does not accept this authentication mechanism: password AUTH is switched off there (Exchange Online: SMTP AUTH or Basic authentication off)</source>
        <translation>le serveur de messagerie n&apos;accepte pas ce mécanisme d&apos;authentification&#xa0;: l&apos;AUTH par mot de passe y est désactivé (Exchange Online&#xa0;: SMTP AUTH ou authentification de base désactivés)</translation>
    </message>
    <message>
        <source>servers offer password AUTH only after STARTTLS: the client may not have started TLS</source>
        <translation>les serveurs ne proposent l&apos;AUTH par mot de passe qu&apos;après STARTTLS&#xa0;: le client n&apos;a peut-être pas démarré TLS</translation>
    </message>
    <message>
        <source>the IMAP server cannot serve the login right now (a back end is down or busy)</source>
        <translation>le serveur IMAP ne peut pas traiter la connexion pour le moment (un serveur principal est arrêté ou occupé)</translation>
    </message>
    <message>
        <source>the credentials are right but this account may not act for that mailbox</source>
        <translation>les informations d&apos;identification sont correctes, mais ce compte n&apos;a pas le droit d&apos;agir pour cette boîte aux lettres</translation>
    </message>
    <message>
        <source>the mailbox name given for the admin login may be wrong</source>
        <translation>le nom de boîte aux lettres indiqué pour la connexion administrateur est peut-être erroné</translation>
    </message>
    <message>
        <source>the IMAP server says the password has expired</source>
        <translation>le serveur IMAP indique que le mot de passe a expiré</translation>
    </message>
    <message>
        <source>the IMAP server refuses a login without TLS: use port 993 or STARTTLS</source>
        <translation>le serveur IMAP refuse une connexion sans TLS&#xa0;: utilisez le port 993 ou STARTTLS</translation>
    </message>
    <message>
        <source>the IMAP server refuses the account until an administrator acts on it</source>
        <translation>le serveur IMAP refuse le compte tant qu&apos;un administrateur n&apos;est pas intervenu</translation>
    </message>
    <message>
        <source>a locked account is answered the same way</source>
        <translation>un compte verrouillé reçoit la même réponse</translation>
    </message>
    <message>
        <source>the account has no permission on that mailbox or folder</source>
        <translation>le compte n&apos;a aucune autorisation sur cette boîte aux lettres ou ce dossier</translation>
    </message>
    <message>
        <source>the IMAP server&apos;s limit (connections or bandwidth) was reached</source>
        <translation>la limite du serveur IMAP (connexions ou bande passante) a été atteinte</translation>
    </message>
    <message>
        <source>the IMAP server failed internally; retry later</source>
        <translation>le serveur IMAP a rencontré une erreur interne&#xa0;; réessayez plus tard</translation>
    </message>
    <message>
        <source>the server says the credentials are invalid</source>
        <translation>le serveur indique que les informations d&apos;identification ne sont pas valides</translation>
    </message>
    <message>
        <source>Exchange Online answers &quot;AUTHENTICATE failed&quot; to an OAuth token it does not accept (wrong scope or audience, or the app is not registered in Exchange)</source>
        <translation>Exchange Online répond «&#xa0;AUTHENTICATE failed&#xa0;» à un jeton OAuth qu&apos;il n&apos;accepte pas (étendue ou audience incorrecte, ou application non inscrite dans Exchange)</translation>
    </message>
    <message>
        <source>and to any password (AUTHENTICATE PLAIN), app passwords included, since Basic authentication was switched off</source>
        <translation>ainsi qu&apos;à tout mot de passe (AUTHENTICATE PLAIN), mots de passe d&apos;application compris, depuis la désactivation de l&apos;authentification de base</translation>
    </message>
    <message>
        <source>Gmail refuses the password for IMAP: it wants OAuth or an app password</source>
        <translation>Gmail refuse le mot de passe pour IMAP&#xa0;: il exige OAuth ou un mot de passe d&apos;application</translation>
    </message>
    <message>
        <source>the client refused to follow Autodiscover&apos;s redirect (it had no callback to trust it)</source>
        <translation>le client a refusé de suivre la redirection d&apos;Autodiscover (il n&apos;avait pas de rappel pour l&apos;approuver)</translation>
    </message>
    <message>
        <source>the client refused to follow Autodiscover&apos;s redirect</source>
        <translation>le client a refusé de suivre la redirection d&apos;Autodiscover</translation>
    </message>
    <message>
        <source>the client refused to follow a redirect</source>
        <translation>le client a refusé de suivre une redirection</translation>
    </message>
    <message>
        <source>Autodiscover redirected in a loop: the domain&apos;s Autodiscover settings are wrong</source>
        <translation>Autodiscover redirige en boucle&#xa0;: les paramètres Autodiscover du domaine sont incorrects</translation>
    </message>
    <message>
        <source>a missing autodiscover DNS record looks the same</source>
        <translation>un enregistrement DNS autodiscover manquant produit le même résultat</translation>
    </message>
    <message>
        <source>a wrong server URL gives no usable answer either</source>
        <translation>une URL de serveur erronée ne donne pas non plus de réponse exploitable</translation>
    </message>
    <message>
        <source>the server refused the credentials sent with this scheme</source>
        <translation>le serveur a refusé les informations d&apos;identification envoyées avec ce schéma</translation>
    </message>
    <message>
        <source>the scheme the client used is not enabled on that virtual directory</source>
        <translation>le schéma utilisé par le client n&apos;est pas activé sur ce répertoire virtuel</translation>
    </message>
    <message>
        <source>the EWS server refused the credentials</source>
        <translation>le serveur EWS a refusé les informations d&apos;identification</translation>
    </message>
    <message>
        <source>the EWS URL may have come from a failed Autodiscover</source>
        <translation>l&apos;URL EWS provient peut-être d&apos;un échec d&apos;Autodiscover</translation>
    </message>
    <message>
        <source>the EWS URL may be wrong</source>
        <translation>l&apos;URL EWS est peut-être erronée</translation>
    </message>
    <message>
        <source>the organisation&apos;s sign-in page refused the password</source>
        <translation>la page de connexion de l&apos;organisation a refusé le mot de passe</translation>
    </message>
    <message>
        <source>this wording is AD FS&apos;s forms page: the user signs in at the organisation&apos;s own federation server</source>
        <translation>ce libellé provient de la page de formulaire d&apos;AD FS&#xa0;: l&apos;utilisateur se connecte au serveur de fédération de l&apos;organisation</translation>
    </message>
    <message>
        <source>the on-premises directory refused the password</source>
        <translation>l&apos;annuaire local a refusé le mot de passe</translation>
    </message>
    <message>
        <source>the user must sign in interactively again (MFA)</source>
        <translation>l&apos;utilisateur doit se reconnecter de manière interactive (MFA)</translation>
    </message>
    <message>
        <source>the access token was refused (expired, or issued for another resource or tenant)</source>
        <translation>le jeton d&apos;accès a été refusé (expiré, ou émis pour une autre ressource ou un autre locataire)</translation>
    </message>
    <message>
        <source>The message is empty: paste the error text the migration tool showed, with the lines around it.</source>
        <translation>Le message est vide&#xa0;: collez le texte d&apos;erreur affiché par l&apos;outil de migration, avec les lignes qui l&apos;entourent.</translation>
    </message>
    <message>
        <source>Nothing in the message matched a known cause, code or status. Keep the full message, with its ids and time, for a support ticket.</source>
        <translation>Rien dans le message ne correspond à une cause, un code ou un statut connu. Conservez le message complet, avec ses ID et son horodatage, pour un ticket de support.</translation>
    </message>
    <message>
        <source>No known cause matches what the message contains (%1). Keep these codes, the ids and the full message for a support ticket.</source>
        <translation>Aucune cause connue ne correspond au contenu du message (%1). Conservez ces codes, les ID et le message complet pour un ticket de support.</translation>
    </message>
    <message>
        <source>%1 (line %2)</source>
        <translation>%1 (ligne %2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>a mistyped EWS URL or server name does not resolve either</source>
        <translation>une URL EWS ou un nom de serveur mal saisi n&apos;est pas résolu non plus</translation>
    </message>
    <message>
        <source>a mistyped server name does not resolve either</source>
        <translation>un nom de serveur mal saisi n&apos;est pas résolu non plus</translation>
    </message>
    <message>
        <source>the user has no valid licence for the mailbox</source>
        <translation>l&apos;utilisateur n&apos;a pas de licence valide pour la boîte aux lettres</translation>
    </message>
    <message>
        <source>the mailbox does not exist</source>
        <translation>la boîte aux lettres n&apos;existe pas</translation>
    </message>
    <message>
        <source>the mailbox was not found</source>
        <translation>la boîte aux lettres est introuvable</translation>
    </message>
    <message>
        <source>the address has no mailbox associated with it</source>
        <translation>aucune boîte aux lettres n&apos;est associée à l&apos;adresse</translation>
    </message>
    <message>
        <source>the user has no Exchange Online licence, so no cloud mailbox</source>
        <translation>l&apos;utilisateur n&apos;a pas de licence Exchange Online, donc pas de boîte aux lettres cloud</translation>
    </message>
    <message>
        <source>the user is not licensed, so the service has no mailbox (or OneDrive) for it</source>
        <translation>l&apos;utilisateur n&apos;a pas de licence&#xa0;: le service n&apos;a donc pas de boîte aux lettres (ni de OneDrive) pour lui</translation>
    </message>
    <message>
        <source>for OneDrive, a SharePoint licence is needed</source>
        <translation>pour OneDrive, une licence SharePoint est nécessaire</translation>
    </message>
    <message>
        <source>an unlicensed user has no mailbox</source>
        <translation>un utilisateur sans licence n&apos;a pas de boîte aux lettres</translation>
    </message>
    <message>
        <source>an unlicensed user has no OneDrive either</source>
        <translation>un utilisateur sans licence n&apos;a pas non plus de OneDrive</translation>
    </message>
    <message>
        <source>the user has no mailbox</source>
        <translation>l&apos;utilisateur n&apos;a pas de boîte aux lettres</translation>
    </message>
    <message>
        <source>a synchronised user whose cloud mailbox was never created looks the same</source>
        <translation>un utilisateur synchronisé dont la boîte aux lettres cloud n&apos;a jamais été créée produit le même résultat</translation>
    </message>
    <message>
        <source>Microsoft Graph does not support this mailbox (on premises or unlicensed)</source>
        <translation>Microsoft Graph ne prend pas en charge cette boîte aux lettres (locale ou sans licence)</translation>
    </message>
    <message>
        <source>the mailbox is hosted on premises, not in Exchange Online</source>
        <translation>la boîte aux lettres est hébergée en local, et non dans Exchange Online</translation>
    </message>
    <message>
        <source>there is no cloud mailbox</source>
        <translation>il n&apos;y a pas de boîte aux lettres cloud</translation>
    </message>
    <message>
        <source>Autodiscover cannot find the e-mail address</source>
        <translation>Autodiscover ne trouve pas l&apos;adresse e-mail</translation>
    </message>
    <message>
        <source>the admin center says the user mailbox has not been migrated: the cloud mailbox was never created</source>
        <translation>le centre d&apos;administration indique que la boîte aux lettres de l&apos;utilisateur n&apos;a pas été migrée&#xa0;: la boîte aux lettres cloud n&apos;a jamais été créée</translation>
    </message>
    <message>
        <source>a service plan is still being provisioned</source>
        <translation>un plan de service est encore en cours d&apos;approvisionnement</translation>
    </message>
    <message>
        <source>the account was created recently (provisioning can take up to 24 hours)</source>
        <translation>le compte a été créé récemment (l&apos;approvisionnement peut prendre jusqu&apos;à 24 heures)</translation>
    </message>
    <message>
        <source>the mailbox database is temporarily unavailable</source>
        <translation>la base de données de boîtes aux lettres est temporairement indisponible</translation>
    </message>
    <message>
        <source>the mail database is mentioned</source>
        <translation>la base de données de messagerie est mentionnée</translation>
    </message>
    <message>
        <source>the mailbox database is offline</source>
        <translation>la base de données de boîtes aux lettres est hors connexion</translation>
    </message>
    <message>
        <source>the mailbox is being moved</source>
        <translation>la boîte aux lettres est en cours de déplacement</translation>
    </message>
    <message>
        <source>OneDrive (MySite) is not provisioned for the user</source>
        <translation>OneDrive (MySite) n&apos;est pas approvisionné pour l&apos;utilisateur</translation>
    </message>
    <message>
        <source>a user created in the last 24 hours may not have a OneDrive yet</source>
        <translation>un utilisateur créé au cours des dernières 24 heures n&apos;a peut-être pas encore de OneDrive</translation>
    </message>
    <message>
        <source>a user without a SharePoint licence has no MySite either</source>
        <translation>un utilisateur sans licence SharePoint n&apos;a pas non plus de MySite</translation>
    </message>
    <message>
        <source>the tenant has no SharePoint Online licence</source>
        <translation>le locataire n&apos;a pas de licence SharePoint Online</translation>
    </message>
    <message>
        <source>a SharePoint Online licence is missing</source>
        <translation>une licence SharePoint Online manque</translation>
    </message>
    <message>
        <source>OneDrive is not provisioned for the user</source>
        <translation>OneDrive n&apos;est pas approvisionné pour l&apos;utilisateur</translation>
    </message>
    <message>
        <source>SharePoint rejects app-only tokens obtained with a client secret: use a certificate</source>
        <translation>SharePoint rejette les jetons d&apos;application seule obtenus avec un secret client&#xa0;: utilisez un certificat</translation>
    </message>
    <message>
        <source>SharePoint refused the app-only token (SharePoint add-in / client secret tokens are being retired): use an Entra app with a certificate</source>
        <translation>SharePoint a refusé le jeton d&apos;application seule (les jetons de compléments SharePoint et de secrets clients sont en cours de retrait)&#xa0;: utilisez une application Entra avec un certificat</translation>
    </message>
    <message>
        <source>the tenant blocks this application from the mailbox APIs (EWS/REST application access policy)</source>
        <translation>le locataire bloque l&apos;accès de cette application aux API de boîte aux lettres (stratégie d&apos;accès aux applications EWS/REST)</translation>
    </message>
    <message>
        <source>the application is not allowed to access mailboxes through this API</source>
        <translation>l&apos;application n&apos;est pas autorisée à accéder aux boîtes aux lettres via cette API</translation>
    </message>
    <message>
        <source>EWS is disabled for the tenant, the mailbox or the application</source>
        <translation>EWS est désactivé pour le locataire, la boîte aux lettres ou l&apos;application</translation>
    </message>
    <message>
        <source>EWS access is blocked</source>
        <translation>l&apos;accès EWS est bloqué</translation>
    </message>
    <message>
        <source>the EwsEnabled setting is mentioned</source>
        <translation>le paramètre EwsEnabled est mentionné</translation>
    </message>
    <message>
        <source>the EWS application allow list is mentioned</source>
        <translation>la liste d&apos;applications autorisées pour EWS est mentionnée</translation>
    </message>
    <message>
        <source>the EWS application access policy is mentioned</source>
        <translation>la stratégie d&apos;accès aux applications EWS est mentionnée</translation>
    </message>
    <message>
        <source>the server is busy (ErrorServerBusy message)</source>
        <translation>le serveur est occupé (message ErrorServerBusy)</translation>
    </message>
    <message>
        <source>the request was throttled</source>
        <translation>la requête a été limitée (throttling)</translation>
    </message>
    <message>
        <source>throttling is mentioned</source>
        <translation>la limitation (throttling) est mentionnée</translation>
    </message>
    <message>
        <source>too many requests</source>
        <translation>trop de requêtes</translation>
    </message>
    <message>
        <source>the application is over its concurrency limit per mailbox</source>
        <translation>l&apos;application a dépassé sa limite d&apos;accès simultanés par boîte aux lettres</translation>
    </message>
    <message>
        <source>more concurrent connections than the throttling policy allows (ErrorExceededConnectionCount): migrate fewer mailboxes at once</source>
        <translation>plus de connexions simultanées que la stratégie de limitation n&apos;en autorise (ErrorExceededConnectionCount)&#xa0;: migrez moins de boîtes aux lettres à la fois</translation>
    </message>
    <message>
        <source>a throttling budget of the server was exceeded</source>
        <translation>un budget de limitation du serveur a été dépassé</translation>
    </message>
    <message>
        <source>the server asks the client to back off (throttling)</source>
        <translation>le serveur demande au client de ralentir (limitation)</translation>
    </message>
    <message>
        <source>the server is too busy</source>
        <translation>le serveur est trop occupé</translation>
    </message>
    <message>
        <source>the EWS application failed on the server, which happens under high load</source>
        <translation>l&apos;application EWS a échoué sur le serveur, ce qui arrive en cas de forte charge</translation>
    </message>
    <message>
        <source>retry with fewer mailboxes at once</source>
        <translation>réessayez avec moins de boîtes aux lettres à la fois</translation>
    </message>
    <message>
        <source>the server ran out of resources</source>
        <translation>le serveur manque de ressources</translation>
    </message>
    <message>
        <source>the server is overloaded</source>
        <translation>le serveur est surchargé</translation>
    </message>
    <message>
        <source>the connection was refused</source>
        <translation>la connexion a été refusée</translation>
    </message>
    <message>
        <source>the connection was reset</source>
        <translation>la connexion a été réinitialisée</translation>
    </message>
    <message>
        <source>no connection could be made to the server</source>
        <translation>aucune connexion n&apos;a pu être établie avec le serveur</translation>
    </message>
    <message>
        <source>the server refused the connection (nothing listens on that port, or a firewall)</source>
        <translation>le serveur a refusé la connexion (aucun service n&apos;écoute sur ce port, ou un pare-feu bloque)</translation>
    </message>
    <message>
        <source>the server did not answer the connection in time (firewall, routing or a server that is down)</source>
        <translation>le serveur n&apos;a pas répondu à temps à la connexion (pare-feu, routage ou serveur arrêté)</translation>
    </message>
    <message>
        <source>an overloaded server stops answering too</source>
        <translation>un serveur surchargé cesse aussi de répondre</translation>
    </message>
    <message>
        <source>no Client Access server in the mailbox&apos;s site answered (ErrorNoRespondingCASInDestinationSite)</source>
        <translation>aucun serveur d&apos;accès au client du site de la boîte aux lettres n&apos;a répondu (ErrorNoRespondingCASInDestinationSite)</translation>
    </message>
    <message>
        <source>Exchange Online refused the mailbox with Restrict-Access-Confirm: the application&apos;s access may be scoped to other mailboxes (reported, not documented)</source>
        <translation>Exchange Online a refusé la boîte aux lettres avec Restrict-Access-Confirm&#xa0;: l&apos;accès de l&apos;application est peut-être limité à d&apos;autres boîtes aux lettres (signalé, non documenté)</translation>
    </message>
    <message>
        <source>the app may not act for this mailbox</source>
        <translation>l&apos;application n&apos;a peut-être pas le droit d&apos;agir pour cette boîte aux lettres</translation>
    </message>
    <message>
        <source>the network is unreachable</source>
        <translation>le réseau est inaccessible</translation>
    </message>
    <message>
        <source>the connection was closed by the other side</source>
        <translation>la connexion a été fermée par l&apos;autre partie</translation>
    </message>
    <message>
        <source>a TLS version mismatch closes connections this way too</source>
        <translation>une incompatibilité de version TLS ferme aussi les connexions de cette façon</translation>
    </message>
    <message>
        <source>the connection was closed unexpectedly</source>
        <translation>la connexion a été fermée de manière inattendue</translation>
    </message>
    <message>
        <source>an overloaded server drops connections too</source>
        <translation>un serveur surchargé coupe aussi des connexions</translation>
    </message>
    <message>
        <source>the connection broke during the TLS handshake (usually no common TLS version)</source>
        <translation>la connexion a été interrompue pendant la négociation TLS (généralement aucune version TLS commune)</translation>
    </message>
    <message>
        <source>a network device may have cut the connection</source>
        <translation>un équipement réseau a peut-être coupé la connexion</translation>
    </message>
    <message>
        <source>a proxy between this computer and the server requires authentication</source>
        <translation>un proxy situé entre cet ordinateur et le serveur exige une authentification</translation>
    </message>
    <message>
        <source>an overloaded server times out too</source>
        <translation>un serveur surchargé provoque aussi des délais d&apos;attente dépassés</translation>
    </message>
    <message>
        <source>a timeout occurred</source>
        <translation>le délai d&apos;attente a été dépassé</translation>
    </message>
    <message>
        <source>the server&apos;s TLS certificate is not trusted (untrusted, expired or wrong name)</source>
        <translation>le certificat TLS du serveur n&apos;est pas approuvé (non approuvé, expiré ou nom incorrect)</translation>
    </message>
    <message>
        <source>no TLS connection could be made (no common TLS version or cipher)</source>
        <translation>aucune connexion TLS n&apos;a pu être établie (aucune version TLS ni aucun chiffrement commun)</translation>
    </message>
    <message>
        <source>no TLS connection could be made</source>
        <translation>aucune connexion TLS n&apos;a pu être établie</translation>
    </message>
    <message>
        <source>the server&apos;s TLS certificate is not valid</source>
        <translation>le certificat TLS du serveur n&apos;est pas valide</translation>
    </message>
    <message>
        <source>the server&apos;s TLS certificate has expired</source>
        <translation>le certificat TLS du serveur a expiré</translation>
    </message>
    <message>
        <source>the server&apos;s TLS certificate could not be verified</source>
        <translation>le certificat TLS du serveur n&apos;a pas pu être vérifié</translation>
    </message>
    <message>
        <source>the server uses a self-signed certificate</source>
        <translation>le serveur utilise un certificat auto-signé</translation>
    </message>
    <message>
        <source>client and server share no TLS version or cipher (for example TLS 1.2 turned off on an old server)</source>
        <translation>le client et le serveur n&apos;ont aucune version TLS ni aucun chiffrement en commun (par exemple TLS 1.2 désactivé sur un ancien serveur)</translation>
    </message>
    <message>
        <source>the TLS handshake failed</source>
        <translation>la négociation TLS a échoué</translation>
    </message>
    <message>
        <source>client and server share no TLS version</source>
        <translation>le client et le serveur n&apos;ont aucune version TLS en commun</translation>
    </message>
    <message>
        <source>the server&apos;s certificate is for another name than the one in the URL</source>
        <translation>le certificat du serveur est émis pour un autre nom que celui de l&apos;URL</translation>
    </message>
    <message>
        <source>the server&apos;s certificate does not chain to a trusted authority (self-signed, internal CA or expired)</source>
        <translation>la chaîne du certificat du serveur ne remonte pas à une autorité approuvée (auto-signé, autorité de certification interne ou expiré)</translation>
    </message>
    <message>
        <source>the server&apos;s TLS certificate is issued by a CA this computer does not trust</source>
        <translation>le certificat TLS du serveur est émis par une autorité de certification que cet ordinateur n&apos;approuve pas</translation>
    </message>
    <message>
        <source>the TLS connection could not be established</source>
        <translation>la connexion TLS n&apos;a pas pu être établie</translation>
    </message>
    <message>
        <source>Exchange redirected to its internal error page, a sign of a certificate problem on the server</source>
        <translation>Exchange a redirigé vers sa page d&apos;erreur interne, signe d&apos;un problème de certificat sur le serveur</translation>
    </message>
    <message>
        <source>Extended Protection for Authentication is mentioned: NTLM without channel binding fails against it</source>
        <translation>Extended Protection for Authentication (protection étendue) est mentionnée&#xa0;: NTLM sans liaison de canal échoue face à elle</translation>
    </message>
    <message>
        <source>channel binding (Extended Protection) is mentioned</source>
        <translation>la liaison de canal (protection étendue) est mentionnée</translation>
    </message>
    <message>
        <source>an HTML page came back where EWS XML was expected: the URL is not the EWS endpoint, or it redirects to a sign-in page</source>
        <translation>une page HTML a été renvoyée là où du XML EWS était attendu&#xa0;: l&apos;URL n&apos;est pas le point de terminaison EWS, ou elle redirige vers une page de connexion</translation>
    </message>
    <message>
        <source>EWS redirected to its generic error page</source>
        <translation>EWS a redirigé vers sa page d&apos;erreur générique</translation>
    </message>
    <message>
        <source>a transient outage on the server shows the same page</source>
        <translation>une panne passagère du serveur affiche la même page</translation>
    </message>
    <message>
        <source>the request was redirected to the OWA sign-in page: the URL is not the EWS endpoint, or a reverse proxy uses forms login</source>
        <translation>la requête a été redirigée vers la page de connexion OWA&#xa0;: l&apos;URL n&apos;est pas le point de terminaison EWS, ou un proxy inverse utilise une connexion par formulaire</translation>
    </message>
    <message>
        <source>the Autodiscover service could not be located</source>
        <translation>le service Autodiscover est introuvable</translation>
    </message>
    <message>
        <source>Autodiscover answered with an error instead of settings</source>
        <translation>Autodiscover a répondu par une erreur au lieu de paramètres</translation>
    </message>
    <message>
        <source>no Autodiscover endpoint answered with settings</source>
        <translation>aucun point de terminaison Autodiscover n&apos;a répondu avec des paramètres</translation>
    </message>
    <message>
        <source>Autodiscover failed</source>
        <translation>Autodiscover a échoué</translation>
    </message>
    <message>
        <source>Autodiscover refused a redirect it could not trust; no credentials were sent there</source>
        <translation>Autodiscover a refusé une redirection non approuvée&#xa0;; aucune information d&apos;identification n&apos;y a été envoyée</translation>
    </message>
    <message>
        <source>the Exchange version requested does not match the server: check the endpoint type</source>
        <translation>la version d&apos;Exchange demandée ne correspond pas au serveur&#xa0;: vérifiez le type de point de terminaison</translation>
    </message>
    <message>
        <source>the credentials were verified successfully</source>
        <translation>les informations d&apos;identification ont bien été vérifiées</translation>
    </message>
    <message>
        <source>Microsoft Graph finds no cloud mailbox for the user (inactive, soft-deleted, unlicensed or hosted on premises)</source>
        <translation>Microsoft Graph ne trouve aucune boîte aux lettres cloud pour l&apos;utilisateur (inactive, supprimée de manière réversible, sans licence ou hébergée en local)</translation>
    </message>
    <message>
        <source>a synchronised user whose mailbox was never created in the cloud looks the same</source>
        <translation>un utilisateur synchronisé dont la boîte aux lettres n&apos;a jamais été créée dans le cloud produit le même résultat</translation>
    </message>
    <message>
        <source>a newly created user may still be provisioning</source>
        <translation>un utilisateur nouvellement créé est peut-être encore en cours d&apos;approvisionnement</translation>
    </message>
    <message>
        <source>Microsoft Graph: the caller is authenticated but not authorised (insufficient privileges)</source>
        <translation>Microsoft Graph&#xa0;: l&apos;appelant est authentifié mais pas autorisé (privilèges insuffisants)</translation>
    </message>
    <message>
        <source>the application may lack a granted permission</source>
        <translation>il manque peut-être à l&apos;application une autorisation accordée</translation>
    </message>
    <message>
        <source>Microsoft Graph rejected the access token (expired, wrong audience or wrong cloud)</source>
        <translation>Microsoft Graph a rejeté le jeton d&apos;accès (expiré, audience incorrecte ou mauvais cloud)</translation>
    </message>
    <message>
        <source>a token from another cloud is rejected the same way</source>
        <translation>un jeton provenant d&apos;un autre cloud est rejeté de la même façon</translation>
    </message>
    <message>
        <source>Microsoft Graph does not know the mailbox&apos;s back end at the moment (transient): retry later</source>
        <translation>Microsoft Graph ne connaît pas le serveur principal de la boîte aux lettres pour le moment (passager)&#xa0;: réessayez plus tard</translation>
    </message>
    <message>
        <source>a busy service answers the same way; retry with fewer requests</source>
        <translation>un service occupé répond de la même façon&#xa0;; réessayez avec moins de requêtes</translation>
    </message>
    <message>
        <source>Microsoft Graph is throttling the application; honour Retry-After</source>
        <translation>Microsoft Graph limite l&apos;application (throttling)&#xa0;; respectez Retry-After</translation>
    </message>
    <message>
        <source>too many requests: the service is throttling; honour Retry-After</source>
        <translation>trop de requêtes&#xa0;: le service applique une limitation&#xa0;; respectez Retry-After</translation>
    </message>
    <message>
        <source>the activity limit was reached: the service is throttling; honour Retry-After</source>
        <translation>la limite d&apos;activité a été atteinte&#xa0;: le service applique une limitation&#xa0;; respectez Retry-After</translation>
    </message>
    <message>
        <source>Microsoft Graph does not find this user in the tenant</source>
        <translation>Microsoft Graph ne trouve pas cet utilisateur dans le locataire</translation>
    </message>
    <message>
        <source>a newly created user may not be visible yet</source>
        <translation>un utilisateur nouvellement créé n&apos;est peut-être pas encore visible</translation>
    </message>
    <message>
        <source>Microsoft Graph authentication error (missing permissions, unlicensed user or bad token)</source>
        <translation>erreur d&apos;authentification Microsoft Graph (autorisations manquantes, utilisateur sans licence ou jeton incorrect)</translation>
    </message>
    <message>
        <source>an unlicensed user gives the same error</source>
        <translation>un utilisateur sans licence produit la même erreur</translation>
    </message>
    <message>
        <source>access denied to the resource</source>
        <translation>accès à la ressource refusé</translation>
    </message>
    <message>
        <source>the migration tool could not locate or access the mailbox database</source>
        <translation>l&apos;outil de migration n&apos;a pas pu localiser la base de données de boîtes aux lettres ou y accéder</translation>
    </message>
    <message>
        <source>the Autodiscover service could not be located or gave no settings</source>
        <translation>le service Autodiscover est introuvable ou n&apos;a fourni aucun paramètre</translation>
    </message>
    <message>
        <source>Autodiscover answered with an error</source>
        <translation>Autodiscover a répondu par une erreur</translation>
    </message>
    <message>
        <source>logging on to the mailbox failed</source>
        <translation>la connexion à la boîte aux lettres a échoué</translation>
    </message>
    <message>
        <source>Exchange does not know the user</source>
        <translation>Exchange ne connaît pas l&apos;utilisateur</translation>
    </message>
    <message>
        <source>a network error between Exchange servers</source>
        <translation>une erreur réseau entre serveurs Exchange</translation>
    </message>
    <message>
        <source>Exchange could not connect to the mailbox database (transient)</source>
        <translation>Exchange n&apos;a pas pu se connecter à la base de données de boîtes aux lettres (passager)</translation>
    </message>
    <message>
        <source>a network problem inside the Exchange organisation</source>
        <translation>un problème réseau au sein de l&apos;organisation Exchange</translation>
    </message>
    <message>
        <source>the TLS handshake failed (System.Security.Authentication.AuthenticationException)</source>
        <translation>la négociation TLS a échoué (System.Security.Authentication.AuthenticationException)</translation>
    </message>
    <message>
        <source>a socket error: the connection could not be made or was cut</source>
        <translation>une erreur de socket&#xa0;: la connexion n&apos;a pas pu être établie ou a été coupée</translation>
    </message>
    <message>
        <source>a slow server times out too</source>
        <translation>un serveur lent provoque aussi des délais d&apos;attente dépassés</translation>
    </message>
    <message>
        <source>the request was cancelled, usually by a timeout</source>
        <translation>la requête a été annulée, généralement à cause d&apos;un délai d&apos;attente dépassé</translation>
    </message>
    <message>
        <source>access was denied</source>
        <translation>l&apos;accès a été refusé</translation>
    </message>
    <message>
        <source>the server is busy</source>
        <translation>le serveur est occupé</translation>
    </message>
    <message>
        <source>the sign-in needs user interaction (MFA, consent or a password change)</source>
        <translation>la connexion nécessite une interaction de l&apos;utilisateur (MFA, consentement ou changement de mot de passe)</translation>
    </message>
    <message>
        <source>consent may be missing</source>
        <translation>le consentement manque peut-être</translation>
    </message>
    <message>
        <source>DavMail could not sign in with the user name and password</source>
        <translation>DavMail n&apos;a pas pu se connecter avec le nom d&apos;utilisateur et le mot de passe</translation>
    </message>
    <message>
        <source>the server refused the credentials (401)</source>
        <translation>le serveur a refusé les informations d&apos;identification (401)</translation>
    </message>
    <message>
        <source>the server kept asking the client to back off until it gave up (throttling)</source>
        <translation>le serveur a demandé au client de ralentir jusqu&apos;à ce qu&apos;il abandonne (limitation)</translation>
    </message>
    <message>
        <source>an overloaded server answers the same way</source>
        <translation>un serveur surchargé répond de la même façon</translation>
    </message>
    <message>
        <source>every step of Autodiscover failed</source>
        <translation>chaque étape d&apos;Autodiscover a échoué</translation>
    </message>
    <message>
        <source>the Exchange version of the server does not support the request: check the endpoint type</source>
        <translation>la version d&apos;Exchange du serveur ne prend pas en charge la requête&#xa0;: vérifiez le type de point de terminaison</translation>
    </message>
    <message>
        <source>the token endpoint rejected the client credentials (client id, secret or certificate)</source>
        <translation>le point de terminaison de jeton a rejeté les informations d&apos;identification du client (ID client, secret ou certificat)</translation>
    </message>
    <message>
        <source>the application is not allowed to use this sign-in flow or is not known in the tenant</source>
        <translation>l&apos;application n&apos;est pas autorisée à utiliser ce flux de connexion ou est inconnue dans le locataire</translation>
    </message>
    <message>
        <source>the requested resource is not valid for this tenant</source>
        <translation>la ressource demandée n&apos;est pas valide pour ce locataire</translation>
    </message>
    <message>
        <source>a resource from another cloud is invalid too</source>
        <translation>une ressource d&apos;un autre cloud n&apos;est pas valide non plus</translation>
    </message>
    <message>
        <source>the requested scope is not valid</source>
        <translation>l&apos;étendue (scope) demandée n&apos;est pas valide</translation>
    </message>
    <message>
        <source>the sign-in flow (grant type) is not supported for this application</source>
        <translation>le flux de connexion (type d&apos;octroi) n&apos;est pas pris en charge pour cette application</translation>
    </message>
    <message>
        <source>the sign-in needs user interaction (usually multi-factor authentication)</source>
        <translation>la connexion nécessite une interaction de l&apos;utilisateur (généralement l&apos;authentification multifacteur)</translation>
    </message>
    <message>
        <source>a Conditional Access policy can require it too</source>
        <translation>une stratégie d&apos;accès conditionnel peut aussi l&apos;exiger</translation>
    </message>
    <message>
        <source>consent to the application&apos;s permissions is required</source>
        <translation>le consentement aux autorisations de l&apos;application est requis</translation>
    </message>
    <message>
        <source>the password has expired</source>
        <translation>le mot de passe a expiré</translation>
    </message>
    <message>
        <source>the tenant is not valid</source>
        <translation>le locataire n&apos;est pas valide</translation>
    </message>
    <message>
        <source>the sign-in service is temporarily unavailable; retry later</source>
        <translation>le service de connexion est temporairement indisponible&#xa0;; réessayez plus tard</translation>
    </message>
    <message>
        <source>the service is overloaded</source>
        <translation>le service est surchargé</translation>
    </message>
    <message>
        <source>the sign-in grant was rejected (wrong credentials or an expired grant)</source>
        <translation>l&apos;octroi de connexion a été rejeté (informations d&apos;identification erronées ou octroi expiré)</translation>
    </message>
    <message>
        <source>the migration tool says the credentials are invalid (most often a wrong or changed password)</source>
        <translation>l&apos;outil de migration indique que les informations d&apos;identification ne sont pas valides (le plus souvent un mot de passe erroné ou modifié)</translation>
    </message>
    <message>
        <source>a wrong user name gives the same message</source>
        <translation>un nom d&apos;utilisateur erroné produit le même message</translation>
    </message>
    <message>
        <source>the migration tool says the account may not have access to the mailbox</source>
        <translation>l&apos;outil de migration indique que le compte n&apos;a peut-être pas accès à la boîte aux lettres</translation>
    </message>
    <message>
        <source>impersonation rights are one kind of access</source>
        <translation>les droits d&apos;emprunt d&apos;identité sont une forme d&apos;accès</translation>
    </message>
    <message>
        <source>the migration tool mentions overutilized resources (an overloaded or outdated server)</source>
        <translation>l&apos;outil de migration mentionne des ressources surexploitées (serveur surchargé ou obsolète)</translation>
    </message>
    <message>
        <source>throttling looks similar from the outside</source>
        <translation>vue de l&apos;extérieur, la limitation (throttling) produit un résultat semblable</translation>
    </message>
    <message>
        <source>the migration tool mentions overutilised resources (an overloaded or outdated server)</source>
        <translation>l&apos;outil de migration mentionne des ressources surexploitées (serveur surchargé ou obsolète)</translation>
    </message>
    <message>
        <source>the migration tool could not locate or access the mail database</source>
        <translation>l&apos;outil de migration n&apos;a pas pu localiser la base de données de messagerie ou y accéder</translation>
    </message>
    <message>
        <source>the migration tool detected that Basic authentication is disabled for the tenant</source>
        <translation>l&apos;outil de migration a détecté que l&apos;authentification de base est désactivée pour le locataire</translation>
    </message>
    <message>
        <source>Basic authentication is not enabled for the tenant</source>
        <translation>l&apos;authentification de base n&apos;est pas activée pour le locataire</translation>
    </message>
    <message>
        <source>Basic authentication is disabled</source>
        <translation>l&apos;authentification de base est désactivée</translation>
    </message>
    <message>
        <source>Basic authentication is not supported by the service</source>
        <translation>l&apos;authentification de base n&apos;est pas prise en charge par le service</translation>
    </message>
    <message>
        <source>Basic authentication is no longer supported by Exchange Online</source>
        <translation>l&apos;authentification de base n&apos;est plus prise en charge par Exchange Online</translation>
    </message>
    <message>
        <source>Basic authentication has been disabled</source>
        <translation>l&apos;authentification de base a été désactivée</translation>
    </message>
    <message>
        <source>modern authentication (client and tenant id) is not configured in the project</source>
        <translation>l&apos;authentification moderne (ID client et ID du locataire) n&apos;est pas configurée dans le projet</translation>
    </message>
    <message>
        <source>modern authentication is not enabled</source>
        <translation>l&apos;authentification moderne n&apos;est pas activée</translation>
    </message>
    <message>
        <source>modern authentication (client and tenant id) is mentioned</source>
        <translation>l&apos;authentification moderne (ID client et ID du locataire) est mentionnée</translation>
    </message>
    <message>
        <source>the user name or password was rejected</source>
        <translation>le nom d&apos;utilisateur ou le mot de passe a été rejeté</translation>
    </message>
    <message>
        <source>IIS refused the credentials (401.1): the user name or password is wrong, or the DOMAIN\user form is needed</source>
        <translation>IIS a refusé les informations d&apos;identification (401.1)&#xa0;: le nom d&apos;utilisateur ou le mot de passe est erroné, ou la forme DOMAINE\utilisateur est requise</translation>
    </message>
    <message>
        <source>the user name may be wrong, or need the DOMAIN\user form</source>
        <translation>le nom d&apos;utilisateur est peut-être erroné ou doit prendre la forme DOMAINE\utilisateur</translation>
    </message>
    <message>
        <source>IIS did not accept the credentials supplied</source>
        <translation>IIS n&apos;a pas accepté les informations d&apos;identification fournies</translation>
    </message>
    <message>
        <source>or the account is not allowed on that virtual directory</source>
        <translation>ou le compte n&apos;est pas autorisé sur ce répertoire virtuel</translation>
    </message>
    <message>
        <source>authenticated SMTP (a Basic authentication protocol) is disabled for the tenant</source>
        <translation>le SMTP authentifié (un protocole à authentification de base) est désactivé pour le locataire</translation>
    </message>
    <message>
        <source>the server refused the user name and password sent with Basic authentication</source>
        <translation>le serveur a refusé le nom d&apos;utilisateur et le mot de passe envoyés avec l&apos;authentification de base</translation>
    </message>
    <message>
        <source>Basic authentication may be blocked for this account or tenant</source>
        <translation>l&apos;authentification de base est peut-être bloquée pour ce compte ou ce locataire</translation>
    </message>
    <message>
        <source>the server refused the login (user name and password)</source>
        <translation>le serveur a refusé la connexion (nom d&apos;utilisateur et mot de passe)</translation>
    </message>
    <message>
        <source>the sign-in failed (the password is the usual cause)</source>
        <translation>la connexion a échoué (le mot de passe en est la cause habituelle)</translation>
    </message>
    <message>
        <source>the sign-in was unsuccessful</source>
        <translation>la connexion n&apos;a pas abouti</translation>
    </message>
    <message>
        <source>the server refused the user name and password</source>
        <translation>le serveur a refusé le nom d&apos;utilisateur et le mot de passe</translation>
    </message>
    <message>
        <source>Windows rejected the logon (unknown user name or bad password)</source>
        <translation>Windows a rejeté l&apos;ouverture de session (nom d&apos;utilisateur inconnu ou mot de passe incorrect)</translation>
    </message>
    <message>
        <source>the account or password is incorrect</source>
        <translation>le compte ou le mot de passe est incorrect</translation>
    </message>
    <message>
        <source>the password is incorrect</source>
        <translation>le mot de passe est incorrect</translation>
    </message>
    <message>
        <source>the password is wrong</source>
        <translation>le mot de passe est erroné</translation>
    </message>
    <message>
        <source>the logon was denied</source>
        <translation>l&apos;ouverture de session a été refusée</translation>
    </message>
    <message>
        <source>Exchange Online denies Basic logons too</source>
        <translation>Exchange Online refuse aussi les ouvertures de session en authentification de base</translation>
    </message>
    <message>
        <source>the logon failed</source>
        <translation>l&apos;ouverture de session a échoué</translation>
    </message>
    <message>
        <source>the user account does not exist</source>
        <translation>le compte d&apos;utilisateur n&apos;existe pas</translation>
    </message>
    <message>
        <source>the account does not exist in this tenant</source>
        <translation>le compte n&apos;existe pas dans ce locataire</translation>
    </message>
    <message>
        <source>the user does not exist</source>
        <translation>l&apos;utilisateur n&apos;existe pas</translation>
    </message>
    <message>
        <source>the user was not found</source>
        <translation>l&apos;utilisateur est introuvable</translation>
    </message>
    <message>
        <source>the message is about the user principal name (UPN)</source>
        <translation>le message concerne le nom d&apos;utilisateur principal (UPN)</translation>
    </message>
    <message>
        <source>multi-factor authentication is mentioned: the sign-in needs a second factor the migration tool cannot give</source>
        <translation>l&apos;authentification multifacteur est mentionnée&#xa0;: la connexion exige un deuxième facteur que l&apos;outil de migration ne peut pas fournir</translation>
    </message>
    <message>
        <source>two-factor authentication is mentioned: the sign-in needs a second factor the migration tool cannot give</source>
        <translation>l&apos;authentification à deux facteurs est mentionnée&#xa0;: la connexion exige un deuxième facteur que l&apos;outil de migration ne peut pas fournir</translation>
    </message>
    <message>
        <source>strong authentication is required</source>
        <translation>une authentification forte est requise</translation>
    </message>
    <message>
        <source>MFA is required</source>
        <translation>la MFA est requise</translation>
    </message>
    <message>
        <source>MFA is enabled for the account</source>
        <translation>la MFA est activée pour le compte</translation>
    </message>
    <message>
        <source>the password must be changed</source>
        <translation>le mot de passe doit être changé</translation>
    </message>
    <message>
        <source>the password must be changed at the next sign-in</source>
        <translation>le mot de passe doit être changé à la prochaine connexion</translation>
    </message>
    <message>
        <source>an account picker is mentioned</source>
        <translation>un sélecteur de compte est mentionné</translation>
    </message>
    <message>
        <source>security defaults are mentioned: they require MFA and block legacy authentication</source>
        <translation>les paramètres de sécurité par défaut sont mentionnés&#xa0;: ils exigent la MFA et bloquent l&apos;authentification héritée</translation>
    </message>
    <message>
        <source>the sign-in was blocked by security defaults</source>
        <translation>la connexion a été bloquée par les paramètres de sécurité par défaut</translation>
    </message>
    <message>
        <source>a Conditional Access policy is mentioned</source>
        <translation>une stratégie d&apos;accès conditionnel est mentionnée</translation>
    </message>
    <message>
        <source>the sign-in was blocked by Conditional Access</source>
        <translation>la connexion a été bloquée par l&apos;accès conditionnel</translation>
    </message>
    <message>
        <source>the account is locked out</source>
        <translation>le compte est verrouillé après trop de tentatives</translation>
    </message>
    <message>
        <source>the account is locked</source>
        <translation>le compte est verrouillé</translation>
    </message>
    <message>
        <source>the account is locked (IdsLocked)</source>
        <translation>le compte est verrouillé (IdsLocked)</translation>
    </message>
    <message>
        <source>the user is disabled</source>
        <translation>l&apos;utilisateur est désactivé</translation>
    </message>
    <message>
        <source>Microsoft Graph shows accountEnabled: false</source>
        <translation>Microsoft Graph indique accountEnabled: false</translation>
    </message>
    <message>
        <source>the federation server (AD FS) failed</source>
        <translation>le serveur de fédération (AD FS) a échoué</translation>
    </message>
    <message>
        <source>a federation server (AD FS) is involved in the sign-in</source>
        <translation>un serveur de fédération (AD FS) intervient dans la connexion</translation>
    </message>
    <message>
        <source>AD FS (a federated sign-in) is involved</source>
        <translation>AD FS (une connexion fédérée) intervient</translation>
    </message>
    <message>
        <source>the domain is federated (NameSpaceType: Federated)</source>
        <translation>le domaine est fédéré (NameSpaceType: Federated)</translation>
    </message>
    <message>
        <source>the domain is not registered in Microsoft Entra ID (NameSpaceType: Unknown)</source>
        <translation>le domaine n&apos;est pas inscrit dans Microsoft Entra ID (NameSpaceType: Unknown)</translation>
    </message>
    <message>
        <source>pass-through authentication (an on-premises agent) checks the password</source>
        <translation>l&apos;authentification directe (un agent local) vérifie le mot de passe</translation>
    </message>
    <message>
        <source>a national cloud is mentioned: the sign-in must use that cloud&apos;s hosts</source>
        <translation>un cloud national est mentionné&#xa0;: la connexion doit utiliser les hôtes de ce cloud</translation>
    </message>
    <message>
        <source>the tenant is in the DoD cloud: sign-in and Exchange hosts are the .us ones</source>
        <translation>le locataire se trouve dans le cloud DoD&#xa0;: les hôtes de connexion et d&apos;Exchange sont ceux en .us</translation>
    </message>
    <message>
        <source>the tenant is in GCC High: sign-in and Exchange hosts are the .us ones</source>
        <translation>le locataire se trouve dans GCC High&#xa0;: les hôtes de connexion et d&apos;Exchange sont ceux en .us</translation>
    </message>
    <message>
        <source>the tenant is in a US government cloud (cloud_instance_name microsoftonline.us)</source>
        <translation>le locataire se trouve dans un cloud du gouvernement américain (cloud_instance_name microsoftonline.us)</translation>
    </message>
    <message>
        <source>the tenant is in the 21Vianet (China) cloud</source>
        <translation>le locataire se trouve dans le cloud exploité par 21Vianet (Chine)</translation>
    </message>
    <message>
        <source>the user is synchronised from on-premises Active Directory: with a licence but no cloud mailbox, the mailbox was never created in Exchange Online</source>
        <translation>l&apos;utilisateur est synchronisé depuis l&apos;Active Directory local&#xa0;: avec une licence mais sans boîte aux lettres cloud, la boîte aux lettres n&apos;a jamais été créée dans Exchange Online</translation>
    </message>
    <message>
        <source>GetCredentialType says the user name does not exist (IfExistsResult 1; a hint)</source>
        <translation>d&apos;après GetCredentialType, le nom d&apos;utilisateur n&apos;existe pas (IfExistsResult 1&#xa0;; simple indice)</translation>
    </message>
    <message>
        <source>the sign-in service is throttling lookups (ThrottleStatus)</source>
        <translation>le service de connexion limite les recherches (ThrottleStatus)</translation>
    </message>
    <message>
        <source>the application (client id) was not found in the directory</source>
        <translation>l&apos;application (ID client) est introuvable dans l&apos;annuaire</translation>
    </message>
    <message>
        <source>the client secret is not valid (often the secret ID instead of its value)</source>
        <translation>le secret client n&apos;est pas valide (souvent l&apos;ID du secret au lieu de sa valeur)</translation>
    </message>
    <message>
        <source>the client secret keys are the problem (expired or wrong)</source>
        <translation>les clés de secret client sont en cause (expirées ou erronées)</translation>
    </message>
    <message>
        <source>administrator consent is mentioned</source>
        <translation>le consentement d&apos;administrateur est mentionné</translation>
    </message>
    <message>
        <source>the permissions have not been consented to</source>
        <translation>les autorisations n&apos;ont pas reçu de consentement</translation>
    </message>
    <message>
        <source>administrator consent is required</source>
        <translation>le consentement d&apos;administrateur est requis</translation>
    </message>
    <message>
        <source>the token carries no usable permission (full_access_as_app missing or not consented)</source>
        <translation>le jeton ne contient aucune autorisation exploitable (full_access_as_app absente ou sans consentement)</translation>
    </message>
    <message>
        <source>the token carries no permissions at all</source>
        <translation>le jeton ne contient aucune autorisation</translation>
    </message>
    <message>
        <source>the token was issued for another resource (wrong audience)</source>
        <translation>le jeton a été émis pour une autre ressource (audience incorrecte)</translation>
    </message>
    <message>
        <source>the token audience is http instead of https: SSL offloading in front of Exchange is not supported with OAuth</source>
        <translation>l&apos;audience du jeton est en http au lieu de https&#xa0;: le déchargement SSL devant Exchange n&apos;est pas pris en charge avec OAuth</translation>
    </message>
    <message>
        <source>the OAuth configuration on premises does not match</source>
        <translation>la configuration OAuth locale ne correspond pas</translation>
    </message>
    <message>
        <source>legacy (Basic) authentication is mentioned</source>
        <translation>l&apos;authentification héritée (de base) est mentionnée</translation>
    </message>
    <message>
        <source>security defaults block legacy authentication</source>
        <translation>les paramètres de sécurité par défaut bloquent l&apos;authentification héritée</translation>
    </message>
    <message>
        <source>Exchange Online rejects Basic authentication</source>
        <translation>Exchange Online rejette l&apos;authentification de base</translation>
    </message>
    <message>
        <source>the account is not allowed to impersonate the requested user</source>
        <translation>le compte n&apos;est pas autorisé à emprunter l&apos;identité de l&apos;utilisateur demandé</translation>
    </message>
    <message>
        <source>an app-only token needs the ExchangeImpersonation header naming the mailbox</source>
        <translation>un jeton d&apos;application seule nécessite l&apos;en-tête ExchangeImpersonation désignant la boîte aux lettres</translation>
    </message>
    <message>
        <source>the request used ExchangeImpersonation (the account acts as the mailbox owner)</source>
        <translation>la requête utilisait ExchangeImpersonation (le compte agit en tant que propriétaire de la boîte aux lettres)</translation>
    </message>
    <message>
        <source>the ApplicationImpersonation role is involved: it was removed from Exchange Online (February 2025)</source>
        <translation>le rôle ApplicationImpersonation est en jeu&#xa0;: il a été retiré d&apos;Exchange Online (février 2025)</translation>
    </message>
    <message>
        <source>the mailbox is outside the application access policy (RAOP) scope</source>
        <translation>la boîte aux lettres est hors de l&apos;étendue de la stratégie d&apos;accès aux applications (RAOP)</translation>
    </message>
    <message>
        <source>the mailbox is outside the tenant&apos;s app-only access policy</source>
        <translation>la boîte aux lettres est hors de la stratégie d&apos;accès d&apos;application seule du locataire</translation>
    </message>
    <message>
        <source>insufficient privileges to complete the operation</source>
        <translation>privilèges insuffisants pour terminer l&apos;opération</translation>
    </message>
    <message>
        <source>insufficient permissions</source>
        <translation>autorisations insuffisantes</translation>
    </message>
    <message>
        <source>impersonation is mentioned: the account acts as the mailbox owner and needs the right to</source>
        <translation>l&apos;emprunt d&apos;identité est mentionné&#xa0;: le compte agit en tant que propriétaire de la boîte aux lettres et doit en avoir le droit</translation>
    </message>
    <message>
        <source>the account does not have access</source>
        <translation>le compte n&apos;a pas accès</translation>
    </message>
    <message>
        <source>access is denied</source>
        <translation>l&apos;accès est refusé</translation>
    </message>
    <message>
        <source>an old password was used: the stored password was changed since (OldPasswordUsed)</source>
        <translation>un ancien mot de passe a été utilisé&#xa0;: le mot de passe a été changé depuis son enregistrement (OldPasswordUsed)</translation>
    </message>
    <message>
        <source>405 Method Not Allowed: the URL does not take this request (not the EWS or Autodiscover endpoint, or its handler is broken on the server)</source>
        <translation>405 Method Not Allowed&#xa0;: l&apos;URL n&apos;accepte pas cette requête (ce n&apos;est pas le point de terminaison EWS ou Autodiscover, ou son gestionnaire est défaillant sur le serveur)</translation>
    </message>
    <message>
        <source>Autodiscover and federation lookups fail this way when the server&apos;s Autodiscover endpoint is misconfigured</source>
        <translation>les recherches Autodiscover et de fédération échouent de cette façon lorsque le point de terminaison Autodiscover du serveur est mal configuré</translation>
    </message>
    <message>
        <source>no rule matched, but the tool could not access something: the account may lack rights to it</source>
        <translation>aucune règle ne correspond, mais l&apos;outil n&apos;a pas pu accéder à un élément&#xa0;: le compte n&apos;a peut-être pas les droits nécessaires sur celui-ci</translation>
    </message>
    <message>
        <source>or it cannot be reached from here</source>
        <translation>ou l&apos;élément est injoignable depuis cet emplacement</translation>
    </message>
    <message>
        <source>no rule matched, but the message is about the tool&apos;s connector: its sign-in or app authorisation may have to be set up again</source>
        <translation>aucune règle ne correspond, mais le message concerne le connecteur de l&apos;outil&#xa0;: sa connexion ou l&apos;autorisation de son application doit peut-être être reconfigurée</translation>
    </message>
    <message>
        <source>or an administrator has to authorise it again</source>
        <translation>ou un administrateur doit l&apos;autoriser de nouveau</translation>
    </message>
    <message>
        <source>or the account it signs in with changed its password</source>
        <translation>ou le mot de passe du compte avec lequel le connecteur se connecte a été changé</translation>
    </message>
    <message>
        <source>the sign-in asks the account to register a second factor (MFA registration)</source>
        <translation>la connexion demande au compte d&apos;inscrire un second facteur (inscription à la MFA)</translation>
    </message>
    <message>
        <source>security defaults make every account register for MFA</source>
        <translation>les paramètres de sécurité par défaut obligent chaque compte à s&apos;inscrire à la MFA</translation>
    </message>
    <message>
        <source>the message is about the app&apos;s client secret</source>
        <translation>le message concerne le secret client de l&apos;application</translation>
    </message>
    <message>
        <source>the server caps the connections one account may open at once: migrate fewer mailboxes or folders at the same time (not a password problem)</source>
        <translation>le serveur limite le nombre de connexions simultanées par compte&#xa0;: migrez moins de boîtes aux lettres ou de dossiers à la fois (ce n&apos;est pas un problème de mot de passe)</translation>
    </message>
    <message>
        <source>a server resource is unhealthy and Exchange holds the work back until it recovers</source>
        <translation>une ressource du serveur n&apos;est pas saine et Exchange met le travail en attente jusqu&apos;à son rétablissement</translation>
    </message>
    <message>
        <source>the server does not offer this sign-in command on the connection: password sign-in (Basic authentication) is not available there</source>
        <translation>le serveur ne propose pas cette commande d&apos;authentification sur cette connexion&#xa0;: la connexion par mot de passe (authentification de base) n&apos;y est pas disponible</translation>
    </message>
    <message>
        <source>the server may only take OAuth, which the tool must be set up for</source>
        <translation>le serveur n&apos;accepte peut-être qu&apos;OAuth, pour lequel l&apos;outil doit être configuré</translation>
    </message>
    <message>
        <source>federation information is fetched with an Autodiscover request: Autodiscover did not answer</source>
        <translation>les informations de fédération sont récupérées par une requête Autodiscover&#xa0;: Autodiscover n&apos;a pas répondu</translation>
    </message>
    <message>
        <source>or the Autodiscover/EWS URL points to the wrong place</source>
        <translation>ou l&apos;URL Autodiscover/EWS pointe vers le mauvais emplacement</translation>
    </message>
    <message>
        <source>the organisation&apos;s federation service (AD FS) refused the sign-in it was passed</source>
        <translation>le service de fédération de l&apos;organisation (AD FS) a refusé la connexion qui lui a été transmise</translation>
    </message>
    <message>
        <source>usually because the on-premises password is wrong</source>
        <translation>généralement parce que le mot de passe local est incorrect</translation>
    </message>
    <message>
        <source>the tool&apos;s connection (its app) is not, or no longer, authorised: an administrator must consent again</source>
        <translation>la connexion de l&apos;outil (son application) n&apos;est pas ou plus autorisée&#xa0;: un administrateur doit de nouveau donner son consentement</translation>
    </message>
    <message>
        <source>or its app registration must be set up again</source>
        <translation>ou son inscription d&apos;application doit être reconfigurée</translation>
    </message>
    <message>
        <source>or the account it signed in with changed its password</source>
        <translation>ou le mot de passe du compte avec lequel l&apos;outil s&apos;est connecté a été changé</translation>
    </message>
    <message>
        <source>the account lacks the rights this needs (administrator of the site, mailbox or role)</source>
        <translation>le compte n&apos;a pas les droits nécessaires (administrateur du site, droits sur la boîte aux lettres ou rôle)</translation>
    </message>
    <message>
        <source>the tool could not open the mailbox: the account or app has no access to it (FullAccess or the app&apos;s permission)</source>
        <translation>l&apos;outil n&apos;a pas pu ouvrir la boîte aux lettres&#xa0;: le compte ou l&apos;application n&apos;y a pas accès (FullAccess ou autorisation de l&apos;application)</translation>
    </message>
    <message>
        <source>or impersonation is not granted for it</source>
        <translation>ou l&apos;emprunt d&apos;identité n&apos;est pas accordé pour celle-ci</translation>
    </message>
    <message>
        <source>or the mailbox does not exist under that address</source>
        <translation>ou aucune boîte aux lettres n&apos;existe à cette adresse</translation>
    </message>
</context>
<context>
    <name>AuthDoctor::Findings</name>
    <message>
        <source>The migration account is not allowed to impersonate the mailboxes</source>
        <translation>Le compte de migration n&apos;est pas autorisé à emprunter l&apos;identité des boîtes aux lettres</translation>
    </message>
    <message>
        <source>The migration account signed in, but Exchange refused to let it act as (impersonate) the mailbox being migrated. In Exchange Online the ApplicationImpersonation role was removed in February 2025, so an admin account can no longer be given that right; the replacement is an app registration with the application permission full_access_as_app, admin consent, and optionally a scope with RBAC for Applications. On Exchange Server the ApplicationImpersonation role still exists and may simply be missing or scoped too narrowly.</source>
        <translation>Le compte de migration s&apos;est connecté, mais Exchange a refusé de le laisser agir en tant que boîte aux lettres migrée (emprunt d&apos;identité). Dans Exchange Online, le rôle ApplicationImpersonation a été retiré en février 2025&#xa0;: il n&apos;est donc plus possible d&apos;accorder ce droit à un compte administrateur. Il est remplacé par une inscription d&apos;application dotée de l&apos;autorisation d&apos;application full_access_as_app, d&apos;un consentement d&apos;administrateur et, si vous le souhaitez, d&apos;une étendue définie avec RBAC pour les applications. Sur Exchange Server, le rôle ApplicationImpersonation existe toujours&#xa0;: il est peut-être simplement absent ou limité à une étendue trop étroite.</translation>
    </message>
    <message>
        <source>See who still holds the old role: %1</source>
        <translation>Identifiez qui détient encore l&apos;ancien rôle&#xa0;: %1</translation>
    </message>
    <message>
        <source>Exchange Online: Entra admin center &gt; Entra ID &gt; App registrations &gt; the migration app &gt; API permissions &gt; Add a permission &gt; APIs my organization uses &gt; Office 365 Exchange Online &gt; Application permissions &gt; full_access_as_app &gt; Add, then Grant admin consent; create a client secret under Certificates &amp; secrets.</source>
        <translation>Exchange Online&#xa0;: Centre d&apos;administration Microsoft Entra &gt; Entra ID &gt; Inscriptions d&apos;applications &gt; l&apos;application de migration &gt; Autorisations de l&apos;API &gt; Ajouter une autorisation &gt; API utilisées par mon organisation &gt; Office 365 Exchange Online &gt; Autorisations d&apos;application &gt; full_access_as_app &gt; Ajouter des autorisations, puis «&#xa0;Accorder un consentement d&apos;administrateur&#xa0;»&#xa0;; créez un secret client sous «&#xa0;Certificats et secrets&#xa0;».</translation>
    </message>
    <message>
        <source>To limit the app to the migrating mailboxes (RBAC for Applications, Exchange Online PowerShell): %1</source>
        <translation>Pour limiter l&apos;application aux boîtes aux lettres à migrer (RBAC pour les applications, Exchange Online PowerShell)&#xa0;: %1</translation>
    </message>
    <message>
        <source>Check one mailbox: %1 (InScope must be True).</source>
        <translation>Vérifiez une boîte aux lettres&#xa0;: %1 (InScope doit valoir True).</translation>
    </message>
    <message>
        <source>Exchange Server (on-premises only): %1</source>
        <translation>Exchange Server (local uniquement)&#xa0;: %1</translation>
    </message>
    <message>
        <source>Tenant admin (app registration and consent) or Exchange admin (role assignment)</source>
        <translation>Administrateur du locataire (inscription d&apos;application et consentement) ou administrateur Exchange (attribution de rôle)</translation>
    </message>
    <message>
        <source>Consent: a few minutes; get a fresh token. Application access policies and RBAC for Applications: 30–60 minutes. On-premises role assignments: usually within minutes, longer with several domain controllers.</source>
        <translation>Consentement&#xa0;: quelques minutes&#xa0;; obtenez ensuite un nouveau jeton. Stratégies d&apos;accès aux applications et RBAC pour les applications&#xa0;: 30 à 60 minutes. Attributions de rôle locales&#xa0;: généralement quelques minutes, davantage avec plusieurs contrôleurs de domaine.</translation>
    </message>
    <message>
        <source>Microsoft Tech Community: Retirement of RBAC Application Impersonation in Exchange Online</source>
        <translation>Microsoft Tech Community&#xa0;: retrait de RBAC Application Impersonation dans Exchange Online</translation>
    </message>
    <message>
        <source>Microsoft Learn: Configure impersonation (Exchange Server)</source>
        <translation>Microsoft Learn&#xa0;: Configurer l&apos;emprunt d&apos;identité (Exchange Server)</translation>
    </message>
    <message>
        <source>The migration account lacks permission on the mailbox or OneDrive</source>
        <translation>Le compte de migration n&apos;a pas d&apos;autorisation sur la boîte aux lettres ou le OneDrive</translation>
    </message>
    <message>
        <source>The credentials are correct, but the account the project uses is not allowed to open the mailbox or OneDrive it migrates. Typical causes are missing Full Access on the mailboxes, an admin account without a mailbox of its own, an application access policy or RBAC scope that leaves the mailbox out, or an admin role that the endpoint needs but the account lacks.</source>
        <translation>Les informations d&apos;identification sont correctes, mais le compte utilisé par le projet n&apos;a pas le droit d&apos;ouvrir la boîte aux lettres ou le OneDrive qu&apos;il migre. Causes typiques&#xa0;: autorisation Accès total (Full Access) absente sur les boîtes aux lettres, compte administrateur sans boîte aux lettres propre, stratégie d&apos;accès aux applications ou étendue RBAC qui exclut la boîte aux lettres, ou rôle d&apos;administrateur requis par le point de terminaison mais absent du compte.</translation>
    </message>
    <message>
        <source>Follow BitTitan&apos;s steps to grant the administrator permission for this kind of endpoint (see the links); if the project uses impersonation, also follow the Impersonation Guide.</source>
        <translation>Suivez la procédure de BitTitan pour accorder l&apos;autorisation administrateur pour ce type de point de terminaison (voir les liens)&#xa0;; si le projet utilise l&apos;emprunt d&apos;identité, suivez aussi l&apos;«&#xa0;Impersonation Guide&#xa0;».</translation>
    </message>
    <message>
        <source>Full Access in Exchange Online: Exchange admin center &gt; Recipients &gt; Mailboxes &gt; the mailbox &gt; Delegation &gt; Read and manage (Full Access) &gt; Edit &gt; add the migration account; or %1</source>
        <translation>Accès total dans Exchange Online&#xa0;: Centre d&apos;administration Exchange &gt; Destinataires &gt; Boîtes aux lettres &gt; la boîte aux lettres &gt; Délégation &gt; Lecture et gestion (Accès total) &gt; Modifier &gt; ajoutez le compte de migration&#xa0;; ou %1</translation>
    </message>
    <message>
        <source>ErrorMissingEmailAddress: the admin account has no mailbox; give it an Exchange Online licence or use app-only access.</source>
        <translation>ErrorMissingEmailAddress&#xa0;: le compte administrateur n&apos;a pas de boîte aux lettres&#xa0;; attribuez-lui une licence Exchange Online ou utilisez un accès d&apos;application seule.</translation>
    </message>
    <message>
        <source>Graph 403 with [RAOP]: the app is outside an application access policy; check it with %1 and add the mailbox to the policy&apos;s group, or use RBAC for Applications.</source>
        <translation>Graph 403 avec [RAOP]&#xa0;: une stratégie d&apos;accès aux applications exclut la boîte aux lettres pour l&apos;application&#xa0;; vérifiez-la avec %1 et ajoutez la boîte aux lettres au groupe de la stratégie, ou utilisez RBAC pour les applications.</translation>
    </message>
    <message>
        <source>Exchange Server: do not use an account that is a member of Domain Admins, Enterprise Admins or Schema Admins; Exchange explicitly denies those groups access to mailboxes.</source>
        <translation>Exchange Server&#xa0;: n&apos;utilisez pas un compte membre des groupes Admins du domaine, Administrateurs de l&apos;entreprise ou Administrateurs du schéma (Domain Admins, Enterprise Admins, Schema Admins)&#xa0;; Exchange refuse explicitement à ces groupes l&apos;accès aux boîtes aux lettres.</translation>
    </message>
    <message>
        <source>OneDrive: the account needs Global Administrator or SharePoint Administrator, or Site Collection Administrator on each OneDrive (see MigrationWiz Permission Requirements).</source>
        <translation>OneDrive&#xa0;: le compte doit être Administrateur général ou Administrateur SharePoint, ou administrateur de collection de sites de chaque OneDrive (voir «&#xa0;MigrationWiz Permission Requirements&#xa0;»).</translation>
    </message>
    <message>
        <source>Tenant admin or Exchange admin</source>
        <translation>Administrateur du locataire ou administrateur Exchange</translation>
    </message>
    <message>
        <source>Mailbox permissions: usually within an hour. Application access policies and RBAC for Applications: 30–60 minutes.</source>
        <translation>Autorisations de boîte aux lettres&#xa0;: généralement moins d&apos;une heure. Stratégies d&apos;accès aux applications et RBAC pour les applications&#xa0;: 30 à 60 minutes.</translation>
    </message>
    <message>
        <source>Microsoft Learn: Manage permissions for recipients in Exchange Online</source>
        <translation>Microsoft Learn&#xa0;: Gérer les autorisations des destinataires dans Exchange Online</translation>
    </message>
    <message>
        <source>Exchange Web Services (EWS) is switched off for the tenant, the app or the mailbox</source>
        <translation>Exchange Web Services (EWS) est désactivé pour le locataire, l&apos;application ou la boîte aux lettres</translation>
    </message>
    <message>
        <source>Microsoft is retiring EWS in Exchange Online: from 1 October 2026 it is switched off tenant by tenant unless the tenant sets EWSEnabled to True and allow-lists each app&apos;s ID, and on 1 April 2027 it is switched off for good. Mailboxes with Kiosk or F3 licences have been blocked since 1 July 2026, and admins can also turn EWS off per mailbox. AuthDoctor infers this from the settings and dates; the exact error Exchange Online returns for a blocked app is not documented, so confirm the settings below.</source>
        <translation>Microsoft retire EWS d&apos;Exchange Online&#xa0;: à partir du 1er octobre 2026, il est désactivé locataire par locataire, sauf si le locataire définit EWSEnabled sur True et ajoute l&apos;ID de chaque application à la liste d&apos;autorisation&#xa0;; le 1er avril 2027, il est désactivé définitivement. Les boîtes aux lettres dotées de licences Kiosk ou F3 sont bloquées depuis le 1er juillet 2026, et les administrateurs peuvent aussi désactiver EWS par boîte aux lettres. AuthDoctor le déduit des paramètres et des dates&#xa0;; l&apos;erreur exacte renvoyée par Exchange Online pour une application bloquée n&apos;est pas documentée&#xa0;: vérifiez donc les paramètres ci-dessous.</translation>
    </message>
    <message>
        <source>Read the tenant settings (Exchange Online PowerShell): %1</source>
        <translation>Lisez les paramètres du locataire (Exchange Online PowerShell)&#xa0;: %1</translation>
    </message>
    <message>
        <source>Read the mailbox settings: %1</source>
        <translation>Lisez les paramètres de la boîte aux lettres&#xa0;: %1</translation>
    </message>
    <message>
        <source>Allow EWS for the tenant: %1</source>
        <translation>Autorisez EWS pour le locataire&#xa0;: %1</translation>
    </message>
    <message>
        <source>Allow-list the migration app: read the current EwsAllowedAppIDs first, then set the complete list including the app&apos;s client ID: %1</source>
        <translation>Ajoutez l&apos;application de migration à la liste d&apos;autorisation&#xa0;: lisez d&apos;abord la valeur actuelle de EwsAllowedAppIDs, puis définissez la liste complète, ID client de l&apos;application compris&#xa0;: %1</translation>
    </message>
    <message>
        <source>Per mailbox: Exchange admin center &gt; Recipients &gt; Mailboxes &gt; the mailbox &gt; Mailbox &gt; Manage email apps settings &gt; Exchange Web Services on; or %1</source>
        <translation>Par boîte aux lettres&#xa0;: Centre d&apos;administration Exchange &gt; Destinataires &gt; Boîtes aux lettres &gt; la boîte aux lettres &gt; Boîte aux lettres &gt; Gérer les paramètres des applications de messagerie &gt; activez Exchange Web Services&#xa0;; ou %1</translation>
    </message>
    <message>
        <source>Kiosk or F3 mailboxes: assign a licence that includes EWS rights (for example Exchange Online Plan 1) for the migration.</source>
        <translation>Boîtes aux lettres Kiosk ou F3&#xa0;: pour la migration, attribuez une licence qui inclut les droits EWS (par exemple Exchange Online Plan 1).</translation>
    </message>
    <message>
        <source>From 1 April 2027 no setting helps for Exchange Online: ask the migration vendor for a version that uses Microsoft Graph.</source>
        <translation>À partir du 1er avril 2027, aucun paramètre ne permet plus d&apos;utiliser EWS avec Exchange Online&#xa0;: demandez à l&apos;éditeur de l&apos;outil de migration une version qui utilise Microsoft Graph.</translation>
    </message>
    <message>
        <source>EwsEnabled and EwsAllowedAppIDs changes can take up to 24 hours to reach all Exchange Online servers; licence changes usually apply within an hour.</source>
        <translation>Les modifications de EwsEnabled et EwsAllowedAppIDs peuvent mettre jusqu&apos;à 24 heures pour atteindre tous les serveurs Exchange Online&#xa0;; les modifications de licence s&apos;appliquent généralement en moins d&apos;une heure.</translation>
    </message>
    <message>
        <source>Microsoft Learn: Control access to EWS in Exchange</source>
        <translation>Microsoft Learn&#xa0;: Contrôler l&apos;accès à EWS dans Exchange</translation>
    </message>
    <message>
        <source>Microsoft Tech Community: Retirement of Exchange Web Services in Exchange Online</source>
        <translation>Microsoft Tech Community&#xa0;: retrait d&apos;Exchange Web Services dans Exchange Online</translation>
    </message>
    <message>
        <source>Microsoft Learn: Set-OrganizationConfig</source>
        <translation>Microsoft Learn&#xa0;: Set-OrganizationConfig</translation>
    </message>
    <message>
        <source>Microsoft Learn: Connect to Exchange Online PowerShell</source>
        <translation>Microsoft Learn&#xa0;: Se connecter à Exchange Online PowerShell</translation>
    </message>
    <message>
        <source>SharePoint refuses the app&apos;s token because it was obtained with a client secret</source>
        <translation>SharePoint refuse le jeton de l&apos;application, car il a été obtenu avec un secret client</translation>
    </message>
    <message>
        <source>SharePoint Online and OneDrive answered &quot;Unsupported app only token&quot;: they are widely reported to reject app-only tokens that were obtained with a client secret and to accept only tokens obtained with a certificate (Microsoft Graph accepts both). Apps registered the old way in SharePoint (Azure ACS, appregnew.aspx) stopped working on 2 April 2026. The app needs a certificate credential in Microsoft Entra ID.</source>
        <translation>SharePoint Online et OneDrive ont répondu «&#xa0;Unsupported app only token&#xa0;»&#xa0;: d&apos;après de nombreux signalements, ils rejettent les jetons d&apos;application seule obtenus avec un secret client et n&apos;acceptent que ceux obtenus avec un certificat (Microsoft Graph accepte les deux). Les applications inscrites à l&apos;ancienne dans SharePoint (Azure ACS, appregnew.aspx) ne fonctionnent plus depuis le 2 avril 2026. L&apos;application a besoin d&apos;informations d&apos;identification de type certificat dans Microsoft Entra ID.</translation>
    </message>
    <message>
        <source>Entra admin center &gt; Entra ID &gt; App registrations &gt; the app &gt; Certificates &amp; secrets &gt; Certificates &gt; Upload certificate (the public key, a .cer file).</source>
        <translation>Centre d&apos;administration Microsoft Entra &gt; Entra ID &gt; Inscriptions d&apos;applications &gt; l&apos;application &gt; Certificats et secrets &gt; Certificats &gt; Charger le certificat (la clé publique, un fichier .cer).</translation>
    </message>
    <message>
        <source>Configure the migration tool to sign in with that certificate (and its private key) instead of the client secret, or use a tool mode that goes through Microsoft Graph.</source>
        <translation>Configurez l&apos;outil de migration pour qu&apos;il se connecte avec ce certificat (et sa clé privée) au lieu du secret client, ou utilisez un mode de l&apos;outil qui passe par Microsoft Graph.</translation>
    </message>
    <message>
        <source>If the app was created in SharePoint (appregnew.aspx), replace it with a Microsoft Entra app registration that uses a certificate.</source>
        <translation>Si l&apos;application a été créée dans SharePoint (appregnew.aspx), remplacez-la par une inscription d&apos;application Microsoft Entra qui utilise un certificat.</translation>
    </message>
    <message>
        <source>Tenant admin (certificate on the app); helpdesk (project settings)</source>
        <translation>Administrateur du locataire (certificat de l&apos;application)&#xa0;; support technique (paramètres du projet)</translation>
    </message>
    <message>
        <source>Immediately after the tool requests new tokens with the certificate.</source>
        <translation>Immédiatement, dès que l&apos;outil demande de nouveaux jetons avec le certificat.</translation>
    </message>
    <message>
        <source>Microsoft Learn: Granting access via Microsoft Entra ID app-only (SharePoint)</source>
        <translation>Microsoft Learn&#xa0;: Accorder l&apos;accès via une application seule Microsoft Entra ID (SharePoint)</translation>
    </message>
    <message>
        <source>Exchange Server&apos;s Extended Protection rejects the NTLM sign-in</source>
        <translation>La protection étendue (Extended Protection) d&apos;Exchange Server rejette la connexion NTLM</translation>
    </message>
    <message>
        <source>Exchange Server 2019 CU14 and later turn on Extended Protection by default, which requires clients to bind their NTLM or Kerberos sign-in to the TLS connection. Clients that cannot do this, or a load balancer that terminates TLS in front of Exchange, end in a 401 loop after a complete NTLM handshake. AuthDoctor&apos;s own NTLM client cannot send that binding, so this finding is a strong suspicion from the server version and the pattern, not a proof.</source>
        <translation>Depuis Exchange Server 2019 CU14, la protection étendue (Extended Protection) est activée par défaut&#xa0;: les clients doivent lier leur connexion NTLM ou Kerberos à la connexion TLS. Les clients qui en sont incapables, ou un équilibreur de charge qui assure la terminaison TLS devant Exchange, aboutissent à une boucle de 401 après une négociation NTLM complète. Le client NTLM d&apos;AuthDoctor ne peut pas envoyer cette liaison&#xa0;: ce constat est donc une forte présomption fondée sur la version du serveur et le schéma observé, pas une preuve.</translation>
    </message>
    <message>
        <source>Check the EWS virtual directory settings (Exchange Management Shell): %1</source>
        <translation>Vérifiez les paramètres du répertoire virtuel EWS (Exchange Management Shell)&#xa0;: %1</translation>
    </message>
    <message>
        <source>Check whether the migration tool itself also fails; if it supports channel binding, only AuthDoctor&apos;s test is affected.</source>
        <translation>Vérifiez si l&apos;outil de migration lui-même échoue aussi&#xa0;; s&apos;il prend en charge la liaison de canal, seul le test d&apos;AuthDoctor est concerné.</translation>
    </message>
    <message>
        <source>Prefer a sign-in that Extended Protection does not break: Basic authentication over HTTPS for the migration account (if the organization allows it) or OAuth (Hybrid Modern Authentication).</source>
        <translation>Privilégiez une connexion compatible avec la protection étendue&#xa0;: l&apos;authentification de base sur HTTPS pour le compte de migration (si l&apos;organisation l&apos;autorise) ou OAuth (authentification moderne hybride).</translation>
    </message>
    <message>
        <source>If a load balancer or reverse proxy offloads TLS, configure it for TLS bridging with the same certificate, as Microsoft&apos;s Extended Protection guide requires.</source>
        <translation>Si un équilibreur de charge ou un proxy inverse effectue le déchargement TLS, configurez-le en pontage TLS (TLS bridging) avec le même certificat, comme l&apos;exige le guide Microsoft sur la protection étendue.</translation>
    </message>
    <message>
        <source>Do not turn Extended Protection off without a security review; it protects against NTLM relay attacks.</source>
        <translation>Ne désactivez pas la protection étendue sans examen de sécurité&#xa0;; elle protège contre les attaques par relais NTLM.</translation>
    </message>
    <message>
        <source>Exchange admin</source>
        <translation>Administrateur Exchange</translation>
    </message>
    <message>
        <source>After the virtual directory change and an IIS restart (iisreset /noforce).</source>
        <translation>Après la modification du répertoire virtuel et un redémarrage d&apos;IIS (iisreset /noforce).</translation>
    </message>
    <message>
        <source>Microsoft Learn: Configure Windows Extended Protection in Exchange Server</source>
        <translation>Microsoft Learn&#xa0;: Configurer la protection étendue de Windows dans Exchange Server</translation>
    </message>
    <message>
        <source>Microsoft Entra admin center</source>
        <translation>Centre d&apos;administration Microsoft Entra</translation>
    </message>
    <message>
        <source>Exchange admin center</source>
        <translation>Centre d&apos;administration Exchange</translation>
    </message>
    <message>
        <source>Microsoft 365 admin center</source>
        <translation>Centre d&apos;administration Microsoft 365</translation>
    </message>
    <message>
        <source>Microsoft Remote Connectivity Analyzer</source>
        <translation>Analyseur de connectivité à distance Microsoft (Remote Connectivity Analyzer)</translation>
    </message>
    <message>
        <source>Microsoft Learn: Sign-in logs in Microsoft Entra ID</source>
        <translation>Microsoft Learn&#xa0;: Journaux de connexion dans Microsoft Entra ID</translation>
    </message>
    <message>
        <source>Microsoft Learn: Microsoft Entra authentication and authorization error codes (AADSTS)</source>
        <translation>Microsoft Learn&#xa0;: Codes d&apos;erreur d&apos;authentification et d&apos;autorisation Microsoft Entra (AADSTS)</translation>
    </message>
    <message>
        <source>Microsoft Learn: Authenticate an EWS application by using OAuth</source>
        <translation>Microsoft Learn&#xa0;: Authentifier une application EWS à l&apos;aide d&apos;OAuth</translation>
    </message>
    <message>
        <source>Microsoft Learn: Grant tenant-wide admin consent to an application</source>
        <translation>Microsoft Learn&#xa0;: Accorder un consentement d&apos;administrateur à l&apos;échelle du locataire à une application</translation>
    </message>
    <message>
        <source>Microsoft Learn: Role Based Access Control for Applications in Exchange Online</source>
        <translation>Microsoft Learn&#xa0;: Contrôle d&apos;accès en fonction du rôle (RBAC) pour les applications dans Exchange Online</translation>
    </message>
    <message>
        <source>Microsoft Learn: Sign in with a user name and password (ROPC) and its limits</source>
        <translation>Microsoft Learn&#xa0;: Connexion avec nom d&apos;utilisateur et mot de passe (ROPC) et ses limites</translation>
    </message>
    <message>
        <source>Microsoft Learn: Get-WebServicesVirtualDirectory</source>
        <translation>Microsoft Learn&#xa0;: Get-WebServicesVirtualDirectory</translation>
    </message>
    <message>
        <source>Microsoft Learn: Troubleshoot sign-in problems with Conditional Access</source>
        <translation>Microsoft Learn&#xa0;: Résoudre les problèmes de connexion liés à l&apos;accès conditionnel</translation>
    </message>
    <message>
        <source>Microsoft Learn: Pre-provision OneDrive for users in your organization</source>
        <translation>Microsoft Learn&#xa0;: Préapprovisionner OneDrive pour les utilisateurs de votre organisation</translation>
    </message>
    <message>
        <source>Microsoft Learn: Microsoft identity platform application authentication certificate credentials</source>
        <translation>Microsoft Learn&#xa0;: Informations d&apos;identification de certificat pour l&apos;authentification d&apos;application dans la plateforme d&apos;identités Microsoft</translation>
    </message>
    <message>
        <source>Microsoft Learn: Microsoft Entra Connect sync scheduler</source>
        <translation>Microsoft Learn&#xa0;: Planificateur de synchronisation Microsoft Entra Connect</translation>
    </message>
    <message>
        <source>Microsoft Learn: Get-MgUser (Microsoft Graph PowerShell)</source>
        <translation>Microsoft Learn&#xa0;: Get-MgUser (Microsoft Graph PowerShell)</translation>
    </message>
    <message>
        <source>Microsoft Learn: EWS throttling in Exchange</source>
        <translation>Microsoft Learn&#xa0;: Limitation EWS dans Exchange</translation>
    </message>
    <message>
        <source>Microsoft Learn: Autodiscover for Exchange</source>
        <translation>Microsoft Learn&#xa0;: Autodiscover (découverte automatique) pour Exchange</translation>
    </message>
    <message>
        <source>Microsoft Learn: Assign Microsoft 365 licenses to users</source>
        <translation>Microsoft Learn&#xa0;: Attribuer des licences Microsoft 365 aux utilisateurs</translation>
    </message>
    <message>
        <source>BitTitan: Authentication Methods for Microsoft 365 migrations (section &quot;Obtain Client and Tenant ID Settings for Mailbox and Exchange Online Migrations&quot;)</source>
        <translation>BitTitan&#xa0;: Authentication Methods for Microsoft 365 migrations (section «&#xa0;Obtain Client and Tenant ID Settings for Mailbox and Exchange Online Migrations&#xa0;»)</translation>
    </message>
    <message>
        <source>BitTitan: MigrationWiz Credentials &amp; Authentication (grant the administrator permission)</source>
        <translation>BitTitan&#xa0;: MigrationWiz Credentials &amp; Authentication (accorder l&apos;autorisation administrateur)</translation>
    </message>
    <message>
        <source>BitTitan: Impersonation and Delegation for Microsoft 365 and Exchange migrations</source>
        <translation>BitTitan&#xa0;: Impersonation and Delegation for Microsoft 365 and Exchange migrations</translation>
    </message>
    <message>
        <source>BitTitan: MigrationWiz Permission Requirements</source>
        <translation>BitTitan&#xa0;: MigrationWiz Permission Requirements</translation>
    </message>
    <message>
        <source>BitTitan: How do I specify how many items to migrate simultaneously?</source>
        <translation>BitTitan&#xa0;: How do I specify how many items to migrate simultaneously? (définir le nombre d&apos;éléments migrés simultanément)</translation>
    </message>
    <message>
        <source>BitTitan: MigrationWiz Errors - 401 Unauthorized Error Suite</source>
        <translation>BitTitan&#xa0;: MigrationWiz Errors - 401 Unauthorized Error Suite</translation>
    </message>
    <message>
        <source>In MigrationWiz open the project and go to Edit Project &gt; Edit Project &gt; Source or Destination Settings &gt; Edit Endpoint (the tab of the side that failed). For end-user credentials, click the edit icon next to the user in the project instead.</source>
        <translation>Dans MigrationWiz, ouvrez le projet et accédez à «&#xa0;Edit Project&#xa0;» &gt; «&#xa0;Edit Project&#xa0;» &gt; «&#xa0;Source Settings&#xa0;» ou «&#xa0;Destination Settings&#xa0;» &gt; «&#xa0;Edit Endpoint&#xa0;» (l&apos;onglet du côté en échec). Pour les informations d&apos;identification d&apos;un utilisateur final, cliquez plutôt sur l&apos;icône de modification à côté de l&apos;utilisateur dans le projet.</translation>
    </message>
    <message>
        <source>In MigrationWiz select the affected line items and run Start &gt; Verify credentials; it checks the sign-in without migrating data or using a licence.</source>
        <translation>Dans MigrationWiz, sélectionnez les éléments concernés (line items) et exécutez «&#xa0;Start&#xa0;» &gt; «&#xa0;Verify credentials&#xa0;»&#xa0;; cette action vérifie la connexion sans migrer de données ni consommer de licence.</translation>
    </message>
    <message>
        <source>Look up the failed sign-in: Entra admin center &gt; Entra ID &gt; Monitoring &amp; health &gt; Sign-in logs, filter by the account (or by the correlation ID AuthDoctor shows) and open the entry; the &quot;Failure reason&quot; and &quot;Conditional Access&quot; tabs name the exact cause.</source>
        <translation>Recherchez la connexion en échec&#xa0;: Centre d&apos;administration Microsoft Entra &gt; Entra ID &gt; Surveillance et intégrité &gt; Journaux de connexion, filtrez sur le compte (ou sur l&apos;ID de corrélation affiché par AuthDoctor) et ouvrez l&apos;entrée&#xa0;; le champ «&#xa0;Raison de l&apos;échec&#xa0;» et l&apos;onglet «&#xa0;Accès conditionnel&#xa0;» indiquent la cause exacte.</translation>
    </message>
    <message>
        <source>There is no mailbox for this address where the project looks</source>
        <translation>Aucune boîte aux lettres ne correspond à cette adresse à l&apos;endroit où le projet la cherche</translation>
    </message>
    <message>
        <source>Exchange could not find a mailbox for the address in the project. The address may be mistyped or only an alias of another object, the user may have no Exchange Online licence (the &quot;Exchange Foundation&quot; plan does not count), or the mailbox is still on-premises, soft-deleted or inactive. The sign-in itself may be fine.</source>
        <translation>Exchange n&apos;a trouvé aucune boîte aux lettres pour l&apos;adresse indiquée dans le projet. L&apos;adresse est peut-être mal saisie ou n&apos;est qu&apos;un alias d&apos;un autre objet, l&apos;utilisateur n&apos;a peut-être pas de licence Exchange Online (le plan «&#xa0;Exchange Foundation&#xa0;» ne compte pas), ou la boîte aux lettres est encore en local, supprimée de manière réversible ou inactive. La connexion elle-même peut être correcte.</translation>
    </message>
    <message>
        <source>Check the address (Exchange Online PowerShell): %1</source>
        <translation>Vérifiez l&apos;adresse (Exchange Online PowerShell)&#xa0;: %1</translation>
    </message>
    <message>
        <source>Check the licence: Microsoft 365 admin center &gt; Users &gt; Active users &gt; the user &gt; Licenses and apps; a licence with Exchange Online (Plan 1 or Plan 2, Kiosk or Essentials) must be assigned and its Exchange app switched on.</source>
        <translation>Vérifiez la licence&#xa0;: Centre d&apos;administration Microsoft 365 &gt; Utilisateurs &gt; Utilisateurs actifs &gt; l&apos;utilisateur &gt; Licences et applications&#xa0;; une licence incluant Exchange Online (Plan 1 ou Plan 2, Kiosk ou Essentials) doit être attribuée et son application Exchange activée.</translation>
    </message>
    <message>
        <source>Or list the service plans: %1</source>
        <translation>Ou répertoriez les plans de service&#xa0;: %1</translation>
    </message>
    <message>
        <source>Soft-deleted mailbox: %1; restore it or create the user again.</source>
        <translation>Boîte aux lettres supprimée de manière réversible&#xa0;: %1&#xa0;; restaurez-la ou recréez l&apos;utilisateur.</translation>
    </message>
    <message>
        <source>If the mailbox is still on Exchange Server, point this side of the project at the on-premises server instead of Exchange Online.</source>
        <translation>Si la boîte aux lettres est encore sur Exchange Server, faites pointer ce côté du projet vers le serveur local plutôt que vers Exchange Online.</translation>
    </message>
    <message>
        <source>Tenant admin (licence and mailbox); helpdesk (address in the project)</source>
        <translation>Administrateur du locataire (licence et boîte aux lettres)&#xa0;; support technique (adresse dans le projet)</translation>
    </message>
    <message>
        <source>After a licence is assigned the mailbox usually appears within minutes, but it can take up to 24 hours for new accounts.</source>
        <translation>Une fois la licence attribuée, la boîte aux lettres apparaît généralement en quelques minutes, mais cela peut prendre jusqu&apos;à 24 heures pour les nouveaux comptes.</translation>
    </message>
    <message>
        <source>The account was created recently and is not fully provisioned yet</source>
        <translation>Le compte a été créé récemment et n&apos;est pas encore entièrement approvisionné</translation>
    </message>
    <message>
        <source>New Microsoft 365 accounts can take up to 24 hours until the mailbox or OneDrive is fully provisioned. During that time the admin center may already look fine while programs such as the migration tool still get errors. Waiting is the fix; deleting and recreating the account restarts the clock.</source>
        <translation>Pour un nouveau compte Microsoft 365, l&apos;approvisionnement complet de la boîte aux lettres ou du OneDrive peut prendre jusqu&apos;à 24 heures. Pendant ce temps, tout peut sembler correct dans le centre d&apos;administration alors que des programmes comme l&apos;outil de migration reçoivent encore des erreurs. La solution consiste à attendre&#xa0;; supprimer puis recréer le compte remet le compteur à zéro.</translation>
    </message>
    <message>
        <source>Check when the account was created: %1</source>
        <translation>Vérifiez la date de création du compte&#xa0;: %1</translation>
    </message>
    <message>
        <source>Check the licence state: Microsoft 365 admin center &gt; Users &gt; Active users &gt; the user &gt; Licenses and apps; apps still shown as being set up are not ready.</source>
        <translation>Vérifiez l&apos;état de la licence&#xa0;: Centre d&apos;administration Microsoft 365 &gt; Utilisateurs &gt; Utilisateurs actifs &gt; l&apos;utilisateur &gt; Licences et applications&#xa0;; les applications encore affichées comme en cours de configuration ne sont pas prêtes.</translation>
    </message>
    <message>
        <source>Wait until 24 hours have passed since creation; do not delete and recreate the account meanwhile.</source>
        <translation>Attendez que 24 heures se soient écoulées depuis la création&#xa0;; d&apos;ici là, ne supprimez pas et ne recréez pas le compte.</translation>
    </message>
    <message>
        <source>Resubmit the migration for the account once Verify credentials succeeds.</source>
        <translation>Relancez la migration du compte dès que «&#xa0;Verify credentials&#xa0;» réussit.</translation>
    </message>
    <message>
        <source>Helpdesk (wait, then verify again)</source>
        <translation>Support technique (attendre, puis vérifier de nouveau)</translation>
    </message>
    <message>
        <source>Up to 24 hours for new accounts.</source>
        <translation>Jusqu&apos;à 24 heures pour les nouveaux comptes.</translation>
    </message>
    <message>
        <source>The synchronized user has a licence but no mailbox in Exchange Online</source>
        <translation>L&apos;utilisateur synchronisé a une licence, mais pas de boîte aux lettres dans Exchange Online</translation>
    </message>
    <message>
        <source>The user comes from on-premises Active Directory through Microsoft Entra Connect and has an Exchange Online licence, but Exchange Online never created a mailbox. This usually happens when on-premises Exchange attributes (such as a mailbox GUID) were synchronized, so Exchange Online believes the mailbox still lives on-premises, or when provisioning failed and left the object incomplete.</source>
        <translation>L&apos;utilisateur provient de l&apos;Active Directory local via Microsoft Entra Connect et dispose d&apos;une licence Exchange Online, mais Exchange Online n&apos;a jamais créé de boîte aux lettres. Cela se produit généralement quand des attributs Exchange locaux (comme un GUID de boîte aux lettres) ont été synchronisés, de sorte qu&apos;Exchange Online croit que la boîte aux lettres se trouve toujours en local, ou quand l&apos;approvisionnement a échoué et laissé l&apos;objet incomplet.</translation>
    </message>
    <message>
        <source>Sign in to https://outlook.office.com as the user; a redirect to the on-premises server or an error confirms that there is no cloud mailbox.</source>
        <translation>Connectez-vous à https://outlook.office.com en tant qu&apos;utilisateur&#xa0;; une redirection vers le serveur local ou une erreur confirme l&apos;absence de boîte aux lettres cloud.</translation>
    </message>
    <message>
        <source>Microsoft 365 admin center &gt; Users &gt; Active users &gt; the user &gt; Mail: a note that the user&apos;s mailbox has not been migrated (or is on-premises) confirms it.</source>
        <translation>Centre d&apos;administration Microsoft 365 &gt; Utilisateurs &gt; Utilisateurs actifs &gt; l&apos;utilisateur &gt; Courrier&#xa0;: une mention indiquant que la boîte aux lettres de l&apos;utilisateur n&apos;a pas été migrée (ou se trouve en local) le confirme.</translation>
    </message>
    <message>
        <source>In Exchange Online PowerShell: %1 (MailUser instead of UserMailbox means no cloud mailbox).</source>
        <translation>Dans Exchange Online PowerShell&#xa0;: %1 (MailUser au lieu de UserMailbox signifie qu&apos;il n&apos;y a pas de boîte aux lettres cloud).</translation>
    </message>
    <message>
        <source>In a hybrid organization, create the cloud mailbox the supported way from on-premises Exchange (%1) or move the on-premises mailbox; then run a sync on the Entra Connect server: %2</source>
        <translation>Dans une organisation hybride, créez la boîte aux lettres cloud de la manière prise en charge, depuis l&apos;Exchange local (%1), ou déplacez la boîte aux lettres locale&#xa0;; lancez ensuite une synchronisation sur le serveur Entra Connect&#xa0;: %2</translation>
    </message>
    <message>
        <source>If the object is incomplete or corrupt, delete and recreate the user (or its mailbox) in Microsoft 365 only after checking it holds no data, or open a case with Microsoft.</source>
        <translation>Si l&apos;objet est incomplet ou endommagé, supprimez puis recréez l&apos;utilisateur (ou sa boîte aux lettres) dans Microsoft 365, mais seulement après avoir vérifié qu&apos;il ne contient aucune donnée, ou ouvrez une demande de support auprès de Microsoft.</translation>
    </message>
    <message>
        <source>Tenant admin and the on-premises Exchange admin</source>
        <translation>Administrateur du locataire et administrateur de l&apos;Exchange local</translation>
    </message>
    <message>
        <source>After the next Microsoft Entra Connect synchronization (every 30 minutes by default, or right away with Start-ADSyncSyncCycle); creating the mailbox can then take up to 24 hours.</source>
        <translation>Après la prochaine synchronisation Microsoft Entra Connect (toutes les 30 minutes par défaut, ou immédiatement avec Start-ADSyncSyncCycle)&#xa0;; la création de la boîte aux lettres peut ensuite prendre jusqu&apos;à 24 heures.</translation>
    </message>
    <message>
        <source>Microsoft Learn: Enable-RemoteMailbox</source>
        <translation>Microsoft Learn&#xa0;: Enable-RemoteMailbox</translation>
    </message>
    <message>
        <source>Exchange cannot reach the mailbox database</source>
        <translation>Exchange ne parvient pas à atteindre la base de données de boîtes aux lettres</translation>
    </message>
    <message>
        <source>The sign-in reached Exchange, but the database that holds the mailbox could not be opened. On Exchange Server the database may be dismounted, failing over or overloaded; in Exchange Online and on-premises the mailbox may be in the middle of a move. This is usually temporary, but the migration fails until the database is reachable again.</source>
        <translation>La connexion a atteint Exchange, mais la base de données qui contient la boîte aux lettres n&apos;a pas pu être ouverte. Sur Exchange Server, la base de données est peut-être démontée, en cours de basculement ou surchargée&#xa0;; dans Exchange Online comme en local, la boîte aux lettres est peut-être en cours de déplacement. C&apos;est généralement passager, mais la migration échoue tant que la base de données n&apos;est pas de nouveau accessible.</translation>
    </message>
    <message>
        <source>Exchange Online: check for a running move with %1 and wait for it to finish.</source>
        <translation>Exchange Online&#xa0;: vérifiez avec %1 si un déplacement est en cours et attendez qu&apos;il se termine.</translation>
    </message>
    <message>
        <source>Exchange Server: find the mailbox&apos;s database with %1.</source>
        <translation>Exchange Server&#xa0;: identifiez la base de données de la boîte aux lettres avec %1.</translation>
    </message>
    <message>
        <source>Check that the database is mounted and healthy: %1</source>
        <translation>Vérifiez que la base de données est montée et saine&#xa0;: %1</translation>
    </message>
    <message>
        <source>Mount it if needed (Mount-Database) and look at the Application event log on the mailbox server.</source>
        <translation>Montez-la si nécessaire (Mount-Database) et consultez le journal des événements Application sur le serveur de boîtes aux lettres.</translation>
    </message>
    <message>
        <source>For an account created within the last 24 hours, wait for provisioning to finish.</source>
        <translation>Pour un compte créé au cours des dernières 24 heures, attendez la fin de l&apos;approvisionnement.</translation>
    </message>
    <message>
        <source>Resubmit the failed items.</source>
        <translation>Relancez les éléments en échec.</translation>
    </message>
    <message>
        <source>Exchange admin; helpdesk resubmits</source>
        <translation>Administrateur Exchange&#xa0;; le support technique relance les éléments</translation>
    </message>
    <message>
        <source>As soon as the database is mounted or the mailbox move has finished; resubmit the migration then.</source>
        <translation>Dès que la base de données est montée ou que le déplacement de la boîte aux lettres est terminé&#xa0;; relancez alors la migration.</translation>
    </message>
    <message>
        <source>Microsoft Learn: Get-MailboxDatabaseCopyStatus</source>
        <translation>Microsoft Learn&#xa0;: Get-MailboxDatabaseCopyStatus</translation>
    </message>
    <message>
        <source>The user&apos;s OneDrive has not been created yet</source>
        <translation>Le OneDrive de l&apos;utilisateur n&apos;a pas encore été créé</translation>
    </message>
    <message>
        <source>A OneDrive is only created when the user first opens it or when an admin pre-provisions it; a licence alone is not enough. Until then there is nothing to migrate from or into, and Microsoft answers &quot;User&apos;s mysite not found&quot;. On the source side, a blocked, unlicensed or long-inactive user gives the same result.</source>
        <translation>Un OneDrive n&apos;est créé que lorsque l&apos;utilisateur l&apos;ouvre pour la première fois ou qu&apos;un administrateur le préapprovisionne&#xa0;; une licence seule ne suffit pas. D&apos;ici là, il n&apos;y a rien à migrer, ni depuis ni vers ce OneDrive, et Microsoft répond «&#xa0;User&apos;s mysite not found&#xa0;». Côté source, un utilisateur bloqué, sans licence ou inactif depuis longtemps produit le même résultat.</translation>
    </message>
    <message>
        <source>Make sure the user has a licence that includes OneDrive (SharePoint Plan 1 or Plan 2).</source>
        <translation>Vérifiez que l&apos;utilisateur dispose d&apos;une licence qui inclut OneDrive (SharePoint Plan 1 ou Plan 2).</translation>
    </message>
    <message>
        <source>Either let the user sign in once at https://www.office.com and open OneDrive, or pre-provision it (SharePoint Online Management Shell, as SharePoint or Global Administrator): %1</source>
        <translation>Demandez à l&apos;utilisateur de se connecter une fois sur https://www.office.com et d&apos;ouvrir OneDrive, ou préapprovisionnez-le (SharePoint Online Management Shell, en tant qu&apos;Administrateur SharePoint ou Administrateur général)&#xa0;: %1</translation>
    </message>
    <message>
        <source>Source OneDrive: check that the user is not blocked or disabled, is licensed for OneDrive in the source tenant and has used it recently.</source>
        <translation>OneDrive source&#xa0;: vérifiez que l&apos;utilisateur n&apos;est ni bloqué ni désactivé, qu&apos;il dispose d&apos;une licence OneDrive dans le locataire source et qu&apos;il l&apos;a utilisé récemment.</translation>
    </message>
    <message>
        <source>Make sure the migration admin has the rights the project needs: Global Administrator, or Site Collection Administrator on the OneDrive (see MigrationWiz Permission Requirements).</source>
        <translation>Vérifiez que l&apos;administrateur de la migration a les droits dont le projet a besoin&#xa0;: Administrateur général, ou administrateur de collection de sites du OneDrive (voir «&#xa0;MigrationWiz Permission Requirements&#xa0;»).</translation>
    </message>
    <message>
        <source>Tenant admin (SharePoint or Global Administrator); or the end user by opening OneDrive once</source>
        <translation>Administrateur du locataire (Administrateur SharePoint ou Administrateur général)&#xa0;; ou l&apos;utilisateur final, en ouvrant OneDrive une fois</translation>
    </message>
    <message>
        <source>Pre-provisioning is queued; full provisioning can take up to 24 hours.</source>
        <translation>Le préapprovisionnement est mis en file d&apos;attente&#xa0;; l&apos;approvisionnement complet peut prendre jusqu&apos;à 24 heures.</translation>
    </message>
    <message>
        <source>The user (or the tenant) has no licence for OneDrive</source>
        <translation>L&apos;utilisateur (ou le locataire) n&apos;a pas de licence OneDrive</translation>
    </message>
    <message>
        <source>OneDrive needs a SharePoint Online service plan (SharePoint Plan 1 or Plan 2) on the user&apos;s licence, and the tenant needs an active SharePoint subscription. Without it no OneDrive can be created or opened, so the migration fails for this user.</source>
        <translation>OneDrive nécessite un plan de service SharePoint Online (SharePoint Plan 1 ou Plan 2) dans la licence de l&apos;utilisateur, et le locataire doit disposer d&apos;un abonnement SharePoint actif. Sans cela, aucun OneDrive ne peut être créé ni ouvert, et la migration échoue pour cet utilisateur.</translation>
    </message>
    <message>
        <source>Microsoft 365 admin center &gt; Users &gt; Active users &gt; the user &gt; Licenses and apps: assign a licence that includes OneDrive/SharePoint and make sure the SharePoint app is switched on.</source>
        <translation>Centre d&apos;administration Microsoft 365 &gt; Utilisateurs &gt; Utilisateurs actifs &gt; l&apos;utilisateur &gt; Licences et applications&#xa0;: attribuez une licence qui inclut OneDrive/SharePoint et vérifiez que l&apos;application SharePoint est activée.</translation>
    </message>
    <message>
        <source>Check the plans: %1</source>
        <translation>Vérifiez les plans&#xa0;: %1</translation>
    </message>
    <message>
        <source>If the whole tenant reports no SharePoint licence, check Microsoft 365 admin center &gt; Billing &gt; Your products.</source>
        <translation>Si le locataire entier n&apos;indique aucune licence SharePoint, vérifiez Centre d&apos;administration Microsoft 365 &gt; Facturation &gt; Vos produits.</translation>
    </message>
    <message>
        <source>Then let the OneDrive be provisioned (user opens it once, or Request-SPOPersonalSite).</source>
        <translation>Faites ensuite approvisionner le OneDrive (l&apos;utilisateur l&apos;ouvre une fois, ou Request-SPOPersonalSite).</translation>
    </message>
    <message>
        <source>Tenant admin (licence administrator)</source>
        <translation>Administrateur du locataire (administrateur de licences)</translation>
    </message>
    <message>
        <source>The licence applies within minutes; creating the OneDrive can then take up to 24 hours.</source>
        <translation>La licence s&apos;applique en quelques minutes&#xa0;; la création du OneDrive peut ensuite prendre jusqu&apos;à 24 heures.</translation>
    </message>
    <message>
        <source>The server is throttling the migration (too many requests at once)</source>
        <translation>Le serveur limite la migration (trop de requêtes simultanées)</translation>
    </message>
    <message>
        <source>Exchange or Microsoft Graph limits how many requests one account or app may send at the same time and asked the client to back off (server busy, 429 or 503 with a waiting time). Clients have also seen Exchange under heavy load answer with a 401 that disappears after waiting, which looks like a password problem but is not one.</source>
        <translation>Exchange ou Microsoft Graph limite le nombre de requêtes qu&apos;un compte ou une application peut envoyer en même temps, et a demandé au client de ralentir (serveur occupé, 429 ou 503 avec un délai d&apos;attente). On a aussi vu Exchange, sous forte charge, répondre par un 401 qui disparaît après une attente&#xa0;: cela ressemble à un problème de mot de passe, mais ce n&apos;en est pas un.</translation>
    </message>
    <message>
        <source>Wait at least as long as the server asked (the Retry-After header or BackOffMilliseconds shown in the evidence), then run Verify credentials again.</source>
        <translation>Attendez au moins le délai demandé par le serveur (en-tête Retry-After ou BackOffMilliseconds, visibles dans les preuves), puis exécutez de nouveau «&#xa0;Verify credentials&#xa0;».</translation>
    </message>
    <message>
        <source>Lower the number of mailboxes migrated at once: in MigrationWiz Edit Project &gt; Advanced Options &gt; Performance &gt; Max. Concurrent Migrations (for example 15 instead of 100). Running items finish first; stop and resubmit items to reduce them at once.</source>
        <translation>Réduisez le nombre de boîtes aux lettres migrées simultanément&#xa0;: dans MigrationWiz, «&#xa0;Edit Project&#xa0;» &gt; «&#xa0;Advanced Options&#xa0;» &gt; «&#xa0;Performance&#xa0;» &gt; «&#xa0;Max. Concurrent Migrations&#xa0;» (par exemple 15 au lieu de 100). Les éléments en cours se terminent d&apos;abord&#xa0;; pour réduire immédiatement, arrêtez des éléments et relancez-les.</translation>
    </message>
    <message>
        <source>Prefer app-only or impersonation access: each mailbox then gets its own throttling budget instead of sharing one admin account&apos;s.</source>
        <translation>Privilégiez l&apos;accès d&apos;application seule ou l&apos;emprunt d&apos;identité&#xa0;: chaque boîte aux lettres dispose alors de son propre budget de limitation, au lieu de partager celui d&apos;un seul compte administrateur.</translation>
    </message>
    <message>
        <source>Exchange Online throttling policies cannot be changed. Exchange Server: give the migration account its own policy, for example %1</source>
        <translation>Les stratégies de limitation d&apos;Exchange Online ne sont pas modifiables. Exchange Server&#xa0;: attribuez au compte de migration sa propre stratégie, par exemple %1</translation>
    </message>
    <message>
        <source>Helpdesk (concurrency in the project); Exchange admin for on-premises throttling policies</source>
        <translation>Support technique (migrations simultanées dans le projet)&#xa0;; administrateur Exchange pour les stratégies de limitation locales</translation>
    </message>
    <message>
        <source>Right after the back-off time the server asked for; a lower concurrency limit takes effect within a few minutes for new items.</source>
        <translation>Juste après le délai d&apos;attente demandé par le serveur&#xa0;; une limite de migrations simultanées plus basse s&apos;applique aux nouveaux éléments en quelques minutes.</translation>
    </message>
    <message>
        <source>Microsoft Learn: Microsoft Graph throttling guidance</source>
        <translation>Microsoft Learn&#xa0;: Conseils sur la limitation dans Microsoft Graph</translation>
    </message>
    <message>
        <source>The mail server is overloaded or too slow</source>
        <translation>Le serveur de messagerie est surchargé ou trop lent</translation>
    </message>
    <message>
        <source>The server itself answers slowly or not at all, even to requests that need no sign-in, while the network round trip is fine. This is typical for older servers (for example Exchange 2010) that lack the resources for a migration on top of their normal work. Overloaded servers can also reject valid sign-ins.</source>
        <translation>Le serveur lui-même répond lentement, voire pas du tout, même aux requêtes qui ne demandent aucune connexion, alors que le temps d&apos;aller-retour réseau est normal. C&apos;est typique des anciens serveurs (par exemple Exchange 2010) qui n&apos;ont pas les ressources nécessaires pour assurer une migration en plus de leur charge habituelle. Un serveur surchargé peut aussi rejeter des connexions valides.</translation>
    </message>
    <message>
        <source>Open the Outlook on the web address from an outside network on a computer that is not joined to the domain; if it loads slowly, the server is the bottleneck.</source>
        <translation>Ouvrez l&apos;adresse d&apos;Outlook on the web depuis un réseau externe, sur un ordinateur qui n&apos;est pas joint au domaine&#xa0;; si elle se charge lentement, le serveur est le goulot d&apos;étranglement.</translation>
    </message>
    <message>
        <source>On the server check CPU and memory use, disk I/O (Performance Monitor) and network use during the migration.</source>
        <translation>Sur le serveur, vérifiez l&apos;utilisation du processeur et de la mémoire, les E/S disque (Analyseur de performances) et l&apos;utilisation du réseau pendant la migration.</translation>
    </message>
    <message>
        <source>Lower the number of mailboxes migrated at once: in MigrationWiz Edit Project &gt; Advanced Options &gt; Performance &gt; Max. Concurrent Migrations (for example 15).</source>
        <translation>Réduisez le nombre de boîtes aux lettres migrées simultanément&#xa0;: dans MigrationWiz, «&#xa0;Edit Project&#xa0;» &gt; «&#xa0;Advanced Options&#xa0;» &gt; «&#xa0;Performance&#xa0;» &gt; «&#xa0;Max. Concurrent Migrations&#xa0;» (par exemple 15).</translation>
    </message>
    <message>
        <source>Migrate outside business hours, and add resources to the server if it stays saturated.</source>
        <translation>Migrez en dehors des heures de bureau et ajoutez des ressources au serveur s&apos;il reste saturé.</translation>
    </message>
    <message>
        <source>Exchange admin (server resources); helpdesk (concurrency in the project)</source>
        <translation>Administrateur Exchange (ressources du serveur)&#xa0;; support technique (migrations simultanées dans le projet)</translation>
    </message>
    <message>
        <source>As soon as the load drops; a lower concurrency limit takes effect within a few minutes for new items.</source>
        <translation>Dès que la charge baisse&#xa0;; une limite de migrations simultanées plus basse s&apos;applique aux nouveaux éléments en quelques minutes.</translation>
    </message>
    <message>
        <source>The EWS URL in the project is wrong</source>
        <translation>L&apos;URL EWS du projet est incorrecte</translation>
    </message>
    <message>
        <source>The address entered for Exchange Web Services does not lead to EWS: it answers &quot;not found&quot;, a web page, a redirect to Outlook on the web or an error page, or its host name does not resolve. The migration tool then cannot even reach the point where it signs in.</source>
        <translation>L&apos;adresse saisie pour Exchange Web Services ne mène pas à EWS&#xa0;: elle répond «&#xa0;introuvable&#xa0;», renvoie une page web, redirige vers Outlook on the web ou vers une page d&apos;erreur, ou son nom d&apos;hôte n&apos;est pas résolu. L&apos;outil de migration n&apos;arrive alors même pas à l&apos;étape de connexion.</translation>
    </message>
    <message>
        <source>Open the URL in a browser, for example https://mail.contoso.com/EWS/Exchange.asmx: it should ask for credentials; a 404, a web page or Outlook on the web means the URL is wrong.</source>
        <translation>Ouvrez l&apos;URL dans un navigateur, par exemple https://mail.contoso.com/EWS/Exchange.asmx&#xa0;: elle doit demander des informations d&apos;identification&#xa0;; une erreur 404, une page web ou Outlook on the web signifie que l&apos;URL est incorrecte.</translation>
    </message>
    <message>
        <source>Exchange Online always uses %1.</source>
        <translation>Exchange Online utilise toujours %1.</translation>
    </message>
    <message>
        <source>Exchange Server: read the published URLs with %1.</source>
        <translation>Exchange Server&#xa0;: lisez les URL publiées avec %1.</translation>
    </message>
    <message>
        <source>Test it with the Microsoft Remote Connectivity Analyzer (Exchange Server &gt; Exchange Web Services tests).</source>
        <translation>Testez-la avec l&apos;Analyseur de connectivité à distance Microsoft (Exchange Server &gt; tests Exchange Web Services).</translation>
    </message>
    <message>
        <source>Enter the correct EWS URL and save.</source>
        <translation>Saisissez l&apos;URL EWS correcte et enregistrez.</translation>
    </message>
    <message>
        <source>Helpdesk; Exchange admin to confirm the published URL</source>
        <translation>Support technique&#xa0;; administrateur Exchange pour confirmer l&apos;URL publiée</translation>
    </message>
    <message>
        <source>Immediately after the correct URL is saved in the project.</source>
        <translation>Immédiatement, dès que l&apos;URL correcte est enregistrée dans le projet.</translation>
    </message>
    <message>
        <source>Autodiscover could not find the mailbox settings</source>
        <translation>Autodiscover n&apos;a pas trouvé les paramètres de la boîte aux lettres</translation>
    </message>
    <message>
        <source>Autodiscover is how a mail program finds the EWS address from an email address. None of the places it tries answered with usable settings, because of missing DNS records, a server that does not publish Autodiscover, or a certificate or redirect problem. Entering the EWS URL directly avoids Autodiscover entirely.</source>
        <translation>Autodiscover permet à un programme de messagerie de trouver l&apos;adresse EWS à partir d&apos;une adresse e-mail. Aucun des emplacements interrogés n&apos;a répondu avec des paramètres exploitables, en raison d&apos;enregistrements DNS manquants, d&apos;un serveur qui ne publie pas Autodiscover, ou d&apos;un problème de certificat ou de redirection. Saisir directement l&apos;URL EWS évite complètement Autodiscover.</translation>
    </message>
    <message>
        <source>Enter the EWS URL directly in the project instead of relying on Autodiscover (Exchange Online: %1).</source>
        <translation>Saisissez directement l&apos;URL EWS dans le projet au lieu de compter sur Autodiscover (Exchange Online&#xa0;: %1).</translation>
    </message>
    <message>
        <source>Check DNS: %1</source>
        <translation>Vérifiez le DNS&#xa0;: %1</translation>
    </message>
    <message>
        <source>Exchange Server: check the published Autodiscover address with %1.</source>
        <translation>Exchange Server&#xa0;: vérifiez l&apos;adresse Autodiscover publiée avec %1.</translation>
    </message>
    <message>
        <source>Run the Outlook Autodiscover test in the Microsoft Remote Connectivity Analyzer.</source>
        <translation>Exécutez le test Outlook Autodiscover dans l&apos;Analyseur de connectivité à distance Microsoft.</translation>
    </message>
    <message>
        <source>Helpdesk; Exchange admin for DNS and Autodiscover settings</source>
        <translation>Support technique&#xa0;; administrateur Exchange pour le DNS et les paramètres Autodiscover</translation>
    </message>
    <message>
        <source>Immediately with an explicit EWS URL; DNS changes take effect when the old records expire (their TTL).</source>
        <translation>Immédiatement avec une URL EWS explicite&#xa0;; les modifications DNS s&apos;appliquent à l&apos;expiration des anciens enregistrements (leur TTL).</translation>
    </message>
    <message>
        <source>The server could not be reached from this computer</source>
        <translation>Le serveur n&apos;est pas joignable depuis cet ordinateur</translation>
    </message>
    <message>
        <source>The name did not resolve, the connection was refused or timed out, or a proxy failed. Nothing about the credentials can be concluded until the server is reachable. The migration service connects from the internet, so an on-premises server must also be reachable from outside.</source>
        <translation>Le nom n&apos;a pas été résolu, la connexion a été refusée ou a expiré, ou un proxy a échoué. Aucune conclusion sur les informations d&apos;identification n&apos;est possible tant que le serveur n&apos;est pas joignable. Le service de migration se connecte depuis Internet&#xa0;: un serveur local doit donc aussi être joignable de l&apos;extérieur.</translation>
    </message>
    <message>
        <source>From this computer: %1</source>
        <translation>Depuis cet ordinateur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Check proxy and firewall settings; AuthDoctor uses the system proxy unless one is given with --proxy.</source>
        <translation>Vérifiez les paramètres du proxy et du pare-feu&#xa0;; AuthDoctor utilise le proxy système, sauf si un proxy est indiqué avec --proxy.</translation>
    </message>
    <message>
        <source>For an on-premises server, make sure HTTPS (port 443) is open from the internet and test it with the Microsoft Remote Connectivity Analyzer.</source>
        <translation>Pour un serveur local, vérifiez que HTTPS (port 443) est ouvert depuis Internet et testez-le avec l&apos;Analyseur de connectivité à distance Microsoft.</translation>
    </message>
    <message>
        <source>For Microsoft 365, make sure the Microsoft 365 endpoints are allowed through the firewall and proxy.</source>
        <translation>Pour Microsoft 365, vérifiez que les points de terminaison Microsoft 365 sont autorisés dans le pare-feu et le proxy.</translation>
    </message>
    <message>
        <source>Run the checks again once the server answers.</source>
        <translation>Exécutez de nouveau les vérifications dès que le serveur répond.</translation>
    </message>
    <message>
        <source>Helpdesk; the network or Exchange admin for firewalls and DNS</source>
        <translation>Support technique&#xa0;; administrateur réseau ou Exchange pour les pare-feu et le DNS</translation>
    </message>
    <message>
        <source>Immediately once the server is reachable; DNS changes follow the records&apos; TTL.</source>
        <translation>Immédiatement, dès que le serveur est joignable&#xa0;; les modifications DNS suivent le TTL des enregistrements.</translation>
    </message>
    <message>
        <source>Microsoft Learn: Microsoft 365 URLs and IP address ranges</source>
        <translation>Microsoft Learn&#xa0;: URL et plages d&apos;adresses IP Microsoft 365</translation>
    </message>
    <message>
        <source>The server&apos;s certificate or TLS setup is not trusted</source>
        <translation>Le certificat ou la configuration TLS du serveur ne sont pas approuvés</translation>
    </message>
    <message>
        <source>The secure connection failed before any sign-in: the certificate is expired, issued by an untrusted authority, or for a different name, or the server offers no TLS version in common with the client (for example only TLS 1.0). Credentials are never sent over such a connection, and the migration service will refuse it too.</source>
        <translation>La connexion sécurisée a échoué avant toute connexion au compte&#xa0;: le certificat a expiré, a été émis par une autorité non approuvée ou pour un autre nom, ou le serveur ne propose aucune version TLS commune avec le client (par exemple uniquement TLS 1.0). Aucune information d&apos;identification n&apos;est jamais envoyée sur une telle connexion, et le service de migration la refusera aussi.</translation>
    </message>
    <message>
        <source>Open the URL in a browser and look at the certificate: name, issuer and expiry date.</source>
        <translation>Ouvrez l&apos;URL dans un navigateur et examinez le certificat&#xa0;: nom, émetteur et date d&apos;expiration.</translation>
    </message>
    <message>
        <source>Exchange Server: %1</source>
        <translation>Exchange Server&#xa0;: %1</translation>
    </message>
    <message>
        <source>Install a certificate from a public authority that covers the host names in use and bind it to IIS: %1</source>
        <translation>Installez un certificat émis par une autorité publique couvrant les noms d&apos;hôte utilisés, et liez-le à IIS&#xa0;: %1</translation>
    </message>
    <message>
        <source>Enable TLS 1.2 on older servers (Exchange 2010/2013 and their Windows versions need it configured).</source>
        <translation>Activez TLS 1.2 sur les anciens serveurs (Exchange 2010/2013 et leurs versions de Windows nécessitent une configuration spécifique).</translation>
    </message>
    <message>
        <source>Test with the SSL Server Test in the Microsoft Remote Connectivity Analyzer (Exchange Server tab).</source>
        <translation>Testez avec le test de serveur SSL de l&apos;Analyseur de connectivité à distance Microsoft (onglet Exchange Server).</translation>
    </message>
    <message>
        <source>For an internal certificate authority, give AuthDoctor its certificate with --ca-file; the migration service still needs a publicly trusted certificate.</source>
        <translation>Pour une autorité de certification interne, fournissez son certificat à AuthDoctor avec --ca-file&#xa0;; le service de migration a malgré tout besoin d&apos;un certificat approuvé publiquement.</translation>
    </message>
    <message>
        <source>Exchange admin (or whoever manages the server&apos;s certificates)</source>
        <translation>Administrateur Exchange (ou la personne qui gère les certificats du serveur)</translation>
    </message>
    <message>
        <source>Immediately after the new certificate is bound (an IIS restart may be needed).</source>
        <translation>Immédiatement, dès que le nouveau certificat est lié (un redémarrage d&apos;IIS peut être nécessaire).</translation>
    </message>
    <message>
        <source>Microsoft Learn: Digital certificates and encryption in Exchange Server</source>
        <translation>Microsoft Learn&#xa0;: Certificats numériques et chiffrement dans Exchange Server</translation>
    </message>
    <message>
        <source>AuthDoctor refused an unsafe Autodiscover redirect (no password was sent)</source>
        <translation>AuthDoctor a refusé une redirection Autodiscover non sécurisée (aucun mot de passe n&apos;a été envoyé)</translation>
    </message>
    <message>
        <source>During Autodiscover the server redirected to another domain or to an unencrypted http:// address. Blindly following such redirects is how some mail programs have leaked passwords, so AuthDoctor stopped there without sending any credentials. This is information, not an error; it only matters if the redirect was the way to your mail server.</source>
        <translation>Pendant Autodiscover, le serveur a redirigé vers un autre domaine ou vers une adresse http:// non chiffrée. Suivre aveuglément ce type de redirection a déjà fait fuiter des mots de passe dans certains programmes de messagerie&#xa0;: AuthDoctor s&apos;est donc arrêté là sans envoyer d&apos;informations d&apos;identification. Il s&apos;agit d&apos;une information, pas d&apos;une erreur&#xa0;; elle n&apos;a d&apos;importance que si la redirection était le chemin vers votre serveur de messagerie.</translation>
    </message>
    <message>
        <source>Look at the redirect target in the evidence and decide whether it really belongs to your organization or your mail provider.</source>
        <translation>Examinez la cible de la redirection dans les preuves et déterminez si elle appartient réellement à votre organisation ou à votre fournisseur de messagerie.</translation>
    </message>
    <message>
        <source>If it does, enter the EWS URL directly in AuthDoctor and in the project instead of using Autodiscover.</source>
        <translation>Si c&apos;est le cas, saisissez directement l&apos;URL EWS dans AuthDoctor et dans le projet au lieu d&apos;utiliser Autodiscover.</translation>
    </message>
    <message>
        <source>If the redirect goes to http://, fix the server or DNS so that Autodiscover uses https:// only.</source>
        <translation>Si la redirection mène à http://, corrigez le serveur ou le DNS pour qu&apos;Autodiscover utilise uniquement https://.</translation>
    </message>
    <message>
        <source>Never send credentials to a host you do not recognize.</source>
        <translation>N&apos;envoyez jamais d&apos;informations d&apos;identification à un hôte que vous ne reconnaissez pas.</translation>
    </message>
    <message>
        <source>Helpdesk; Exchange admin if the redirect must be fixed</source>
        <translation>Support technique&#xa0;; administrateur Exchange si la redirection doit être corrigée</translation>
    </message>
    <message>
        <source>Immediately: enter the EWS URL, or run the checks again after the redirect is fixed.</source>
        <translation>Immédiatement&#xa0;: saisissez l&apos;URL EWS, ou exécutez de nouveau les vérifications une fois la redirection corrigée.</translation>
    </message>
    <message>
        <source>These credentials work now</source>
        <translation>Ces informations d&apos;identification fonctionnent actuellement</translation>
    </message>
    <message>
        <source>Every check passed with the credentials entered here, so the account, password and permissions are fine at this moment. If the migration still fails, the project most likely holds different or older credentials, or a recent change had not yet taken effect when the migration ran.</source>
        <translation>Toutes les vérifications ont réussi avec les informations d&apos;identification saisies ici&#xa0;: le compte, le mot de passe et les autorisations sont donc corrects en ce moment. Si la migration échoue encore, le projet contient très probablement des informations d&apos;identification différentes ou plus anciennes, ou une modification récente n&apos;était pas encore appliquée au moment de la migration.</translation>
    </message>
    <message>
        <source>Re-enter the user name and password exactly as tested here (and the client and tenant ID for modern authentication), then save.</source>
        <translation>Saisissez de nouveau le nom d&apos;utilisateur et le mot de passe exactement tels que testés ici (ainsi que l&apos;ID client et l&apos;ID du locataire pour l&apos;authentification moderne), puis enregistrez.</translation>
    </message>
    <message>
        <source>If a change was made recently, wait for it to apply: a new account up to 24 hours, consent a few minutes, RBAC for Applications 30–60 minutes.</source>
        <translation>Si une modification a été faite récemment, attendez qu&apos;elle s&apos;applique&#xa0;: jusqu&apos;à 24 heures pour un nouveau compte, quelques minutes pour un consentement, 30 à 60 minutes pour RBAC pour les applications.</translation>
    </message>
    <message>
        <source>If it still fails, compare the account and endpoint in the project with the ones tested here, and attach AuthDoctor&apos;s report to the support ticket.</source>
        <translation>Si l&apos;échec persiste, comparez le compte et le point de terminaison du projet avec ceux testés ici, et joignez le rapport d&apos;AuthDoctor au ticket de support.</translation>
    </message>
    <message>
        <source>Helpdesk</source>
        <translation>Support technique</translation>
    </message>
    <message>
        <source>Immediately after the credentials are re-entered; changes made in the last hour may still be applying.</source>
        <translation>Immédiatement, dès que les informations d&apos;identification sont saisies de nouveau&#xa0;; les modifications faites au cours de la dernière heure sont peut-être encore en cours d&apos;application.</translation>
    </message>
    <message>
        <source>The error does not match any known cause</source>
        <translation>L&apos;erreur ne correspond à aucune cause connue</translation>
    </message>
    <message>
        <source>None of the known causes matched the codes and answers AuthDoctor saw. The raw codes, headers and IDs in the evidence are exactly what Microsoft or the migration vendor need to find the cause, so keep them together for a support ticket.</source>
        <translation>Aucune des causes connues ne correspond aux codes et réponses observés par AuthDoctor. Les codes, en-têtes et ID bruts figurant dans les preuves sont exactement ce dont Microsoft ou l&apos;éditeur de l&apos;outil de migration ont besoin pour trouver la cause&#xa0;: conservez-les ensemble pour un ticket de support.</translation>
    </message>
    <message>
        <source>Copy the AADSTS code, trace ID, correlation ID and timestamp, and the request-id, x-ms-diagnostics and X-AutoDiscovery-Error headers from the evidence.</source>
        <translation>Copiez depuis les preuves le code AADSTS, le Trace ID, l&apos;ID de corrélation et l&apos;horodatage, ainsi que les en-têtes request-id, x-ms-diagnostics et X-AutoDiscovery-Error.</translation>
    </message>
    <message>
        <source>Look up an AADSTS code at %1 (replace the number).</source>
        <translation>Recherchez un code AADSTS sur %1 (remplacez le numéro).</translation>
    </message>
    <message>
        <source>Run the matching test in the Microsoft Remote Connectivity Analyzer.</source>
        <translation>Exécutez le test correspondant dans l&apos;Analyseur de connectivité à distance Microsoft.</translation>
    </message>
    <message>
        <source>Open a ticket with the migration vendor or Microsoft and attach AuthDoctor&apos;s report (it contains no passwords or tokens).</source>
        <translation>Ouvrez un ticket auprès de l&apos;éditeur de l&apos;outil de migration ou de Microsoft et joignez le rapport d&apos;AuthDoctor (il ne contient ni mot de passe ni jeton).</translation>
    </message>
    <message>
        <source>Helpdesk (collects the evidence and opens a ticket)</source>
        <translation>Support technique (rassemble les preuves et ouvre un ticket)</translation>
    </message>
    <message>
        <source>Depends on the cause, which is not known yet.</source>
        <translation>Dépend de la cause, encore inconnue.</translation>
    </message>
    <message>
        <source>The password in the project is wrong</source>
        <translation>Le mot de passe indiqué dans le projet est erroné</translation>
    </message>
    <message>
        <source>Microsoft 365 or the Exchange server rejected the user name and password the migration tool uses. The most common reasons are a typo or a password that was changed after the project was set up. Nothing else can be checked until the sign-in itself works.</source>
        <translation>Microsoft 365 ou le serveur Exchange a rejeté le nom d&apos;utilisateur et le mot de passe utilisés par l&apos;outil de migration. Les raisons les plus courantes sont une faute de frappe ou un mot de passe modifié après la configuration du projet. Rien d&apos;autre ne peut être vérifié tant que la connexion elle-même ne fonctionne pas.</translation>
    </message>
    <message>
        <source>Open a private browser window and sign in at https://outlook.office.com (Exchange Online) or at your Outlook on the web address (Exchange Server) with exactly the user name and password from the project.</source>
        <translation>Ouvrez une fenêtre de navigation privée et connectez-vous sur https://outlook.office.com (Exchange Online) ou à votre adresse Outlook on the web (Exchange Server) avec exactement le nom d&apos;utilisateur et le mot de passe du projet.</translation>
    </message>
    <message>
        <source>If that sign-in fails too, have the password reset: Microsoft 365 admin center &gt; Users &gt; Active users &gt; select the user &gt; Reset password (for accounts synchronized from Active Directory, reset it on-premises). Clear &quot;Require this user to change their password when they first sign in&quot; for a migration account.</source>
        <translation>Si cette connexion échoue aussi, faites réinitialiser le mot de passe&#xa0;: Centre d&apos;administration Microsoft 365 &gt; Utilisateurs &gt; Utilisateurs actifs &gt; sélectionnez l&apos;utilisateur &gt; Réinitialiser le mot de passe (pour les comptes synchronisés depuis Active Directory, réinitialisez-le en local). Pour un compte de migration, décochez «&#xa0;Demander à cet utilisateur de modifier son mot de passe lors de sa première connexion&#xa0;».</translation>
    </message>
    <message>
        <source>Type the user name and password again exactly as they worked in the browser (no leading or trailing spaces, which Microsoft&apos;s password sign-in does not support) and save.</source>
        <translation>Saisissez de nouveau le nom d&apos;utilisateur et le mot de passe exactement comme ils ont fonctionné dans le navigateur (sans espace au début ni à la fin, ce que la connexion par mot de passe de Microsoft ne prend pas en charge), puis enregistrez.</translation>
    </message>
    <message>
        <source>Helpdesk (re-enter the password in the project); the end user or an admin if the password has to be reset</source>
        <translation>Support technique (saisit de nouveau le mot de passe dans le projet)&#xa0;; l&apos;utilisateur final ou un administrateur si le mot de passe doit être réinitialisé</translation>
    </message>
    <message>
        <source>Immediately after the password is re-entered. A password changed in on-premises Active Directory reaches Microsoft 365 with the next password hash synchronization (about 2 minutes).</source>
        <translation>Immédiatement, dès que le mot de passe est saisi de nouveau. Un mot de passe modifié dans l&apos;Active Directory local atteint Microsoft 365 lors de la synchronisation du hachage de mot de passe suivante (environ 2 minutes).</translation>
    </message>
    <message>
        <source>The user name in the project is not the account&apos;s sign-in name</source>
        <translation>Le nom d&apos;utilisateur indiqué dans le projet n&apos;est pas le nom de connexion du compte</translation>
    </message>
    <message>
        <source>The directory has no account with the user name the project uses, or the account lives in another tenant. A frequent cause is an email alias typed where the sign-in name (the user principal name, UPN) is required; the two often differ. Source and destination accounts that were swapped in the project give the same error.</source>
        <translation>L&apos;annuaire ne contient aucun compte portant le nom d&apos;utilisateur utilisé par le projet, ou le compte se trouve dans un autre locataire. Une cause fréquente&#xa0;: un alias de messagerie saisi là où le nom de connexion (nom d&apos;utilisateur principal, UPN) est requis&#xa0;; les deux diffèrent souvent. Des comptes source et de destination intervertis dans le projet produisent la même erreur.</translation>
    </message>
    <message>
        <source>Find the sign-in name: Microsoft 365 admin center &gt; Users &gt; Active users &gt; select the user; the &quot;Username&quot; shown there is the UPN.</source>
        <translation>Trouvez le nom de connexion&#xa0;: Centre d&apos;administration Microsoft 365 &gt; Utilisateurs &gt; Utilisateurs actifs &gt; sélectionnez l&apos;utilisateur&#xa0;; le «&#xa0;Nom d&apos;utilisateur&#xa0;» affiché est l&apos;UPN.</translation>
    </message>
    <message>
        <source>Or in Exchange Online PowerShell: %1</source>
        <translation>Ou dans Exchange Online PowerShell&#xa0;: %1</translation>
    </message>
    <message>
        <source>Or with Microsoft Graph PowerShell: %1</source>
        <translation>Ou avec Microsoft Graph PowerShell&#xa0;: %1</translation>
    </message>
    <message>
        <source>Check that the account belongs to the tenant of this side of the project (source or destination); a guest account from another tenant cannot be used.</source>
        <translation>Vérifiez que le compte appartient au locataire de ce côté du projet (source ou destination)&#xa0;; un compte invité d&apos;un autre locataire ne peut pas être utilisé.</translation>
    </message>
    <message>
        <source>For Exchange Server, use the form the server accepts (DOMAIN\user or the UPN).</source>
        <translation>Pour Exchange Server, utilisez la forme acceptée par le serveur (DOMAINE\utilisateur ou l&apos;UPN).</translation>
    </message>
    <message>
        <source>Immediately after the correct user name is entered in the project.</source>
        <translation>Immédiatement, dès que le nom d&apos;utilisateur correct est saisi dans le projet.</translation>
    </message>
    <message>
        <source>The account signs in through a federation server (AD FS or another identity provider)</source>
        <translation>Le compte se connecte via un serveur de fédération (AD FS ou un autre fournisseur d&apos;identité)</translation>
    </message>
    <message>
        <source>The account&apos;s domain is federated, so its password is checked by an on-premises AD FS or a third-party identity provider instead of Microsoft Entra ID. Migration tools that send a user name and password directly cannot complete such a sign-in unless the tenant also validates cloud passwords, and the sign-in also fails when the federation server cannot be reached. AADSTS50056 means Entra ID holds no password for this user.</source>
        <translation>Le domaine du compte est fédéré&#xa0;: son mot de passe est donc vérifié par un AD FS local ou un fournisseur d&apos;identité tiers, et non par Microsoft Entra ID. Les outils de migration qui envoient directement un nom d&apos;utilisateur et un mot de passe ne peuvent pas mener à bien une telle connexion, sauf si le locataire valide aussi les mots de passe dans le cloud&#xa0;; la connexion échoue également quand le serveur de fédération est injoignable. AADSTS50056 signifie qu&apos;Entra ID ne détient aucun mot de passe pour cet utilisateur.</translation>
    </message>
    <message>
        <source>Confirm the domain type: open %1 and look at NameSpaceType (Federated or Managed).</source>
        <translation>Confirmez le type de domaine&#xa0;: ouvrez %1 et examinez NameSpaceType (Federated ou Managed).</translation>
    </message>
    <message>
        <source>For Exchange Online projects, prefer modern authentication with an app registration (client and tenant ID) so that no user password is sent at all.</source>
        <translation>Pour les projets Exchange Online, privilégiez l&apos;authentification moderne avec une inscription d&apos;application (ID client et ID du locataire)&#xa0;: aucun mot de passe utilisateur n&apos;est alors envoyé.</translation>
    </message>
    <message>
        <source>Or use a cloud-only admin account (user@yourtenant.onmicrosoft.com) as the migration account; cloud-only accounts are never federated.</source>
        <translation>Ou utilisez un compte administrateur cloud uniquement (user@yourtenant.onmicrosoft.com) comme compte de migration&#xa0;; un compte cloud uniquement n&apos;est jamais fédéré.</translation>
    </message>
    <message>
        <source>Only if user password sign-in must stay: enable password hash synchronization in Microsoft Entra Connect and assign a home realm discovery policy with AllowCloudPasswordValidation to the migration tool&apos;s app (Microsoft Graph PowerShell: New-MgPolicyHomeRealmDiscoveryPolicy).</source>
        <translation>Uniquement si la connexion par mot de passe utilisateur doit être conservée&#xa0;: activez la synchronisation du hachage de mot de passe dans Microsoft Entra Connect et attribuez à l&apos;application de l&apos;outil de migration une stratégie de découverte du domaine d&apos;accueil avec AllowCloudPasswordValidation (Microsoft Graph PowerShell&#xa0;: New-MgPolicyHomeRealmDiscoveryPolicy).</translation>
    </message>
    <message>
        <source>If AuthDoctor reported the federation server as unreachable (FederatedStsUnreachable), check that AD FS is reachable from the internet and that its certificate is valid.</source>
        <translation>Si AuthDoctor a signalé le serveur de fédération comme injoignable (FederatedStsUnreachable), vérifiez qu&apos;AD FS est accessible depuis Internet et que son certificat est valide.</translation>
    </message>
    <message>
        <source>Tenant admin (sign-in method); helpdesk (project settings)</source>
        <translation>Administrateur du locataire (méthode de connexion)&#xa0;; support technique (paramètres du projet)</translation>
    </message>
    <message>
        <source>Immediately for a cloud-only account or app-only authentication. A change to password hash synchronization or a home realm discovery policy can take longer; check again after the next directory synchronization (30 minutes by default).</source>
        <translation>Immédiatement pour un compte cloud uniquement ou une authentification d&apos;application seule. Une modification de la synchronisation du hachage de mot de passe ou d&apos;une stratégie de découverte du domaine d&apos;accueil peut prendre plus de temps&#xa0;; vérifiez de nouveau après la prochaine synchronisation de l&apos;annuaire (30 minutes par défaut).</translation>
    </message>
    <message>
        <source>Microsoft Learn: Home realm discovery policy</source>
        <translation>Microsoft Learn&#xa0;: Stratégie de découverte du domaine d&apos;accueil</translation>
    </message>
    <message>
        <source>Microsoft Learn: Password hash synchronization</source>
        <translation>Microsoft Learn&#xa0;: Synchronisation du hachage de mot de passe</translation>
    </message>
    <message>
        <source>The account must use multifactor authentication (MFA)</source>
        <translation>Le compte doit utiliser l&apos;authentification multifacteur (MFA)</translation>
    </message>
    <message>
        <source>The password was accepted, but Microsoft Entra ID then asked for a second factor (an authenticator app, a text message or a third-party MFA). A migration tool signs in without anyone at the keyboard, so it cannot answer that prompt and gets 401. The requirement comes from a Conditional Access policy, per-user MFA or a third-party MFA provider.</source>
        <translation>Le mot de passe a été accepté, mais Microsoft Entra ID a ensuite demandé un deuxième facteur (application d&apos;authentification, SMS ou MFA tierce). Un outil de migration se connecte sans personne devant le clavier&#xa0;: il ne peut pas répondre à cette invite et reçoit une erreur 401. L&apos;exigence provient d&apos;une stratégie d&apos;accès conditionnel, de l&apos;authentification multifacteur par utilisateur ou d&apos;un fournisseur de MFA tiers.</translation>
    </message>
    <message>
        <source>Best fix for Exchange Online projects: switch the endpoint to modern authentication with an app registration (client and tenant ID, application permission full_access_as_app); app-only sign-in involves no user and no MFA prompt.</source>
        <translation>Meilleure solution pour les projets Exchange Online&#xa0;: passez le point de terminaison à l&apos;authentification moderne avec une inscription d&apos;application (ID client et ID du locataire, autorisation d&apos;application full_access_as_app)&#xa0;; une connexion d&apos;application seule n&apos;implique aucun utilisateur et aucune invite MFA.</translation>
    </message>
    <message>
        <source>Or exclude only the migration account from the policy that requires MFA: Entra admin center &gt; Entra ID &gt; Conditional Access &gt; Policies &gt; open the policy &gt; Users &gt; Exclude &gt; add the account, then Save.</source>
        <translation>Ou excluez uniquement le compte de migration de la stratégie qui exige la MFA&#xa0;: Centre d&apos;administration Microsoft Entra &gt; Entra ID &gt; Accès conditionnel &gt; Stratégies &gt; ouvrez la stratégie &gt; Utilisateurs &gt; Exclure &gt; ajoutez le compte, puis Enregistrer.</translation>
    </message>
    <message>
        <source>If per-user MFA is on: Entra admin center &gt; Entra ID &gt; Users &gt; All users &gt; Per-user MFA &gt; select the migration account &gt; Disable MFA.</source>
        <translation>Si l&apos;authentification multifacteur par utilisateur est activée&#xa0;: Centre d&apos;administration Microsoft Entra &gt; Entra ID &gt; Utilisateurs &gt; Tous les utilisateurs &gt; MFA par utilisateur &gt; sélectionnez le compte de migration &gt; Désactiver la MFA.</translation>
    </message>
    <message>
        <source>If a third-party MFA provider (for example Duo) asks (AADSTS50158), add the exclusion there.</source>
        <translation>Si c&apos;est un fournisseur de MFA tiers (par exemple Duo) qui demande le second facteur (AADSTS50158), ajoutez l&apos;exclusion chez ce fournisseur.</translation>
    </message>
    <message>
        <source>Do not turn MFA off for everyone; limit the exclusion to the migration account and remove it after the migration.</source>
        <translation>Ne désactivez pas la MFA pour tout le monde&#xa0;; limitez l&apos;exclusion au compte de migration et supprimez-la après la migration.</translation>
    </message>
    <message>
        <source>Tenant admin (Conditional Access or authentication administrator)</source>
        <translation>Administrateur du locataire (administrateur de l&apos;accès conditionnel ou administrateur d&apos;authentification)</translation>
    </message>
    <message>
        <source>Conditional Access and per-user MFA changes usually apply within a few minutes; the next sign-in (Verify credentials) picks them up.</source>
        <translation>Les modifications de l&apos;accès conditionnel et de l&apos;authentification multifacteur par utilisateur s&apos;appliquent généralement en quelques minutes&#xa0;; la connexion suivante («&#xa0;Verify credentials&#xa0;») les prend en compte.</translation>
    </message>
    <message>
        <source>Microsoft Learn: Enable per-user Microsoft Entra multifactor authentication</source>
        <translation>Microsoft Learn&#xa0;: Activer l&apos;authentification multifacteur Microsoft Entra par utilisateur</translation>
    </message>
    <message>
        <source>The password has expired or must be changed</source>
        <translation>Le mot de passe a expiré ou doit être changé</translation>
    </message>
    <message>
        <source>The password was right, but the account must change it (or complete a password-reset registration) before it may sign in. The migration tool cannot change a password, so every sign-in fails until a person does. Which AADSTS code Microsoft returns for &quot;must change password at next sign-in&quot; is not documented, so AuthDoctor reports the related codes under this finding.</source>
        <translation>Le mot de passe était correct, mais le compte doit le changer (ou terminer une inscription à la réinitialisation de mot de passe) avant de pouvoir se connecter. L&apos;outil de migration ne peut pas changer de mot de passe&#xa0;: chaque connexion échoue tant qu&apos;une personne ne l&apos;a pas fait. Le code AADSTS renvoyé par Microsoft pour «&#xa0;changement de mot de passe obligatoire à la prochaine connexion&#xa0;» n&apos;est pas documenté&#xa0;; AuthDoctor signale donc les codes apparentés sous ce constat.</translation>
    </message>
    <message>
        <source>Have the user sign in once interactively at https://myaccount.microsoft.com and change the password when asked (AADSTS50055, 50135).</source>
        <translation>Demandez à l&apos;utilisateur de se connecter une fois de manière interactive sur https://myaccount.microsoft.com et de changer son mot de passe quand cela lui est demandé (AADSTS50055, 50135).</translation>
    </message>
    <message>
        <source>If the password expired in on-premises Active Directory (AADSTS50144), change it there and let password hash synchronization carry it to Microsoft 365.</source>
        <translation>Si le mot de passe a expiré dans l&apos;Active Directory local (AADSTS50144), changez-le à cet endroit et laissez la synchronisation du hachage de mot de passe le transmettre à Microsoft 365.</translation>
    </message>
    <message>
        <source>If asked to register for password reset (AADSTS50125), complete the registration at https://mysignins.microsoft.com/security-info.</source>
        <translation>Si une inscription à la réinitialisation de mot de passe est demandée (AADSTS50125), terminez-la sur https://mysignins.microsoft.com/security-info.</translation>
    </message>
    <message>
        <source>For a dedicated migration account, stop cloud password expiry: %1</source>
        <translation>Pour un compte de migration dédié, désactivez l&apos;expiration du mot de passe cloud&#xa0;: %1</translation>
    </message>
    <message>
        <source>Enter the new password and save.</source>
        <translation>Saisissez le nouveau mot de passe et enregistrez.</translation>
    </message>
    <message>
        <source>End user (changes the password); helpdesk (re-enters it in the project)</source>
        <translation>Utilisateur final (change le mot de passe)&#xa0;; support technique (le saisit de nouveau dans le projet)</translation>
    </message>
    <message>
        <source>Immediately after the new password is entered in the project. On-premises changes reach Microsoft 365 with the next password hash synchronization (about 2 minutes).</source>
        <translation>Immédiatement, dès que le nouveau mot de passe est saisi dans le projet. Les modifications locales atteignent Microsoft 365 lors de la synchronisation du hachage de mot de passe suivante (environ 2 minutes).</translation>
    </message>
    <message>
        <source>Microsoft Learn: How self-service password reset works</source>
        <translation>Microsoft Learn&#xa0;: Fonctionnement de la réinitialisation de mot de passe en libre-service</translation>
    </message>
    <message>
        <source>The sign-in asks which account to use</source>
        <translation>La connexion demande quel compte utiliser</translation>
    </message>
    <message>
        <source>When this address belongs to more than one account (for example a work account and a personal Microsoft account), the sign-in page asks which one to use. A migration tool cannot answer that question, so it fails with 401. AuthDoctor relies on your answer for this finding; Microsoft&apos;s account-type hints are only a clue, never proof.</source>
        <translation>Quand cette adresse correspond à plusieurs comptes (par exemple un compte professionnel et un compte Microsoft personnel), la page de connexion demande lequel utiliser. Un outil de migration ne peut pas répondre à cette question&#xa0;: il échoue donc avec une erreur 401. Pour ce constat, AuthDoctor s&apos;appuie sur votre réponse&#xa0;; les indications de type de compte fournies par Microsoft ne sont qu&apos;un indice, jamais une preuve.</translation>
    </message>
    <message>
        <source>In a private browser window sign in at https://portal.office.com with the project&apos;s user name and note whether a &quot;Work or school account&quot; / &quot;Personal account&quot; chooser (or any other extra question) appears.</source>
        <translation>Dans une fenêtre de navigation privée, connectez-vous sur https://portal.office.com avec le nom d&apos;utilisateur du projet et notez si un choix «&#xa0;Compte professionnel ou scolaire&#xa0;» / «&#xa0;Compte personnel&#xa0;» (ou toute autre question supplémentaire) apparaît.</translation>
    </message>
    <message>
        <source>If it does, use a sign-in name that exists only as a work account, such as the user@yourtenant.onmicrosoft.com address, as the migration account.</source>
        <translation>Si c&apos;est le cas, utilisez comme compte de migration un nom de connexion qui n&apos;existe que comme compte professionnel, par exemple l&apos;adresse user@yourtenant.onmicrosoft.com.</translation>
    </message>
    <message>
        <source>Or let the end user move the personal Microsoft account to another email address at https://account.microsoft.com so the work address becomes unambiguous.</source>
        <translation>Ou demandez à l&apos;utilisateur final de rattacher son compte Microsoft personnel à une autre adresse e-mail sur https://account.microsoft.com, afin que l&apos;adresse professionnelle ne soit plus ambiguë.</translation>
    </message>
    <message>
        <source>Helpdesk; the end user if their personal account has to be changed</source>
        <translation>Support technique&#xa0;; l&apos;utilisateur final si son compte personnel doit être modifié</translation>
    </message>
    <message>
        <source>Immediately after the project uses a sign-in name that leads straight to the work account.</source>
        <translation>Immédiatement, dès que le projet utilise un nom de connexion qui mène directement au compte professionnel.</translation>
    </message>
    <message>
        <source>The account is locked after too many failed sign-ins</source>
        <translation>Le compte est verrouillé à la suite de trop nombreux échecs de connexion</translation>
    </message>
    <message>
        <source>Microsoft Entra smart lockout (or on-premises Active Directory) has locked the account because of repeated wrong passwords, often from an old password still saved in the migration project or on a device. Entra ID uses the same code when sign-ins come from an address it considers malicious. Every retry with the wrong password extends the lockout.</source>
        <translation>Le verrouillage intelligent de Microsoft Entra (ou l&apos;Active Directory local) a verrouillé le compte à la suite de mots de passe erronés répétés, souvent un ancien mot de passe encore enregistré dans le projet de migration ou sur un appareil. Entra ID utilise le même code quand les connexions proviennent d&apos;une adresse qu&apos;il juge malveillante. Chaque nouvelle tentative avec le mauvais mot de passe prolonge le verrouillage.</translation>
    </message>
    <message>
        <source>Pause the migration and stop re-running Verify credentials until the cause is fixed.</source>
        <translation>Suspendez la migration et cessez de relancer «&#xa0;Verify credentials&#xa0;» tant que la cause n&apos;est pas corrigée.</translation>
    </message>
    <message>
        <source>Find what keeps sending the old password (the project, a phone, a script) and update or stop it.</source>
        <translation>Trouvez ce qui continue d&apos;envoyer l&apos;ancien mot de passe (le projet, un téléphone, un script) et mettez-le à jour ou arrêtez-le.</translation>
    </message>
    <message>
        <source>On-premises accounts: %1</source>
        <translation>Comptes locaux&#xa0;: %1</translation>
    </message>
    <message>
        <source>If the password is in doubt, reset it (Microsoft 365 admin center &gt; Users &gt; Active users &gt; select the user &gt; Reset password) and enter the new one in the project.</source>
        <translation>En cas de doute sur le mot de passe, réinitialisez-le (Centre d&apos;administration Microsoft 365 &gt; Utilisateurs &gt; Utilisateurs actifs &gt; sélectionnez l&apos;utilisateur &gt; Réinitialiser le mot de passe) et saisissez le nouveau dans le projet.</translation>
    </message>
    <message>
        <source>Helpdesk; tenant admin to read the sign-in logs or reset the password</source>
        <translation>Support technique&#xa0;; administrateur du locataire pour consulter les journaux de connexion ou réinitialiser le mot de passe</translation>
    </message>
    <message>
        <source>Smart lockout lifts by itself after the lockout period (1 minute by default, longer after repeated failures). On-premises: after the unlock or the domain&apos;s lockout duration.</source>
        <translation>Le verrouillage intelligent se lève de lui-même à la fin de la période de verrouillage (1 minute par défaut, davantage après des échecs répétés). En local&#xa0;: après le déverrouillage ou à la fin de la durée de verrouillage du domaine.</translation>
    </message>
    <message>
        <source>Microsoft Learn: Protect user accounts from attacks with Microsoft Entra smart lockout</source>
        <translation>Microsoft Learn&#xa0;: Protéger les comptes d&apos;utilisateur contre les attaques avec le verrouillage intelligent Microsoft Entra</translation>
    </message>
    <message>
        <source>The account is disabled or blocked from signing in</source>
        <translation>Le compte est désactivé ou sa connexion est bloquée</translation>
    </message>
    <message>
        <source>The account exists but is disabled in Microsoft Entra ID or in on-premises Active Directory, so every sign-in fails whatever the password. This often happens to leavers whose mailbox or OneDrive is still being migrated. A disabled admin account blocks the whole project.</source>
        <translation>Le compte existe, mais il est désactivé dans Microsoft Entra ID ou dans l&apos;Active Directory local&#xa0;: chaque connexion échoue donc, quel que soit le mot de passe. Cela arrive souvent aux personnes qui ont quitté l&apos;organisation et dont la boîte aux lettres ou le OneDrive est encore en cours de migration. Un compte administrateur désactivé bloque tout le projet.</translation>
    </message>
    <message>
        <source>Check the state: %1</source>
        <translation>Vérifiez l&apos;état&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cloud accounts: Microsoft 365 admin center &gt; Users &gt; Active users &gt; select the user &gt; Block sign-in &gt; clear &quot;Block this user from signing in&quot; &gt; Save (or Entra admin center &gt; Entra ID &gt; Users &gt; select the user &gt; Edit properties &gt; Settings &gt; Account enabled).</source>
        <translation>Comptes cloud&#xa0;: Centre d&apos;administration Microsoft 365 &gt; Utilisateurs &gt; Utilisateurs actifs &gt; sélectionnez l&apos;utilisateur &gt; Bloquer la connexion &gt; décochez «&#xa0;Empêcher cet utilisateur de se connecter&#xa0;» &gt; Enregistrer (ou Centre d&apos;administration Microsoft Entra &gt; Entra ID &gt; Utilisateurs &gt; sélectionnez l&apos;utilisateur &gt; Modifier les propriétés &gt; Paramètres &gt; Compte activé).</translation>
    </message>
    <message>
        <source>Accounts synchronized from Active Directory (OnPremisesSyncEnabled true): enable the account on-premises (%1) and wait for the next synchronization.</source>
        <translation>Comptes synchronisés depuis Active Directory (OnPremisesSyncEnabled true)&#xa0;: activez le compte en local (%1) et attendez la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>If the user must stay disabled, migrate with an admin account or app-only access instead of the user&apos;s own credentials.</source>
        <translation>Si l&apos;utilisateur doit rester désactivé, migrez avec un compte administrateur ou un accès d&apos;application seule plutôt qu&apos;avec les informations d&apos;identification de l&apos;utilisateur.</translation>
    </message>
    <message>
        <source>Tenant admin (or the on-premises Active Directory admin for synchronized accounts)</source>
        <translation>Administrateur du locataire (ou l&apos;administrateur de l&apos;Active Directory local pour les comptes synchronisés)</translation>
    </message>
    <message>
        <source>Cloud accounts: within a few minutes. Synchronized accounts: after the next Microsoft Entra Connect synchronization (every 30 minutes by default).</source>
        <translation>Comptes cloud&#xa0;: en quelques minutes. Comptes synchronisés&#xa0;: après la prochaine synchronisation Microsoft Entra Connect (toutes les 30 minutes par défaut).</translation>
    </message>
    <message>
        <source>Microsoft 365 does not know this domain or tenant ID</source>
        <translation>Microsoft 365 ne connaît pas ce domaine ou cet ID de locataire</translation>
    </message>
    <message>
        <source>Microsoft Entra ID could not find a tenant for the domain or tenant ID the project uses. Usually the domain is mistyped, is not (or no longer) added to the tenant, or the tenant ID belongs to the other side of the migration. A tenant in a national cloud (US Government, China) gives the same error when it is looked up in the commercial cloud.</source>
        <translation>Microsoft Entra ID n&apos;a trouvé aucun locataire pour le domaine ou l&apos;ID de locataire utilisé par le projet. En général, le domaine est mal saisi, n&apos;est pas (ou plus) ajouté au locataire, ou l&apos;ID de locataire appartient à l&apos;autre côté de la migration. Un locataire situé dans un cloud national (US Government, Chine) produit la même erreur quand on le recherche dans le cloud commercial.</translation>
    </message>
    <message>
        <source>Check the domain: Microsoft 365 admin center &gt; Settings &gt; Domains; it must be listed with status Healthy (or at least verified).</source>
        <translation>Vérifiez le domaine&#xa0;: Centre d&apos;administration Microsoft 365 &gt; Paramètres &gt; Domaines&#xa0;; il doit figurer avec l&apos;état «&#xa0;Sain&#xa0;» (ou au moins être vérifié).</translation>
    </message>
    <message>
        <source>Copy the tenant ID from Entra admin center &gt; Entra ID &gt; Overview &gt; Properties &gt; Tenant ID, or use the tenant&apos;s yourtenant.onmicrosoft.com domain.</source>
        <translation>Copiez l&apos;ID du locataire depuis Centre d&apos;administration Microsoft Entra &gt; Entra ID &gt; Vue d&apos;ensemble &gt; Propriétés &gt; ID du locataire, ou utilisez le domaine yourtenant.onmicrosoft.com du locataire.</translation>
    </message>
    <message>
        <source>Test the lookup in a browser: %1 must return a JSON document, not an AADSTS90002 error.</source>
        <translation>Testez la recherche dans un navigateur&#xa0;: %1 doit renvoyer un document JSON, et non une erreur AADSTS90002.</translation>
    </message>
    <message>
        <source>If the tenant is in a national cloud, see the finding about the wrong cloud.</source>
        <translation>Si le locataire se trouve dans un cloud national, consultez le constat relatif au mauvais cloud.</translation>
    </message>
    <message>
        <source>Enter the corrected domain or tenant ID (a GUID) and save.</source>
        <translation>Saisissez le domaine ou l&apos;ID de locataire corrigé (un GUID) et enregistrez.</translation>
    </message>
    <message>
        <source>Helpdesk; tenant admin to confirm the domain and tenant ID</source>
        <translation>Support technique&#xa0;; administrateur du locataire pour confirmer le domaine et l&apos;ID du locataire</translation>
    </message>
    <message>
        <source>Immediately once the project uses the right domain or tenant ID; a newly added domain works once it shows as verified.</source>
        <translation>Immédiatement, dès que le projet utilise le bon domaine ou le bon ID de locataire&#xa0;; un domaine nouvellement ajouté fonctionne dès qu&apos;il apparaît comme vérifié.</translation>
    </message>
    <message>
        <source>The tenant is in a different Microsoft cloud than the one used</source>
        <translation>Le locataire se trouve dans un autre cloud Microsoft que celui utilisé</translation>
    </message>
    <message>
        <source>Microsoft runs separate clouds: the commercial cloud (including GCC), GCC High, DoD and the 21Vianet cloud in China. Each has its own sign-in and mailbox addresses, and app registrations do not carry over from one to another. The tenant answered from a different cloud than the one the project or AuthDoctor used, so the sign-in cannot succeed.</source>
        <translation>Microsoft exploite des clouds distincts&#xa0;: le cloud commercial (GCC compris), GCC High, DoD et le cloud exploité par 21Vianet en Chine. Chacun a ses propres adresses de connexion et de boîte aux lettres, et les inscriptions d&apos;applications ne se transfèrent pas de l&apos;un à l&apos;autre. Le locataire a répondu depuis un autre cloud que celui utilisé par le projet ou par AuthDoctor&#xa0;: la connexion ne peut donc pas aboutir.</translation>
    </message>
    <message>
        <source>Read the tenant&apos;s cloud from %1: tenant_region_sub_scope DODCON means GCC High, DOD means DoD, and cloud_instance_name names the sign-in cloud.</source>
        <translation>Lisez le cloud du locataire dans %1&#xa0;: tenant_region_sub_scope DODCON signifie GCC High, DOD signifie DoD, et cloud_instance_name indique le cloud de connexion.</translation>
    </message>
    <message>
        <source>In AuthDoctor choose the matching cloud (commercial, GCC, GCC High, DoD or China) and run the checks again.</source>
        <translation>Dans AuthDoctor, choisissez le cloud correspondant (commercial, GCC, GCC High, DoD ou Chine) et exécutez de nouveau les vérifications.</translation>
    </message>
    <message>
        <source>Register the migration app in the tenant&apos;s own cloud portal; an app registered in the commercial cloud cannot get tokens for a GCC High, DoD or China tenant.</source>
        <translation>Inscrivez l&apos;application de migration dans le portail du cloud où se trouve le locataire&#xa0;; une application inscrite dans le cloud commercial ne peut pas obtenir de jetons pour un locataire GCC High, DoD ou Chine.</translation>
    </message>
    <message>
        <source>In the migration tool, use the endpoint type or region that matches that cloud, if it offers one; otherwise ask the vendor whether the cloud is supported.</source>
        <translation>Dans l&apos;outil de migration, utilisez le type de point de terminaison ou la région correspondant à ce cloud, si l&apos;outil le propose&#xa0;; sinon, demandez à l&apos;éditeur si ce cloud est pris en charge.</translation>
    </message>
    <message>
        <source>Helpdesk; tenant admin for the app registration in the right cloud</source>
        <translation>Support technique&#xa0;; administrateur du locataire pour l&apos;inscription d&apos;application dans le bon cloud</translation>
    </message>
    <message>
        <source>Immediately after the project and the app registration use the tenant&apos;s cloud.</source>
        <translation>Immédiatement, dès que le projet et l&apos;inscription d&apos;application utilisent le cloud du locataire.</translation>
    </message>
    <message>
        <source>Microsoft Learn: National clouds (Microsoft identity platform)</source>
        <translation>Microsoft Learn&#xa0;: Clouds nationaux (plateforme d&apos;identités Microsoft)</translation>
    </message>
    <message>
        <source>Microsoft Learn: National cloud deployments of Microsoft Graph</source>
        <translation>Microsoft Learn&#xa0;: Déploiements de Microsoft Graph dans les clouds nationaux</translation>
    </message>
    <message>
        <source>Security defaults require MFA for the migration account</source>
        <translation>Les paramètres de sécurité par défaut exigent la MFA pour le compte de migration</translation>
    </message>
    <message>
        <source>Security defaults are a tenant-wide switch in Microsoft Entra ID that makes every account register for multifactor authentication and blocks older sign-in methods. A migration tool signing in with a user name and password cannot do either, so it gets 401. The error often appears days after a pre-stage migration, when the grace period for registering MFA (14 days where it still exists) runs out.</source>
        <translation>Les paramètres de sécurité par défaut sont un réglage unique, valable pour tout le locataire, dans Microsoft Entra ID&#xa0;: ils obligent chaque compte à s&apos;inscrire à l&apos;authentification multifacteur et bloquent les anciennes méthodes de connexion. Un outil de migration qui se connecte avec un nom d&apos;utilisateur et un mot de passe ne peut satisfaire ni l&apos;un ni l&apos;autre&#xa0;: il reçoit donc une erreur 401. L&apos;erreur apparaît souvent plusieurs jours après une migration préalable (pre-stage), quand le délai de grâce pour l&apos;inscription à la MFA (14 jours, là où il existe encore) expire.</translation>
    </message>
    <message>
        <source>Check the setting: Entra admin center &gt; Entra ID &gt; Overview &gt; Properties &gt; Manage security defaults (older menus: Entra admin center &gt; Identity &gt; Overview &gt; Properties &gt; Manage security defaults), or %1</source>
        <translation>Vérifiez le paramètre&#xa0;: Centre d&apos;administration Microsoft Entra &gt; Entra ID &gt; Vue d&apos;ensemble &gt; Propriétés &gt; Gérer les paramètres de sécurité par défaut (anciens menus&#xa0;: Centre d&apos;administration Microsoft Entra &gt; Identité &gt; Vue d&apos;ensemble &gt; Propriétés &gt; Gérer les paramètres de sécurité par défaut), ou %1</translation>
    </message>
    <message>
        <source>Preferred for Exchange Online projects: keep security defaults on and switch the endpoint to modern authentication with an app registration (client and tenant ID); app-only sign-in is not asked for MFA.</source>
        <translation>Recommandé pour les projets Exchange Online&#xa0;: laissez les paramètres de sécurité par défaut activés et passez le point de terminaison à l&apos;authentification moderne avec une inscription d&apos;application (ID client et ID du locataire)&#xa0;; aucune MFA n&apos;est demandée pour une connexion d&apos;application seule.</translation>
    </message>
    <message>
        <source>Otherwise, as the knowledge-base article describes: sign in to the Entra admin center as at least a Security Administrator, open Manage security defaults, set Security defaults to Disabled (not recommended), choose a reason and Save.</source>
        <translation>Sinon, comme l&apos;indique l&apos;article de la base de connaissances&#xa0;: connectez-vous au Centre d&apos;administration Microsoft Entra au moins en tant qu&apos;Administrateur de la sécurité, ouvrez «&#xa0;Gérer les paramètres de sécurité par défaut&#xa0;», définissez «&#xa0;Paramètres de sécurité par défaut&#xa0;» sur «&#xa0;Désactivé (non recommandé)&#xa0;», choisissez une raison et cliquez sur «&#xa0;Enregistrer&#xa0;».</translation>
    </message>
    <message>
        <source>With Microsoft Entra ID P1, replace security defaults by Conditional Access policies that require MFA for everyone except the migration account, so the tenant stays protected.</source>
        <translation>Avec Microsoft Entra ID P1, remplacez les paramètres de sécurité par défaut par des stratégies d&apos;accès conditionnel qui exigent la MFA pour tous sauf le compte de migration, afin que le locataire reste protégé.</translation>
    </message>
    <message>
        <source>After the migration, turn security defaults back on (or keep the Conditional Access policies).</source>
        <translation>Après la migration, réactivez les paramètres de sécurité par défaut (ou conservez les stratégies d&apos;accès conditionnel).</translation>
    </message>
    <message>
        <source>Tenant admin (Security Administrator or Global Administrator)</source>
        <translation>Administrateur du locataire (Administrateur de la sécurité ou Administrateur général)</translation>
    </message>
    <message>
        <source>A few minutes after saving; then run Verify credentials again.</source>
        <translation>Quelques minutes après l&apos;enregistrement&#xa0;; exécutez ensuite de nouveau «&#xa0;Verify credentials&#xa0;».</translation>
    </message>
    <message>
        <source>Microsoft Learn: Security defaults in Microsoft Entra ID</source>
        <translation>Microsoft Learn&#xa0;: Paramètres de sécurité par défaut dans Microsoft Entra ID</translation>
    </message>
    <message>
        <source>A Conditional Access policy blocks the sign-in</source>
        <translation>Une stratégie d&apos;accès conditionnel bloque la connexion</translation>
    </message>
    <message>
        <source>The password was accepted, but a Conditional Access policy (or a tenant security policy) refused to issue a token. Typical conditions are the location or network, a required compliant or joined device, or a required approved app, and none of them can be met by a cloud migration service. The sign-in log names the exact policy.</source>
        <translation>Le mot de passe a été accepté, mais une stratégie d&apos;accès conditionnel (ou une stratégie de sécurité du locataire) a refusé d&apos;émettre un jeton. Les conditions typiques portent sur l&apos;emplacement ou le réseau, l&apos;obligation d&apos;utiliser un appareil conforme ou joint (à Microsoft Entra ou au domaine), ou une application approuvée&#xa0;; aucune ne peut être remplie par un service de migration cloud. Le journal de connexion indique la stratégie exacte.</translation>
    </message>
    <message>
        <source>Open the policy: Entra admin center &gt; Entra ID &gt; Conditional Access &gt; Policies &gt; the policy shown as &quot;Failure&quot; in the sign-in entry.</source>
        <translation>Ouvrez la stratégie&#xa0;: Centre d&apos;administration Microsoft Entra &gt; Entra ID &gt; Accès conditionnel &gt; Stratégies &gt; la stratégie indiquée comme «&#xa0;Échec&#xa0;» dans l&apos;entrée de connexion.</translation>
    </message>
    <message>
        <source>Exclude only the migration account: in the policy select Users &gt; Exclude &gt; Users and groups &gt; add the account &gt; Save. Use the policy&apos;s What If tool to confirm the account is no longer blocked.</source>
        <translation>Excluez uniquement le compte de migration&#xa0;: dans la stratégie, sélectionnez Utilisateurs &gt; Exclure &gt; Utilisateurs et groupes &gt; ajoutez le compte &gt; Enregistrer. Utilisez l&apos;outil What If de la stratégie pour confirmer que le compte n&apos;est plus bloqué.</translation>
    </message>
    <message>
        <source>For Exchange Online projects, app-only modern authentication (client and tenant ID) avoids user Conditional Access policies; policies for workload identities can still apply to the app.</source>
        <translation>Pour les projets Exchange Online, l&apos;authentification moderne d&apos;application seule (ID client et ID du locataire) échappe aux stratégies d&apos;accès conditionnel visant les utilisateurs&#xa0;; des stratégies pour les identités de charge de travail peuvent toutefois encore s&apos;appliquer à l&apos;application.</translation>
    </message>
    <message>
        <source>Remove the exclusion after the migration.</source>
        <translation>Supprimez l&apos;exclusion après la migration.</translation>
    </message>
    <message>
        <source>Tenant admin (Conditional Access Administrator)</source>
        <translation>Administrateur du locataire (Administrateur de l&apos;accès conditionnel)</translation>
    </message>
    <message>
        <source>Policy changes usually apply within a few minutes; the next sign-in picks them up.</source>
        <translation>Les modifications de stratégie s&apos;appliquent généralement en quelques minutes&#xa0;; la connexion suivante les prend en compte.</translation>
    </message>
    <message>
        <source>Modern authentication is not set up for the project</source>
        <translation>L&apos;authentification moderne n&apos;est pas configurée pour le projet</translation>
    </message>
    <message>
        <source>Exchange Online only accepts modern authentication (OAuth), which needs an app registration in Microsoft Entra ID whose client ID and tenant ID are entered in the project. The project has no such app, or Entra ID rejected the one given: unknown or disabled app, wrong tenant, wrong permission or scope. This applies to the source and the destination whenever they are Exchange Online.</source>
        <translation>Exchange Online n&apos;accepte que l&apos;authentification moderne (OAuth), qui nécessite une inscription d&apos;application dans Microsoft Entra ID dont l&apos;ID client et l&apos;ID du locataire sont saisis dans le projet. Le projet n&apos;a pas d&apos;application de ce type, ou Entra ID a rejeté celle indiquée&#xa0;: application inconnue ou désactivée, mauvais locataire, mauvaise autorisation ou mauvaise étendue. Cela vaut pour la source comme pour la destination dès qu&apos;il s&apos;agit d&apos;Exchange Online.</translation>
    </message>
    <message>
        <source>Follow &quot;Obtain Client and Tenant ID Settings for Mailbox and Exchange Online Migrations&quot; in BitTitan&apos;s Authentication Methods article, signed in as a Global Administrator.</source>
        <translation>Suivez la section «&#xa0;Obtain Client and Tenant ID Settings for Mailbox and Exchange Online Migrations&#xa0;» de l&apos;article «&#xa0;Authentication Methods&#xa0;» de BitTitan, en étant connecté en tant qu&apos;Administrateur général.</translation>
    </message>
    <message>
        <source>Create or open the app: Entra admin center &gt; Entra ID &gt; App registrations &gt; New registration (or the existing app) and copy Application (client) ID and Directory (tenant) ID from its Overview.</source>
        <translation>Créez ou ouvrez l&apos;application&#xa0;: Centre d&apos;administration Microsoft Entra &gt; Entra ID &gt; Inscriptions d&apos;applications &gt; Nouvelle inscription (ou l&apos;application existante), puis copiez «&#xa0;ID d&apos;application (client)&#xa0;» et «&#xa0;ID de l&apos;annuaire (locataire)&#xa0;» depuis sa Vue d&apos;ensemble.</translation>
    </message>
    <message>
        <source>API permissions &gt; Add a permission &gt; APIs my organization uses &gt; Office 365 Exchange Online: add the permission the project uses (Delegated EWS.AccessAsUser.All, or Application full_access_as_app) and select Grant admin consent.</source>
        <translation>Autorisations de l&apos;API &gt; Ajouter une autorisation &gt; API utilisées par mon organisation &gt; Office 365 Exchange Online&#xa0;: ajoutez l&apos;autorisation utilisée par le projet (autorisation déléguée EWS.AccessAsUser.All ou autorisation d&apos;application full_access_as_app) et sélectionnez «&#xa0;Accorder un consentement d&apos;administrateur&#xa0;».</translation>
    </message>
    <message>
        <source>For delegated sign-in with a user name and password, set Authentication &gt; Allow public client flows to Yes (AADSTS7000218 most likely means this is off).</source>
        <translation>Pour une connexion déléguée avec nom d&apos;utilisateur et mot de passe, définissez Authentification &gt; «&#xa0;Autoriser les flux de clients publics&#xa0;» sur «&#xa0;Oui&#xa0;» (AADSTS7000218 signifie très probablement que cette option est désactivée).</translation>
    </message>
    <message>
        <source>AADSTS700016 or 700011: the client ID is wrong or the app belongs to another tenant. AADSTS70001 or 7000112: the app is disabled (Entra ID &gt; Enterprise apps &gt; the app &gt; Properties &gt; Enabled for users to sign in: Yes). AADSTS9001023 or 50194: use the tenant ID, not &quot;common&quot;.</source>
        <translation>AADSTS700016 ou 700011&#xa0;: l&apos;ID client est erroné ou l&apos;application appartient à un autre locataire. AADSTS70001 ou 7000112&#xa0;: l&apos;application est désactivée (Entra ID &gt; Applications d&apos;entreprise &gt; l&apos;application &gt; Propriétés &gt; «&#xa0;Activé pour que les utilisateurs se connectent&#xa0;?&#xa0;»&#xa0;: Oui). AADSTS9001023 ou 50194&#xa0;: utilisez l&apos;ID du locataire, et non «&#xa0;common&#xa0;».</translation>
    </message>
    <message>
        <source>Enter the client ID and tenant ID in the endpoint&apos;s modern authentication fields and save.</source>
        <translation>Saisissez l&apos;ID client et l&apos;ID du locataire dans les champs d&apos;authentification moderne du point de terminaison, puis enregistrez.</translation>
    </message>
    <message>
        <source>Tenant admin (Global Administrator creates the app and consents); helpdesk enters the IDs</source>
        <translation>Administrateur du locataire (un Administrateur général crée l&apos;application et donne son consentement)&#xa0;; le support technique saisit les ID</translation>
    </message>
    <message>
        <source>App registration and consent: a few minutes; then get a fresh token by running Verify Credentials again.</source>
        <translation>Inscription d&apos;application et consentement&#xa0;: quelques minutes&#xa0;; obtenez ensuite un nouveau jeton en exécutant de nouveau «&#xa0;Verify Credentials&#xa0;».</translation>
    </message>
    <message>
        <source>The app has not been granted the Exchange permission it needs</source>
        <translation>L&apos;application n&apos;a pas reçu l&apos;autorisation Exchange dont elle a besoin</translation>
    </message>
    <message>
        <source>The app registration signed in, but nobody has consented to the permission it needs, or the token it received carries no Exchange permission. For app-only access that is the application permission full_access_as_app; for delegated access it is EWS.AccessAsUser.All, both on Office 365 Exchange Online. A token issued before consent keeps its old, empty permission set until it expires.</source>
        <translation>L&apos;inscription d&apos;application s&apos;est connectée, mais personne n&apos;a donné son consentement à l&apos;autorisation nécessaire, ou le jeton reçu ne contient aucune autorisation Exchange. Pour un accès d&apos;application seule, il s&apos;agit de l&apos;autorisation d&apos;application full_access_as_app&#xa0;; pour un accès délégué, de EWS.AccessAsUser.All, toutes deux sur Office 365 Exchange Online. Un jeton émis avant le consentement conserve son ancien jeu d&apos;autorisations, vide, jusqu&apos;à son expiration.</translation>
    </message>
    <message>
        <source>Entra admin center &gt; Entra ID &gt; App registrations &gt; the app &gt; API permissions: check that Office 365 Exchange Online lists full_access_as_app (Application) or EWS.AccessAsUser.All (Delegated).</source>
        <translation>Centre d&apos;administration Microsoft Entra &gt; Entra ID &gt; Inscriptions d&apos;applications &gt; l&apos;application &gt; Autorisations de l&apos;API&#xa0;: vérifiez qu&apos;Office 365 Exchange Online affiche full_access_as_app (Application) ou EWS.AccessAsUser.All (Déléguée).</translation>
    </message>
    <message>
        <source>Select Grant admin consent for the tenant; the Status column must show &quot;Granted&quot;. Or open %1 as a Global Administrator.</source>
        <translation>Sélectionnez «&#xa0;Accorder un consentement d&apos;administrateur pour [nom du locataire]&#xa0;»&#xa0;; la colonne «&#xa0;État&#xa0;» doit indiquer «&#xa0;Accordé&#xa0;». Ou ouvrez %1 en tant qu&apos;Administrateur général.</translation>
    </message>
    <message>
        <source>AADSTS50105: the app requires user assignment; add the migration account under Entra ID &gt; Enterprise apps &gt; the app &gt; Users and groups, or set Properties &gt; Assignment required to No.</source>
        <translation>AADSTS50105&#xa0;: l&apos;application exige une affectation des utilisateurs&#xa0;; ajoutez le compte de migration sous Entra ID &gt; Applications d&apos;entreprise &gt; l&apos;application &gt; Utilisateurs et groupes, ou définissez Propriétés &gt; «&#xa0;Affectation obligatoire&#xa0;?&#xa0;» sur «&#xa0;Non&#xa0;».</translation>
    </message>
    <message>
        <source>AADSTS650052: the tenant has no active Exchange Online subscription for the app to use; check the tenant&apos;s licences.</source>
        <translation>AADSTS650052&#xa0;: le locataire n&apos;a aucun abonnement Exchange Online actif que l&apos;application pourrait utiliser&#xa0;; vérifiez les licences du locataire.</translation>
    </message>
    <message>
        <source>If the tenant limits the app with RBAC for Applications, check the target mailbox: %1</source>
        <translation>Si le locataire limite l&apos;application avec RBAC pour les applications, vérifiez la boîte aux lettres cible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Tenant admin (Global Administrator or Privileged Role Administrator grants consent)</source>
        <translation>Administrateur du locataire (un Administrateur général ou un Administrateur de rôle privilégié accorde le consentement)</translation>
    </message>
    <message>
        <source>Consent: a few minutes; get a fresh token (a token issued before consent stays without the permission for up to about an hour).</source>
        <translation>Consentement&#xa0;: quelques minutes&#xa0;; obtenez un nouveau jeton (un jeton émis avant le consentement reste sans l&apos;autorisation pendant environ une heure au maximum).</translation>
    </message>
    <message>
        <source>The app&apos;s client secret or certificate is wrong or expired</source>
        <translation>Le secret client ou le certificat de l&apos;application est erroné ou a expiré</translation>
    </message>
    <message>
        <source>Entra ID refused the app&apos;s own credential. Most often the secret has expired, or the secret&apos;s ID was pasted instead of its value, which is only shown once when the secret is created. A certificate that does not match the one uploaded to the app gives the same result.</source>
        <translation>Entra ID a refusé les informations d&apos;identification propres à l&apos;application. Le plus souvent, le secret a expiré, ou c&apos;est l&apos;ID du secret qui a été collé au lieu de sa valeur, laquelle n&apos;est affichée qu&apos;une seule fois, à la création du secret. Un certificat qui ne correspond pas à celui chargé dans l&apos;application produit le même résultat.</translation>
    </message>
    <message>
        <source>Entra admin center &gt; Entra ID &gt; App registrations &gt; the app &gt; Certificates &amp; secrets: check the expiry dates (AADSTS7000222 means expired).</source>
        <translation>Centre d&apos;administration Microsoft Entra &gt; Entra ID &gt; Inscriptions d&apos;applications &gt; l&apos;application &gt; Certificats et secrets&#xa0;: vérifiez les dates d&apos;expiration (AADSTS7000222 signifie «&#xa0;expiré&#xa0;»).</translation>
    </message>
    <message>
        <source>Select New client secret, choose an expiry that covers the migration, and copy the Value column right away (not the Secret ID; AADSTS7000215 usually means the ID was used).</source>
        <translation>Sélectionnez «&#xa0;Nouveau secret client&#xa0;», choisissez une durée de validité qui couvre la migration et copiez immédiatement la colonne «&#xa0;Valeur&#xa0;» (et non «&#xa0;ID de secret&#xa0;»&#xa0;; AADSTS7000215 signifie généralement que l&apos;ID a été utilisé).</translation>
    </message>
    <message>
        <source>For certificate sign-in (AADSTS700027), upload the public key of the certificate the tool really uses under Certificates.</source>
        <translation>Pour une connexion par certificat (AADSTS700027), chargez sous «&#xa0;Certificats&#xa0;» la clé publique du certificat que l&apos;outil utilise réellement.</translation>
    </message>
    <message>
        <source>AADSTS700025: the app is a public client and must not send a secret; remove the secret from the project or set Authentication &gt; Allow public client flows to No.</source>
        <translation>AADSTS700025&#xa0;: l&apos;application est un client public et ne doit pas envoyer de secret&#xa0;; supprimez le secret du projet ou définissez Authentification &gt; «&#xa0;Autoriser les flux de clients publics&#xa0;» sur «&#xa0;Non&#xa0;».</translation>
    </message>
    <message>
        <source>Paste the new secret value into the endpoint and save. Never send the secret by email or put it into a ticket.</source>
        <translation>Collez la valeur du nouveau secret dans le point de terminaison et enregistrez. N&apos;envoyez jamais le secret par e-mail et ne le placez jamais dans un ticket.</translation>
    </message>
    <message>
        <source>Delete the old secret once the new one works.</source>
        <translation>Supprimez l&apos;ancien secret dès que le nouveau fonctionne.</translation>
    </message>
    <message>
        <source>Tenant admin (creates the secret); helpdesk (enters it in the project)</source>
        <translation>Administrateur du locataire (crée le secret)&#xa0;; support technique (le saisit dans le projet)</translation>
    </message>
    <message>
        <source>Immediately after the new secret value is saved in the project (allow a few minutes for a secret created just now).</source>
        <translation>Immédiatement, dès que la valeur du nouveau secret est enregistrée dans le projet (prévoyez quelques minutes pour un secret tout juste créé).</translation>
    </message>
    <message>
        <source>Microsoft Learn: OAuth 2.0 client credentials flow</source>
        <translation>Microsoft Learn&#xa0;: Flux d&apos;informations d&apos;identification du client OAuth 2.0</translation>
    </message>
    <message>
        <source>The project uses Basic authentication, which Exchange Online no longer accepts</source>
        <translation>Le projet utilise l&apos;authentification de base, qu&apos;Exchange Online n&apos;accepte plus</translation>
    </message>
    <message>
        <source>Microsoft has permanently turned off Basic authentication (user name and password sent to the mail server) for Exchange Web Services and Autodiscover in Exchange Online; nobody, including Microsoft support, can turn it back on. A project that still signs in this way gets 401 even with the right password. Exchange Online projects must use modern authentication with a client and tenant ID.</source>
        <translation>Microsoft a définitivement désactivé l&apos;authentification de base (nom d&apos;utilisateur et mot de passe envoyés au serveur de messagerie) pour Exchange Web Services et Autodiscover dans Exchange Online&#xa0;; personne, pas même le support Microsoft, ne peut la réactiver. Un projet qui se connecte encore de cette manière reçoit une erreur 401, même avec le bon mot de passe. Les projets Exchange Online doivent utiliser l&apos;authentification moderne avec un ID client et un ID de locataire.</translation>
    </message>
    <message>
        <source>Do not try to re-enable Basic authentication for Exchange Online: it is not possible any more.</source>
        <translation>N&apos;essayez pas de réactiver l&apos;authentification de base pour Exchange Online&#xa0;: ce n&apos;est plus possible.</translation>
    </message>
    <message>
        <source>Set up modern authentication as in &quot;Obtain Client and Tenant ID Settings for Mailbox and Exchange Online Migrations&quot; (BitTitan&apos;s Authentication Methods article).</source>
        <translation>Configurez l&apos;authentification moderne comme indiqué dans «&#xa0;Obtain Client and Tenant ID Settings for Mailbox and Exchange Online Migrations&#xa0;» (article «&#xa0;Authentication Methods&#xa0;» de BitTitan).</translation>
    </message>
    <message>
        <source>Enter the client ID and tenant ID and save.</source>
        <translation>Saisissez l&apos;ID client et l&apos;ID du locataire, puis enregistrez.</translation>
    </message>
    <message>
        <source>Exchange Server (on-premises) projects that use Basic: check the EWS virtual directory with %1 and, if Basic is wanted, enable it over HTTPS only (Set-WebServicesVirtualDirectory -BasicAuthentication $true), or switch the project to NTLM.</source>
        <translation>Projets Exchange Server (local) qui utilisent l&apos;authentification de base&#xa0;: vérifiez le répertoire virtuel EWS avec %1 et, si l&apos;authentification de base est souhaitée, activez-la uniquement sur HTTPS (Set-WebServicesVirtualDirectory -BasicAuthentication $true), ou passez le projet à NTLM.</translation>
    </message>
    <message>
        <source>Helpdesk and tenant admin (modern authentication); Exchange admin for on-premises servers</source>
        <translation>Support technique et administrateur du locataire (authentification moderne)&#xa0;; administrateur Exchange pour les serveurs locaux</translation>
    </message>
    <message>
        <source>As soon as the endpoint is saved with client and tenant ID and consent is granted. On-premises virtual directory changes usually need an IIS restart (iisreset /noforce).</source>
        <translation>Dès que le point de terminaison est enregistré avec l&apos;ID client et l&apos;ID du locataire et que le consentement est accordé. Les modifications de répertoire virtuel en local nécessitent généralement un redémarrage d&apos;IIS (iisreset /noforce).</translation>
    </message>
    <message>
        <source>Microsoft Learn: Deprecation of Basic authentication in Exchange Online</source>
        <translation>Microsoft Learn&#xa0;: Abandon de l&apos;authentification de base dans Exchange Online</translation>
    </message>
</context>
<context>
    <name>AuthDoctor::Inference</name>
    <message>
        <source>When this account signs in at https://portal.office.com in a private browser window, is it asked to pick between a work or school account and a personal account, or shown any page other than the password prompt?</source>
        <translation>Quand ce compte se connecte sur https://portal.office.com dans une fenêtre de navigation privée, lui demande-t-on de choisir entre un compte professionnel ou scolaire et un compte personnel, ou voit-il une autre page que l&apos;invite de mot de passe&#xa0;?</translation>
    </message>
    <message>
        <source>In the Microsoft Entra admin center, under Identity &gt; Overview &gt; Properties &gt; Manage security defaults, is &quot;Security defaults&quot; set to Enabled?</source>
        <translation>Dans le Centre d&apos;administration Microsoft Entra, sous Identité &gt; Vue d&apos;ensemble &gt; Propriétés &gt; Gérer les paramètres de sécurité par défaut, l&apos;option «&#xa0;Paramètres de sécurité par défaut&#xa0;» est-elle définie sur «&#xa0;Activé&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Was this account or its licence created or assigned less than 24 hours ago (Microsoft 365 admin center &gt; Users &gt; Active users &gt; the user)?</source>
        <translation>Ce compte a-t-il été créé, ou sa licence attribuée, il y a moins de 24 heures (Centre d&apos;administration Microsoft 365 &gt; Utilisateurs &gt; Utilisateurs actifs &gt; l&apos;utilisateur)&#xa0;?</translation>
    </message>
    <message>
        <source>In the Microsoft 365 admin center, does the user&apos;s Mail tab say &quot;This user&apos;s mailbox has not been migrated&quot; or that the mailbox is on-premises?</source>
        <translation>Dans le Centre d&apos;administration Microsoft 365, l&apos;onglet Courrier de l&apos;utilisateur indique-t-il que la boîte aux lettres de l&apos;utilisateur n&apos;a pas été migrée («&#xa0;This user&apos;s mailbox has not been migrated&#xa0;» dans l&apos;interface en anglais) ou qu&apos;elle se trouve en local&#xa0;?</translation>
    </message>
    <message>
        <source>Only the pasted error message points to this cause; no check confirmed it.</source>
        <translation>Seul le message d&apos;erreur collé désigne cette cause&#xa0;; aucune vérification ne l&apos;a confirmée.</translation>
    </message>
    <message>
        <source>Exchange Online refused EWS. Since 1 April 2027 EWS is switched off in Exchange Online for good: an EWS-based migration from or to Exchange Online can no longer run; use a tool that migrates through Microsoft Graph.</source>
        <translation>Exchange Online a refusé EWS. Depuis le 1er avril 2027, EWS est définitivement désactivé dans Exchange Online&#xa0;: une migration basée sur EWS depuis ou vers Exchange Online n&apos;est plus possible&#xa0;; utilisez un outil qui migre via Microsoft Graph.</translation>
    </message>
    <message>
        <source>Exchange Online refused EWS with a valid token. Since 1 October 2026 EWS is off for tenants that did not turn it on and allow the migration tool&apos;s app; it stops for good on 1 April 2027.</source>
        <translation>Exchange Online a refusé EWS malgré un jeton valide. Depuis le 1er octobre 2026, EWS est désactivé pour les locataires qui ne l&apos;ont pas activé et n&apos;ont pas autorisé l&apos;application de l&apos;outil de migration&#xa0;; il sera définitivement arrêté le 1er avril 2027.</translation>
    </message>
    <message>
        <source>Every check passed with these credentials.</source>
        <translation>Toutes les vérifications ont réussi avec ces informations d&apos;identification.</translation>
    </message>
</context>
<context>
    <name>AuthDoctor::Report</name>
    <message>
        <source>Connect to Exchange Online PowerShell (module ExchangeOnlineManagement) as an Exchange admin or a Global Reader.</source>
        <translation>Connectez-vous à Exchange Online PowerShell (module ExchangeOnlineManagement) en tant qu&apos;administrateur Exchange ou Lecteur général.</translation>
    </message>
    <message>
        <source>Connect to Microsoft Graph PowerShell (module Microsoft.Graph) with read-only permissions.</source>
        <translation>Connectez-vous à Microsoft Graph PowerShell (module Microsoft.Graph) avec des autorisations en lecture seule.</translation>
    </message>
    <message>
        <source>Run the following in the Exchange Management Shell on an Exchange server.</source>
        <translation>Exécutez les commandes suivantes dans Exchange Management Shell sur un serveur Exchange.</translation>
    </message>
    <message>
        <source>The tenant&apos;s EWS settings: EwsEnabled False, or an EwsAllowedAppIDs list without the app&apos;s client ID (%1), blocks EWS for the app.</source>
        <translation>Paramètres EWS du locataire&#xa0;: EwsEnabled False, ou une liste EwsAllowedAppIDs sans l&apos;ID client de l&apos;application (%1), bloque EWS pour l&apos;application.</translation>
    </message>
    <message>
        <source>The mailbox&apos;s own EWS settings: EwsEnabled False here blocks EWS for this mailbox whatever the organisation setting says.</source>
        <translation>Paramètres EWS propres à la boîte aux lettres&#xa0;: EwsEnabled False bloque ici EWS pour cette boîte aux lettres, quel que soit le paramètre de l&apos;organisation.</translation>
    </message>
    <message>
        <source>Who still holds ApplicationImpersonation (retired in Exchange Online; an error or an empty list means the role is gone).</source>
        <translation>Qui détient encore ApplicationImpersonation (retiré d&apos;Exchange Online&#xa0;; une erreur ou une liste vide signifie que le rôle n&apos;existe plus).</translation>
    </message>
    <message>
        <source>Whether the app may open the mailbox through RBAC for Applications (InScope True).</source>
        <translation>Si l&apos;application peut ouvrir la boîte aux lettres via RBAC pour les applications (InScope True).</translation>
    </message>
    <message>
        <source>Whether the migration account has FullAccess on the mailbox (no admin role grants it by itself).</source>
        <translation>Si le compte de migration dispose de FullAccess sur la boîte aux lettres (aucun rôle d&apos;administrateur ne l&apos;accorde à lui seul).</translation>
    </message>
    <message>
        <source>Application access policies that limit the app to some mailboxes.</source>
        <translation>Stratégies d&apos;accès aux applications qui limitent l&apos;application à certaines boîtes aux lettres.</translation>
    </message>
    <message>
        <source>Whether such a policy lets the app open this mailbox (AccessCheckResult).</source>
        <translation>Si une telle stratégie permet à l&apos;application d&apos;ouvrir cette boîte aux lettres (AccessCheckResult).</translation>
    </message>
    <message>
        <source>Whether Exchange Online has a mailbox for the address, and of which type.</source>
        <translation>Si Exchange Online a une boîte aux lettres pour cette adresse, et de quel type.</translation>
    </message>
    <message>
        <source>What the address belongs to when it is not a mailbox (MailUser: the mailbox is elsewhere, for example on-premises).</source>
        <translation>À quoi appartient l&apos;adresse lorsqu&apos;il ne s&apos;agit pas d&apos;une boîte aux lettres (MailUser&#xa0;: la boîte aux lettres se trouve ailleurs, par exemple en local).</translation>
    </message>
    <message>
        <source>MailUser here, with an Exchange licence assigned, means the cloud mailbox was never created.</source>
        <translation>MailUser ici, avec une licence Exchange attribuée, signifie que la boîte aux lettres cloud n&apos;a jamais été créée.</translation>
    </message>
    <message>
        <source>Whether a move of the mailbox is in progress.</source>
        <translation>Si un déplacement de la boîte aux lettres est en cours.</translation>
    </message>
    <message>
        <source>Whether modern authentication is on for the organisation (it must be: Exchange Online no longer accepts Basic authentication for EWS).</source>
        <translation>Si l&apos;authentification moderne est activée pour l&apos;organisation (elle doit l&apos;être&#xa0;: Exchange Online n&apos;accepte plus l&apos;authentification de base pour EWS).</translation>
    </message>
    <message>
        <source>Authentication policies that block Basic authentication per protocol.</source>
        <translation>Stratégies d&apos;authentification qui bloquent l&apos;authentification de base par protocole.</translation>
    </message>
    <message>
        <source>If the tenant limits the app with RBAC for Applications: whether the mailbox is in the app&apos;s scope (InScope True).</source>
        <translation>Si le locataire limite l&apos;application avec RBAC pour les applications&#xa0;: si la boîte aux lettres fait partie de l&apos;étendue de l&apos;application (InScope True).</translation>
    </message>
    <message>
        <source>Who holds ApplicationImpersonation, and for which recipients; the migration account must be listed.</source>
        <translation>Qui détient ApplicationImpersonation, et pour quels destinataires&#xa0;; le compte de migration doit figurer dans la liste.</translation>
    </message>
    <message>
        <source>Whether the migration account has FullAccess on the mailbox.</source>
        <translation>Si le compte de migration dispose de FullAccess sur la boîte aux lettres.</translation>
    </message>
    <message>
        <source>Whether the mailbox exists on this organisation and where.</source>
        <translation>Si la boîte aux lettres existe dans cette organisation, et où.</translation>
    </message>
    <message>
        <source>Whether every mailbox database is mounted.</source>
        <translation>Si toutes les bases de données de boîtes aux lettres sont montées.</translation>
    </message>
    <message>
        <source>The database of this mailbox, and a move in progress.</source>
        <translation>La base de données de cette boîte aux lettres, et un éventuel déplacement en cours.</translation>
    </message>
    <message>
        <source>A move request for the mailbox, if any.</source>
        <translation>Une éventuelle demande de déplacement pour la boîte aux lettres.</translation>
    </message>
    <message>
        <source>Which sign-in methods the EWS virtual directories accept.</source>
        <translation>Méthodes de connexion acceptées par les répertoires virtuels EWS.</translation>
    </message>
    <message>
        <source>The same for Autodiscover.</source>
        <translation>Même chose pour Autodiscover.</translation>
    </message>
    <message>
        <source>Whether Extended Protection is required on EWS (Require blocks clients that cannot bind NTLM to the TLS channel).</source>
        <translation>Si la protection étendue (Extended Protection) est exigée sur EWS (Require bloque les clients qui ne peuvent pas lier NTLM au canal TLS).</translation>
    </message>
    <message>
        <source>The EWS URLs the servers publish: the project&apos;s EWS URL must be one of the ExternalUrl values.</source>
        <translation>URL EWS publiées par les serveurs&#xa0;: l&apos;URL EWS du projet doit correspondre à l&apos;une des valeurs ExternalUrl.</translation>
    </message>
    <message>
        <source>The Autodiscover address the servers publish.</source>
        <translation>Adresse Autodiscover publiée par les serveurs.</translation>
    </message>
    <message>
        <source>The certificates bound to IIS: the EWS host name must be in CertificateDomains and NotAfter in the future.</source>
        <translation>Certificats liés à IIS&#xa0;: le nom d&apos;hôte EWS doit figurer dans CertificateDomains, et NotAfter doit être dans le futur.</translation>
    </message>
    <message>
        <source>Which throttling policy applies to the migration account.</source>
        <translation>Stratégie de limitation qui s&apos;applique au compte de migration.</translation>
    </message>
    <message>
        <source>The EWS limits of the throttling policies.</source>
        <translation>Limites EWS des stratégies de limitation.</translation>
    </message>
    <message>
        <source>Health sets of the server that are not healthy.</source>
        <translation>Ensembles d&apos;intégrité (health sets) du serveur qui ne sont pas sains.</translation>
    </message>
    <message>
        <source>The account in Active Directory (module ActiveDirectory): Enabled, LockedOut and the last bad password attempt.</source>
        <translation>Le compte dans Active Directory (module ActiveDirectory)&#xa0;: Enabled, LockedOut et la dernière tentative de mot de passe erroné.</translation>
    </message>
    <message>
        <source>Whether security defaults are on for the tenant (IsEnabled True).</source>
        <translation>Si les paramètres de sécurité par défaut sont activés pour le locataire (IsEnabled True).</translation>
    </message>
    <message>
        <source>The Conditional Access policies and whether each is on; the sign-in log entry names the one that applied.</source>
        <translation>Stratégies d&apos;accès conditionnel et état d&apos;activation de chacune&#xa0;; l&apos;entrée du journal de connexion indique celle qui s&apos;est appliquée.</translation>
    </message>
    <message>
        <source>Whether security defaults are on (they require MFA too).</source>
        <translation>Si les paramètres de sécurité par défaut sont activés (ils exigent aussi la MFA).</translation>
    </message>
    <message>
        <source>The MFA methods the migration account has registered.</source>
        <translation>Méthodes MFA inscrites pour le compte de migration.</translation>
    </message>
    <message>
        <source>The app registration (no result: the client ID is not registered in this tenant). IsFallbackPublicClient True is needed for sign-in with a user name and password.</source>
        <translation>L&apos;inscription d&apos;application (aucun résultat&#xa0;: l&apos;ID client n&apos;est pas inscrit dans ce locataire). IsFallbackPublicClient True est nécessaire pour se connecter avec un nom d&apos;utilisateur et un mot de passe.</translation>
    </message>
    <message>
        <source>The app&apos;s enterprise application in this tenant: AccountEnabled must be True; AppRoleAssignmentRequired True needs the account assigned.</source>
        <translation>L&apos;application d&apos;entreprise correspondant à l&apos;application dans ce locataire&#xa0;: AccountEnabled doit valoir True&#xa0;; avec AppRoleAssignmentRequired True, le compte doit être affecté.</translation>
    </message>
    <message>
        <source>The app&apos;s enterprise application in this tenant (kept in $sp for the next commands).</source>
        <translation>L&apos;application d&apos;entreprise correspondant à l&apos;application dans ce locataire (conservée dans $sp pour les commandes suivantes).</translation>
    </message>
    <message>
        <source>Application permissions with admin consent: Office 365 Exchange Online with AppRoleId dc890d15-9560-4a4c-9b7f-a736ec74ec40 is full_access_as_app.</source>
        <translation>Autorisations d&apos;application avec consentement d&apos;administrateur&#xa0;: Office 365 Exchange Online avec l&apos;AppRoleId dc890d15-9560-4a4c-9b7f-a736ec74ec40 correspond à full_access_as_app.</translation>
    </message>
    <message>
        <source>Delegated permissions with consent: Scope must contain EWS.AccessAsUser.All for Office 365 Exchange Online.</source>
        <translation>Autorisations déléguées avec consentement&#xa0;: Scope doit contenir EWS.AccessAsUser.All pour Office 365 Exchange Online.</translation>
    </message>
    <message>
        <source>The app&apos;s client secrets: Hint is the first characters of each secret&apos;s value (the project needs the value, not the secret ID); an EndDateTime in the past means it expired.</source>
        <translation>Secrets clients de l&apos;application&#xa0;: Hint contient les premiers caractères de la valeur de chaque secret (le projet a besoin de la valeur, pas de l&apos;ID du secret)&#xa0;; un EndDateTime passé signifie que le secret a expiré.</translation>
    </message>
    <message>
        <source>Whether the app has a certificate (KeyCredentials); SharePoint app-only access needs one, a client secret is refused.</source>
        <translation>Si l&apos;application possède un certificat (KeyCredentials)&#xa0;; l&apos;accès d&apos;application seule à SharePoint en exige un, un secret client est refusé.</translation>
    </message>
    <message>
        <source>The account: AccountEnabled, when the password last changed, whether it is synchronised from on-premises Active Directory.</source>
        <translation>Le compte&#xa0;: AccountEnabled, date du dernier changement de mot de passe, synchronisation ou non depuis l&apos;Active Directory local.</translation>
    </message>
    <message>
        <source>The tenant&apos;s ID (signing in proves the cloud: use -Environment USGov for GCC High, USGovDoD for DoD, China for 21Vianet).</source>
        <translation>L&apos;ID du locataire (une connexion réussie confirme le cloud&#xa0;: utilisez -Environment USGov pour GCC High, USGovDoD pour DoD, China pour 21Vianet).</translation>
    </message>
    <message>
        <source>The tenant&apos;s domains: the project&apos;s domain must be listed and verified.</source>
        <translation>Domaines du locataire&#xa0;: le domaine du projet doit figurer dans la liste et être vérifié.</translation>
    </message>
    <message>
        <source>Whether the domain is federated (AuthenticationType Federated).</source>
        <translation>Si le domaine est fédéré (AuthenticationType Federated).</translation>
    </message>
    <message>
        <source>Where federated sign-ins go (the identity provider that must be reachable).</source>
        <translation>Destination des connexions fédérées (le fournisseur d&apos;identité qui doit être joignable).</translation>
    </message>
    <message>
        <source>The mailbox user&apos;s licences: an Exchange Online plan must be there (Kiosk and F3 licences have no EWS rights).</source>
        <translation>Licences de l&apos;utilisateur de la boîte aux lettres&#xa0;: un plan Exchange Online doit être présent (les licences Kiosk et F3 n&apos;ont pas de droits EWS).</translation>
    </message>
    <message>
        <source>Whether the user is synchronised from on-premises Active Directory.</source>
        <translation>Si l&apos;utilisateur est synchronisé depuis l&apos;Active Directory local.</translation>
    </message>
    <message>
        <source>The user&apos;s SharePoint service plans: SHAREPOINTSTANDARD or SHAREPOINTENTERPRISE must be there and Success.</source>
        <translation>Plans de service SharePoint de l&apos;utilisateur&#xa0;: SHAREPOINTSTANDARD ou SHAREPOINTENTERPRISE doit être présent, avec l&apos;état Success.</translation>
    </message>
    <message>
        <source>The user&apos;s OneDrive (an error &quot;mysite not found&quot; means it was never created).</source>
        <translation>Le OneDrive de l&apos;utilisateur (une erreur «&#xa0;mysite not found&#xa0;» signifie qu&apos;il n&apos;a jamais été créé).</translation>
    </message>
    <message>
        <source>Connect to the SharePoint Online Management Shell as a SharePoint admin.</source>
        <translation>Connectez-vous à SharePoint Online Management Shell en tant qu&apos;administrateur SharePoint.</translation>
    </message>
    <message>
        <source>DisableCustomAppAuthentication True means the older SharePoint app-only model (ACS, client secret) is switched off for the tenant.</source>
        <translation>DisableCustomAppAuthentication True signifie que l&apos;ancien modèle d&apos;application seule de SharePoint (ACS, secret client) est désactivé pour le locataire.</translation>
    </message>
    <message>
        <source>The migration tool&apos;s error message</source>
        <translation>Message d&apos;erreur de l&apos;outil de migration</translation>
    </message>
    <message>
        <source>Sign in to the Microsoft Entra admin center (%1) as at least a Reports Reader and open Entra ID &gt; Monitoring &amp; health &gt; Sign-in logs.</source>
        <translation>Connectez-vous au Centre d&apos;administration Microsoft Entra (%1) au moins en tant que Lecteur de rapports et ouvrez Entra ID &gt; Surveillance et intégrité &gt; Journaux de connexion.</translation>
    </message>
    <message>
        <source>Open the tab Service principal sign-ins (the app signs in with its client ID and secret, without a user).</source>
        <translation>Ouvrez l&apos;onglet «&#xa0;Connexions de principal de service&#xa0;» (l&apos;application se connecte avec son ID client et son secret, sans utilisateur).</translation>
    </message>
    <message>
        <source>Stay on the tab User sign-ins (interactive): a sign-in with a user name and password is logged there.</source>
        <translation>Restez sur l&apos;onglet «&#xa0;Connexions utilisateur (interactives)&#xa0;»&#xa0;: c&apos;est là qu&apos;une connexion avec nom d&apos;utilisateur et mot de passe est journalisée.</translation>
    </message>
    <message>
        <source>Set Date to Custom time range around the time below. The times here are UTC; the portal shows your local time.</source>
        <translation>Définissez «&#xa0;Date&#xa0;» sur «&#xa0;Intervalle de temps personnalisé&#xa0;» autour de l&apos;heure indiquée ci-dessous. Les heures indiquées ici sont en UTC&#xa0;; le portail affiche votre heure locale.</translation>
    </message>
    <message>
        <source>Select Add filters &gt; Correlation ID and paste the correlation ID; or Add filters &gt; Request ID with the trace ID (the error&apos;s Trace ID is the sign-in&apos;s Request ID).</source>
        <translation>Sélectionnez «&#xa0;Ajouter des filtres&#xa0;» &gt; «&#xa0;ID de corrélation&#xa0;» et collez l&apos;ID de corrélation&#xa0;; ou «&#xa0;Ajouter des filtres&#xa0;» &gt; «&#xa0;ID de la demande&#xa0;» avec le Trace ID (le Trace ID de l&apos;erreur est l&apos;ID de la demande de la connexion).</translation>
    </message>
    <message>
        <source>Open the entry: Basic info shows the sign-in error code and the failure reason; the Conditional Access tab shows which policy applied and what it required.</source>
        <translation>Ouvrez l&apos;entrée&#xa0;: «&#xa0;Informations de base&#xa0;» affiche le code d&apos;erreur de connexion et la raison de l&apos;échec&#xa0;; l&apos;onglet «&#xa0;Accès conditionnel&#xa0;» indique quelle stratégie s&apos;est appliquée et ce qu&apos;elle exigeait.</translation>
    </message>
    <message>
        <source>The user sign-in with this correlation ID (Microsoft Graph returns sign-in logs only with an Entra ID P1 or P2 licence; the admin center shows them with every edition).</source>
        <translation>La connexion utilisateur avec cet ID de corrélation (Microsoft Graph ne renvoie les journaux de connexion qu&apos;avec une licence Entra ID P1 ou P2&#xa0;; le centre d&apos;administration les affiche dans toutes les éditions).</translation>
    </message>
    <message>
        <source>No finding of this diagnosis needs a tenant or Exchange admin.</source>
        <translation>Aucun constat de ce diagnostic ne nécessite d&apos;administrateur du locataire ni d&apos;administrateur Exchange.</translation>
    </message>
    <message>
        <source>ruled out by %1</source>
        <translation>écartée par %1</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Could not write the PDF report to %1: %2</source>
        <translation>Impossible d&apos;écrire le rapport PDF dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not write the PDF report to %1.</source>
        <translation>Impossible d&apos;écrire le rapport PDF dans %1.</translation>
    </message>
    <message>
        <source>Exchange Online</source>
        <translation>Exchange Online</translation>
    </message>
    <message>
        <source>Exchange Server (on-premises)</source>
        <translation>Exchange Server (local)</translation>
    </message>
    <message>
        <source>OneDrive for Business</source>
        <translation>OneDrive for Business</translation>
    </message>
    <message>
        <source>an unknown endpoint</source>
        <translation>un point de terminaison inconnu</translation>
    </message>
    <message>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <source>destination</source>
        <translation>destination</translation>
    </message>
    <message>
        <source>side not given</source>
        <translation>non indiqué</translation>
    </message>
    <message>
        <source>commercial cloud</source>
        <translation>cloud commercial</translation>
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
        <translation>21Vianet (Chine)</translation>
    </message>
    <message>
        <source>modern authentication with a user name and password</source>
        <translation>authentification moderne avec nom d&apos;utilisateur et mot de passe</translation>
    </message>
    <message>
        <source>modern authentication, app-only with a client secret</source>
        <translation>authentification moderne, application seule avec secret client</translation>
    </message>
    <message>
        <source>Basic authentication</source>
        <translation>authentification de base</translation>
    </message>
    <message>
        <source>NTLM</source>
        <translation>NTLM</translation>
    </message>
    <message>
        <source>sign-in method not given</source>
        <translation>méthode de connexion non indiquée</translation>
    </message>
    <message>
        <source>high confidence</source>
        <translation>confiance élevée</translation>
    </message>
    <message>
        <source>medium confidence</source>
        <translation>confiance moyenne</translation>
    </message>
    <message>
        <source>low confidence</source>
        <translation>confiance faible</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>réussie</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échouée</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ignorée</translation>
    </message>
    <message>
        <source>no verdict (error)</source>
        <translation>aucun verdict (erreur)</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>sans réponse</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>not sure</source>
        <translation>je ne sais pas</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>délai d&apos;attente dépassé</translation>
    </message>
    <message>
        <source>TLS (certificate) error</source>
        <translation>erreur TLS (certificat)</translation>
    </message>
    <message>
        <source>host name not found</source>
        <translation>nom d&apos;hôte introuvable</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>connexion refusée</translation>
    </message>
    <message>
        <source>answer too large</source>
        <translation>réponse trop volumineuse</translation>
    </message>
    <message>
        <source>not sent (blocked for safety)</source>
        <translation>non envoyée (bloquée par sécurité)</translation>
    </message>
    <message>
        <source>network error</source>
        <translation>erreur réseau</translation>
    </message>
    <message>
        <source>the pasted error message</source>
        <translation>le message d&apos;erreur collé</translation>
    </message>
    <message>
        <source>your answer to &quot;%1&quot;</source>
        <translation>votre réponse à «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>your answer</source>
        <translation>votre réponse</translation>
    </message>
    <message>
        <source>AuthDoctor report</source>
        <translation>Rapport AuthDoctor</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <source>The migration tool reported</source>
        <translation>Message de l&apos;outil de migration</translation>
    </message>
    <message>
        <source>The cause</source>
        <translation>La cause</translation>
    </message>
    <message>
        <source>Why we believe it</source>
        <translation>Pourquoi nous le pensons</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Que faire</translation>
    </message>
    <message>
        <source>Who must act</source>
        <translation>Qui doit intervenir</translation>
    </message>
    <message>
        <source>How long the change takes to apply</source>
        <translation>Délai d&apos;application de la modification</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Liens</translation>
    </message>
    <message>
        <source>Other findings</source>
        <translation>Autres constats</translation>
    </message>
    <message>
        <source>Ruled out</source>
        <translation>Causes écartées</translation>
    </message>
    <message>
        <source>Questions and answers</source>
        <translation>Questions et réponses</translation>
    </message>
    <message>
        <source>For the admin: confirm the cause (read-only)</source>
        <translation>Pour l&apos;administrateur&#xa0;: confirmer la cause (lecture seule)</translation>
    </message>
    <message>
        <source>Every command below only reads settings; none of them changes the tenant or the server. Run them, compare the result with what each line says to look for, then apply the steps above.</source>
        <translation>Chacune des commandes ci-dessous se contente de lire des paramètres&#xa0;; aucune ne modifie le locataire ou le serveur. Exécutez-les, comparez le résultat avec ce que chaque ligne indique de rechercher, puis appliquez les étapes ci-dessus.</translation>
    </message>
    <message>
        <source>Admin consent for the project&apos;s app</source>
        <translation>Consentement d&apos;administrateur pour l&apos;application du projet</translation>
    </message>
    <message>
        <source>Find the failed sign-in in the Entra sign-in logs</source>
        <translation>Trouver la connexion en échec dans les journaux de connexion Entra</translation>
    </message>
    <message>
        <source>No failed sign-in with an ID was recorded; filter by the account and the time of the diagnosis instead.</source>
        <translation>Aucune connexion en échec avec un ID n&apos;a été enregistrée&#xa0;; filtrez plutôt sur le compte et l&apos;heure du diagnostic.</translation>
    </message>
    <message>
        <source>Technical appendix</source>
        <translation>Annexe technique</translation>
    </message>
    <message>
        <source>About this diagnosis</source>
        <translation>À propos de ce diagnostic</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Entrées</translation>
    </message>
    <message>
        <source>Error message (as pasted; credentials masked)</source>
        <translation>Message d&apos;erreur (tel que collé&#xa0;; informations d&apos;identification masquées)</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Vérifications</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Codes</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Faits</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Request body (excerpt, redacted)</source>
        <translation>Corps de la requête (extrait, données sensibles masquées)</translation>
    </message>
    <message>
        <source>Response body (excerpt, redacted)</source>
        <translation>Corps de la réponse (extrait, données sensibles masquées)</translation>
    </message>
    <message>
        <source>Request IDs and timestamps</source>
        <translation>ID de requête et horodatages</translation>
    </message>
    <message>
        <source>No HTTP answer</source>
        <translation>Aucune réponse HTTP</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <source>Points to</source>
        <translation>Désigne</translation>
    </message>
    <message>
        <source>Rules out</source>
        <translation>Écarte</translation>
    </message>
    <message>
        <source>Knowledge-base section</source>
        <translation>Section de la base de connaissances</translation>
    </message>
    <message>
        <source>Passwords, client secrets, tokens and cookies are never part of this report; anything in the evidence or the pasted error that looks like a credential is masked.</source>
        <translation>Les mots de passe, secrets clients, jetons et cookies ne figurent jamais dans ce rapport&#xa0;; tout ce qui ressemble à des informations d&apos;identification dans les preuves ou dans l&apos;erreur collée est masqué.</translation>
    </message>
    <message>
        <source>No check ran.</source>
        <translation>Aucune vérification n&apos;a été exécutée.</translation>
    </message>
    <message>
        <source>Finding ID</source>
        <translation>ID du constat</translation>
    </message>
    <message>
        <source>The diagnosis did not complete; what it found so far is below.</source>
        <translation>Le diagnostic ne s&apos;est pas terminé&#xa0;; voici ce qu&apos;il a trouvé jusqu&apos;ici.</translation>
    </message>
    <message>
        <source>A cause that blocks the migration was found.</source>
        <translation>Une cause qui bloque la migration a été trouvée.</translation>
    </message>
    <message>
        <source>No blocking cause: the sign-in works with these settings now.</source>
        <translation>Aucune cause bloquante&#xa0;: la connexion fonctionne actuellement avec ces paramètres.</translation>
    </message>
    <message>
        <source>No known cause matched: the raw codes and IDs below are for a support ticket.</source>
        <translation>Aucune cause connue ne correspond&#xa0;: les codes et ID bruts ci-dessous sont destinés à un ticket de support.</translation>
    </message>
    <message>
        <source>AuthDoctor could not name one cause</source>
        <translation>AuthDoctor n&apos;a pas pu désigner une cause unique</translation>
    </message>
    <message>
        <source>the project&apos;s account</source>
        <translation>le compte du projet</translation>
    </message>
    <message>
        <source>the app %1</source>
        <translation>l&apos;application %1</translation>
    </message>
    <message>
        <source>AuthDoctor tested how the migration tool signs in to %1 as %2 (%3 side, %4, %5) on %6.</source>
        <translation>Le %6, AuthDoctor a testé la connexion de l&apos;outil de migration à %1 avec %2 (côté&#xa0;: %3, %4, %5).</translation>
    </message>
    <message>
        <source>Checks: %1 passed, %2 failed, %3 skipped.</source>
        <translation>Vérifications réussies&#xa0;: %1, échouées&#xa0;: %2, ignorées&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Evidence: %1.</source>
        <translation>Preuves&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>This is the fix, not a check: a Global Administrator (or a Privileged Role or Cloud Application Administrator) who opens it sees the permissions the app asks for and, on Accept, grants them for the whole tenant. Check the list before accepting.</source>
        <translation>Il s&apos;agit du correctif, pas d&apos;une vérification&#xa0;: un Administrateur général (ou un Administrateur de rôle privilégié ou un Administrateur d&apos;application cloud) qui ouvre ce lien voit les autorisations demandées par l&apos;application et, en cliquant sur «&#xa0;Accepter&#xa0;», les accorde pour tout le locataire. Vérifiez la liste avant d&apos;accepter.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Timestamp (Microsoft)</source>
        <translation>Horodatage (Microsoft)</translation>
    </message>
    <message>
        <source>Correlation ID</source>
        <translation>ID de corrélation</translation>
    </message>
    <message>
        <source>Request ID (Trace ID)</source>
        <translation>ID de la demande (Trace ID)</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>unknown time</source>
        <translation>heure inconnue</translation>
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
        <source>+%1 after the start</source>
        <translation>+%1 après le début</translation>
    </message>
    <message>
        <source>PRACTICE: simulated tenant, not a real diagnosis</source>
        <translation>ENTRAÎNEMENT&#xa0;: locataire simulé, pas un vrai diagnostic</translation>
    </message>
    <message>
        <source>PRACTICE: simulated tenant (scenario %1), not a real diagnosis</source>
        <translation>ENTRAÎNEMENT&#xa0;: locataire simulé (scénario %1), pas un vrai diagnostic</translation>
    </message>
    <message>
        <source>Diagnosis run</source>
        <translation>Exécution du diagnostic</translation>
    </message>
    <message>
        <source>AuthDoctor version</source>
        <translation>Version d&apos;AuthDoctor</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Système d&apos;exploitation</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Practice scenario</source>
        <translation>Scénario d&apos;entraînement</translation>
    </message>
    <message>
        <source>Report made with</source>
        <translation>Rapport créé avec</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Point de terminaison</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Côté</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>Cloud</translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation>Méthode de connexion</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation>Boîte aux lettres</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Locataire</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID client</translation>
    </message>
    <message>
        <source>EWS URL</source>
        <translation>URL EWS</translation>
    </message>
    <message numerus="yes">
        <source>[%n characters masked]</source>
        <translation>
            <numerusform>[%n caractère masqué]</numerusform>
            <numerusform>[%n caractères masqués]</numerusform>
        </translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>a label followed by its value; French: no-break space before the colon</comment>
        <translation>%1&#xa0;:</translation>
    </message>
</context>
<context>
    <name>AuthDoctor::SecretStore</name>
    <message>
        <source>The system keychain did not answer in time.</source>
        <translation>Le trousseau du système n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>Nothing is stored in the system keychain for this account.</source>
        <translation>Le trousseau du système ne contient rien pour ce compte.</translation>
    </message>
    <message>
        <source>The system keychain refused access.</source>
        <translation>Le trousseau du système a refusé l&apos;accès.</translation>
    </message>
    <message>
        <source>No system keychain is available on this computer.</source>
        <translation>Aucun trousseau système n&apos;est disponible sur cet ordinateur.</translation>
    </message>
    <message>
        <source>The system keychain is not supported on this platform.</source>
        <translation>Le trousseau du système n&apos;est pas pris en charge sur cette plateforme.</translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1</source>
        <translation>Le trousseau du système a signalé une erreur&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>AuthDoctor::Session</name>
    <message>
        <source>Cannot open %1: the file is empty.</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: le fichier est vide.</translation>
    </message>
    <message>
        <source>Cannot open %1: the file is incomplete, it ends in the middle of the session (it may have been copied or downloaded only in part).</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: le fichier est incomplet, il s&apos;arrête au milieu de la session (il n&apos;a peut-être été copié ou téléchargé qu&apos;en partie).</translation>
    </message>
    <message>
        <source>Cannot open %1: it is not an AuthDoctor session (its content is not JSON: %2 at byte %3).</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: ce n&apos;est pas une session AuthDoctor (son contenu n&apos;est pas du JSON&#xa0;: %2 à l&apos;octet %3).</translation>
    </message>
    <message>
        <source>Cannot open %1: it is not an AuthDoctor session file.</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: ce n&apos;est pas un fichier de session AuthDoctor.</translation>
    </message>
    <message>
        <source>Cannot open %1: it is the output of &quot;authdoctor diagnose --json&quot;, not a session. Save a session with &quot;authdoctor diagnose --save FILE.authdiag&quot;.</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: il s&apos;agit de la sortie de «&#xa0;authdoctor diagnose --json&#xa0;», pas d&apos;une session. Enregistrez une session avec «&#xa0;authdoctor diagnose --save FILE.authdiag&#xa0;».</translation>
    </message>
    <message>
        <source>Cannot open %1: it is not an AuthDoctor session file (its schema is &quot;%2&quot;).</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: ce n&apos;est pas un fichier de session AuthDoctor (son schéma est «&#xa0;%2&#xa0;»).</translation>
    </message>
    <message>
        <source>Cannot open %1: it was saved by a newer AuthDoctor (session format %2; this version reads formats up to %3). Update AuthDoctor to open it.</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: il a été enregistré par une version plus récente d&apos;AuthDoctor (format de session %2&#xa0;; cette version lit les formats jusqu&apos;à %3). Mettez à jour AuthDoctor pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>Cannot open %1: it uses session format %2, which this version of AuthDoctor cannot read.</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: il utilise le format de session %2, que cette version d&apos;AuthDoctor ne sait pas lire.</translation>
    </message>
    <message>
        <source>Cannot open %1: the file is damaged (the field &quot;%2&quot; is missing or not valid).</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: le fichier est endommagé (le champ «&#xa0;%2&#xa0;» est absent ou non valide).</translation>
    </message>
    <message>
        <source>Cannot open %1: there is no such file.</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: ce fichier n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Cannot open %1: it is a folder, not a session file.</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: c&apos;est un dossier, pas un fichier de session.</translation>
    </message>
    <message>
        <source>Cannot open %1: it is not a regular file.</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: ce n&apos;est pas un fichier ordinaire.</translation>
    </message>
    <message>
        <source>Cannot open %1: it is too large for an AuthDoctor session (%2 MB; the limit is %3 MB).</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: il est trop volumineux pour une session AuthDoctor (%2 Mo&#xa0;; la limite est de %3 Mo).</translation>
    </message>
    <message>
        <source>Cannot open %1: it cannot be read (%2).</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: il ne peut pas être lu (%2).</translation>
    </message>
    <message>
        <source>Cannot save the session as %1: it is a folder.</source>
        <translation>Impossible d&apos;enregistrer la session sous %1&#xa0;: c&apos;est un dossier.</translation>
    </message>
    <message>
        <source>Cannot save the session as %1: %2</source>
        <translation>Impossible d&apos;enregistrer la session sous %1&#xa0;: %2</translation>
    </message>
</context>
</TS>
