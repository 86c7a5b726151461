<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AuthDoctor::Scenarios</name>
    <message>
        <source>Source admin account has been disabled</source>
        <translation>La cuenta de administrador de origen está deshabilitada</translation>
    </message>
    <message>
        <source>The account the project uses on the source side was blocked from signing in, for example when its owner left the company. The password is still the same, but Microsoft Entra ID refuses every sign-in for it. Learn which answer names a disabled account and who can change that.</source>
        <translation>A la cuenta que usa el proyecto en el lado de origen se le bloqueó el inicio de sesión, por ejemplo cuando su propietario dejó la empresa. La contraseña sigue siendo la misma, pero Microsoft Entra ID rechaza todos sus inicios de sesión. Aprenda qué respuesta indica una cuenta deshabilitada y quién puede cambiarlo.</translation>
    </message>
    <message>
        <source>Destination admin account is locked after too many failed sign-ins</source>
        <translation>La cuenta de administrador de destino está bloqueada tras demasiados inicios de sesión fallidos</translation>
    </message>
    <message>
        <source>Too many sign-in attempts with a wrong password locked the destination admin account for a while. Every further attempt, even with the right password, is refused until the lock expires. Learn how a lockout looks on the wire and why retrying again and again makes it worse.</source>
        <translation>Demasiados intentos de inicio de sesión con una contraseña incorrecta bloquearon temporalmente la cuenta de administrador de destino. Todos los intentos posteriores, incluso con la contraseña correcta, se rechazan hasta que expira el bloqueo. Aprenda cómo se ve un bloqueo en el tráfico de red y por qué reintentar una y otra vez lo empeora.</translation>
    </message>
    <message>
        <source>App-only registration was never granted admin consent</source>
        <translation>Nunca se concedió el consentimiento de administrador al registro de solo aplicación</translation>
    </message>
    <message>
        <source>The project signs in as an application with a client secret, and the app registration lists the Exchange permission it needs. Admin consent was never granted, so the token is issued without any Exchange permission and Exchange refuses it. Learn to read the permissions inside a token and the Exchange diagnostics header.</source>
        <translation>El proyecto inicia sesión como aplicación con un secreto de cliente, y el registro de aplicación incluye el permiso de Exchange que necesita. Nunca se concedió el consentimiento de administrador, así que el token se emite sin ningún permiso de Exchange y Exchange lo rechaza. Aprenda a leer los permisos dentro de un token y el encabezado de diagnóstico de Exchange.</translation>
    </message>
    <message>
        <source>Exchange Online project still set to Basic authentication</source>
        <translation>El proyecto de Exchange Online sigue configurado con autenticación básica</translation>
    </message>
    <message>
        <source>The destination endpoint is configured to send the admin&apos;s username and password directly to Exchange Online (Basic authentication). Microsoft has switched Basic authentication off for Exchange Web Services and Autodiscover in every tenant, so even the right password is refused. Learn how the retirement shows up on the wire and why a password reset cannot help.</source>
        <translation>El punto de conexión de destino está configurado para enviar el nombre de usuario y la contraseña del administrador directamente a Exchange Online (autenticación básica). Microsoft ha desactivado la autenticación básica para Exchange Web Services y Autodiscover en todos los inquilinos, así que incluso la contraseña correcta se rechaza. Aprenda cómo se manifiesta esta retirada en el tráfico de red y por qué restablecer la contraseña no sirve de nada.</translation>
    </message>
    <message>
        <source>App-only project holds the client secret&apos;s ID instead of its value</source>
        <translation>El proyecto de solo aplicación contiene el Id. del secreto de cliente en lugar de su valor</translation>
    </message>
    <message>
        <source>The project signs in as an application, but the secret field contains the secret&apos;s ID that the Entra admin center shows next to it, not the secret value itself. Microsoft Entra ID rejects the application before any mailbox is contacted. Learn how a bad or expired client secret is reported and why the value can only be copied once.</source>
        <translation>El proyecto inicia sesión como aplicación, pero el campo del secreto contiene el Id. del secreto que el Centro de administración de Microsoft Entra muestra junto a él, no el valor del secreto. Microsoft Entra ID rechaza la aplicación antes de contactar con ningún buzón. Aprenda cómo se notifica un secreto de cliente incorrecto o expirado y por qué el valor solo se puede copiar una vez.</translation>
    </message>
    <message>
        <source>A Conditional Access policy blocks the migration account</source>
        <translation>Una directiva de acceso condicional bloquea la cuenta de migración</translation>
    </message>
    <message>
        <source>An administrator of the destination tenant created a Conditional Access policy that covers the migration account. The password is right, but Microsoft Entra ID refuses to issue a token because of the policy. Learn which codes point at Conditional Access and which IDs an administrator needs to find the policy in the sign-in logs.</source>
        <translation>Un administrador del inquilino de destino creó una directiva de acceso condicional que abarca la cuenta de migración. La contraseña es correcta, pero Microsoft Entra ID se niega a emitir un token debido a la directiva. Aprenda qué códigos apuntan al acceso condicional y qué identificadores necesita un administrador para encontrar la directiva en los registros de inicio de sesión.</translation>
    </message>
    <message>
        <source>Delegated app registration has no admin consent</source>
        <translation>El registro de aplicación delegado no tiene consentimiento de administrador</translation>
    </message>
    <message>
        <source>The app registration used by the project asks for access to Exchange Web Services on behalf of the signed-in admin, but nobody granted consent in the destination tenant. The password is right; the token is refused because of the missing consent. Learn how consent problems differ from credential problems and who may grant consent.</source>
        <translation>El registro de aplicación que usa el proyecto solicita acceso a Exchange Web Services en nombre del administrador que ha iniciado sesión, pero nadie concedió el consentimiento en el inquilino de destino. La contraseña es correcta; el token se rechaza por la falta de consentimiento. Aprenda en qué se diferencian los problemas de consentimiento de los de credenciales y quién puede conceder el consentimiento.</translation>
    </message>
    <message>
        <source>EWS allow list of the destination tenant does not name the migration app</source>
        <translation>La lista de permitidos de EWS del inquilino de destino no incluye la aplicación de migración</translation>
    </message>
    <message>
        <source>To keep EWS after October 2026 the destination organisation switched it on and listed the applications allowed to use it, but the migration tool&apos;s app registration is not on that list. The app gets a valid token with the right permission, and Exchange still refuses every mailbox request from it. Learn to recognise the most common EWS failure of this winter and which application ID the list must contain.</source>
        <translation>Para mantener EWS después de octubre de 2026, la organización de destino lo activó y enumeró las aplicaciones autorizadas a usarlo, pero el registro de aplicación de la herramienta de migración no está en esa lista. La aplicación obtiene un token válido con el permiso correcto y, aun así, Exchange rechaza todas sus solicitudes de buzón. Aprenda a reconocer el error de EWS más frecuente de este invierno y qué Id. de aplicación debe contener la lista.</translation>
    </message>
    <message>
        <source>Exchange Web Services switched off for the destination organisation</source>
        <translation>Exchange Web Services está desactivado para la organización de destino</translation>
    </message>
    <message>
        <source>An administrator turned Exchange Web Services off for the whole destination organisation. The app signs in and gets a valid token, but every request to the mailbox service is refused. Learn how this differs from a permission problem and why the Exchange Online EWS retirement makes it more common.</source>
        <translation>Un administrador desactivó Exchange Web Services para toda la organización de destino. La aplicación inicia sesión y obtiene un token válido, pero todas las solicitudes al servicio de buzones se rechazan. Aprenda en qué se diferencia esto de un problema de permisos y por qué la retirada de EWS en Exchange Online lo hace más frecuente.</translation>
    </message>
    <message>
        <source>Mailbox being migrated has only a Kiosk or F3 Exchange licence</source>
        <translation>El buzón que se migra solo tiene una licencia de Exchange Kiosk o F3</translation>
    </message>
    <message>
        <source>The destination user&apos;s only Exchange plan comes from a Kiosk or Frontline (F3) licence. Since 1 July 2026 Exchange Online refuses EWS for such mailboxes, for the migration app as for the user. Learn why the mailbox exists and still cannot be reached, and why the licence rather than a setting is the cause.</source>
        <translation>El único plan de Exchange del usuario de destino procede de una licencia Kiosk o Frontline (F3). Desde el 1 de julio de 2026, Exchange Online rechaza EWS para estos buzones, tanto para la aplicación de migración como para el usuario. Aprenda por qué el buzón existe y aun así no se puede acceder a él, y por qué la causa es la licencia y no una configuración.</translation>
    </message>
    <message>
        <source>EWS switched off for the mailbox being migrated</source>
        <translation>EWS está desactivado para el buzón que se migra</translation>
    </message>
    <message>
        <source>EWS is on for the destination organisation, but an administrator switched it off for the one mailbox the project migrates. The app signs in and other mailboxes open, while every request for this mailbox is refused. Learn why the mailbox-level switch must be checked as well as the organisation&apos;s.</source>
        <translation>EWS está activado para la organización de destino, pero un administrador lo desactivó para el buzón concreto que migra el proyecto. La aplicación inicia sesión y otros buzones se abren, mientras que todas las solicitudes para este buzón se rechazan. Aprenda por qué hay que comprobar el interruptor a nivel de buzón además del de la organización.</translation>
    </message>
    <message>
        <source>EWS off for the organisation but kept on for the mailbox being migrated</source>
        <translation>EWS desactivado para la organización, pero mantenido para el buzón que se migra</translation>
    </message>
    <message>
        <source>The destination organisation has EWS switched off, but an administrator switched it on explicitly for the mailbox the project migrates. The mailbox-level setting wins, so every check for this mailbox should pass. Learn why an organisation-wide EWS switch alone does not decide whether a migration works.</source>
        <translation>La organización de destino tiene EWS desactivado, pero un administrador lo activó explícitamente para el buzón que migra el proyecto. La configuración a nivel de buzón prevalece, así que todas las comprobaciones de este buzón deberían superarse. Aprenda por qué un interruptor de EWS para toda la organización no decide por sí solo si una migración funciona.</translation>
    </message>
    <message>
        <source>EWS switch never set in the destination organisation, so EWS is now off</source>
        <translation>El interruptor de EWS nunca se configuró en la organización de destino, así que EWS está ahora desactivado</translation>
    </message>
    <message>
        <source>Nobody ever set the destination organisation&apos;s EWS switch, and for years Exchange Online treated that as on. Since 1 October 2026 an unset switch counts as off, so the app still signs in and gets a valid token, but every mailbox request is refused. Learn why a tenant that worked in September fails now although nobody changed anything.</source>
        <translation>Nadie configuró nunca el interruptor de EWS de la organización de destino, y durante años Exchange Online lo trató como activado. Desde el 1 de octubre de 2026, un interruptor sin configurar cuenta como desactivado, así que la aplicación sigue iniciando sesión y obteniendo un token válido, pero todas las solicitudes de buzón se rechazan. Aprenda por qué un inquilino que funcionaba en septiembre falla ahora aunque nadie haya cambiado nada.</translation>
    </message>
    <message>
        <source>Admin account signs in through a federated identity provider (AD FS)</source>
        <translation>La cuenta de administrador inicia sesión mediante un proveedor de identidades federado (AD FS)</translation>
    </message>
    <message>
        <source>The destination admin account belongs to a domain whose sign-ins are handed to the company&apos;s own identity provider. The migration tool&apos;s plain username-and-password sign-in cannot complete that hand-over, even though the password is right. Learn how the realm lookup shows a federated account, and why the failure then says little about the password itself.</source>
        <translation>La cuenta de administrador de destino pertenece a un dominio cuyos inicios de sesión se delegan al proveedor de identidades propio de la empresa. El inicio de sesión simple con nombre de usuario y contraseña de la herramienta de migración no puede completar ese traspaso, aunque la contraseña sea correcta. Aprenda cómo la consulta de dominio (realm) muestra una cuenta federada y por qué el error dice entonces poco sobre la propia contraseña.</translation>
    </message>
    <message>
        <source>Healthy tenant with an app-only (client secret) migration project</source>
        <translation>Inquilino en buen estado con un proyecto de migración de solo aplicación (secreto de cliente)</translation>
    </message>
    <message>
        <source>The destination project signs in as an application with a client secret, the way current migration guides set it up after Exchange Online retired impersonation for user accounts. Every check should pass: the app gets a token with the Exchange permission and can open the mailbox being migrated. Use it to learn what a good app-only token and a successful mailbox access look like.</source>
        <translation>El proyecto de destino inicia sesión como aplicación con un secreto de cliente, tal como lo configuran las guías de migración actuales desde que Exchange Online retiró la suplantación para cuentas de usuario. Todas las comprobaciones deberían superarse: la aplicación obtiene un token con el permiso de Exchange y puede abrir el buzón que se migra. Úselo para aprender cómo son un token de solo aplicación correcto y un acceso al buzón satisfactorio.</translation>
    </message>
    <message>
        <source>Healthy tenant, project using the mailbox owner&apos;s own credentials</source>
        <translation>Inquilino en buen estado, proyecto con las credenciales del propio propietario del buzón</translation>
    </message>
    <message>
        <source>The project signs in with the end user&apos;s own account to migrate that user&apos;s own mailbox, with a correctly set up delegated app registration. Every check should pass, so nothing in the tenant explains the error the project showed. Learn why a re-entered password or a retry after a short wait is the usual answer then.</source>
        <translation>El proyecto inicia sesión con la cuenta del propio usuario final para migrar su propio buzón, con un registro de aplicación delegado configurado correctamente. Todas las comprobaciones deberían superarse, así que nada en el inquilino explica el error que mostró el proyecto. Aprenda por qué, en ese caso, la solución habitual es volver a escribir la contraseña o reintentar tras una breve espera.</translation>
    </message>
    <message>
        <source>Healthy GCC High tenant with the project set to the GCC High cloud</source>
        <translation>Inquilino GCC High en buen estado con el proyecto configurado para la nube GCC High</translation>
    </message>
    <message>
        <source>The destination organisation lives in Microsoft 365 GCC High and the project is set up for that cloud. Every check should pass, against the US Government sign-in, Exchange and Graph hosts instead of the worldwide ones. Compare it with the wrong-cloud scenario to see which answers change.</source>
        <translation>La organización de destino está en Microsoft 365 GCC High y el proyecto está configurado para esa nube. Todas las comprobaciones deberían superarse, con los hosts de inicio de sesión, Exchange y Graph de US Government en lugar de los mundiales. Compárelo con el escenario de nube incorrecta para ver qué respuestas cambian.</translation>
    </message>
    <message>
        <source>Service account relies on the retired ApplicationImpersonation role</source>
        <translation>La cuenta de servicio depende del rol ApplicationImpersonation retirado</translation>
    </message>
    <message>
        <source>The destination project signs in with a service account that was given the ApplicationImpersonation role years ago, and nothing else. Exchange Online no longer lets a user account impersonate other mailboxes, so opening the mailbox being migrated fails although the sign-in works. Learn what replaced impersonation in Exchange Online.</source>
        <translation>El proyecto de destino inicia sesión con una cuenta de servicio a la que hace años se le asignó el rol ApplicationImpersonation, y nada más. Exchange Online ya no permite que una cuenta de usuario suplante otros buzones, así que abrir el buzón que se migra falla aunque el inicio de sesión funcione. Aprenda qué ha sustituido a la suplantación en Exchange Online.</translation>
    </message>
    <message>
        <source>Migration account signs in but has no access to the mailboxes</source>
        <translation>La cuenta de migración inicia sesión, pero no tiene acceso a los buzones</translation>
    </message>
    <message>
        <source>The destination project&apos;s migration account signs in without trouble, but it holds no admin role and no access rights to the mailboxes it must migrate. Exchange refuses to open the target mailbox for it. Learn to separate &quot;the sign-in failed&quot; from &quot;the sign-in worked but the account may not do this&quot;.</source>
        <translation>La cuenta de migración del proyecto de destino inicia sesión sin problemas, pero no tiene ningún rol de administrador ni derechos de acceso a los buzones que debe migrar. Exchange se niega a abrirle el buzón de destino. Aprenda a distinguir «el inicio de sesión falló» de «el inicio de sesión funcionó, pero la cuenta no puede hacer esto».</translation>
    </message>
    <message>
        <source>Destination user has no Exchange Online licence and no mailbox</source>
        <translation>El usuario de destino no tiene licencia de Exchange Online ni buzón</translation>
    </message>
    <message>
        <source>The user exists in the destination tenant, but the licence assigned to them contains no Exchange Online plan, so no mailbox was ever created. Signing in works; opening the mailbox being migrated fails. Learn which licence plans really give a mailbox and why one Exchange plan in the list can mislead.</source>
        <translation>El usuario existe en el inquilino de destino, pero la licencia que tiene asignada no contiene ningún plan de Exchange Online, así que nunca se creó un buzón. El inicio de sesión funciona; abrir el buzón que se migra falla. Aprenda qué planes de licencia dan realmente un buzón y por qué un plan de Exchange en la lista puede inducir a error.</translation>
    </message>
    <message>
        <source>Synced user is licensed, but the cloud mailbox was never created</source>
        <translation>El usuario sincronizado tiene licencia, pero el buzón en la nube nunca se creó</translation>
    </message>
    <message>
        <source>The destination user comes from the on-premises directory through Microsoft Entra Connect and has an Exchange Online licence. Because the directory still says the mailbox lives on-premises, Exchange Online never created a cloud mailbox for this user. Learn how a synchronised account can look licensed and still have no mailbox to migrate into.</source>
        <translation>El usuario de destino procede del directorio local a través de Microsoft Entra Connect y tiene una licencia de Exchange Online. Como el directorio sigue indicando que el buzón está en el entorno local, Exchange Online nunca creó un buzón en la nube para este usuario. Aprenda cómo una cuenta sincronizada puede parecer que tiene licencia y aun así no tener ningún buzón al que migrar.</translation>
    </message>
    <message>
        <source>Exchange Online admin account has MFA turned on</source>
        <translation>La cuenta de administrador de Exchange Online tiene la MFA activada</translation>
    </message>
    <message>
        <source>The destination admin account must complete multi-factor authentication at every sign-in. The password is accepted, but the sign-in stops at the second factor, which a migration tool cannot answer. Learn which answer proves the password was right and the block is a policy.</source>
        <translation>La cuenta de administrador de destino debe completar la autenticación multifactor en cada inicio de sesión. La contraseña se acepta, pero el inicio de sesión se detiene en el segundo factor, al que una herramienta de migración no puede responder. Aprenda qué respuesta demuestra que la contraseña era correcta y que el bloqueo es una directiva.</translation>
    </message>
    <message>
        <source>Project uses an application (client) ID that the tenant does not know</source>
        <translation>El proyecto usa un Id. de aplicación (cliente) que el inquilino no conoce</translation>
    </message>
    <message>
        <source>The project&apos;s modern authentication settings contain a client ID that was never registered in the destination tenant, for example one copied from another customer&apos;s project. Microsoft Entra ID rejects the request before it looks at the account. Learn what the app registration must provide and where the project&apos;s client and tenant IDs come from.</source>
        <translation>La configuración de autenticación moderna del proyecto contiene un Id. de cliente que nunca se registró en el inquilino de destino, por ejemplo uno copiado del proyecto de otro cliente. Microsoft Entra ID rechaza la solicitud antes de examinar la cuenta. Aprenda qué debe proporcionar el registro de aplicación y de dónde proceden los Id. de cliente y de inquilino del proyecto.</translation>
    </message>
    <message>
        <source>Destination account created a few hours ago, mailbox still being set up</source>
        <translation>Cuenta de destino creada hace unas horas, buzón aún en preparación</translation>
    </message>
    <message>
        <source>The destination user was created and licensed a few hours ago, and the admin center already shows them. Microsoft 365 is still creating the mailbox behind the scenes, so programmatic access fails for now. Learn how to recognise an account that is simply too new, and how long to wait.</source>
        <translation>El usuario de destino se creó y se le asignó licencia hace unas horas, y el centro de administración ya lo muestra. Microsoft 365 sigue creando el buzón en segundo plano, así que el acceso mediante programación falla por ahora. Aprenda a reconocer una cuenta que simplemente es demasiado nueva y cuánto tiempo hay que esperar.</translation>
    </message>
    <message>
        <source>Source admin account&apos;s password has expired</source>
        <translation>La contraseña de la cuenta de administrador de origen ha expirado</translation>
    </message>
    <message>
        <source>The source admin account still has the password entered in the project, but that password has expired. A person would be asked to choose a new password at sign-in; the migration tool can only fail. Learn how an expired password differs from a wrong one on the wire.</source>
        <translation>La cuenta de administrador de origen sigue teniendo la contraseña escrita en el proyecto, pero esa contraseña ha expirado. A una persona se le pediría elegir una contraseña nueva al iniciar sesión; la herramienta de migración solo puede fallar. Aprenda en qué se diferencia en el tráfico de red una contraseña expirada de una incorrecta.</translation>
    </message>
    <message>
        <source>App registration does not allow public client flows</source>
        <translation>El registro de aplicación no permite flujos de clientes públicos</translation>
    </message>
    <message>
        <source>The delegated app registration exists and has the right permissions, but it is set up as a confidential application. A sign-in with only a username and password, without a client secret, is therefore refused before the account is checked. Learn which app registration setting a username-and-password sign-in depends on.</source>
        <translation>El registro de aplicación delegado existe y tiene los permisos correctos, pero está configurado como aplicación confidencial. Por eso, un inicio de sesión solo con nombre de usuario y contraseña, sin secreto de cliente, se rechaza antes de comprobar la cuenta. Aprenda de qué configuración del registro de aplicación depende un inicio de sesión con nombre de usuario y contraseña.</translation>
    </message>
    <message>
        <source>Security defaults switched on in the destination tenant</source>
        <translation>Valores predeterminados de seguridad activados en el inquilino de destino</translation>
    </message>
    <message>
        <source>The destination tenant has security defaults enabled, so every account must use multi-factor authentication and administrators always have to. The migration account&apos;s password sign-in is answered with a request for multi-factor authentication, the same answer a per-account MFA setting gives. Learn where the tenant-wide setting can be read and why the sign-in error alone does not tell the two apart.</source>
        <translation>El inquilino de destino tiene habilitados los valores predeterminados de seguridad, así que todas las cuentas deben usar autenticación multifactor, y los administradores siempre. Al inicio de sesión con contraseña de la cuenta de migración se responde con una solicitud de autenticación multifactor, la misma respuesta que da una configuración de MFA por cuenta. Aprenda dónde se puede consultar la configuración de todo el inquilino y por qué el error de inicio de sesión por sí solo no permite distinguir ambos casos.</translation>
    </message>
    <message>
        <source>Exchange Online project points to a tenant domain that does not exist</source>
        <translation>El proyecto de Exchange Online apunta a un dominio de inquilino que no existe</translation>
    </message>
    <message>
        <source>The tenant field of the project contains a mistyped domain, so Microsoft Entra ID cannot find the organisation at all. No credential is checked: the discovery requests already fail. Learn which unauthenticated lookups prove whether a tenant exists and which cloud it lives in.</source>
        <translation>El campo de inquilino del proyecto contiene un dominio mal escrito, así que Microsoft Entra ID no encuentra la organización. No se comprueba ninguna credencial: ya fallan las solicitudes de detección. Aprenda qué consultas sin autenticar demuestran si un inquilino existe y en qué nube está.</translation>
    </message>
    <message>
        <source>Destination tenant is throttling the migration</source>
        <translation>El inquilino de destino está limitando la migración</translation>
    </message>
    <message>
        <source>Many mailboxes are being migrated at the same time, and Microsoft 365 has started to slow the migration down. The first requests succeed, then the services answer that they are busy and ask the client to wait. Learn how throttling can hide behind a 401 and what the answers say about how long to wait.</source>
        <translation>Se están migrando muchos buzones a la vez y Microsoft 365 ha empezado a ralentizar la migración. Las primeras solicitudes se completan; después, los servicios responden que están ocupados y piden al cliente que espere. Aprenda cómo la limitación (throttling) puede esconderse tras un 401 y qué dicen las respuestas sobre cuánto esperar.</translation>
    </message>
    <message>
        <source>Sign-in fails with an error code no known cause explains</source>
        <translation>El inicio de sesión falla con un código de error que ninguna causa conocida explica</translation>
    </message>
    <message>
        <source>Microsoft Entra ID refuses the token request with an error code that none of the usual causes covers. The right move is not to guess but to collect the raw code, the trace and correlation IDs and the time for a support ticket. Learn which details Microsoft support needs to look up a failed sign-in.</source>
        <translation>Microsoft Entra ID rechaza la solicitud de token con un código de error que ninguna de las causas habituales contempla. Lo correcto no es adivinar, sino recopilar el código sin procesar, los Id. de seguimiento y de correlación y la hora para una incidencia de soporte. Aprenda qué datos necesita el soporte de Microsoft para consultar un inicio de sesión fallido.</translation>
    </message>
    <message>
        <source>GCC High tenant addressed through the commercial Microsoft 365 cloud</source>
        <translation>Inquilino GCC High al que se accede a través de la nube comercial de Microsoft 365</translation>
    </message>
    <message>
        <source>The destination organisation lives in Microsoft 365 GCC High, but the project is set up for the commercial (worldwide) cloud. The tenant is found, yet the commercial sign-in service refuses to issue tokens for it. Learn which answers reveal the cloud a tenant belongs to.</source>
        <translation>La organización de destino está en Microsoft 365 GCC High, pero el proyecto está configurado para la nube comercial (mundial). El inquilino se encuentra, pero el servicio de inicio de sesión comercial se niega a emitir tokens para él. Aprenda qué respuestas revelan la nube a la que pertenece un inquilino.</translation>
    </message>
    <message>
        <source>Exchange Online admin password in the project is out of date</source>
        <translation>La contraseña de administrador de Exchange Online del proyecto está desactualizada</translation>
    </message>
    <message>
        <source>The destination admin account exists and signs in fine in the browser, but the project still holds the password it had before it was changed. Watch how Microsoft Entra ID answers a password it does not accept, and which code tells a bad password apart from a missing account. Learn where the project keeps the credentials it uses.</source>
        <translation>La cuenta de administrador de destino existe e inicia sesión sin problemas en el explorador, pero el proyecto sigue teniendo la contraseña anterior al cambio. Observe cómo responde Microsoft Entra ID a una contraseña que no acepta y qué código distingue una contraseña incorrecta de una cuenta inexistente. Aprenda dónde guarda el proyecto las credenciales que usa.</translation>
    </message>
    <message>
        <source>Exchange Online project signs in with an account name that does not exist</source>
        <translation>El proyecto de Exchange Online inicia sesión con un nombre de cuenta que no existe</translation>
    </message>
    <message>
        <source>The project uses an address that looks right to a person but is not the sign-in name (UPN) of any account in the tenant. The password is never checked because Microsoft Entra ID cannot find the user. Learn to tell a missing account from a wrong password, and where to look up the real sign-in name.</source>
        <translation>El proyecto usa una dirección que a una persona le parece correcta, pero que no es el nombre de inicio de sesión (UPN) de ninguna cuenta del inquilino. La contraseña nunca se comprueba porque Microsoft Entra ID no encuentra al usuario. Aprenda a distinguir una cuenta inexistente de una contraseña incorrecta y dónde consultar el nombre de inicio de sesión real.</translation>
    </message>
    <message>
        <source>Healthy Microsoft 365 tenant: everything is configured correctly</source>
        <translation>Inquilino de Microsoft 365 en buen estado: todo está configurado correctamente</translation>
    </message>
    <message>
        <source>The Contoso tenant is set up the way a migration needs it, and the project&apos;s credentials are right. Every check should pass, so use this run to learn what normal answers look like before you practise the broken cases. When a real project fails although the checks pass, the cause is usually a typo in the project or a change that has not taken effect yet.</source>
        <translation>El inquilino Contoso está configurado como lo necesita una migración, y las credenciales del proyecto son correctas. Todas las comprobaciones deberían superarse, así que use esta ejecución para aprender cómo son las respuestas normales antes de practicar los casos con errores. Cuando un proyecto real falla aunque las comprobaciones se superen, la causa suele ser un error tipográfico en el proyecto o un cambio que aún no ha surtido efecto.</translation>
    </message>
    <message>
        <source>OneDrive project signs in as an app with a client secret</source>
        <translation>El proyecto de OneDrive inicia sesión como aplicación con un secreto de cliente</translation>
    </message>
    <message>
        <source>The OneDrive project uses an app registration with a client secret instead of admin credentials or a certificate. The token is issued and Microsoft Graph accepts it, but SharePoint, where OneDrive lives, refuses app-only tokens obtained with a secret. Learn to read how a token was obtained from its claims.</source>
        <translation>El proyecto de OneDrive usa un registro de aplicación con un secreto de cliente en lugar de credenciales de administrador o de un certificado. El token se emite y Microsoft Graph lo acepta, pero SharePoint, donde reside OneDrive, rechaza los tokens de solo aplicación obtenidos con un secreto. Aprenda a deducir de sus notificaciones (claims) cómo se obtuvo un token.</translation>
    </message>
    <message>
        <source>Healthy OneDrive for Business migration with an admin account</source>
        <translation>Migración de OneDrive para la Empresa en buen estado con una cuenta de administrador</translation>
    </message>
    <message>
        <source>The OneDrive project signs in with a Global Administrator through an app registration that has the SharePoint and Files permissions a OneDrive migration needs. Every check should pass, including opening the user&apos;s OneDrive. Use it to learn what a working OneDrive check looks like before you practise the broken ones.</source>
        <translation>El proyecto de OneDrive inicia sesión con un Administrador global a través de un registro de aplicación que tiene los permisos de SharePoint y Files que necesita una migración de OneDrive. Todas las comprobaciones deberían superarse, incluida la apertura del OneDrive del usuario. Úselo para aprender cómo es una comprobación de OneDrive que funciona antes de practicar las que fallan.</translation>
    </message>
    <message>
        <source>Destination user has no licence that includes OneDrive</source>
        <translation>El usuario de destino no tiene ninguna licencia que incluya OneDrive</translation>
    </message>
    <message>
        <source>The destination user&apos;s licence contains Exchange Online but no SharePoint Online plan, so OneDrive cannot exist for them. The admin signs in fine; the user&apos;s OneDrive cannot be found. Learn which licence plans carry OneDrive and why a missing licence looks like a missing OneDrive at first.</source>
        <translation>La licencia del usuario de destino contiene Exchange Online, pero ningún plan de SharePoint Online, así que no puede tener OneDrive. El administrador inicia sesión sin problemas; no se encuentra el OneDrive del usuario. Aprenda qué planes de licencia incluyen OneDrive y por qué, a primera vista, una licencia ausente parece un OneDrive inexistente.</translation>
    </message>
    <message>
        <source>Source user&apos;s OneDrive was never set up</source>
        <translation>El OneDrive del usuario de origen nunca se configuró</translation>
    </message>
    <message>
        <source>The user has a licence that includes OneDrive, but has never opened OneDrive and nobody pre-provisioned it, so there is no personal site to migrate. The admin signs in fine; looking up the user&apos;s OneDrive fails. Learn how to tell a missing OneDrive from a sign-in problem, and why it takes time to appear once started.</source>
        <translation>El usuario tiene una licencia que incluye OneDrive, pero nunca ha abierto OneDrive y nadie lo aprovisionó previamente, así que no hay ningún sitio personal que migrar. El administrador inicia sesión sin problemas; la búsqueda del OneDrive del usuario falla. Aprenda a distinguir un OneDrive inexistente de un problema de inicio de sesión y por qué tarda en aparecer una vez iniciado.</translation>
    </message>
    <message>
        <source>Autodiscover is not published for the source domain</source>
        <translation>Autodiscover no está publicado para el dominio de origen</translation>
    </message>
    <message>
        <source>The source project has no EWS address and relies on Autodiscover, but neither fabrikam.com nor autodiscover.fabrikam.com publishes the service. Every place a client is allowed to look answers &quot;not found&quot;, so the server&apos;s address is never learned. Learn the order in which Autodiscover is searched and what to enter in the project instead.</source>
        <translation>El proyecto de origen no tiene dirección de EWS y depende de Autodiscover, pero ni fabrikam.com ni autodiscover.fabrikam.com publican el servicio. Todos los lugares en los que un cliente puede buscar responden «no encontrado», así que nunca se obtiene la dirección del servidor. Aprenda en qué orden se busca Autodiscover y qué escribir en el proyecto en su lugar.</translation>
    </message>
    <message>
        <source>Autodiscover for the source domain redirects to a stranger&apos;s server</source>
        <translation>Autodiscover del dominio de origen redirige al servidor de un tercero</translation>
    </message>
    <message>
        <source>The source project relies on Autodiscover, and autodiscover.fabrikam.com is hosted by a web provider that redirects every request to a server in another domain over plain HTTP. Following that redirect would hand the admin&apos;s password to a third party, so a safe client refuses it. Learn which Autodiscover redirects may be followed and why this one must not be.</source>
        <translation>El proyecto de origen depende de Autodiscover, y autodiscover.fabrikam.com está hospedado por un proveedor web que redirige todas las solicitudes a un servidor de otro dominio mediante HTTP sin cifrar. Seguir esa redirección entregaría la contraseña del administrador a un tercero, por lo que un cliente seguro la rechaza. Aprenda qué redirecciones de Autodiscover se pueden seguir y por qué esta no.</translation>
    </message>
    <message>
        <source>On-premises EWS does not accept Basic authentication</source>
        <translation>EWS local no acepta la autenticación básica</translation>
    </message>
    <message>
        <source>The source project is set to Basic authentication, but the Exchange Server&apos;s web services only offer Windows sign-in (Negotiate and NTLM). The password is right, yet the server never accepts it in the form the project sends. Learn to read which sign-in methods a server offers.</source>
        <translation>El proyecto de origen está configurado con autenticación básica, pero los servicios web de Exchange Server solo ofrecen el inicio de sesión de Windows (Negotiate y NTLM). La contraseña es correcta, pero el servidor nunca la acepta en la forma en que la envía el proyecto. Aprenda a leer qué métodos de inicio de sesión ofrece un servidor.</translation>
    </message>
    <message>
        <source>The mailbox database on the source Exchange Server is offline</source>
        <translation>La base de datos de buzones del Exchange Server de origen está sin conexión</translation>
    </message>
    <message>
        <source>The source Exchange Server accepts the admin&apos;s sign-in, but the database that holds the mailbox being migrated is dismounted. Every attempt to open the mailbox fails on the server side, which migration tools report as a 401 or a missing database. Learn how a server-side store failure looks and why it is not a credential problem.</source>
        <translation>El Exchange Server de origen acepta el inicio de sesión del administrador, pero la base de datos que contiene el buzón que se migra está desmontada. Todos los intentos de abrir el buzón fallan en el lado del servidor, lo que las herramientas de migración notifican como un 401 o como una base de datos ausente. Aprenda cómo se ve un error del almacén en el servidor y por qué no es un problema de credenciales.</translation>
    </message>
    <message>
        <source>Project&apos;s EWS address points at a web server that is not Exchange</source>
        <translation>La dirección de EWS del proyecto apunta a un servidor web que no es Exchange</translation>
    </message>
    <message>
        <source>The source project&apos;s EWS address uses a host name that belongs to the company&apos;s ordinary web server, not to Exchange. That server answers every request with a &quot;not found&quot; page, so no sign-in ever takes place. Learn to check the EWS address itself before suspecting the account.</source>
        <translation>La dirección de EWS del proyecto de origen usa un nombre de host que pertenece al servidor web habitual de la empresa, no a Exchange. Ese servidor responde a todas las solicitudes con una página de «no encontrado», así que nunca llega a iniciarse sesión. Aprenda a comprobar la propia dirección de EWS antes de sospechar de la cuenta.</translation>
    </message>
    <message>
        <source>Project&apos;s EWS address points at Outlook on the web instead of EWS</source>
        <translation>La dirección de EWS del proyecto apunta a Outlook on the web en lugar de a EWS</translation>
    </message>
    <message>
        <source>The source project was given the address of Outlook on the web (OWA) where the Exchange Web Services address belongs. The server answers, but with a redirect to a sign-in web page instead of a web service. Learn what a correct EWS address looks like and how to find it.</source>
        <translation>Al proyecto de origen se le dio la dirección de Outlook on the web (OWA) donde corresponde la dirección de Exchange Web Services. El servidor responde, pero con una redirección a una página web de inicio de sesión en lugar de un servicio web. Aprenda cómo es una dirección de EWS correcta y cómo encontrarla.</translation>
    </message>
    <message>
        <source>Exchange 2019 CU14 with Extended Protection refuses the NTLM sign-in</source>
        <translation>Exchange 2019 CU14 con Extended Protection rechaza el inicio de sesión NTLM</translation>
    </message>
    <message>
        <source>The source Exchange 2019 server was updated to CU14, which turns Extended Protection on, and the project signs in with NTLM. The full NTLM exchange takes place with the right password, and the server still answers 401 every time. Learn why a client without channel binding fails here and which other sign-in methods remain.</source>
        <translation>El servidor Exchange 2019 de origen se actualizó a CU14, que activa Extended Protection, y el proyecto inicia sesión con NTLM. El intercambio NTLM completo se realiza con la contraseña correcta y, aun así, el servidor responde 401 cada vez. Aprenda por qué aquí falla un cliente sin enlace de canal (channel binding) y qué otros métodos de inicio de sesión quedan.</translation>
    </message>
    <message>
        <source>Healthy on-premises Exchange 2019 server as the migration source</source>
        <translation>Servidor Exchange 2019 local en buen estado como origen de la migración</translation>
    </message>
    <message>
        <source>The source is an Exchange Server 2019 in the company&apos;s own network, reached at its public EWS address with Windows (NTLM) sign-in. The admin account may open every mailbox and the server answers quickly, so every check should pass. Use it to learn what a healthy on-premises server answers before you practise the broken ones.</source>
        <translation>El origen es un Exchange Server 2019 en la red propia de la empresa, al que se accede por su dirección pública de EWS con el inicio de sesión de Windows (NTLM). La cuenta de administrador puede abrir todos los buzones y el servidor responde rápidamente, así que todas las comprobaciones deberían superarse. Úselo para aprender qué responde un servidor local en buen estado antes de practicar con los que fallan.</translation>
    </message>
    <message>
        <source>On-premises service account lacks the ApplicationImpersonation role</source>
        <translation>A la cuenta de servicio local le falta el rol ApplicationImpersonation</translation>
    </message>
    <message>
        <source>The source project signs in with a dedicated migration service account that has a working password but was never given the right to act as other users. The sign-in works, but the server refuses to open the mailbox being migrated on the account&apos;s behalf. Learn how Exchange Server grants impersonation and how that differs from Exchange Online today.</source>
        <translation>El proyecto de origen inicia sesión con una cuenta de servicio de migración dedicada que tiene una contraseña válida, pero a la que nunca se concedió el derecho de actuar como otros usuarios. El inicio de sesión funciona, pero el servidor se niega a abrir el buzón que se migra en nombre de la cuenta. Aprenda cómo concede Exchange Server la suplantación y en qué se diferencia de Exchange Online hoy en día.</translation>
    </message>
    <message>
        <source>Source Exchange Server cannot be reached from the internet</source>
        <translation>No se puede acceder al Exchange Server de origen desde Internet</translation>
    </message>
    <message>
        <source>A firewall in front of the source Exchange Server drops every connection the migration makes to it. No request gets far enough for a sign-in to happen, so nothing can be said about the credentials yet. Learn to recognise a network failure and to fix the path before suspecting the password.</source>
        <translation>Un firewall delante del Exchange Server de origen descarta todas las conexiones que la migración establece con él. Ninguna solicitud llega lo bastante lejos como para que se produzca un inicio de sesión, así que todavía no se puede decir nada de las credenciales. Aprenda a reconocer un error de red y a corregir la ruta antes de sospechar de la contraseña.</translation>
    </message>
    <message>
        <source>Source Exchange Server is overloaded and answers very slowly</source>
        <translation>El Exchange Server de origen está sobrecargado y responde muy lentamente</translation>
    </message>
    <message>
        <source>The source Exchange Server is short of CPU, memory or disk while it serves its users and the migration at once. Credentials are fine, but every answer takes seconds, even the ones that need no sign-in. Learn how to measure a slow server instead of guessing, and what to change on the migration side.</source>
        <translation>Al Exchange Server de origen le falta CPU, memoria o disco mientras atiende a la vez a sus usuarios y a la migración. Las credenciales son correctas, pero cada respuesta tarda segundos, incluso las que no requieren inicio de sesión. Aprenda a medir la lentitud de un servidor en lugar de adivinar, y qué cambiar en el lado de la migración.</translation>
    </message>
    <message>
        <source>Source Exchange Server presents an expired TLS certificate</source>
        <translation>El Exchange Server de origen presenta un certificado TLS expirado</translation>
    </message>
    <message>
        <source>The certificate on the source Exchange Server expired and nobody renewed it. A careful client refuses to send any password to a server it cannot verify, so the connection stops before authentication. Learn how certificate problems look and why ignoring them is not a fix.</source>
        <translation>El certificado del Exchange Server de origen expiró y nadie lo renovó. Un cliente prudente se niega a enviar ninguna contraseña a un servidor que no puede verificar, así que la conexión se detiene antes de la autenticación. Aprenda cómo se ven los problemas de certificados y por qué ignorarlos no es una solución.</translation>
    </message>
    <message>
        <source>Source Exchange Server still uses its self-signed certificate</source>
        <translation>El Exchange Server de origen sigue usando su certificado autofirmado</translation>
    </message>
    <message>
        <source>The source Exchange Server was published on the internet with the self-signed certificate Exchange creates at installation. No outside client can verify it, so nothing is sent to the server. Learn to spot a self-signed certificate and why a migration service cannot trust it.</source>
        <translation>El Exchange Server de origen se publicó en Internet con el certificado autofirmado que Exchange crea durante la instalación. Ningún cliente externo puede verificarlo, así que no se envía nada al servidor. Aprenda a detectar un certificado autofirmado y por qué un servicio de migración no puede confiar en él.</translation>
    </message>
    <message>
        <source>On-premises admin password in the project is wrong</source>
        <translation>La contraseña de administrador local del proyecto es incorrecta</translation>
    </message>
    <message>
        <source>The source project signs in to the company&apos;s Exchange Server with Basic authentication, and the password stored in it is not the account&apos;s current one. The server refuses the sign-in on every address it is sent to. Learn why one refused sign-in proves little, and what makes a wrong password certain.</source>
        <translation>El proyecto de origen inicia sesión en el Exchange Server de la empresa con autenticación básica, y la contraseña guardada en él no es la actual de la cuenta. El servidor rechaza el inicio de sesión en todas las direcciones a las que se envía. Aprenda por qué un solo inicio de sesión rechazado demuestra poco y qué permite tener la certeza de que la contraseña es incorrecta.</translation>
    </message>
