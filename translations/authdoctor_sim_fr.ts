<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AuthDoctor::Scenarios</name>
    <message>
        <source>Source admin account has been disabled</source>
        <translation>Le compte administrateur source a été désactivé</translation>
    </message>
    <message>
        <source>The account the project uses on the source side was blocked from signing in, for example when its owner left the company. The password is still the same, but Microsoft Entra ID refuses every sign-in for it. Learn which answer names a disabled account and who can change that.</source>
        <translation>La connexion du compte utilisé par le projet côté source a été bloquée, par exemple parce que son propriétaire a quitté l&apos;entreprise. Le mot de passe n&apos;a pas changé, mais Microsoft Entra ID refuse toute connexion avec ce compte. Apprenez quelle réponse signale un compte désactivé et qui peut y remédier.</translation>
    </message>
    <message>
        <source>Destination admin account is locked after too many failed sign-ins</source>
        <translation>Le compte administrateur de destination est verrouillé après trop d&apos;échecs de connexion</translation>
    </message>
    <message>
        <source>Too many sign-in attempts with a wrong password locked the destination admin account for a while. Every further attempt, even with the right password, is refused until the lock expires. Learn how a lockout looks on the wire and why retrying again and again makes it worse.</source>
        <translation>Trop de tentatives de connexion avec un mauvais mot de passe ont verrouillé temporairement le compte administrateur de destination. Toute nouvelle tentative, même avec le bon mot de passe, est refusée jusqu&apos;à l&apos;expiration du verrouillage. Apprenez à reconnaître un verrouillage dans le trafic réseau et pourquoi multiplier les nouvelles tentatives aggrave la situation.</translation>
    </message>
    <message>
        <source>App-only registration was never granted admin consent</source>
        <translation>Le consentement d&apos;administrateur n&apos;a jamais été accordé à l&apos;inscription d&apos;application uniquement</translation>
    </message>
    <message>
        <source>The project signs in as an application with a client secret, and the app registration lists the Exchange permission it needs. Admin consent was never granted, so the token is issued without any Exchange permission and Exchange refuses it. Learn to read the permissions inside a token and the Exchange diagnostics header.</source>
        <translation>Le projet se connecte en tant qu&apos;application avec un secret client, et l&apos;inscription d&apos;application liste l&apos;autorisation Exchange nécessaire. Mais le consentement d&apos;administrateur n&apos;a jamais été accordé&#xa0;: le jeton est donc émis sans aucune autorisation Exchange, et Exchange le refuse. Apprenez à lire les autorisations contenues dans un jeton et l&apos;en-tête de diagnostic d&apos;Exchange.</translation>
    </message>
    <message>
        <source>Exchange Online project still set to Basic authentication</source>
        <translation>Le projet Exchange Online utilise encore l&apos;authentification de base</translation>
    </message>
    <message>
        <source>The destination endpoint is configured to send the admin&apos;s username and password directly to Exchange Online (Basic authentication). Microsoft has switched Basic authentication off for Exchange Web Services and Autodiscover in every tenant, so even the right password is refused. Learn how the retirement shows up on the wire and why a password reset cannot help.</source>
        <translation>Le point de terminaison de destination est configuré pour envoyer le nom d&apos;utilisateur et le mot de passe de l&apos;administrateur directement à Exchange Online (authentification de base). Microsoft a désactivé l&apos;authentification de base pour Exchange Web Services et Autodiscover dans tous les locataires&#xa0;: même le bon mot de passe est donc refusé. Apprenez à reconnaître ce retrait dans le trafic réseau et pourquoi une réinitialisation du mot de passe ne sert à rien.</translation>
    </message>
    <message>
        <source>App-only project holds the client secret&apos;s ID instead of its value</source>
        <translation>Le projet en mode application uniquement contient l&apos;ID du secret client au lieu de sa valeur</translation>
    </message>
    <message>
        <source>The project signs in as an application, but the secret field contains the secret&apos;s ID that the Entra admin center shows next to it, not the secret value itself. Microsoft Entra ID rejects the application before any mailbox is contacted. Learn how a bad or expired client secret is reported and why the value can only be copied once.</source>
        <translation>Le projet se connecte en tant qu&apos;application, mais le champ du secret contient l&apos;ID du secret, affiché à côté de lui dans le Centre d&apos;administration Microsoft Entra, et non la valeur du secret elle-même. Microsoft Entra ID rejette l&apos;application avant même de contacter une boîte aux lettres. Apprenez comment un secret client incorrect ou expiré est signalé et pourquoi sa valeur ne peut être copiée qu&apos;une seule fois.</translation>
    </message>
    <message>
        <source>A Conditional Access policy blocks the migration account</source>
        <translation>Une stratégie d&apos;accès conditionnel bloque le compte de migration</translation>
    </message>
    <message>
        <source>An administrator of the destination tenant created a Conditional Access policy that covers the migration account. The password is right, but Microsoft Entra ID refuses to issue a token because of the policy. Learn which codes point at Conditional Access and which IDs an administrator needs to find the policy in the sign-in logs.</source>
        <translation>Un administrateur du locataire de destination a créé une stratégie d&apos;accès conditionnel qui s&apos;applique au compte de migration. Le mot de passe est correct, mais Microsoft Entra ID refuse d&apos;émettre un jeton en raison de cette stratégie. Apprenez quels codes désignent l&apos;accès conditionnel et de quels ID un administrateur a besoin pour retrouver la stratégie dans les journaux de connexion.</translation>
    </message>
    <message>
        <source>Delegated app registration has no admin consent</source>
        <translation>L&apos;inscription d&apos;application déléguée n&apos;a pas de consentement d&apos;administrateur</translation>
    </message>
    <message>
        <source>The app registration used by the project asks for access to Exchange Web Services on behalf of the signed-in admin, but nobody granted consent in the destination tenant. The password is right; the token is refused because of the missing consent. Learn how consent problems differ from credential problems and who may grant consent.</source>
        <translation>L&apos;inscription d&apos;application utilisée par le projet demande l&apos;accès à Exchange Web Services pour le compte de l&apos;administrateur connecté, mais personne n&apos;a accordé le consentement dans le locataire de destination. Le mot de passe est correct&#xa0;; le jeton est refusé faute de consentement. Apprenez en quoi les problèmes de consentement diffèrent des problèmes d&apos;informations d&apos;identification et qui peut accorder le consentement.</translation>
    </message>
    <message>
        <source>EWS allow list of the destination tenant does not name the migration app</source>
        <translation>La liste d&apos;autorisation EWS du locataire de destination ne contient pas l&apos;application de migration</translation>
    </message>
    <message>
        <source>To keep EWS after October 2026 the destination organisation switched it on and listed the applications allowed to use it, but the migration tool&apos;s app registration is not on that list. The app gets a valid token with the right permission, and Exchange still refuses every mailbox request from it. Learn to recognise the most common EWS failure of this winter and which application ID the list must contain.</source>
        <translation>Pour conserver EWS après octobre 2026, l&apos;organisation de destination l&apos;a activé et a listé les applications autorisées à l&apos;utiliser, mais l&apos;inscription d&apos;application de l&apos;outil de migration ne figure pas dans cette liste. L&apos;application obtient un jeton valide avec la bonne autorisation, et pourtant Exchange refuse chacune de ses requêtes vers les boîtes aux lettres. Apprenez à reconnaître l&apos;échec EWS le plus courant de cet hiver et quel ID d&apos;application la liste doit contenir.</translation>
    </message>
    <message>
        <source>Exchange Web Services switched off for the destination organisation</source>
        <translation>Exchange Web Services est désactivé pour l&apos;organisation de destination</translation>
    </message>
    <message>
        <source>An administrator turned Exchange Web Services off for the whole destination organisation. The app signs in and gets a valid token, but every request to the mailbox service is refused. Learn how this differs from a permission problem and why the Exchange Online EWS retirement makes it more common.</source>
        <translation>Un administrateur a désactivé Exchange Web Services pour toute l&apos;organisation de destination. L&apos;application se connecte et obtient un jeton valide, mais toutes les requêtes vers le service de boîtes aux lettres sont refusées. Apprenez en quoi cela diffère d&apos;un problème d&apos;autorisation et pourquoi le retrait d&apos;EWS dans Exchange Online rend ce cas plus fréquent.</translation>
    </message>
    <message>
        <source>Mailbox being migrated has only a Kiosk or F3 Exchange licence</source>
        <translation>La boîte aux lettres migrée n&apos;a qu&apos;une licence Exchange Kiosk ou F3</translation>
    </message>
    <message>
        <source>The destination user&apos;s only Exchange plan comes from a Kiosk or Frontline (F3) licence. Since 1 July 2026 Exchange Online refuses EWS for such mailboxes, for the migration app as for the user. Learn why the mailbox exists and still cannot be reached, and why the licence rather than a setting is the cause.</source>
        <translation>Le seul plan Exchange de l&apos;utilisateur de destination provient d&apos;une licence Kiosk ou Frontline (F3). Depuis le 1er juillet 2026, Exchange Online refuse EWS pour ces boîtes aux lettres, à l&apos;application de migration comme à l&apos;utilisateur. Apprenez pourquoi la boîte aux lettres existe mais reste inaccessible, et pourquoi la cause est la licence et non un paramètre.</translation>
    </message>
    <message>
        <source>EWS switched off for the mailbox being migrated</source>
        <translation>EWS est désactivé pour la boîte aux lettres migrée</translation>
    </message>
    <message>
        <source>EWS is on for the destination organisation, but an administrator switched it off for the one mailbox the project migrates. The app signs in and other mailboxes open, while every request for this mailbox is refused. Learn why the mailbox-level switch must be checked as well as the organisation&apos;s.</source>
        <translation>EWS est activé pour l&apos;organisation de destination, mais un administrateur l&apos;a désactivé pour la seule boîte aux lettres que le projet migre. L&apos;application se connecte et d&apos;autres boîtes aux lettres s&apos;ouvrent, tandis que toutes les requêtes vers cette boîte aux lettres sont refusées. Apprenez pourquoi le paramètre au niveau de la boîte aux lettres doit être vérifié en plus de celui de l&apos;organisation.</translation>
    </message>
    <message>
        <source>EWS off for the organisation but kept on for the mailbox being migrated</source>
        <translation>EWS est désactivé pour l&apos;organisation mais reste activé pour la boîte aux lettres migrée</translation>
    </message>
    <message>
        <source>The destination organisation has EWS switched off, but an administrator switched it on explicitly for the mailbox the project migrates. The mailbox-level setting wins, so every check for this mailbox should pass. Learn why an organisation-wide EWS switch alone does not decide whether a migration works.</source>
        <translation>EWS est désactivé dans l&apos;organisation de destination, mais un administrateur l&apos;a explicitement activé pour la boîte aux lettres que le projet migre. Le paramètre au niveau de la boîte aux lettres l&apos;emporte&#xa0;: toutes les vérifications de cette boîte aux lettres devraient donc réussir. Apprenez pourquoi le paramètre EWS de l&apos;organisation ne suffit pas à lui seul à déterminer si une migration fonctionne.</translation>
    </message>
    <message>
        <source>EWS switch never set in the destination organisation, so EWS is now off</source>
        <translation>Le paramètre EWS n&apos;a jamais été défini dans l&apos;organisation de destination&#xa0;: EWS est désormais désactivé</translation>
    </message>
    <message>
        <source>Nobody ever set the destination organisation&apos;s EWS switch, and for years Exchange Online treated that as on. Since 1 October 2026 an unset switch counts as off, so the app still signs in and gets a valid token, but every mailbox request is refused. Learn why a tenant that worked in September fails now although nobody changed anything.</source>
        <translation>Personne n&apos;a jamais défini le paramètre EWS de l&apos;organisation de destination, et pendant des années Exchange Online l&apos;a considéré comme activé. Depuis le 1er octobre 2026, un paramètre non défini équivaut à une désactivation&#xa0;: l&apos;application se connecte toujours et obtient un jeton valide, mais toutes les requêtes vers les boîtes aux lettres sont refusées. Apprenez pourquoi un locataire qui fonctionnait en septembre échoue maintenant alors que personne n&apos;a rien modifié.</translation>
    </message>
    <message>
        <source>Admin account signs in through a federated identity provider (AD FS)</source>
        <translation>Le compte administrateur se connecte via un fournisseur d&apos;identité fédéré (AD FS)</translation>
    </message>
    <message>
        <source>The destination admin account belongs to a domain whose sign-ins are handed to the company&apos;s own identity provider. The migration tool&apos;s plain username-and-password sign-in cannot complete that hand-over, even though the password is right. Learn how the realm lookup shows a federated account, and why the failure then says little about the password itself.</source>
        <translation>Le compte administrateur de destination appartient à un domaine dont les connexions sont confiées au fournisseur d&apos;identité de l&apos;entreprise. La simple connexion par nom d&apos;utilisateur et mot de passe de l&apos;outil de migration ne peut pas mener ce transfert à bien, même si le mot de passe est correct. Apprenez comment la recherche de domaine (realm) révèle un compte fédéré, et pourquoi l&apos;échec en dit alors peu sur le mot de passe lui-même.</translation>
    </message>
    <message>
        <source>Healthy tenant with an app-only (client secret) migration project</source>
        <translation>Locataire sain avec un projet de migration en mode application uniquement (secret client)</translation>
    </message>
    <message>
        <source>The destination project signs in as an application with a client secret, the way current migration guides set it up after Exchange Online retired impersonation for user accounts. Every check should pass: the app gets a token with the Exchange permission and can open the mailbox being migrated. Use it to learn what a good app-only token and a successful mailbox access look like.</source>
        <translation>Le projet de destination se connecte en tant qu&apos;application avec un secret client, comme le recommandent les guides de migration actuels depuis qu&apos;Exchange Online a retiré l&apos;emprunt d&apos;identité pour les comptes d&apos;utilisateur. Toutes les vérifications devraient réussir&#xa0;: l&apos;application obtient un jeton avec l&apos;autorisation Exchange et peut ouvrir la boîte aux lettres migrée. Utilisez ce scénario pour voir à quoi ressemblent un jeton d&apos;application valide et un accès réussi à une boîte aux lettres.</translation>
    </message>
    <message>
        <source>Healthy tenant, project using the mailbox owner&apos;s own credentials</source>
        <translation>Locataire sain, projet utilisant les propres informations d&apos;identification du propriétaire de la boîte aux lettres</translation>
    </message>
    <message>
        <source>The project signs in with the end user&apos;s own account to migrate that user&apos;s own mailbox, with a correctly set up delegated app registration. Every check should pass, so nothing in the tenant explains the error the project showed. Learn why a re-entered password or a retry after a short wait is the usual answer then.</source>
        <translation>Le projet se connecte avec le propre compte de l&apos;utilisateur final pour migrer sa propre boîte aux lettres, avec une inscription d&apos;application déléguée correctement configurée. Toutes les vérifications devraient réussir&#xa0;: rien dans le locataire n&apos;explique donc l&apos;erreur affichée par le projet. Apprenez pourquoi la solution consiste alors généralement à ressaisir le mot de passe ou à réessayer après une courte attente.</translation>
    </message>
    <message>
        <source>Healthy GCC High tenant with the project set to the GCC High cloud</source>
        <translation>Locataire GCC High sain, projet configuré pour le cloud GCC High</translation>
    </message>
    <message>
        <source>The destination organisation lives in Microsoft 365 GCC High and the project is set up for that cloud. Every check should pass, against the US Government sign-in, Exchange and Graph hosts instead of the worldwide ones. Compare it with the wrong-cloud scenario to see which answers change.</source>
        <translation>L&apos;organisation de destination se trouve dans Microsoft 365 GCC High et le projet est configuré pour ce cloud. Toutes les vérifications devraient réussir, sur les hôtes de connexion, Exchange et Graph de US Government et non sur les hôtes mondiaux. Comparez avec le scénario du mauvais cloud pour voir quelles réponses changent.</translation>
    </message>
    <message>
        <source>Service account relies on the retired ApplicationImpersonation role</source>
        <translation>Le compte de service dépend du rôle ApplicationImpersonation, qui a été retiré</translation>
    </message>
    <message>
        <source>The destination project signs in with a service account that was given the ApplicationImpersonation role years ago, and nothing else. Exchange Online no longer lets a user account impersonate other mailboxes, so opening the mailbox being migrated fails although the sign-in works. Learn what replaced impersonation in Exchange Online.</source>
        <translation>Le projet de destination se connecte avec un compte de service auquel le rôle ApplicationImpersonation a été attribué il y a des années, et rien d&apos;autre. Exchange Online ne permet plus à un compte d&apos;utilisateur d&apos;emprunter l&apos;identité d&apos;autres boîtes aux lettres&#xa0;: l&apos;ouverture de la boîte aux lettres migrée échoue donc, bien que la connexion fonctionne. Apprenez ce qui a remplacé l&apos;emprunt d&apos;identité dans Exchange Online.</translation>
    </message>
    <message>
        <source>Migration account signs in but has no access to the mailboxes</source>
        <translation>Le compte de migration se connecte mais n&apos;a pas accès aux boîtes aux lettres</translation>
    </message>
    <message>
        <source>The destination project&apos;s migration account signs in without trouble, but it holds no admin role and no access rights to the mailboxes it must migrate. Exchange refuses to open the target mailbox for it. Learn to separate &quot;the sign-in failed&quot; from &quot;the sign-in worked but the account may not do this&quot;.</source>
        <translation>Le compte de migration du projet de destination se connecte sans problème, mais il n&apos;a aucun rôle d&apos;administrateur ni aucun droit d&apos;accès aux boîtes aux lettres qu&apos;il doit migrer. Exchange refuse de lui ouvrir la boîte aux lettres cible. Apprenez à distinguer «&#xa0;la connexion a échoué&#xa0;» de «&#xa0;la connexion a réussi, mais le compte n&apos;a pas le droit de faire cela&#xa0;».</translation>
    </message>
    <message>
        <source>Destination user has no Exchange Online licence and no mailbox</source>
        <translation>L&apos;utilisateur de destination n&apos;a ni licence Exchange Online ni boîte aux lettres</translation>
    </message>
    <message>
        <source>The user exists in the destination tenant, but the licence assigned to them contains no Exchange Online plan, so no mailbox was ever created. Signing in works; opening the mailbox being migrated fails. Learn which licence plans really give a mailbox and why one Exchange plan in the list can mislead.</source>
        <translation>L&apos;utilisateur existe dans le locataire de destination, mais la licence qui lui est attribuée ne contient aucun plan Exchange Online&#xa0;: aucune boîte aux lettres n&apos;a donc jamais été créée. La connexion fonctionne&#xa0;; l&apos;ouverture de la boîte aux lettres migrée échoue. Apprenez quels plans de licence fournissent réellement une boîte aux lettres et pourquoi un plan Exchange dans la liste peut être trompeur.</translation>
    </message>
    <message>
        <source>Synced user is licensed, but the cloud mailbox was never created</source>
        <translation>L&apos;utilisateur synchronisé a une licence, mais la boîte aux lettres cloud n&apos;a jamais été créée</translation>
    </message>
    <message>
        <source>The destination user comes from the on-premises directory through Microsoft Entra Connect and has an Exchange Online licence. Because the directory still says the mailbox lives on-premises, Exchange Online never created a cloud mailbox for this user. Learn how a synchronised account can look licensed and still have no mailbox to migrate into.</source>
        <translation>L&apos;utilisateur de destination provient de l&apos;annuaire local via Microsoft Entra Connect et dispose d&apos;une licence Exchange Online. Comme l&apos;annuaire indique toujours que la boîte aux lettres est locale, Exchange Online n&apos;a jamais créé de boîte aux lettres cloud pour cet utilisateur. Apprenez comment un compte synchronisé peut sembler disposer d&apos;une licence sans avoir de boîte aux lettres vers laquelle migrer.</translation>
    </message>
    <message>
        <source>Exchange Online admin account has MFA turned on</source>
        <translation>L&apos;authentification multifacteur (MFA) est activée pour le compte administrateur Exchange Online</translation>
    </message>
    <message>
        <source>The destination admin account must complete multi-factor authentication at every sign-in. The password is accepted, but the sign-in stops at the second factor, which a migration tool cannot answer. Learn which answer proves the password was right and the block is a policy.</source>
        <translation>Le compte administrateur de destination doit effectuer une authentification multifacteur à chaque connexion. Le mot de passe est accepté, mais la connexion s&apos;arrête au second facteur, auquel un outil de migration ne peut pas répondre. Apprenez quelle réponse prouve que le mot de passe était correct et que le blocage vient d&apos;une stratégie.</translation>
    </message>
    <message>
        <source>Project uses an application (client) ID that the tenant does not know</source>
        <translation>Le projet utilise un ID d&apos;application (client) inconnu du locataire</translation>
    </message>
    <message>
        <source>The project&apos;s modern authentication settings contain a client ID that was never registered in the destination tenant, for example one copied from another customer&apos;s project. Microsoft Entra ID rejects the request before it looks at the account. Learn what the app registration must provide and where the project&apos;s client and tenant IDs come from.</source>
        <translation>Les paramètres d&apos;authentification moderne du projet contiennent un ID client qui n&apos;a jamais été inscrit dans le locataire de destination, par exemple copié depuis le projet d&apos;un autre client. Microsoft Entra ID rejette la requête avant même d&apos;examiner le compte. Apprenez ce que l&apos;inscription d&apos;application doit fournir et d&apos;où viennent l&apos;ID client et l&apos;ID du locataire du projet.</translation>
    </message>
    <message>
        <source>Destination account created a few hours ago, mailbox still being set up</source>
        <translation>Compte de destination créé il y a quelques heures, boîte aux lettres encore en cours de configuration</translation>
    </message>
    <message>
        <source>The destination user was created and licensed a few hours ago, and the admin center already shows them. Microsoft 365 is still creating the mailbox behind the scenes, so programmatic access fails for now. Learn how to recognise an account that is simply too new, and how long to wait.</source>
        <translation>L&apos;utilisateur de destination a été créé et a reçu une licence il y a quelques heures, et le centre d&apos;administration l&apos;affiche déjà. Microsoft 365 est encore en train de créer la boîte aux lettres en arrière-plan&#xa0;: l&apos;accès par programme échoue donc pour l&apos;instant. Apprenez à reconnaître un compte simplement trop récent, et combien de temps attendre.</translation>
    </message>
    <message>
        <source>Source admin account&apos;s password has expired</source>
        <translation>Le mot de passe du compte administrateur source a expiré</translation>
    </message>
    <message>
        <source>The source admin account still has the password entered in the project, but that password has expired. A person would be asked to choose a new password at sign-in; the migration tool can only fail. Learn how an expired password differs from a wrong one on the wire.</source>
        <translation>Le compte administrateur source a toujours le mot de passe saisi dans le projet, mais ce mot de passe a expiré. Une personne serait invitée à choisir un nouveau mot de passe lors de la connexion&#xa0;; l&apos;outil de migration, lui, ne peut qu&apos;échouer. Apprenez à distinguer dans le trafic réseau un mot de passe expiré d&apos;un mot de passe erroné.</translation>
    </message>
    <message>
        <source>App registration does not allow public client flows</source>
        <translation>L&apos;inscription d&apos;application n&apos;autorise pas les flux de clients publics</translation>
    </message>
    <message>
        <source>The delegated app registration exists and has the right permissions, but it is set up as a confidential application. A sign-in with only a username and password, without a client secret, is therefore refused before the account is checked. Learn which app registration setting a username-and-password sign-in depends on.</source>
        <translation>L&apos;inscription d&apos;application déléguée existe et dispose des bonnes autorisations, mais elle est configurée comme application confidentielle. Une connexion avec seulement un nom d&apos;utilisateur et un mot de passe, sans secret client, est donc refusée avant même la vérification du compte. Apprenez de quel paramètre de l&apos;inscription d&apos;application dépend une connexion par nom d&apos;utilisateur et mot de passe.</translation>
    </message>
    <message>
        <source>Security defaults switched on in the destination tenant</source>
        <translation>Les paramètres de sécurité par défaut sont activés dans le locataire de destination</translation>
    </message>
    <message>
        <source>The destination tenant has security defaults enabled, so every account must use multi-factor authentication and administrators always have to. The migration account&apos;s password sign-in is answered with a request for multi-factor authentication, the same answer a per-account MFA setting gives. Learn where the tenant-wide setting can be read and why the sign-in error alone does not tell the two apart.</source>
        <translation>Les paramètres de sécurité par défaut sont activés dans le locataire de destination&#xa0;: chaque compte doit utiliser l&apos;authentification multifacteur, et les administrateurs systématiquement. La connexion par mot de passe du compte de migration reçoit une demande d&apos;authentification multifacteur, la même réponse qu&apos;avec un paramètre MFA par compte. Apprenez où consulter ce paramètre au niveau du locataire et pourquoi l&apos;erreur de connexion seule ne permet pas de distinguer les deux cas.</translation>
    </message>
    <message>
        <source>Exchange Online project points to a tenant domain that does not exist</source>
        <translation>Le projet Exchange Online pointe vers un domaine de locataire qui n&apos;existe pas</translation>
    </message>
    <message>
        <source>The tenant field of the project contains a mistyped domain, so Microsoft Entra ID cannot find the organisation at all. No credential is checked: the discovery requests already fail. Learn which unauthenticated lookups prove whether a tenant exists and which cloud it lives in.</source>
        <translation>Le champ du locataire du projet contient un domaine mal saisi&#xa0;: Microsoft Entra ID ne trouve donc pas du tout l&apos;organisation. Aucune information d&apos;identification n&apos;est vérifiée&#xa0;: les requêtes de découverte échouent déjà. Apprenez quelles recherches non authentifiées prouvent l&apos;existence d&apos;un locataire et indiquent le cloud dans lequel il se trouve.</translation>
    </message>
    <message>
        <source>Destination tenant is throttling the migration</source>
        <translation>Le locataire de destination limite (throttling) la migration</translation>
    </message>
    <message>
        <source>Many mailboxes are being migrated at the same time, and Microsoft 365 has started to slow the migration down. The first requests succeed, then the services answer that they are busy and ask the client to wait. Learn how throttling can hide behind a 401 and what the answers say about how long to wait.</source>
        <translation>De nombreuses boîtes aux lettres sont migrées en même temps, et Microsoft 365 a commencé à ralentir la migration. Les premières requêtes réussissent, puis les services répondent qu&apos;ils sont occupés et demandent au client de patienter. Apprenez comment la limitation (throttling) peut se cacher derrière une erreur 401 et ce que les réponses indiquent sur le temps d&apos;attente.</translation>
    </message>
    <message>
        <source>Sign-in fails with an error code no known cause explains</source>
        <translation>La connexion échoue avec un code d&apos;erreur qu&apos;aucune cause connue n&apos;explique</translation>
    </message>
    <message>
        <source>Microsoft Entra ID refuses the token request with an error code that none of the usual causes covers. The right move is not to guess but to collect the raw code, the trace and correlation IDs and the time for a support ticket. Learn which details Microsoft support needs to look up a failed sign-in.</source>
        <translation>Microsoft Entra ID refuse la demande de jeton avec un code d&apos;erreur qu&apos;aucune des causes habituelles ne couvre. La bonne réaction n&apos;est pas de deviner, mais de réunir pour un ticket de support le code brut, les ID de trace et de corrélation, et l&apos;heure. Apprenez de quelles informations le support Microsoft a besoin pour retrouver un échec de connexion.</translation>
    </message>
    <message>
        <source>GCC High tenant addressed through the commercial Microsoft 365 cloud</source>
        <translation>Locataire GCC High contacté via le cloud Microsoft 365 commercial</translation>
    </message>
    <message>
        <source>The destination organisation lives in Microsoft 365 GCC High, but the project is set up for the commercial (worldwide) cloud. The tenant is found, yet the commercial sign-in service refuses to issue tokens for it. Learn which answers reveal the cloud a tenant belongs to.</source>
        <translation>L&apos;organisation de destination se trouve dans Microsoft 365 GCC High, mais le projet est configuré pour le cloud commercial (mondial). Le locataire est trouvé, mais le service de connexion commercial refuse de lui émettre des jetons. Apprenez quelles réponses révèlent le cloud auquel appartient un locataire.</translation>
    </message>
    <message>
        <source>Exchange Online admin password in the project is out of date</source>
        <translation>Le mot de passe administrateur Exchange Online enregistré dans le projet n&apos;est plus à jour</translation>
    </message>
    <message>
        <source>The destination admin account exists and signs in fine in the browser, but the project still holds the password it had before it was changed. Watch how Microsoft Entra ID answers a password it does not accept, and which code tells a bad password apart from a missing account. Learn where the project keeps the credentials it uses.</source>
        <translation>Le compte administrateur de destination existe et se connecte sans problème dans le navigateur, mais le projet contient toujours l&apos;ancien mot de passe, antérieur à sa modification. Observez comment Microsoft Entra ID répond à un mot de passe qu&apos;il n&apos;accepte pas, et quel code distingue un mauvais mot de passe d&apos;un compte inexistant. Apprenez où le projet conserve les informations d&apos;identification qu&apos;il utilise.</translation>
    </message>
    <message>
        <source>Exchange Online project signs in with an account name that does not exist</source>
        <translation>Le projet Exchange Online se connecte avec un nom de compte qui n&apos;existe pas</translation>
    </message>
    <message>
        <source>The project uses an address that looks right to a person but is not the sign-in name (UPN) of any account in the tenant. The password is never checked because Microsoft Entra ID cannot find the user. Learn to tell a missing account from a wrong password, and where to look up the real sign-in name.</source>
        <translation>Le projet utilise une adresse qui semble correcte à première vue, mais qui n&apos;est le nom de connexion (UPN) d&apos;aucun compte du locataire. Le mot de passe n&apos;est jamais vérifié, car Microsoft Entra ID ne trouve pas l&apos;utilisateur. Apprenez à distinguer un compte inexistant d&apos;un mauvais mot de passe, et où trouver le vrai nom de connexion.</translation>
    </message>
    <message>
        <source>Healthy Microsoft 365 tenant: everything is configured correctly</source>
        <translation>Locataire Microsoft 365 sain&#xa0;: tout est correctement configuré</translation>
    </message>
    <message>
        <source>The Contoso tenant is set up the way a migration needs it, and the project&apos;s credentials are right. Every check should pass, so use this run to learn what normal answers look like before you practise the broken cases. When a real project fails although the checks pass, the cause is usually a typo in the project or a change that has not taken effect yet.</source>
        <translation>Le locataire Contoso est configuré comme l&apos;exige une migration, et les informations d&apos;identification du projet sont correctes. Toutes les vérifications devraient réussir&#xa0;: utilisez cette exécution pour voir à quoi ressemblent des réponses normales avant de vous entraîner sur les cas défaillants. Lorsqu&apos;un projet réel échoue alors que les vérifications réussissent, la cause est généralement une faute de frappe dans le projet ou une modification qui n&apos;a pas encore pris effet.</translation>
    </message>
    <message>
        <source>OneDrive project signs in as an app with a client secret</source>
        <translation>Le projet OneDrive se connecte en tant qu&apos;application avec un secret client</translation>
    </message>
    <message>
        <source>The OneDrive project uses an app registration with a client secret instead of admin credentials or a certificate. The token is issued and Microsoft Graph accepts it, but SharePoint, where OneDrive lives, refuses app-only tokens obtained with a secret. Learn to read how a token was obtained from its claims.</source>
        <translation>Le projet OneDrive utilise une inscription d&apos;application avec un secret client au lieu d&apos;informations d&apos;identification d&apos;administrateur ou d&apos;un certificat. Le jeton est émis et Microsoft Graph l&apos;accepte, mais SharePoint, qui héberge OneDrive, refuse les jetons d&apos;application uniquement obtenus avec un secret. Apprenez à lire dans les revendications (claims) d&apos;un jeton comment il a été obtenu.</translation>
    </message>
    <message>
        <source>Healthy OneDrive for Business migration with an admin account</source>
        <translation>Migration OneDrive for Business saine avec un compte administrateur</translation>
    </message>
    <message>
        <source>The OneDrive project signs in with a Global Administrator through an app registration that has the SharePoint and Files permissions a OneDrive migration needs. Every check should pass, including opening the user&apos;s OneDrive. Use it to learn what a working OneDrive check looks like before you practise the broken ones.</source>
        <translation>Le projet OneDrive se connecte avec un Administrateur général via une inscription d&apos;application qui dispose des autorisations SharePoint et Files nécessaires à une migration OneDrive. Toutes les vérifications devraient réussir, y compris l&apos;ouverture du OneDrive de l&apos;utilisateur. Utilisez ce scénario pour voir à quoi ressemble une vérification OneDrive réussie avant de vous entraîner sur les cas défaillants.</translation>
    </message>
    <message>
        <source>Destination user has no licence that includes OneDrive</source>
        <translation>L&apos;utilisateur de destination n&apos;a aucune licence incluant OneDrive</translation>
    </message>
    <message>
        <source>The destination user&apos;s licence contains Exchange Online but no SharePoint Online plan, so OneDrive cannot exist for them. The admin signs in fine; the user&apos;s OneDrive cannot be found. Learn which licence plans carry OneDrive and why a missing licence looks like a missing OneDrive at first.</source>
        <translation>La licence de l&apos;utilisateur de destination contient Exchange Online mais aucun plan SharePoint Online&#xa0;: il ne peut donc pas avoir de OneDrive. L&apos;administrateur se connecte sans problème&#xa0;; le OneDrive de l&apos;utilisateur est introuvable. Apprenez quels plans de licence incluent OneDrive et pourquoi une licence manquante ressemble d&apos;abord à un OneDrive manquant.</translation>
    </message>
    <message>
        <source>Source user&apos;s OneDrive was never set up</source>
        <translation>Le OneDrive de l&apos;utilisateur source n&apos;a jamais été configuré</translation>
    </message>
    <message>
        <source>The user has a licence that includes OneDrive, but has never opened OneDrive and nobody pre-provisioned it, so there is no personal site to migrate. The admin signs in fine; looking up the user&apos;s OneDrive fails. Learn how to tell a missing OneDrive from a sign-in problem, and why it takes time to appear once started.</source>
        <translation>L&apos;utilisateur dispose d&apos;une licence incluant OneDrive, mais il n&apos;a jamais ouvert OneDrive et personne ne l&apos;a préprovisionné&#xa0;: il n&apos;existe donc aucun site personnel à migrer. L&apos;administrateur se connecte sans problème&#xa0;; la recherche du OneDrive de l&apos;utilisateur échoue. Apprenez à distinguer un OneDrive manquant d&apos;un problème de connexion, et pourquoi il met du temps à apparaître une fois lancé.</translation>
    </message>
    <message>
        <source>Autodiscover is not published for the source domain</source>
        <translation>Autodiscover n&apos;est pas publié pour le domaine source</translation>
    </message>
    <message>
        <source>The source project has no EWS address and relies on Autodiscover, but neither fabrikam.com nor autodiscover.fabrikam.com publishes the service. Every place a client is allowed to look answers &quot;not found&quot;, so the server&apos;s address is never learned. Learn the order in which Autodiscover is searched and what to enter in the project instead.</source>
        <translation>Le projet source n&apos;a pas d&apos;adresse EWS et s&apos;appuie sur Autodiscover, mais ni fabrikam.com ni autodiscover.fabrikam.com ne publient ce service. Tous les emplacements qu&apos;un client est autorisé à interroger répondent «&#xa0;introuvable&#xa0;»&#xa0;: l&apos;adresse du serveur n&apos;est donc jamais obtenue. Apprenez l&apos;ordre dans lequel Autodiscover est recherché et ce qu&apos;il faut saisir à la place dans le projet.</translation>
    </message>
    <message>
        <source>Autodiscover for the source domain redirects to a stranger&apos;s server</source>
        <translation>Autodiscover du domaine source redirige vers le serveur d&apos;un tiers</translation>
    </message>
    <message>
        <source>The source project relies on Autodiscover, and autodiscover.fabrikam.com is hosted by a web provider that redirects every request to a server in another domain over plain HTTP. Following that redirect would hand the admin&apos;s password to a third party, so a safe client refuses it. Learn which Autodiscover redirects may be followed and why this one must not be.</source>
        <translation>Le projet source s&apos;appuie sur Autodiscover, et autodiscover.fabrikam.com est hébergé par un fournisseur web qui redirige chaque requête vers un serveur d&apos;un autre domaine en HTTP non chiffré. Suivre cette redirection livrerait le mot de passe de l&apos;administrateur à un tiers&#xa0;: un client sûr la refuse donc. Apprenez quelles redirections Autodiscover peuvent être suivies et pourquoi celle-ci ne doit pas l&apos;être.</translation>
    </message>
    <message>
        <source>On-premises EWS does not accept Basic authentication</source>
        <translation>EWS local n&apos;accepte pas l&apos;authentification de base</translation>
    </message>
    <message>
        <source>The source project is set to Basic authentication, but the Exchange Server&apos;s web services only offer Windows sign-in (Negotiate and NTLM). The password is right, yet the server never accepts it in the form the project sends. Learn to read which sign-in methods a server offers.</source>
        <translation>Le projet source est configuré pour l&apos;authentification de base, mais les services web d&apos;Exchange Server ne proposent que la connexion Windows (Negotiate et NTLM). Le mot de passe est correct, mais le serveur ne l&apos;accepte jamais sous la forme envoyée par le projet. Apprenez à lire les méthodes de connexion proposées par un serveur.</translation>
    </message>
    <message>
        <source>The mailbox database on the source Exchange Server is offline</source>
        <translation>La base de données de boîtes aux lettres du serveur Exchange source est hors connexion</translation>
    </message>
    <message>
        <source>The source Exchange Server accepts the admin&apos;s sign-in, but the database that holds the mailbox being migrated is dismounted. Every attempt to open the mailbox fails on the server side, which migration tools report as a 401 or a missing database. Learn how a server-side store failure looks and why it is not a credential problem.</source>
        <translation>Le serveur Exchange source accepte la connexion de l&apos;administrateur, mais la base de données contenant la boîte aux lettres migrée est démontée. Chaque tentative d&apos;ouverture de la boîte aux lettres échoue côté serveur, ce que les outils de migration signalent comme une erreur 401 ou une base de données manquante. Apprenez à reconnaître une défaillance du stockage côté serveur et pourquoi ce n&apos;est pas un problème d&apos;informations d&apos;identification.</translation>
    </message>
    <message>
        <source>Project&apos;s EWS address points at a web server that is not Exchange</source>
        <translation>L&apos;adresse EWS du projet pointe vers un serveur web qui n&apos;est pas Exchange</translation>
    </message>
    <message>
        <source>The source project&apos;s EWS address uses a host name that belongs to the company&apos;s ordinary web server, not to Exchange. That server answers every request with a &quot;not found&quot; page, so no sign-in ever takes place. Learn to check the EWS address itself before suspecting the account.</source>
        <translation>L&apos;adresse EWS du projet source utilise un nom d&apos;hôte qui appartient au serveur web ordinaire de l&apos;entreprise, et non à Exchange. Ce serveur répond à chaque requête par une page «&#xa0;introuvable&#xa0;»&#xa0;: aucune connexion n&apos;a donc jamais lieu. Apprenez à vérifier l&apos;adresse EWS elle-même avant de soupçonner le compte.</translation>
    </message>
    <message>
        <source>Project&apos;s EWS address points at Outlook on the web instead of EWS</source>
        <translation>L&apos;adresse EWS du projet pointe vers Outlook on the web au lieu d&apos;EWS</translation>
    </message>
    <message>
        <source>The source project was given the address of Outlook on the web (OWA) where the Exchange Web Services address belongs. The server answers, but with a redirect to a sign-in web page instead of a web service. Learn what a correct EWS address looks like and how to find it.</source>
        <translation>Le projet source a reçu l&apos;adresse d&apos;Outlook on the web (OWA) à la place de celle d&apos;Exchange Web Services. Le serveur répond, mais par une redirection vers une page web de connexion au lieu d&apos;un service web. Apprenez à quoi ressemble une adresse EWS correcte et comment la trouver.</translation>
    </message>
    <message>
        <source>Exchange 2019 CU14 with Extended Protection refuses the NTLM sign-in</source>
        <translation>Exchange 2019 CU14 avec la Protection étendue (Extended Protection) refuse la connexion NTLM</translation>
    </message>
    <message>
        <source>The source Exchange 2019 server was updated to CU14, which turns Extended Protection on, and the project signs in with NTLM. The full NTLM exchange takes place with the right password, and the server still answers 401 every time. Learn why a client without channel binding fails here and which other sign-in methods remain.</source>
        <translation>Le serveur Exchange 2019 source a été mis à jour vers CU14, qui active la Protection étendue (Extended Protection), et le projet se connecte avec NTLM. L&apos;échange NTLM complet a lieu avec le bon mot de passe, et pourtant le serveur répond 401 à chaque fois. Apprenez pourquoi un client sans liaison de canal (channel binding) échoue ici et quelles autres méthodes de connexion restent possibles.</translation>
    </message>
    <message>
        <source>Healthy on-premises Exchange 2019 server as the migration source</source>
        <translation>Serveur Exchange 2019 local sain comme source de migration</translation>
    </message>
    <message>
        <source>The source is an Exchange Server 2019 in the company&apos;s own network, reached at its public EWS address with Windows (NTLM) sign-in. The admin account may open every mailbox and the server answers quickly, so every check should pass. Use it to learn what a healthy on-premises server answers before you practise the broken ones.</source>
        <translation>La source est un Exchange Server 2019 situé dans le réseau de l&apos;entreprise, joint via son adresse EWS publique avec une connexion Windows (NTLM). Le compte administrateur peut ouvrir toutes les boîtes aux lettres et le serveur répond rapidement&#xa0;: toutes les vérifications devraient donc réussir. Utilisez ce scénario pour voir ce que répond un serveur local sain avant de vous entraîner sur les cas défaillants.</translation>
    </message>
    <message>
        <source>On-premises service account lacks the ApplicationImpersonation role</source>
        <translation>Le compte de service local n&apos;a pas le rôle ApplicationImpersonation</translation>
    </message>
    <message>
        <source>The source project signs in with a dedicated migration service account that has a working password but was never given the right to act as other users. The sign-in works, but the server refuses to open the mailbox being migrated on the account&apos;s behalf. Learn how Exchange Server grants impersonation and how that differs from Exchange Online today.</source>
        <translation>Le projet source se connecte avec un compte de service dédié à la migration dont le mot de passe fonctionne, mais qui n&apos;a jamais reçu le droit d&apos;agir au nom d&apos;autres utilisateurs. La connexion fonctionne, mais le serveur refuse d&apos;ouvrir la boîte aux lettres migrée au nom de ce compte. Apprenez comment Exchange Server accorde l&apos;emprunt d&apos;identité et en quoi cela diffère d&apos;Exchange Online aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>Source Exchange Server cannot be reached from the internet</source>
        <translation>Le serveur Exchange source est injoignable depuis Internet</translation>
    </message>
    <message>
        <source>A firewall in front of the source Exchange Server drops every connection the migration makes to it. No request gets far enough for a sign-in to happen, so nothing can be said about the credentials yet. Learn to recognise a network failure and to fix the path before suspecting the password.</source>
        <translation>Un pare-feu placé devant le serveur Exchange source rejette toutes les connexions que la migration établit vers lui. Aucune requête ne va assez loin pour qu&apos;une connexion ait lieu&#xa0;: on ne peut donc encore rien dire des informations d&apos;identification. Apprenez à reconnaître une défaillance réseau et à rétablir le chemin réseau avant de soupçonner le mot de passe.</translation>
    </message>
    <message>
        <source>Source Exchange Server is overloaded and answers very slowly</source>
        <translation>Le serveur Exchange source est surchargé et répond très lentement</translation>
    </message>
    <message>
        <source>The source Exchange Server is short of CPU, memory or disk while it serves its users and the migration at once. Credentials are fine, but every answer takes seconds, even the ones that need no sign-in. Learn how to measure a slow server instead of guessing, and what to change on the migration side.</source>
        <translation>Le serveur Exchange source manque de processeur, de mémoire ou de disque, car il sert à la fois ses utilisateurs et la migration. Les informations d&apos;identification sont correctes, mais chaque réponse prend plusieurs secondes, même celles qui ne nécessitent aucune connexion. Apprenez à mesurer la lenteur d&apos;un serveur au lieu de la deviner, et ce qu&apos;il faut modifier côté migration.</translation>
    </message>
    <message>
        <source>Source Exchange Server presents an expired TLS certificate</source>
        <translation>Le serveur Exchange source présente un certificat TLS expiré</translation>
    </message>
    <message>
        <source>The certificate on the source Exchange Server expired and nobody renewed it. A careful client refuses to send any password to a server it cannot verify, so the connection stops before authentication. Learn how certificate problems look and why ignoring them is not a fix.</source>
        <translation>Le certificat du serveur Exchange source a expiré et personne ne l&apos;a renouvelé. Un client prudent refuse d&apos;envoyer un mot de passe à un serveur qu&apos;il ne peut pas vérifier&#xa0;: la connexion s&apos;arrête donc avant l&apos;authentification. Apprenez à reconnaître les problèmes de certificat et pourquoi les ignorer n&apos;est pas une solution.</translation>
    </message>
    <message>
        <source>Source Exchange Server still uses its self-signed certificate</source>
        <translation>Le serveur Exchange source utilise toujours son certificat auto-signé</translation>
    </message>
    <message>
        <source>The source Exchange Server was published on the internet with the self-signed certificate Exchange creates at installation. No outside client can verify it, so nothing is sent to the server. Learn to spot a self-signed certificate and why a migration service cannot trust it.</source>
        <translation>Le serveur Exchange source a été publié sur Internet avec le certificat auto-signé qu&apos;Exchange crée lors de l&apos;installation. Aucun client externe ne peut le vérifier&#xa0;: rien n&apos;est donc envoyé au serveur. Apprenez à repérer un certificat auto-signé et pourquoi un service de migration ne peut pas lui faire confiance.</translation>
    </message>
    <message>
        <source>On-premises admin password in the project is wrong</source>
        <translation>Le mot de passe administrateur local enregistré dans le projet est incorrect</translation>
    </message>
    <message>
        <source>The source project signs in to the company&apos;s Exchange Server with Basic authentication, and the password stored in it is not the account&apos;s current one. The server refuses the sign-in on every address it is sent to. Learn why one refused sign-in proves little, and what makes a wrong password certain.</source>
        <translation>Le projet source se connecte au serveur Exchange de l&apos;entreprise avec l&apos;authentification de base, et le mot de passe qu&apos;il contient n&apos;est pas le mot de passe actuel du compte. Le serveur refuse la connexion sur chaque adresse à laquelle elle est envoyée. Apprenez pourquoi un seul refus de connexion ne prouve pas grand-chose, et ce qui permet d&apos;affirmer avec certitude que le mot de passe est erroné.</translation>
    </message>
