<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AuthDoctor::Ui::AuthDoctorWizard</name>
    <message>
        <source>Open session</source>
        <translation>Ouvrir une session enregistrée</translation>
    </message>
    <message>
        <source>AuthDoctor sessions (*.authdiag)</source>
        <translation>Sessions AuthDoctor (*.authdiag)</translation>
    </message>
    <message>
        <source>AuthDoctor — 401 Unauthorized troubleshooter</source>
        <translation>AuthDoctor — dépannage des erreurs «&#xa0;401 Unauthorized&#xa0;»</translation>
    </message>
</context>
<context>
    <name>AuthDoctor::Ui::CheckListModel</name>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Réussie</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignorée</translation>
    </message>
    <message>
        <source>Could not check</source>
        <translation>Vérification impossible</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Codes: %1</source>
        <translation>Codes&#xa0;: %1</translation>
    </message>
    <message>
        <source>→ HTTP %1 after %2 ms</source>
        <translation>→ HTTP %1 après %2 ms</translation>
    </message>
    <message>
        <source>→ no answer after %1 ms: %2</source>
        <translation>→ aucune réponse après %1 ms&#xa0;: %2</translation>
    </message>
    <message>
        <source>No request was sent.</source>
        <translation>Aucune requête n&apos;a été envoyée.</translation>
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
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
</context>
<context>
    <name>AuthDoctor::Ui::ChecksPage</name>
    <message>
        <source>Running checks: %1 of %2 done. Checks that do not depend on each other run at the same time.</source>
        <translation>Vérifications en cours&#xa0;: %1 sur %2 terminées. Les vérifications indépendantes les unes des autres s&apos;exécutent en parallèle.</translation>
    </message>
    <message>
        <source>Results of a saved session. Go back to the credentials to run the checks again.</source>
        <translation>Résultats d&apos;une session enregistrée. Revenez aux informations d&apos;identification pour relancer les vérifications.</translation>
    </message>
    <message>
        <source>Cancelled. Retry a check, run all checks again, or continue with what was found.</source>
        <translation>Annulé. Relancez une vérification, relancez toutes les vérifications ou continuez avec les résultats obtenus.</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Vérification en cours</translation>
    </message>
    <message>
        <source>AuthDoctor tests the real endpoints now. Select a check to see its evidence; secrets are never shown or stored.</source>
        <translation>AuthDoctor teste maintenant les points de terminaison réels. Sélectionnez une vérification pour voir ses preuves&#xa0;; les secrets ne sont jamais affichés ni stockés.</translation>
    </message>
    <message>
        <source>&amp;Evidence of the selected check (redacted):</source>
        <translation>&amp;Preuves de la vérification sélectionnée (masquées)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Cancel checks</source>
        <translation>&amp;Annuler les vérifications</translation>
    </message>
    <message>
        <source>Re&amp;try this check</source>
        <translation>&amp;Relancer cette vérification</translation>
    </message>
    <message>
        <source>R&amp;un again</source>
        <translation>Relancer &amp;tout</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Vérifications</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message numerus="yes">
        <source>All %n checks ended. Continue to see the cause.</source>
        <translation>
            <numerusform>La vérification est terminée (%n). Continuez pour voir la cause.</numerusform>
            <numerusform>Les %n vérifications sont terminées. Continuez pour voir la cause.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuthDoctor::Ui::ClassificationView</name>
    <message>
        <source>Source (the system the migration reads from)</source>
        <translation>Source (le système d&apos;où la migration lit les données)</translation>
    </message>
    <message>
        <source>Destination (the system the migration writes to)</source>
        <translation>Destination (le système où la migration écrit les données)</translation>
    </message>
    <message>
        <source>Not stated in the message</source>
        <translation>Non indiqué dans le message</translation>
    </message>
    <message>
        <source>Exchange Online / Microsoft 365</source>
        <translation>Exchange Online / Microsoft 365</translation>
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
        <source>high</source>
        <translation>élevée</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <source>low</source>
        <translation>faible</translation>
    </message>
    <message>
        <source>Likely causes</source>
        <translation>Causes probables</translation>
    </message>
    <message>
        <source>Details of the selected cause</source>
        <translation>Détails de la cause sélectionnée</translation>
    </message>
    <message>
        <source>Failing side:</source>
        <translation>Côté en échec&#xa0;:</translation>
    </message>
    <message>
        <source>Endpoint:</source>
        <translation>Point de terminaison&#xa0;:</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Hôte&#xa0;:</translation>
    </message>
    <message>
        <source>HTTP status:</source>
        <translation>Statut HTTP&#xa0;:</translation>
    </message>
    <message>
        <source>Codes found:</source>
        <translation>Codes trouvés&#xa0;:</translation>
    </message>
    <message>
        <source>Likely cause</source>
        <translation>Cause probable</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Probabilité</translation>
    </message>
    <message>
        <source>Paste the error message above: what it says appears here as you type.</source>
        <translation>Collez le message d&apos;erreur ci-dessus&#xa0;: son interprétation s&apos;affiche ici au fur et à mesure de la saisie.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Likely causes, most likely first (select one to see why):</source>
        <translation>Causes probables, de la plus probable à la moins probable (sélectionnez-en une pour voir pourquoi)&#xa0;:</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Raison&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>AuthDoctor::Ui::CredentialsPage</name>
    <message>
        <source>(none: no check of these inputs sends credentials)</source>
        <translation>(aucun&#xa0;: aucune vérification de ces entrées n&apos;envoie d&apos;informations d&apos;identification)</translation>
    </message>
    <message>
        <source>Practice secrets are never stored.</source>
        <translation>Les secrets saisis en mode entraînement ne sont jamais stockés.</translation>
    </message>
    <message>
        <source>No system keychain is available (%1). Credentials are kept in memory for this run only; everything else works.</source>
        <translation>Aucun trousseau système n&apos;est disponible (%1). Les informations d&apos;identification sont conservées en mémoire pour cette exécution uniquement&#xa0;; tout le reste fonctionne.</translation>
    </message>
    <message>
        <source>Looking for the system keychain…</source>
        <translation>Recherche du trousseau système…</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Informations d&apos;identification</translation>
    </message>
    <message>
        <source>The same account and settings the migration project uses. They stay in memory and are sent only to the hosts listed below, over verified TLS.</source>
        <translation>Le compte et les paramètres utilisés par le projet de migration. Ils restent en mémoire et ne sont envoyés qu&apos;aux hôtes listés ci-dessous, via une connexion TLS vérifiée.</translation>
    </message>
    <message>
        <source>&amp;Account (UPN):</source>
        <translation>&amp;Compte (UPN)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Mailbox being migrated:</source>
        <translation>&amp;Boîte aux lettres migrée&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Tenant (domain or ID):</source>
        <translation>L&amp;ocataire (domaine ou ID)&#xa0;:</translation>
    </message>
    <message>
        <source>Application (c&amp;lient) ID:</source>
        <translation>ID d&apos;application (c&amp;lient)&#xa0;:</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>&amp;Secret client&#xa0;:</translation>
    </message>
    <message>
        <source>migration-admin@contoso.com</source>
        <translation>migration-admin@contoso.com</translation>
    </message>
    <message>
        <source>optional: user@contoso.com</source>
        <translation>facultatif&#xa0;: user@contoso.com</translation>
    </message>
    <message>
        <source>optional: contoso.onmicrosoft.com</source>
        <translation>facultatif&#xa0;: contoso.onmicrosoft.com</translation>
    </message>
    <message>
        <source>optional for delegated sign-in</source>
        <translation>facultatif pour la connexion déléguée</translation>
    </message>
    <message>
        <source>&amp;Remember the secret in the system keychain</source>
        <translation>&amp;Mémoriser le secret dans le trousseau système</translation>
    </message>
    <message>
        <source>The credentials will be sent only to:</source>
        <translation>Les informations d&apos;identification seront envoyées uniquement à&#xa0;:</translation>
    </message>
</context>
<context>
    <name>AuthDoctor::Ui::EndpointPage</name>
    <message>
        <source>The tool signs in as a user with a password and gets an OAuth token (MigrationWiz &quot;Use Modern Authentication&quot;).</source>
        <translation>L&apos;outil se connecte en tant qu&apos;utilisateur avec un mot de passe et obtient un jeton OAuth (option MigrationWiz «&#xa0;Use Modern Authentication&#xa0;»).</translation>
    </message>
    <message>
        <source>The tool signs in as an app registration with a client secret; no user password is involved.</source>
        <translation>L&apos;outil se connecte en tant qu&apos;inscription d&apos;application avec un secret client&#xa0;; aucun mot de passe utilisateur n&apos;est utilisé.</translation>
    </message>
    <message>
        <source>User name and password sent to the server itself.</source>
        <translation>Nom d&apos;utilisateur et mot de passe envoyés directement au serveur.</translation>
    </message>
    <message>
        <source>Exchange Online no longer accepts Basic authentication; AuthDoctor confirms that and shows the modern alternative.</source>
        <translation>Exchange Online n&apos;accepte plus l&apos;authentification de base&#xa0;; AuthDoctor le confirme et indique l&apos;alternative moderne.</translation>
    </message>
    <message>
        <source>Windows authentication (NTLM/Negotiate) to the Exchange server.</source>
        <translation>Authentification Windows (NTLM/Negotiate) auprès du serveur Exchange.</translation>
    </message>
    <message>
        <source>Which endpoint?</source>
        <translation>Quel point de terminaison&#xa0;?</translation>
    </message>
    <message>
        <source>Where the migration project connects, and how it signs in. AuthDoctor filled in what the error message told it.</source>
        <translation>Où le projet de migration se connecte et comment il s&apos;authentifie. AuthDoctor a prérempli les informations fournies par le message d&apos;erreur.</translation>
    </message>
    <message>
        <source>Endpoint:</source>
        <translation>Point de terminaison&#xa0;:</translation>
    </message>
    <message>
        <source>E&amp;xchange Online / Microsoft 365</source>
        <translation>E&amp;xchange Online / Microsoft 365</translation>
    </message>
    <message>
        <source>Exchange &amp;Server (on-premises, 2010–2019/SE)</source>
        <translation>Exchange &amp;Server (local, 2010–2019/SE)</translation>
    </message>
    <message>
        <source>One&amp;Drive for Business</source>
        <translation>One&amp;Drive for Business</translation>
    </message>
    <message>
        <source>&amp;Cloud:</source>
        <translation>&amp;Cloud&#xa0;:</translation>
    </message>
    <message>
        <source>Sign-&amp;in method:</source>
        <translation>&amp;Méthode de connexion&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;EWS URL:</source>
        <translation>URL &amp;EWS&#xa0;:</translation>
    </message>
    <message>
        <source>EWS URL</source>
        <translation>URL EWS</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>Je ne sais pas</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Worldwide (commercial)</source>
        <translation>Mondial (commercial)</translation>
    </message>
    <message>
        <source>US Government GCC</source>
        <translation>US Government GCC</translation>
    </message>
    <message>
        <source>US Government GCC High</source>
        <translation>US Government GCC High</translation>
    </message>
    <message>
        <source>US Government DoD</source>
        <translation>US Government DoD</translation>
    </message>
    <message>
        <source>China (operated by 21Vianet)</source>
        <translation>Chine (géré par 21Vianet)</translation>
    </message>
    <message>
        <source>Modern: user and password (delegated)</source>
        <translation>Moderne&#xa0;: utilisateur et mot de passe (délégué)</translation>
    </message>
    <message>
        <source>Modern: app-only with a client secret</source>
        <translation>Moderne&#xa0;: application uniquement avec un secret client</translation>
    </message>
    <message>
        <source>Basic: user and password</source>
        <translation>De base&#xa0;: utilisateur et mot de passe</translation>
    </message>
    <message>
        <source>NTLM / Windows authentication (Exchange Server)</source>
        <translation>NTLM / authentification Windows (Exchange Server)</translation>
    </message>
    <message>
        <source>Side that failed</source>
        <translation>Côté en échec</translation>
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
        <source>Side &amp;that failed:</source>
        <translation>Cô&amp;té en échec :</translation>
    </message>
</context>
<context>
    <name>AuthDoctor::Ui::IntakePage</name>
    <message>
        <source>No practice: diagnose a real tenant</source>
        <translation>Pas d&apos;entraînement&#xa0;: diagnostiquer un locataire réel</translation>
    </message>
    <message>
        <source>Practice runs the whole flow against a simulated tenant built into AuthDoctor: no account and no network are needed.</source>
        <translation>L&apos;entraînement déroule tout le processus sur un locataire simulé intégré à AuthDoctor&#xa0;: aucun compte ni aucune connexion réseau n&apos;est nécessaire.</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <source>The practice scenario cannot be loaded: %1</source>
        <translation>Impossible de charger le scénario d&apos;entraînement&#xa0;: %1</translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation>Que s&apos;est-il passé&#xa0;?</translation>
    </message>
    <message>
        <source>Paste the error your migration tool showed. AuthDoctor reads it right away; nothing is sent anywhere.</source>
        <translation>Collez l&apos;erreur affichée par votre outil de migration. AuthDoctor l&apos;analyse immédiatement&#xa0;; rien n&apos;est envoyé nulle part.</translation>
    </message>
    <message>
        <source>Copy the whole &amp;error from the migration project&apos;s line item (including any AADSTS code, Trace ID or Correlation ID) and paste it here:</source>
        <translation>Copiez l&apos;&amp;erreur complète depuis la ligne du projet de migration (y compris tout code AADSTS, Trace ID ou Correlation ID) et collez-la ici&#xa0;:</translation>
    </message>
    <message>
        <source>Example: Your migration failed while checking destination credentials. Http POST request to &apos;autodiscover-s.outlook.com&apos; failed - 401 Unauthorized: …</source>
        <translation>Exemple&#xa0;: Your migration failed while checking destination credentials. Http POST request to &apos;autodiscover-s.outlook.com&apos; failed - 401 Unauthorized: …</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>Message d&apos;erreur</translation>
    </message>
    <message>
        <source>Or:</source>
        <translation>Ou&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Open a saved session…</source>
        <translation>&amp;Ouvrir une session enregistrée…</translation>
    </message>
    <message>
        <source>Open a saved session</source>
        <translation>Ouvrir une session enregistrée</translation>
    </message>
    <message>
        <source>&amp;Practice:</source>
        <translation>E&amp;ntraînement&#xa0;:</translation>
    </message>
    <message>
        <source>Practice scenario</source>
        <translation>Scénario d&apos;entraînement</translation>
    </message>
</context>
<context>
    <name>AuthDoctor::Ui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open session…</source>
        <translation>&amp;Ouvrir une session enregistrée…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Sessions &amp;récentes</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About AuthDoctor</source>
        <translation>À &amp;propos d&apos;AuthDoctor</translation>
    </message>
    <message>
        <source>&amp;Copy diagnostic info</source>
        <translation>&amp;Copier les informations de diagnostic</translation>
    </message>
    <message>
        <source>No recent sessions</source>
        <translation>Aucune session récente</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Effacer la liste</translation>
    </message>
    <message>
        <source>About AuthDoctor</source>
        <translation>À propos d&apos;AuthDoctor</translation>
    </message>
    <message>
        <source>&lt;h3&gt;AuthDoctor %1&lt;/h3&gt;&lt;p&gt;Finds out why a mailbox or OneDrive migration fails with &quot;401 Unauthorized&quot;, with the evidence, and says who must do what.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;AuthDoctor %1&lt;/h3&gt;&lt;p&gt;Détermine, preuves à l&apos;appui, pourquoi une migration de boîte aux lettres ou OneDrive échoue avec «&#xa0;401 Unauthorized&#xa0;», et indique qui doit faire quoi.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;System language (%1)</source>
        <translation>Langue du &amp;système (%1)</translation>
    </message>
</context>
<context>
    <name>AuthDoctor::Ui::PageBase</name>
    <message>
        <source>PRACTICE — simulated tenant, nothing is sent to Microsoft: %1</source>
        <translation>ENTRAÎNEMENT — locataire simulé, rien n&apos;est envoyé à Microsoft&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>AuthDoctor::Ui::QuestionsPage</name>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Oui</translation>
    </message>
    <message>
        <source>N&amp;o</source>
        <translation>&amp;Non</translation>
    </message>
    <message>
        <source>I &amp;don&apos;t know</source>
        <translation>Je ne &amp;sais pas</translation>
    </message>
    <message>
        <source>A few questions</source>
        <translation>Quelques questions</translation>
    </message>
    <message>
        <source>Some things no network check can see. Your answers count as evidence and appear in the report; you can also skip them.</source>
        <translation>Certains éléments échappent à toute vérification réseau. Vos réponses comptent comme preuves et figurent dans le rapport&#xa0;; vous pouvez aussi ne pas y répondre.</translation>
    </message>
    <message>
        <source>Answer what you can find out; each question says where to look.</source>
        <translation>Répondez à ce que vous pouvez vérifier&#xa0;; chaque question indique où regarder.</translation>
    </message>
</context>
<context>
    <name>AuthDoctor::Ui::ResolutionPage</name>
    <message>
        <source>Why AuthDoctor thinks so:</source>
        <translation>Pourquoi AuthDoctor le pense&#xa0;:</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Que faire&#xa0;:</translation>
    </message>
    <message>
        <source>Who must act:</source>
        <translation>Qui doit intervenir&#xa0;:</translation>
    </message>
    <message>
        <source>How long it takes to apply:</source>
        <translation>Délai de prise d&apos;effet&#xa0;:</translation>
    </message>
    <message>
        <source>The cause:</source>
        <translation>La cause&#xa0;:</translation>
    </message>
    <message>
        <source>The checks were cancelled</source>
        <translation>Les vérifications ont été annulées</translation>
    </message>
    <message>
        <source>Not every check ran, so AuthDoctor cannot name a cause yet. Run the checks again.</source>
        <translation>Certaines vérifications n&apos;ont pas été exécutées&#xa0;: AuthDoctor ne peut donc pas encore désigner de cause. Relancez les vérifications.</translation>
    </message>
    <message>
        <source>ruled out by: %1</source>
        <translation>écartée par&#xa0;: %1</translation>
    </message>
    <message>
        <source>Export PDF: what will be shared</source>
        <translation>Exporter en PDF&#xa0;: ce qui sera partagé</translation>
    </message>
    <message>
        <source>This is the report as it will be written. Passwords, secrets and tokens are never part of it; values that looked like credentials show as [redacted].</source>
        <translation>Voici le rapport tel qu&apos;il sera écrit. Il ne contient jamais de mots de passe, de secrets ni de jetons&#xa0;; les valeurs qui ressemblaient à des informations d&apos;identification apparaissent sous la forme [redacted].</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The summary is on the clipboard as Markdown, ready for the ticket.</source>
        <translation>Le résumé est dans le Presse-papiers au format Markdown, prêt pour le ticket.</translation>
    </message>
    <message>
        <source>Save session</source>
        <translation>Enregistrer la session</translation>
    </message>
    <message>
        <source>AuthDoctor sessions (*.authdiag)</source>
        <translation>Sessions AuthDoctor (*.authdiag)</translation>
    </message>
    <message>
        <source>Export evidence</source>
        <translation>Exporter les preuves</translation>
    </message>
    <message>
        <source>HTTP archives (*.har)</source>
        <translation>Archives HTTP (*.har)</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Impossible d&apos;écrire le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>Admin hand-off</source>
        <translation>Transmission à l&apos;administrateur</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Check &amp;again later</source>
        <translation>&amp;Revérifier plus tard</translation>
    </message>
    <message>
        <source>The checks run again at %1. Leave AuthDoctor open.</source>
        <translation>Les vérifications seront relancées à %1. Laissez AuthDoctor ouvert.</translation>
    </message>
    <message>
        <source>Stop checking &amp;again</source>
        <translation>Arrêter la &amp;revérification</translation>
    </message>
    <message>
        <source>Checking again now…</source>
        <translation>Nouvelle vérification en cours…</translation>
    </message>
    <message>
        <source>Not effective yet: the cause is still there, which is normal within the time this change takes to apply. Next check at %1.</source>
        <translation>Pas encore effectif&#xa0;: la cause est toujours présente, ce qui est normal tant que le délai de prise d&apos;effet de cette modification n&apos;est pas écoulé. Prochaine vérification à %1.</translation>
    </message>
    <message>
        <source>Resolved: the cause found earlier is gone. Run the migration again.</source>
        <translation>Résolu&#xa0;: la cause trouvée précédemment a disparu. Relancez la migration.</translation>
    </message>
    <message>
        <source>Still failing after the time this change takes to apply: check that the fix was made as described.</source>
        <translation>Toujours en échec après le délai de prise d&apos;effet de cette modification&#xa0;: vérifiez que la correction a été appliquée comme indiqué.</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <source>The cause, what to do and who must do it. Export it for the ticket.</source>
        <translation>La cause, la marche à suivre et qui doit agir. Exportez-les pour le ticket.</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exporter en &amp;PDF…</translation>
    </message>
    <message>
        <source>Cop&amp;y for ticket</source>
        <translation>Cop&amp;ier pour le ticket</translation>
    </message>
    <message>
        <source>Sa&amp;ve session…</source>
        <translation>&amp;Enregistrer la session…</translation>
    </message>
    <message>
        <source>Export e&amp;vidence (HAR)…</source>
        <translation>Exporter les pre&amp;uves (HAR)…</translation>
    </message>
    <message>
        <source>Ad&amp;min hand-off…</source>
        <translation>Trans&amp;mettre à l&apos;administrateur…</translation>
    </message>
    <message>
        <source>Start &amp;over</source>
        <translation>Re&amp;commencer</translation>
    </message>
    <message>
        <source>&amp;Run again with fresh credentials…</source>
        <translation>Relancer avec de &amp;nouvelles informations d&apos;identification…</translation>
    </message>
</context>
<context>
    <name>AuthDoctor::Ui::WizardController</name>
    <message>
        <source>Enter the account the migration tool signs in with.</source>
        <translation>Entrez le compte avec lequel l&apos;outil de migration se connecte.</translation>
    </message>
    <message>
        <source>Enter the sign-in name as an address, for example admin@contoso.com.</source>
        <translation>Entrez le nom de connexion sous forme d&apos;adresse, par exemple admin@contoso.com.</translation>
    </message>
    <message>
        <source>Enter the password the migration project uses.</source>
        <translation>Entrez le mot de passe utilisé par le projet de migration.</translation>
    </message>
    <message>
        <source>App-only sign-in needs the tenant&apos;s domain or ID (or the mailbox&apos;s address).</source>
        <translation>La connexion en mode application uniquement nécessite le domaine ou l&apos;ID du locataire (ou l&apos;adresse de la boîte aux lettres).</translation>
    </message>
    <message>
        <source>App-only sign-in needs the application (client) ID.</source>
        <translation>La connexion en mode application uniquement nécessite l&apos;ID d&apos;application (client).</translation>
    </message>
    <message>
        <source>Enter the client secret of the app registration.</source>
        <translation>Entrez le secret client de l&apos;inscription d&apos;application.</translation>
    </message>
    <message>
        <source>Enter the mailbox as an e-mail address.</source>
        <translation>Entrez la boîte aux lettres sous forme d&apos;adresse e-mail.</translation>
    </message>
    <message>
        <source>Enter the EWS URL as https://server/EWS/Exchange.asmx.</source>
        <translation>Entrez l&apos;URL EWS sous la forme https://server/EWS/Exchange.asmx.</translation>
    </message>
    <message>
        <source>Enter the EWS URL, or an address to discover it from.</source>
        <translation>Entrez l&apos;URL EWS, ou une adresse à partir de laquelle la découvrir.</translation>
    </message>
</context>
</TS>