</context>
<context>
    <name>AuthDoctor::Sim::Scenario</name>
    <message>
        <source>a string</source>
        <translation>una cadena</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>una matriz</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>%1: expected %2, got %3</source>
        <translation>%1: se esperaba %2, se recibió %3</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 o %2</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not supported by the simulator (supported: %3)</source>
        <translation>%1: el simulador no admite &quot;%2&quot; (se admite: %3)</translation>
    </message>
    <message>
        <source>%1: unknown key &quot;%2&quot; (expected one of %3)</source>
        <translation>%1: clave desconocida &quot;%2&quot; (se esperaba una de %3)</translation>
    </message>
    <message>
        <source>%1: %2 may not contain control characters (U+%3 at character %4)</source>
        <translation>%1: %2 no puede contener caracteres de control (U+%3 en el carácter %4)</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un número entero</translation>
    </message>
    <message>
        <source>%1: %2 is out of range (%3 to %4)</source>
        <translation>%1: %2 está fuera del intervalo (%3 a %4)</translation>
    </message>
    <message>
        <source>an object of name → matcher</source>
        <translation>un objeto de nombre → comparador</translation>
    </message>
    <message>
        <source>a string such as &quot;GET&quot; or &quot;ANY&quot;</source>
        <translation>una cadena como &quot;GET&quot; o &quot;ANY&quot;</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an HTTP method</source>
        <translation>%1: &quot;%2&quot; no es un método HTTP</translation>
    </message>
    <message>
        <source>%1: only one of &quot;url&quot;, &quot;urlPath&quot;, &quot;urlPattern&quot; or &quot;urlPathPattern&quot; may be given (also has &quot;%2&quot;)</source>
        <translation>%1: solo se puede indicar uno de &quot;url&quot;, &quot;urlPath&quot;, &quot;urlPattern&quot; o &quot;urlPathPattern&quot; (también tiene &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must start with &quot;/&quot;</source>
        <translation>%1: &quot;%2&quot; debe empezar por &quot;/&quot;</translation>
    </message>
    <message>
        <source>an array of matchers</source>
        <translation>una matriz de comparadores</translation>
    </message>
    <message>
        <source>an object of name → value (or list of values)</source>
        <translation>un objeto de nombre → valor (o lista de valores)</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a valid header name</source>
        <translation>%1: &quot;%2&quot; no es un nombre de encabezado válido</translation>
    </message>
    <message>
        <source>a string (or a list of strings)</source>
        <translation>una cadena (o una lista de cadenas)</translation>
    </message>
    <message>
        <source>%1: a header value may not contain line breaks</source>
        <translation>%1: un valor de encabezado no puede contener saltos de línea</translation>
    </message>
    <message>
        <source>a header value</source>
        <translation>un valor de encabezado</translation>
    </message>
    <message>
        <source>%1: a status message may not contain line breaks</source>
        <translation>%1: un mensaje de estado no puede contener saltos de línea</translation>
    </message>
    <message>
        <source>a status message</source>
        <translation>un mensaje de estado</translation>
    </message>
    <message>
        <source>%1: only one of &quot;body&quot;, &quot;jsonBody&quot; or &quot;base64Body&quot; may be given (also has &quot;%2&quot;)</source>
        <translation>%1: solo se puede indicar uno de &quot;body&quot;, &quot;jsonBody&quot; o &quot;base64Body&quot; (también tiene &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>%1: not valid base64</source>
        <translation>%1: no es base64 válido</translation>
    </message>
    <message>
        <source>an object {&quot;numberOfChunks&quot;: …, &quot;totalDuration&quot;: …}</source>
        <translation>un objeto {&quot;numberOfChunks&quot;: …, &quot;totalDuration&quot;: …}</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is missing</source>
        <translation>%1: falta &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: unknown fault &quot;%2&quot; (expected one of %3)</source>
        <translation>%1: error simulado desconocido &quot;%2&quot; (se esperaba uno de %3)</translation>
    </message>
    <message>
        <source>a fault name</source>
        <translation>un nombre de error simulado</translation>
    </message>
    <message>
        <source>a mapping object with &quot;request&quot; and &quot;response&quot;</source>
        <translation>un objeto de asignación con &quot;request&quot; y &quot;response&quot;</translation>
    </message>
    <message>
        <source>a non-empty string</source>
        <translation>una cadena no vacía</translation>
    </message>
    <message>
        <source>a matcher object such as {&quot;equalTo&quot;: &quot;…&quot;}</source>
        <translation>un objeto comparador como {&quot;equalTo&quot;: &quot;…&quot;}</translation>
    </message>
    <message>
        <source>%1: a matcher takes exactly one of %2, got both &quot;%3&quot; and &quot;%4&quot;</source>
        <translation>%1: un comparador admite exactamente uno de %2, pero se recibieron &quot;%3&quot; y &quot;%4&quot;</translation>
    </message>
    <message>
        <source>%1: a matcher needs one of %2</source>
        <translation>%1: un comparador necesita uno de %2</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <source>%1: &quot;caseInsensitive&quot; only goes with &quot;equalTo&quot;</source>
        <translation>%1: &quot;caseInsensitive&quot; solo va con &quot;equalTo&quot;</translation>
    </message>
    <message>
        <source>%1: invalid regular expression &quot;%2&quot;: %3 (at offset %4)</source>
        <translation>%1: expresión regular no válida &quot;%2&quot;: %3 (en la posición %4)</translation>
    </message>
    <message>
        <source>%1: invalid regular expression &quot;%2&quot;: %3</source>
        <translation>%1: expresión regular no válida &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>the scenario file is larger than %1 MiB</source>
        <translation>el archivo de escenario supera los %1 MiB</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>línea %1, columna %2</translation>
    </message>
    <message>
        <source>a string, number, true, false or null</source>
        <translation>una cadena, un número, true, false o null</translation>
    </message>
    <message>
        <source>%1: expected one of %2, got &quot;%3&quot;</source>
        <translation>%1: se esperaba uno de %2, se recibió &quot;%3&quot;</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>uno de %1</translation>
    </message>
    <message>
        <source>a finding id or null</source>
        <translation>un Id. de hallazgo o null</translation>
    </message>
    <message>
        <source>an array of finding ids</source>
        <translation>una matriz de Id. de hallazgo</translation>
    </message>
    <message>
        <source>a finding id</source>
        <translation>un Id. de hallazgo</translation>
    </message>
    <message>
        <source>an object of host name → certificate kind</source>
        <translation>un objeto de nombre de host → tipo de certificado</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a host name</source>
        <translation>%1: &quot;%2&quot; no es un nombre de host</translation>
    </message>
    <message>
        <source>%1: unknown certificate kind &quot;%2&quot; (expected one of %3)</source>
        <translation>%1: tipo de certificado desconocido &quot;%2&quot; (se esperaba uno de %3)</translation>
    </message>
    <message>
        <source>a scenario name</source>
        <translation>un nombre de escenario</translation>
    </message>
    <message>
        <source>a title</source>
        <translation>un título</translation>
    </message>
    <message>
        <source>a description</source>
        <translation>una descripción</translation>
    </message>
    <message>
        <source>%1: invalid JSON: %2</source>
        <translation>%1: JSON no válido: %2</translation>
    </message>
    <message>
        <source>an array of mappings</source>
        <translation>una matriz de asignaciones</translation>
    </message>
    <message>
        <source>cannot read the scenario file: no such file</source>
        <translation>no se puede leer el archivo de escenario: el archivo no existe</translation>
    </message>
    <message>
        <source>cannot read the scenario file: not a regular file</source>
        <translation>no se puede leer el archivo de escenario: no es un archivo normal</translation>
    </message>
    <message>
        <source>cannot read the scenario file: %1</source>
        <translation>no se puede leer el archivo de escenario: %1</translation>
    </message>
    <message>
        <source>%1: no embedded scenario of that name (known: %2)</source>
        <translation>%1: no hay ningún escenario integrado con ese nombre (conocidos: %2)</translation>
    </message>
</context>
<context>
    <name>AuthDoctor::Sim::SimulatorServer</name>
    <message>
        <source>malformed request line</source>
        <translation>línea de solicitud con formato incorrecto</translation>
    </message>
    <message>
        <source>request header fields too large</source>
        <translation>campos de encabezado de la solicitud demasiado grandes</translation>
    </message>
    <message>
        <source>malformed method</source>
        <translation>método con formato incorrecto</translation>
    </message>
    <message>
        <source>malformed request target</source>
        <translation>destino de la solicitud con formato incorrecto</translation>
    </message>
    <message>
        <source>HTTP version not supported</source>
        <translation>versión de HTTP no admitida</translation>
    </message>
    <message>
        <source>malformed HTTP version</source>
        <translation>versión de HTTP con formato incorrecto</translation>
    </message>
    <message>
        <source>obsolete header line folding</source>
        <translation>plegado de líneas de encabezado obsoleto</translation>
    </message>
    <message>
        <source>malformed header line</source>
        <translation>línea de encabezado con formato incorrecto</translation>
    </message>
    <message>
        <source>malformed header value</source>
        <translation>valor de encabezado con formato incorrecto</translation>
    </message>
    <message>
        <source>both Transfer-Encoding and Content-Length</source>
        <translation>Transfer-Encoding y Content-Length a la vez</translation>
    </message>
    <message>
        <source>unsupported transfer coding</source>
        <translation>codificación de transferencia no admitida</translation>
    </message>
    <message>
        <source>conflicting Content-Length</source>
        <translation>Content-Length contradictorio</translation>
    </message>
    <message>
        <source>malformed Content-Length</source>
        <translation>Content-Length con formato incorrecto</translation>
    </message>
    <message>
        <source>request body too large</source>
        <translation>cuerpo de la solicitud demasiado grande</translation>
    </message>
    <message>
        <source>malformed chunk size</source>
        <translation>tamaño de fragmento con formato incorrecto</translation>
    </message>
    <message>
        <source>malformed chunk</source>
        <translation>fragmento con formato incorrecto</translation>
    </message>
    <message>
        <source>request timeout</source>
        <translation>tiempo de espera de la solicitud agotado</translation>
    </message>
    <message>
        <source>CONNECT inside a tunnel</source>
        <translation>CONNECT dentro de un túnel</translation>
    </message>
    <message>
        <source>malformed host in the request target</source>
        <translation>host con formato incorrecto en el destino de la solicitud</translation>
    </message>
    <message>
        <source>the simulator proxies https only through CONNECT</source>
        <translation>el simulador solo hace de proxy para https mediante CONNECT</translation>
    </message>
    <message>
        <source>this is the AuthDoctor simulator, an HTTP proxy: send proxy requests (absolute URLs or CONNECT), not requests for the proxy itself</source>
        <translation>este es el simulador de AuthDoctor, un proxy HTTP: envíe solicitudes de proxy (URL absolutas o CONNECT), no solicitudes para el propio proxy</translation>
    </message>
    <message>
        <source>CONNECT needs host:port</source>
        <translation>CONNECT necesita host:puerto</translation>
    </message>
    <message>
        <source>the simulator tunnels CONNECT to port 443 only</source>
        <translation>el simulador solo crea túneles CONNECT al puerto 443</translation>
    </message>
    <message>
        <source>data after CONNECT before the tunnel was established</source>
        <translation>datos después de CONNECT antes de establecerse el túnel</translation>
    </message>
    <message>
        <source>too many connections to the simulator at once; try again when some have closed</source>
        <translation>demasiadas conexiones simultáneas al simulador; vuelva a intentarlo cuando se hayan cerrado algunas</translation>
    </message>
    <message>
        <source>refusing to listen on %1: the simulator listens on loopback only unless non-loopback use is explicitly allowed (--allow-non-loopback)</source>
        <translation>no se escuchará en %1: el simulador solo escucha en bucle invertido, salvo que se permita explícitamente otra dirección (--allow-non-loopback)</translation>
    </message>
    <message>
        <source>TLS is not available (no TLS backend), the simulator cannot terminate HTTPS</source>
        <translation>TLS no está disponible (no hay back-end de TLS); el simulador no puede terminar HTTPS</translation>
    </message>
    <message>
        <source>the simulator&apos;s embedded certificates could not be loaded</source>
        <translation>no se pudieron cargar los certificados integrados del simulador</translation>
    </message>
    <message>
        <source>cannot listen on %1 port %2: %3</source>
        <translation>no se puede escuchar en %1, puerto %2: %3</translation>
    </message>
</context>
<context>
    <name>TenantModel</name>
    <message>
        <source>unknown base &quot;%1&quot; (expected &quot;healthy-tenant&quot; or &quot;none&quot;)</source>
        <translation>base desconocida &quot;%1&quot; (se esperaba &quot;healthy-tenant&quot; o &quot;none&quot;)</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>un valor booleano</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>una cadena</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>una matriz</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation>se esperaba %1, se recibió %2</translation>
    </message>
    <message>
        <source>unknown key (expected one of %1)</source>
        <translation>clave desconocida (se esperaba una de %1)</translation>
    </message>
    <message>
        <source>a boolean or null</source>
        <translation>un valor booleano o null</translation>
    </message>
    <message>
        <source>an integer from 0 to %1</source>
        <translation>un entero de 0 a %1</translation>
    </message>
    <message>
        <source>expected one of %1, got %2</source>
        <translation>se esperaba uno de %1, se recibió %2</translation>
    </message>
    <message>
        <source>an array of strings</source>
        <translation>una matriz de cadenas</translation>
    </message>
    <message>
        <source>missing required key &quot;upn&quot;</source>
        <translation>falta la clave obligatoria &quot;upn&quot;</translation>
    </message>
    <message>
        <source>a user principal name (name@domain)</source>
        <translation>un nombre principal de usuario (nombre@dominio)</translation>
    </message>
    <message>
        <source>an ISO 8601 date-time (e.g. &quot;2024-01-15T09:00:00Z&quot;) or a negative duration (e.g. &quot;-PT2H&quot;)</source>
        <translation>una fecha y hora ISO 8601 (p. ej., &quot;2024-01-15T09:00:00Z&quot;) o una duración negativa (p. ej., &quot;-PT2H&quot;)</translation>
    </message>
    <message>
        <source>a service-plan name (upper-case letters, digits and &quot;_&quot;)</source>
        <translation>un nombre de plan de servicio (letras mayúsculas, dígitos y &quot;_&quot;)</translation>
    </message>
    <message>
        <source>missing required key &quot;client_id&quot;</source>
        <translation>falta la clave obligatoria &quot;client_id&quot;</translation>
    </message>
    <message>
        <source>a GUID</source>
        <translation>un GUID</translation>
    </message>
    <message>
        <source>a permission name, optionally prefixed with &quot;exchange:&quot;, &quot;graph:&quot; or &quot;sharepoint:&quot;</source>
        <translation>un nombre de permiso, opcionalmente con el prefijo &quot;exchange:&quot;, &quot;graph:&quot; o &quot;sharepoint:&quot;</translation>
    </message>
    <message>
        <source>a string or null</source>
        <translation>una cadena o null</translation>
    </message>
    <message>
        <source>an object or null</source>
        <translation>un objeto o null</translation>
    </message>
    <message>
        <source>a host name such as &quot;mail.fabrikam.com&quot;</source>
        <translation>un nombre de host como &quot;mail.fabrikam.com&quot;</translation>
    </message>
    <message>
        <source>a build number such as &quot;15.2.1544.4&quot;</source>
        <translation>un número de compilación como &quot;15.2.1544.4&quot;</translation>
    </message>
    <message>
        <source>an array of objects</source>
        <translation>una matriz de objetos</translation>
    </message>
    <message>
        <source>an application (client) id GUID</source>
        <translation>un GUID de Id. de aplicación (cliente)</translation>
    </message>
    <message>
        <source>no user with upn %1 in the tenant</source>
        <translation>no hay ningún usuario con el UPN %1 en el inquilino</translation>
    </message>
</context>
</TS>