</context>
<context>
    <name>AuthDoctor::Sim::Scenario</name>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>%1: expected %2, got %3</source>
        <translation>%1&#xa0;: attendu&#xa0;: %2, reçu&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 ou %2</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not supported by the simulator (supported: %3)</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas pris en charge par le simulateur (valeurs prises en charge&#xa0;: %3)</translation>
    </message>
    <message>
        <source>%1: unknown key &quot;%2&quot; (expected one of %3)</source>
        <translation>%1&#xa0;: clé inconnue «&#xa0;%2&#xa0;» (attendu&#xa0;: l&apos;une des clés %3)</translation>
    </message>
    <message>
        <source>%1: %2 may not contain control characters (U+%3 at character %4)</source>
        <translation>%1&#xa0;: %2 ne doit pas contenir de caractères de contrôle (U+%3 à la position %4)</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un nombre entier</translation>
    </message>
    <message>
        <source>%1: %2 is out of range (%3 to %4)</source>
        <translation>%1&#xa0;: %2 est hors limites (%3 à %4)</translation>
    </message>
    <message>
        <source>an object of name → matcher</source>
        <translation>un objet de la forme nom → critère</translation>
    </message>
    <message>
        <source>a string such as &quot;GET&quot; or &quot;ANY&quot;</source>
        <translation>une chaîne telle que «&#xa0;GET&#xa0;» ou «&#xa0;ANY&#xa0;»</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an HTTP method</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas une méthode HTTP</translation>
    </message>
    <message>
        <source>%1: only one of &quot;url&quot;, &quot;urlPath&quot;, &quot;urlPattern&quot; or &quot;urlPathPattern&quot; may be given (also has &quot;%2&quot;)</source>
        <translation>%1&#xa0;: une seule des clés «&#xa0;url&#xa0;», «&#xa0;urlPath&#xa0;», «&#xa0;urlPattern&#xa0;» ou «&#xa0;urlPathPattern&#xa0;» peut être indiquée («&#xa0;%2&#xa0;» est aussi présente)</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must start with &quot;/&quot;</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» doit commencer par «&#xa0;/&#xa0;»</translation>
    </message>
    <message>
        <source>an array of matchers</source>
        <translation>un tableau de critères</translation>
    </message>
    <message>
        <source>an object of name → value (or list of values)</source>
        <translation>un objet de la forme nom → valeur (ou liste de valeurs)</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a valid header name</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas un nom d&apos;en-tête valide</translation>
    </message>
    <message>
        <source>a string (or a list of strings)</source>
        <translation>une chaîne (ou une liste de chaînes)</translation>
    </message>
    <message>
        <source>%1: a header value may not contain line breaks</source>
        <translation>%1&#xa0;: une valeur d&apos;en-tête ne doit pas contenir de saut de ligne</translation>
    </message>
    <message>
        <source>a header value</source>
        <translation>une valeur d&apos;en-tête</translation>
    </message>
    <message>
        <source>%1: a status message may not contain line breaks</source>
        <translation>%1&#xa0;: un message d&apos;état ne doit pas contenir de saut de ligne</translation>
    </message>
    <message>
        <source>a status message</source>
        <translation>un message d&apos;état</translation>
    </message>
    <message>
        <source>%1: only one of &quot;body&quot;, &quot;jsonBody&quot; or &quot;base64Body&quot; may be given (also has &quot;%2&quot;)</source>
        <translation>%1&#xa0;: une seule des clés «&#xa0;body&#xa0;», «&#xa0;jsonBody&#xa0;» ou «&#xa0;base64Body&#xa0;» peut être indiquée («&#xa0;%2&#xa0;» est aussi présente)</translation>
    </message>
    <message>
        <source>%1: not valid base64</source>
        <translation>%1&#xa0;: base64 non valide</translation>
    </message>
    <message>
        <source>an object {&quot;numberOfChunks&quot;: …, &quot;totalDuration&quot;: …}</source>
        <translation>un objet {&quot;numberOfChunks&quot;: …, &quot;totalDuration&quot;: …}</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is missing</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» est manquant</translation>
    </message>
    <message>
        <source>%1: unknown fault &quot;%2&quot; (expected one of %3)</source>
        <translation>%1&#xa0;: défaillance inconnue «&#xa0;%2&#xa0;» (attendu&#xa0;: l&apos;une des valeurs %3)</translation>
    </message>
    <message>
        <source>a fault name</source>
        <translation>un nom de défaillance</translation>
    </message>
    <message>
        <source>a mapping object with &quot;request&quot; and &quot;response&quot;</source>
        <translation>un objet de mappage avec «&#xa0;request&#xa0;» et «&#xa0;response&#xa0;»</translation>
    </message>
    <message>
        <source>a non-empty string</source>
        <translation>une chaîne non vide</translation>
    </message>
    <message>
        <source>a matcher object such as {&quot;equalTo&quot;: &quot;…&quot;}</source>
        <translation>un objet critère tel que {&quot;equalTo&quot;: &quot;…&quot;}</translation>
    </message>
    <message>
        <source>%1: a matcher takes exactly one of %2, got both &quot;%3&quot; and &quot;%4&quot;</source>
        <translation>%1&#xa0;: un critère accepte exactement une des clés %2, mais «&#xa0;%3&#xa0;» et «&#xa0;%4&#xa0;» sont toutes deux présentes</translation>
    </message>
    <message>
        <source>%1: a matcher needs one of %2</source>
        <translation>%1&#xa0;: un critère nécessite l&apos;une des clés %2</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>%1: &quot;caseInsensitive&quot; only goes with &quot;equalTo&quot;</source>
        <translation>%1&#xa0;: «&#xa0;caseInsensitive&#xa0;» ne s&apos;utilise qu&apos;avec «&#xa0;equalTo&#xa0;»</translation>
    </message>
    <message>
        <source>%1: invalid regular expression &quot;%2&quot;: %3 (at offset %4)</source>
        <translation>%1&#xa0;: expression régulière «&#xa0;%2&#xa0;» non valide&#xa0;: %3 (à la position %4)</translation>
    </message>
    <message>
        <source>%1: invalid regular expression &quot;%2&quot;: %3</source>
        <translation>%1&#xa0;: expression régulière «&#xa0;%2&#xa0;» non valide&#xa0;: %3</translation>
    </message>
    <message>
        <source>the scenario file is larger than %1 MiB</source>
        <translation>le fichier de scénario dépasse %1 Mio</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>ligne %1, colonne %2</translation>
    </message>
    <message>
        <source>a string, number, true, false or null</source>
        <translation>une chaîne, un nombre, true, false ou null</translation>
    </message>
    <message>
        <source>%1: expected one of %2, got &quot;%3&quot;</source>
        <translation>%1&#xa0;: attendu&#xa0;: l&apos;une des valeurs %2, reçu&#xa0;: «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>l&apos;une des valeurs %1</translation>
    </message>
    <message>
        <source>a finding id or null</source>
        <translation>un id de constat ou null</translation>
    </message>
    <message>
        <source>an array of finding ids</source>
        <translation>un tableau d&apos;id de constats</translation>
    </message>
    <message>
        <source>a finding id</source>
        <translation>un id de constat</translation>
    </message>
    <message>
        <source>an object of host name → certificate kind</source>
        <translation>un objet de la forme nom d&apos;hôte → type de certificat</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a host name</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas un nom d&apos;hôte</translation>
    </message>
    <message>
        <source>%1: unknown certificate kind &quot;%2&quot; (expected one of %3)</source>
        <translation>%1&#xa0;: type de certificat inconnu «&#xa0;%2&#xa0;» (attendu&#xa0;: l&apos;une des valeurs %3)</translation>
    </message>
    <message>
        <source>a scenario name</source>
        <translation>un nom de scénario</translation>
    </message>
    <message>
        <source>a title</source>
        <translation>un titre</translation>
    </message>
    <message>
        <source>a description</source>
        <translation>une description</translation>
    </message>
    <message>
        <source>%1: invalid JSON: %2</source>
        <translation>%1&#xa0;: JSON non valide&#xa0;: %2</translation>
    </message>
    <message>
        <source>an array of mappings</source>
        <translation>un tableau de mappages</translation>
    </message>
    <message>
        <source>cannot read the scenario file: no such file</source>
        <translation>impossible de lire le fichier de scénario&#xa0;: fichier introuvable</translation>
    </message>
    <message>
        <source>cannot read the scenario file: not a regular file</source>
        <translation>impossible de lire le fichier de scénario&#xa0;: ce n&apos;est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>cannot read the scenario file: %1</source>
        <translation>impossible de lire le fichier de scénario&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: no embedded scenario of that name (known: %2)</source>
        <translation>%1&#xa0;: aucun scénario intégré ne porte ce nom (scénarios connus&#xa0;: %2)</translation>
    </message>
</context>
<context>
    <name>AuthDoctor::Sim::SimulatorServer</name>
    <message>
        <source>malformed request line</source>
        <translation>ligne de requête mal formée</translation>
    </message>
    <message>
        <source>request header fields too large</source>
        <translation>champs d&apos;en-tête de la requête trop volumineux</translation>
    </message>
    <message>
        <source>malformed method</source>
        <translation>méthode mal formée</translation>
    </message>
    <message>
        <source>malformed request target</source>
        <translation>cible de requête mal formée</translation>
    </message>
    <message>
        <source>HTTP version not supported</source>
        <translation>version HTTP non prise en charge</translation>
    </message>
    <message>
        <source>malformed HTTP version</source>
        <translation>version HTTP mal formée</translation>
    </message>
    <message>
        <source>obsolete header line folding</source>
        <translation>repli de ligne d&apos;en-tête obsolète (obs-fold)</translation>
    </message>
    <message>
        <source>malformed header line</source>
        <translation>ligne d&apos;en-tête mal formée</translation>
    </message>
    <message>
        <source>malformed header value</source>
        <translation>valeur d&apos;en-tête mal formée</translation>
    </message>
    <message>
        <source>both Transfer-Encoding and Content-Length</source>
        <translation>Transfer-Encoding et Content-Length à la fois</translation>
    </message>
    <message>
        <source>unsupported transfer coding</source>
        <translation>codage de transfert non pris en charge</translation>
    </message>
    <message>
        <source>conflicting Content-Length</source>
        <translation>Content-Length contradictoires</translation>
    </message>
    <message>
        <source>malformed Content-Length</source>
        <translation>Content-Length mal formé</translation>
    </message>
    <message>
        <source>request body too large</source>
        <translation>corps de requête trop volumineux</translation>
    </message>
    <message>
        <source>malformed chunk size</source>
        <translation>taille de bloc (chunk) mal formée</translation>
    </message>
    <message>
        <source>malformed chunk</source>
        <translation>bloc (chunk) mal formé</translation>
    </message>
    <message>
        <source>request timeout</source>
        <translation>délai d&apos;attente de la requête dépassé</translation>
    </message>
    <message>
        <source>CONNECT inside a tunnel</source>
        <translation>CONNECT à l&apos;intérieur d&apos;un tunnel</translation>
    </message>
    <message>
        <source>malformed host in the request target</source>
        <translation>hôte mal formé dans la cible de la requête</translation>
    </message>
    <message>
        <source>the simulator proxies https only through CONNECT</source>
        <translation>le simulateur ne relaie HTTPS que via CONNECT</translation>
    </message>
    <message>
        <source>this is the AuthDoctor simulator, an HTTP proxy: send proxy requests (absolute URLs or CONNECT), not requests for the proxy itself</source>
        <translation>ceci est le simulateur AuthDoctor, un proxy HTTP&#xa0;: envoyez des requêtes de proxy (URL absolues ou CONNECT), et non des requêtes destinées au proxy lui-même</translation>
    </message>
    <message>
        <source>CONNECT needs host:port</source>
        <translation>CONNECT nécessite host:port</translation>
    </message>
    <message>
        <source>the simulator tunnels CONNECT to port 443 only</source>
        <translation>le simulateur n&apos;ouvre de tunnel CONNECT que vers le port 443</translation>
    </message>
    <message>
        <source>data after CONNECT before the tunnel was established</source>
        <translation>données reçues après CONNECT avant l&apos;établissement du tunnel</translation>
    </message>
    <message>
        <source>too many connections to the simulator at once; try again when some have closed</source>
        <translation>trop de connexions simultanées au simulateur&#xa0;; réessayez lorsque certaines auront été fermées</translation>
    </message>
    <message>
        <source>refusing to listen on %1: the simulator listens on loopback only unless non-loopback use is explicitly allowed (--allow-non-loopback)</source>
        <translation>écoute sur %1 refusée&#xa0;: le simulateur n&apos;écoute que sur l&apos;adresse de bouclage (loopback), sauf si une autre adresse est explicitement autorisée (--allow-non-loopback)</translation>
    </message>
    <message>
        <source>TLS is not available (no TLS backend), the simulator cannot terminate HTTPS</source>
        <translation>TLS n&apos;est pas disponible (aucun backend TLS)&#xa0;: le simulateur ne peut pas terminer les connexions HTTPS</translation>
    </message>
    <message>
        <source>the simulator&apos;s embedded certificates could not be loaded</source>
        <translation>impossible de charger les certificats intégrés du simulateur</translation>
    </message>
    <message>
        <source>cannot listen on %1 port %2: %3</source>
        <translation>impossible d&apos;écouter sur %1, port %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>TenantModel</name>
    <message>
        <source>unknown base &quot;%1&quot; (expected &quot;healthy-tenant&quot; or &quot;none&quot;)</source>
        <translation>base inconnue «&#xa0;%1&#xa0;» (attendu&#xa0;: «&#xa0;healthy-tenant&#xa0;» ou «&#xa0;none&#xa0;»)</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>un booléen</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation>attendu&#xa0;: %1, reçu&#xa0;: %2</translation>
    </message>
    <message>
        <source>unknown key (expected one of %1)</source>
        <translation>clé inconnue (attendu&#xa0;: l&apos;une des clés %1)</translation>
    </message>
    <message>
        <source>a boolean or null</source>
        <translation>un booléen ou null</translation>
    </message>
    <message>
        <source>an integer from 0 to %1</source>
        <translation>un entier de 0 à %1</translation>
    </message>
    <message>
        <source>expected one of %1, got %2</source>
        <translation>attendu&#xa0;: l&apos;une des valeurs %1, reçu&#xa0;: %2</translation>
    </message>
    <message>
        <source>an array of strings</source>
        <translation>un tableau de chaînes</translation>
    </message>
    <message>
        <source>missing required key &quot;upn&quot;</source>
        <translation>clé obligatoire «&#xa0;upn&#xa0;» manquante</translation>
    </message>
    <message>
        <source>a user principal name (name@domain)</source>
        <translation>un nom d&apos;utilisateur principal (nom@domaine)</translation>
    </message>
    <message>
        <source>an ISO 8601 date-time (e.g. &quot;2024-01-15T09:00:00Z&quot;) or a negative duration (e.g. &quot;-PT2H&quot;)</source>
        <translation>une date-heure ISO 8601 (par ex. «&#xa0;2024-01-15T09:00:00Z&#xa0;») ou une durée négative (par ex. «&#xa0;-PT2H&#xa0;»)</translation>
    </message>
    <message>
        <source>a service-plan name (upper-case letters, digits and &quot;_&quot;)</source>
        <translation>un nom de plan de service (lettres majuscules, chiffres et «&#xa0;_&#xa0;»)</translation>
    </message>
    <message>
        <source>missing required key &quot;client_id&quot;</source>
        <translation>clé obligatoire «&#xa0;client_id&#xa0;» manquante</translation>
    </message>
    <message>
        <source>a GUID</source>
        <translation>un GUID</translation>
    </message>
    <message>
        <source>a permission name, optionally prefixed with &quot;exchange:&quot;, &quot;graph:&quot; or &quot;sharepoint:&quot;</source>
        <translation>un nom d&apos;autorisation, éventuellement précédé de «&#xa0;exchange:&#xa0;», «&#xa0;graph:&#xa0;» ou «&#xa0;sharepoint:&#xa0;»</translation>
    </message>
    <message>
        <source>a string or null</source>
        <translation>une chaîne ou null</translation>
    </message>
    <message>
        <source>an object or null</source>
        <translation>un objet ou null</translation>
    </message>
    <message>
        <source>a host name such as &quot;mail.fabrikam.com&quot;</source>
        <translation>un nom d&apos;hôte tel que «&#xa0;mail.fabrikam.com&#xa0;»</translation>
    </message>
    <message>
        <source>a build number such as &quot;15.2.1544.4&quot;</source>
        <translation>un numéro de build tel que «&#xa0;15.2.1544.4&#xa0;»</translation>
    </message>
    <message>
        <source>an array of objects</source>
        <translation>un tableau d&apos;objets</translation>
    </message>
    <message>
        <source>an application (client) id GUID</source>
        <translation>un GUID d&apos;ID d&apos;application (client)</translation>
    </message>
    <message>
        <source>no user with upn %1 in the tenant</source>
        <translation>aucun utilisateur avec l&apos;UPN %1 dans le locataire</translation>
    </message>
</context>
</TS>
