<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AuthDoctor::Scenarios</name>
    <message>
        <source>Source admin account has been disabled</source>
        <translation>移行元の管理者アカウントが無効になっている</translation>
    </message>
    <message>
        <source>The account the project uses on the source side was blocked from signing in, for example when its owner left the company. The password is still the same, but Microsoft Entra ID refuses every sign-in for it. Learn which answer names a disabled account and who can change that.</source>
        <translation>プロジェクトが移行元で使用するアカウントのサインインがブロックされています (アカウントの所有者が退職した場合など)。パスワードは変わっていませんが、Microsoft Entra ID はこのアカウントのサインインをすべて拒否します。このシナリオでは、どの応答が無効なアカウントを示すのか、また誰がそれを変更できるのかを学びます。</translation>
    </message>
    <message>
        <source>Destination admin account is locked after too many failed sign-ins</source>
        <translation>移行先の管理者アカウントがサインインの失敗を繰り返してロックアウトされている</translation>
    </message>
    <message>
        <source>Too many sign-in attempts with a wrong password locked the destination admin account for a while. Every further attempt, even with the right password, is refused until the lock expires. Learn how a lockout looks on the wire and why retrying again and again makes it worse.</source>
        <translation>誤ったパスワードでのサインインが繰り返されたため、移行先の管理者アカウントが一定時間ロックアウトされています。ロックが解除されるまでは、正しいパスワードを使用しても、以降のサインインはすべて拒否されます。このシナリオでは、ロックアウトが通信上でどのように見えるか、また再試行を繰り返すと状況が悪化する理由を学びます。</translation>
    </message>
    <message>
        <source>App-only registration was never granted admin consent</source>
        <translation>アプリのみのアプリの登録に管理者の同意が与えられていない</translation>
    </message>
    <message>
        <source>The project signs in as an application with a client secret, and the app registration lists the Exchange permission it needs. Admin consent was never granted, so the token is issued without any Exchange permission and Exchange refuses it. Learn to read the permissions inside a token and the Exchange diagnostics header.</source>
        <translation>プロジェクトはアプリケーションとしてクライアント シークレットでサインインし、アプリの登録には必要な Exchange のアクセス許可が記載されています。しかし管理者の同意が与えられていないため、トークンは Exchange のアクセス許可を含まないまま発行され、Exchange はそのトークンを拒否します。このシナリオでは、トークン内のアクセス許可と Exchange の診断ヘッダーの読み方を学びます。</translation>
    </message>
    <message>
        <source>Exchange Online project still set to Basic authentication</source>
        <translation>Exchange Online のプロジェクトが基本認証のまま設定されている</translation>
    </message>
    <message>
        <source>The destination endpoint is configured to send the admin&apos;s username and password directly to Exchange Online (Basic authentication). Microsoft has switched Basic authentication off for Exchange Web Services and Autodiscover in every tenant, so even the right password is refused. Learn how the retirement shows up on the wire and why a password reset cannot help.</source>
        <translation>移行先のエンドポイントが、管理者のユーザー名とパスワードを Exchange Online に直接送信する設定 (基本認証) になっています。Microsoft はすべてのテナントで Exchange Web Services と自動検出の基本認証を無効にしたため、正しいパスワードでも拒否されます。このシナリオでは、基本認証の廃止が通信上でどのように現れるか、またパスワードをリセットしても解決しない理由を学びます。</translation>
    </message>
    <message>
        <source>App-only project holds the client secret&apos;s ID instead of its value</source>
        <translation>アプリのみのプロジェクトに、クライアント シークレットの値ではなく ID が設定されている</translation>
    </message>
    <message>
        <source>The project signs in as an application, but the secret field contains the secret&apos;s ID that the Entra admin center shows next to it, not the secret value itself. Microsoft Entra ID rejects the application before any mailbox is contacted. Learn how a bad or expired client secret is reported and why the value can only be copied once.</source>
        <translation>プロジェクトはアプリケーションとしてサインインしますが、シークレットの欄には、シークレットの値そのものではなく、Microsoft Entra 管理センターで値の横に表示されるシークレット ID が入っています。Microsoft Entra ID は、メールボックスにアクセスする前の段階でアプリケーションを拒否します。このシナリオでは、誤ったクライアント シークレットや期限切れのクライアント シークレットがどのように報告されるか、また値を 1 回しかコピーできない理由を学びます。</translation>
    </message>
    <message>
        <source>A Conditional Access policy blocks the migration account</source>
        <translation>条件付きアクセス ポリシーが移行用アカウントをブロックしている</translation>
    </message>
    <message>
        <source>An administrator of the destination tenant created a Conditional Access policy that covers the migration account. The password is right, but Microsoft Entra ID refuses to issue a token because of the policy. Learn which codes point at Conditional Access and which IDs an administrator needs to find the policy in the sign-in logs.</source>
        <translation>移行先テナントの管理者が、移行用アカウントを対象とする条件付きアクセス ポリシーを作成しました。パスワードは正しいものの、このポリシーのために Microsoft Entra ID はトークンの発行を拒否します。このシナリオでは、条件付きアクセスを示すコードと、管理者がサインイン ログでポリシーを見つけるために必要な ID を学びます。</translation>
    </message>
    <message>
        <source>Delegated app registration has no admin consent</source>
        <translation>委任のアプリの登録に管理者の同意がない</translation>
    </message>
    <message>
        <source>The app registration used by the project asks for access to Exchange Web Services on behalf of the signed-in admin, but nobody granted consent in the destination tenant. The password is right; the token is refused because of the missing consent. Learn how consent problems differ from credential problems and who may grant consent.</source>
        <translation>プロジェクトが使用するアプリの登録は、サインインした管理者の代わりに Exchange Web Services へのアクセスを要求しますが、移行先テナントで誰も同意を与えていません。パスワードは正しく、トークンは同意がないために拒否されます。このシナリオでは、同意の問題と資格情報の問題の違い、また誰が同意を与えられるのかを学びます。</translation>
    </message>
    <message>
        <source>EWS allow list of the destination tenant does not name the migration app</source>
        <translation>移行先テナントの EWS 許可リストに移行アプリが含まれていない</translation>
    </message>
    <message>
        <source>To keep EWS after October 2026 the destination organisation switched it on and listed the applications allowed to use it, but the migration tool&apos;s app registration is not on that list. The app gets a valid token with the right permission, and Exchange still refuses every mailbox request from it. Learn to recognise the most common EWS failure of this winter and which application ID the list must contain.</source>
        <translation>2026 年 10 月以降も EWS を使い続けるために、移行先の組織は EWS を有効にして使用を許可するアプリケーションを一覧に登録しましたが、移行ツールのアプリの登録がその一覧に含まれていません。アプリは正しいアクセス許可を持つ有効なトークンを取得しますが、Exchange はそのアプリからのメールボックス要求をすべて拒否します。このシナリオでは、この冬に最もよく見られる EWS の障害の見分け方と、一覧に含める必要があるアプリケーション ID を学びます。</translation>
    </message>
    <message>
        <source>Exchange Web Services switched off for the destination organisation</source>
        <translation>移行先の組織で Exchange Web Services が無効になっている</translation>
    </message>
    <message>
        <source>An administrator turned Exchange Web Services off for the whole destination organisation. The app signs in and gets a valid token, but every request to the mailbox service is refused. Learn how this differs from a permission problem and why the Exchange Online EWS retirement makes it more common.</source>
        <translation>管理者が移行先の組織全体で Exchange Web Services を無効にしました。アプリはサインインして有効なトークンを取得しますが、メールボックス サービスへの要求はすべて拒否されます。このシナリオでは、この状況とアクセス許可の問題との違い、また Exchange Online での EWS の廃止によってこの状況が増えている理由を学びます。</translation>
    </message>
    <message>
        <source>Mailbox being migrated has only a Kiosk or F3 Exchange licence</source>
        <translation>移行対象のメールボックスに Kiosk または F3 の Exchange ライセンスしかない</translation>
    </message>
    <message>
        <source>The destination user&apos;s only Exchange plan comes from a Kiosk or Frontline (F3) licence. Since 1 July 2026 Exchange Online refuses EWS for such mailboxes, for the migration app as for the user. Learn why the mailbox exists and still cannot be reached, and why the licence rather than a setting is the cause.</source>
        <translation>移行先ユーザーの Exchange プランは、Kiosk または Frontline (F3) ライセンスに含まれるものだけです。2026 年 7 月 1 日以降、Exchange Online はこのようなメールボックスへの EWS アクセスを、移行アプリに対してもユーザーに対しても拒否します。このシナリオでは、メールボックスが存在するのにアクセスできない理由と、設定ではなくライセンスが原因である理由を学びます。</translation>
    </message>
    <message>
        <source>EWS switched off for the mailbox being migrated</source>
        <translation>移行対象のメールボックスで EWS が無効になっている</translation>
    </message>
    <message>
        <source>EWS is on for the destination organisation, but an administrator switched it off for the one mailbox the project migrates. The app signs in and other mailboxes open, while every request for this mailbox is refused. Learn why the mailbox-level switch must be checked as well as the organisation&apos;s.</source>
        <translation>移行先の組織では EWS が有効ですが、管理者がプロジェクトで移行する特定のメールボックスだけ EWS を無効にしました。アプリはサインインでき、ほかのメールボックスは開けますが、このメールボックスへの要求はすべて拒否されます。このシナリオでは、組織の設定だけでなくメールボックス単位の設定も確認する必要がある理由を学びます。</translation>
    </message>
    <message>
        <source>EWS off for the organisation but kept on for the mailbox being migrated</source>
        <translation>組織では EWS が無効だが、移行対象のメールボックスでは有効のまま</translation>
    </message>
    <message>
        <source>The destination organisation has EWS switched off, but an administrator switched it on explicitly for the mailbox the project migrates. The mailbox-level setting wins, so every check for this mailbox should pass. Learn why an organisation-wide EWS switch alone does not decide whether a migration works.</source>
        <translation>移行先の組織では EWS が無効になっていますが、管理者がプロジェクトで移行するメールボックスに対して明示的に EWS を有効にしています。メールボックス単位の設定が優先されるため、このメールボックスに対するチェックはすべて成功するはずです。このシナリオでは、組織全体の EWS 設定だけでは移行が動作するかどうかが決まらない理由を学びます。</translation>
    </message>
    <message>
        <source>EWS switch never set in the destination organisation, so EWS is now off</source>
        <translation>移行先の組織で EWS の設定が一度も行われていないため、EWS が無効になっている</translation>
    </message>
    <message>
        <source>Nobody ever set the destination organisation&apos;s EWS switch, and for years Exchange Online treated that as on. Since 1 October 2026 an unset switch counts as off, so the app still signs in and gets a valid token, but every mailbox request is refused. Learn why a tenant that worked in September fails now although nobody changed anything.</source>
        <translation>移行先の組織の EWS 設定は一度も変更されておらず、Exchange Online は長年それを有効として扱ってきました。2026 年 10 月 1 日以降は未設定の場合は無効とみなされるため、アプリはサインインして有効なトークンを取得できるものの、メールボックスへの要求はすべて拒否されます。このシナリオでは、誰も何も変更していないのに、9 月には動作していたテナントが今は失敗する理由を学びます。</translation>
    </message>
    <message>
        <source>Admin account signs in through a federated identity provider (AD FS)</source>
        <translation>管理者アカウントがフェデレーション ID プロバイダー (AD FS) 経由でサインインする</translation>
    </message>
    <message>
        <source>The destination admin account belongs to a domain whose sign-ins are handed to the company&apos;s own identity provider. The migration tool&apos;s plain username-and-password sign-in cannot complete that hand-over, even though the password is right. Learn how the realm lookup shows a federated account, and why the failure then says little about the password itself.</source>
        <translation>移行先の管理者アカウントは、サインインが会社独自の ID プロバイダーに引き渡されるドメインに属しています。移行ツールの単純なユーザー名とパスワードによるサインインでは、パスワードが正しくてもこの引き渡しを完了できません。このシナリオでは、レルムの検索でフェデレーション アカウントがどのように示されるか、またその場合にエラーがパスワード自体についてほとんど何も示さない理由を学びます。</translation>
    </message>
    <message>
        <source>Healthy tenant with an app-only (client secret) migration project</source>
        <translation>アプリのみ (クライアント シークレット) の移行プロジェクトを使用する正常なテナント</translation>
    </message>
    <message>
        <source>The destination project signs in as an application with a client secret, the way current migration guides set it up after Exchange Online retired impersonation for user accounts. Every check should pass: the app gets a token with the Exchange permission and can open the mailbox being migrated. Use it to learn what a good app-only token and a successful mailbox access look like.</source>
        <translation>移行先のプロジェクトは、Exchange Online でユーザー アカウントによる偽装が廃止された後の最新の移行ガイドどおりに、アプリケーションとしてクライアント シークレットでサインインします。すべてのチェックが成功するはずです。アプリは Exchange のアクセス許可を持つトークンを取得し、移行対象のメールボックスを開くことができます。このシナリオで、正常なアプリのみのトークンとメールボックスへのアクセス成功がどのように見えるかを学びます。</translation>
    </message>
    <message>
        <source>Healthy tenant, project using the mailbox owner&apos;s own credentials</source>
        <translation>正常なテナント、プロジェクトはメールボックス所有者自身の資格情報を使用</translation>
    </message>
    <message>
        <source>The project signs in with the end user&apos;s own account to migrate that user&apos;s own mailbox, with a correctly set up delegated app registration. Every check should pass, so nothing in the tenant explains the error the project showed. Learn why a re-entered password or a retry after a short wait is the usual answer then.</source>
        <translation>プロジェクトはエンド ユーザー自身のアカウントでサインインしてそのユーザーのメールボックスを移行し、委任のアプリの登録も正しく設定されています。すべてのチェックが成功するはずなので、プロジェクトに表示されたエラーの原因はテナントにはありません。このシナリオでは、その場合は通常、パスワードの再入力か、少し待ってからの再試行で解決する理由を学びます。</translation>
    </message>
    <message>
        <source>Healthy GCC High tenant with the project set to the GCC High cloud</source>
        <translation>GCC High クラウド用に設定されたプロジェクトを使用する正常な GCC High テナント</translation>
    </message>
    <message>
        <source>The destination organisation lives in Microsoft 365 GCC High and the project is set up for that cloud. Every check should pass, against the US Government sign-in, Exchange and Graph hosts instead of the worldwide ones. Compare it with the wrong-cloud scenario to see which answers change.</source>
        <translation>移行先の組織は Microsoft 365 GCC High にあり、プロジェクトはそのクラウド用に設定されています。グローバルのホストではなく米国政府のサインイン、Exchange、Graph の各ホストに対して、すべてのチェックが成功するはずです。クラウドの誤りのシナリオと比較して、どの応答が変わるかを確認してください。</translation>
    </message>
    <message>
        <source>Service account relies on the retired ApplicationImpersonation role</source>
        <translation>サービス アカウントが廃止された ApplicationImpersonation ロールに依存している</translation>
    </message>
    <message>
        <source>The destination project signs in with a service account that was given the ApplicationImpersonation role years ago, and nothing else. Exchange Online no longer lets a user account impersonate other mailboxes, so opening the mailbox being migrated fails although the sign-in works. Learn what replaced impersonation in Exchange Online.</source>
        <translation>移行先のプロジェクトは、何年も前に ApplicationImpersonation ロールだけを付与されたサービス アカウントでサインインします。Exchange Online ではユーザー アカウントがほかのメールボックスを偽装できなくなったため、サインインは成功しても移行対象のメールボックスを開くことができません。このシナリオでは、Exchange Online で偽装に代わる仕組みを学びます。</translation>
    </message>
    <message>
        <source>Migration account signs in but has no access to the mailboxes</source>
        <translation>移行用アカウントはサインインできるが、メールボックスへのアクセス権がない</translation>
    </message>
    <message>
        <source>The destination project&apos;s migration account signs in without trouble, but it holds no admin role and no access rights to the mailboxes it must migrate. Exchange refuses to open the target mailbox for it. Learn to separate &quot;the sign-in failed&quot; from &quot;the sign-in worked but the account may not do this&quot;.</source>
        <translation>移行先プロジェクトの移行用アカウントは問題なくサインインできますが、管理者ロールも、移行対象のメールボックスへのアクセス権も持っていません。そのため、Exchange はこのアカウントに対象のメールボックスを開くことを拒否します。このシナリオでは、「サインインに失敗した」状況と「サインインは成功したが、アカウントにその操作が許可されていない」状況の見分け方を学びます。</translation>
    </message>
    <message>
        <source>Destination user has no Exchange Online licence and no mailbox</source>
        <translation>移行先ユーザーに Exchange Online ライセンスもメールボックスもない</translation>
    </message>
    <message>
        <source>The user exists in the destination tenant, but the licence assigned to them contains no Exchange Online plan, so no mailbox was ever created. Signing in works; opening the mailbox being migrated fails. Learn which licence plans really give a mailbox and why one Exchange plan in the list can mislead.</source>
        <translation>ユーザーは移行先テナントに存在しますが、割り当てられたライセンスに Exchange Online プランが含まれていないため、メールボックスは作成されていません。サインインは成功しますが、移行対象のメールボックスを開くことはできません。このシナリオでは、実際にメールボックスが提供されるライセンス プランと、一覧にある 1 つの Exchange プランが誤解を招くことがある理由を学びます。</translation>
    </message>
    <message>
        <source>Synced user is licensed, but the cloud mailbox was never created</source>
        <translation>同期ユーザーにライセンスはあるが、クラウドのメールボックスが作成されていない</translation>
    </message>
    <message>
        <source>The destination user comes from the on-premises directory through Microsoft Entra Connect and has an Exchange Online licence. Because the directory still says the mailbox lives on-premises, Exchange Online never created a cloud mailbox for this user. Learn how a synchronised account can look licensed and still have no mailbox to migrate into.</source>
        <translation>移行先ユーザーは Microsoft Entra Connect によってオンプレミスのディレクトリから同期されており、Exchange Online ライセンスを持っています。しかし、ディレクトリ上ではメールボックスがまだオンプレミスにあることになっているため、Exchange Online はこのユーザーのクラウド メールボックスを作成していません。このシナリオでは、同期されたアカウントがライセンスを持っているように見えても、移行先のメールボックスが存在しない場合があることを学びます。</translation>
    </message>
    <message>
        <source>Exchange Online admin account has MFA turned on</source>
        <translation>Exchange Online の管理者アカウントで MFA が有効になっている</translation>
    </message>
    <message>
        <source>The destination admin account must complete multi-factor authentication at every sign-in. The password is accepted, but the sign-in stops at the second factor, which a migration tool cannot answer. Learn which answer proves the password was right and the block is a policy.</source>
        <translation>移行先の管理者アカウントは、サインインのたびに多要素認証を完了する必要があります。パスワードは受け付けられますが、サインインは移行ツールが応答できない 2 番目の要素で止まります。このシナリオでは、パスワードが正しく、ブロックの原因がポリシーであることを証明する応答を学びます。</translation>
    </message>
    <message>
        <source>Project uses an application (client) ID that the tenant does not know</source>
        <translation>プロジェクトがテナントに存在しないアプリケーション (クライアント) ID を使用している</translation>
    </message>
    <message>
        <source>The project&apos;s modern authentication settings contain a client ID that was never registered in the destination tenant, for example one copied from another customer&apos;s project. Microsoft Entra ID rejects the request before it looks at the account. Learn what the app registration must provide and where the project&apos;s client and tenant IDs come from.</source>
        <translation>プロジェクトの先進認証の設定に、移行先テナントに登録されていないクライアント ID (たとえば別の顧客のプロジェクトからコピーしたもの) が含まれています。Microsoft Entra ID はアカウントを確認する前に要求を拒否します。このシナリオでは、アプリの登録で用意する必要があるものと、プロジェクトのクライアント ID とテナント ID の入手元を学びます。</translation>
    </message>
    <message>
        <source>Destination account created a few hours ago, mailbox still being set up</source>
        <translation>移行先アカウントが数時間前に作成されたばかりで、メールボックスがまだ準備中</translation>
    </message>
    <message>
        <source>The destination user was created and licensed a few hours ago, and the admin center already shows them. Microsoft 365 is still creating the mailbox behind the scenes, so programmatic access fails for now. Learn how to recognise an account that is simply too new, and how long to wait.</source>
        <translation>移行先ユーザーは数時間前に作成されてライセンスが割り当てられ、管理センターにはすでに表示されています。Microsoft 365 はバックグラウンドでまだメールボックスを作成しているため、現時点ではプログラムからのアクセスが失敗します。このシナリオでは、作成されたばかりのアカウントの見分け方と、どれくらい待てばよいかを学びます。</translation>
    </message>
    <message>
        <source>Source admin account&apos;s password has expired</source>
        <translation>移行元の管理者アカウントのパスワードの有効期限が切れている</translation>
    </message>
    <message>
        <source>The source admin account still has the password entered in the project, but that password has expired. A person would be asked to choose a new password at sign-in; the migration tool can only fail. Learn how an expired password differs from a wrong one on the wire.</source>
        <translation>移行元の管理者アカウントのパスワードはプロジェクトに入力されたものと同じですが、そのパスワードの有効期限が切れています。人であればサインイン時に新しいパスワードの設定を求められますが、移行ツールは失敗するしかありません。このシナリオでは、期限切れのパスワードと誤ったパスワードの通信上の違いを学びます。</translation>
    </message>
    <message>
        <source>App registration does not allow public client flows</source>
        <translation>アプリの登録でパブリック クライアント フローが許可されていない</translation>
    </message>
    <message>
        <source>The delegated app registration exists and has the right permissions, but it is set up as a confidential application. A sign-in with only a username and password, without a client secret, is therefore refused before the account is checked. Learn which app registration setting a username-and-password sign-in depends on.</source>
        <translation>委任のアプリの登録は存在し、正しいアクセス許可も持っていますが、機密クライアント アプリケーションとして設定されています。そのため、クライアント シークレットを使用せずにユーザー名とパスワードだけで行うサインインは、アカウントが確認される前に拒否されます。このシナリオでは、ユーザー名とパスワードによるサインインが依存しているアプリの登録の設定を学びます。</translation>
    </message>
    <message>
        <source>Security defaults switched on in the destination tenant</source>
        <translation>移行先テナントでセキュリティの既定値群が有効になっている</translation>
    </message>
    <message>
        <source>The destination tenant has security defaults enabled, so every account must use multi-factor authentication and administrators always have to. The migration account&apos;s password sign-in is answered with a request for multi-factor authentication, the same answer a per-account MFA setting gives. Learn where the tenant-wide setting can be read and why the sign-in error alone does not tell the two apart.</source>
        <translation>移行先テナントではセキュリティの既定値群が有効になっているため、すべてのアカウントで多要素認証が必要であり、管理者は常に多要素認証を求められます。移行用アカウントのパスワードによるサインインには、アカウント単位の MFA 設定と同じ応答である、多要素認証の要求が返されます。このシナリオでは、テナント全体の設定を確認できる場所と、サインイン エラーだけでは両者を区別できない理由を学びます。</translation>
    </message>
    <message>
        <source>Exchange Online project points to a tenant domain that does not exist</source>
        <translation>Exchange Online のプロジェクトが存在しないテナント ドメインを指定している</translation>
    </message>
    <message>
        <source>The tenant field of the project contains a mistyped domain, so Microsoft Entra ID cannot find the organisation at all. No credential is checked: the discovery requests already fail. Learn which unauthenticated lookups prove whether a tenant exists and which cloud it lives in.</source>
        <translation>プロジェクトのテナント欄にドメインが誤って入力されているため、Microsoft Entra ID は組織をまったく見つけられません。資格情報はチェックされず、検出の要求の時点で失敗します。このシナリオでは、テナントが存在するかどうか、またどのクラウドにあるかを、認証不要のどの検索で確認できるかを学びます。</translation>
    </message>
    <message>
        <source>Destination tenant is throttling the migration</source>
        <translation>移行先テナントが移行を調整 (スロットリング) している</translation>
    </message>
    <message>
        <source>Many mailboxes are being migrated at the same time, and Microsoft 365 has started to slow the migration down. The first requests succeed, then the services answer that they are busy and ask the client to wait. Learn how throttling can hide behind a 401 and what the answers say about how long to wait.</source>
        <translation>多数のメールボックスが同時に移行されているため、Microsoft 365 が移行の速度を落とし始めました。最初の要求は成功しますが、その後サービスはビジー状態であると応答し、クライアントに待機を求めます。このシナリオでは、調整 (スロットリング) が 401 の陰に隠れることがある仕組みと、どれくらい待つべきかを応答から読み取る方法を学びます。</translation>
    </message>
    <message>
        <source>Sign-in fails with an error code no known cause explains</source>
        <translation>既知の原因では説明できないエラー コードでサインインが失敗する</translation>
    </message>
    <message>
        <source>Microsoft Entra ID refuses the token request with an error code that none of the usual causes covers. The right move is not to guess but to collect the raw code, the trace and correlation IDs and the time for a support ticket. Learn which details Microsoft support needs to look up a failed sign-in.</source>
        <translation>Microsoft Entra ID は、通常の原因のどれにも当てはまらないエラー コードでトークン要求を拒否します。正しい対応は推測することではなく、サポート チケットのために元のコード、Trace ID と相関 ID、時刻を収集することです。このシナリオでは、Microsoft サポートが失敗したサインインを調べるために必要な情報を学びます。</translation>
    </message>
    <message>
        <source>GCC High tenant addressed through the commercial Microsoft 365 cloud</source>
        <translation>GCC High テナントに商用 Microsoft 365 クラウド経由でアクセスしている</translation>
    </message>
    <message>
        <source>The destination organisation lives in Microsoft 365 GCC High, but the project is set up for the commercial (worldwide) cloud. The tenant is found, yet the commercial sign-in service refuses to issue tokens for it. Learn which answers reveal the cloud a tenant belongs to.</source>
        <translation>移行先の組織は Microsoft 365 GCC High にありますが、プロジェクトは商用 (グローバル) クラウド用に設定されています。テナントは見つかりますが、商用のサインイン サービスはこのテナントのトークンの発行を拒否します。このシナリオでは、テナントが属するクラウドを明らかにする応答を学びます。</translation>
    </message>
    <message>
        <source>Exchange Online admin password in the project is out of date</source>
        <translation>プロジェクトの Exchange Online 管理者パスワードが古い</translation>
    </message>
    <message>
        <source>The destination admin account exists and signs in fine in the browser, but the project still holds the password it had before it was changed. Watch how Microsoft Entra ID answers a password it does not accept, and which code tells a bad password apart from a missing account. Learn where the project keeps the credentials it uses.</source>
        <translation>移行先の管理者アカウントは存在し、ブラウザーでは問題なくサインインできますが、プロジェクトには変更前のパスワードが保存されたままです。Microsoft Entra ID が受け付けないパスワードにどのように応答するか、またどのコードで誤ったパスワードと存在しないアカウントを区別できるかを確認してください。このシナリオでは、プロジェクトが使用する資格情報の保存場所を学びます。</translation>
    </message>
    <message>
        <source>Exchange Online project signs in with an account name that does not exist</source>
        <translation>Exchange Online のプロジェクトが存在しないアカウント名でサインインしている</translation>
    </message>
    <message>
        <source>The project uses an address that looks right to a person but is not the sign-in name (UPN) of any account in the tenant. The password is never checked because Microsoft Entra ID cannot find the user. Learn to tell a missing account from a wrong password, and where to look up the real sign-in name.</source>
        <translation>プロジェクトが使用しているアドレスは、人には正しく見えますが、テナント内のどのアカウントのサインイン名 (UPN) でもありません。Microsoft Entra ID がユーザーを見つけられないため、パスワードは一度もチェックされません。このシナリオでは、存在しないアカウントと誤ったパスワードの見分け方と、実際のサインイン名を調べる場所を学びます。</translation>
    </message>
    <message>
        <source>Healthy Microsoft 365 tenant: everything is configured correctly</source>
        <translation>正常な Microsoft 365 テナント: すべてが正しく構成されている</translation>
    </message>
    <message>
        <source>The Contoso tenant is set up the way a migration needs it, and the project&apos;s credentials are right. Every check should pass, so use this run to learn what normal answers look like before you practise the broken cases. When a real project fails although the checks pass, the cause is usually a typo in the project or a change that has not taken effect yet.</source>
        <translation>Contoso テナントは移行に必要なとおりに設定されており、プロジェクトの資格情報も正しいものです。すべてのチェックが成功するはずなので、問題のあるケースを練習する前に、この実行で正常な応答がどのようなものかを学んでください。チェックが成功するのに実際のプロジェクトが失敗する場合、原因は通常、プロジェクト内の入力ミスか、まだ反映されていない変更です。</translation>
    </message>
    <message>
        <source>OneDrive project signs in as an app with a client secret</source>
        <translation>OneDrive のプロジェクトがクライアント シークレットを使用してアプリとしてサインインしている</translation>
    </message>
    <message>
        <source>The OneDrive project uses an app registration with a client secret instead of admin credentials or a certificate. The token is issued and Microsoft Graph accepts it, but SharePoint, where OneDrive lives, refuses app-only tokens obtained with a secret. Learn to read how a token was obtained from its claims.</source>
        <translation>OneDrive のプロジェクトは、管理者の資格情報や証明書ではなく、クライアント シークレットを持つアプリの登録を使用しています。トークンは発行され、Microsoft Graph はそれを受け付けますが、OneDrive の基盤である SharePoint は、シークレットで取得したアプリのみのトークンを拒否します。このシナリオでは、トークンのクレームからトークンの取得方法を読み取る方法を学びます。</translation>
    </message>
    <message>
        <source>Healthy OneDrive for Business migration with an admin account</source>
        <translation>管理者アカウントを使用した正常な OneDrive for Business の移行</translation>
    </message>
    <message>
        <source>The OneDrive project signs in with a Global Administrator through an app registration that has the SharePoint and Files permissions a OneDrive migration needs. Every check should pass, including opening the user&apos;s OneDrive. Use it to learn what a working OneDrive check looks like before you practise the broken ones.</source>
        <translation>OneDrive のプロジェクトは、OneDrive の移行に必要な SharePoint と Files のアクセス許可を持つアプリの登録を介して、グローバル管理者としてサインインします。ユーザーの OneDrive を開く処理を含め、すべてのチェックが成功するはずです。問題のあるケースを練習する前に、このシナリオで正常な OneDrive のチェックがどのようなものかを学んでください。</translation>
    </message>
    <message>
        <source>Destination user has no licence that includes OneDrive</source>
        <translation>移行先ユーザーに OneDrive を含むライセンスがない</translation>
    </message>
    <message>
        <source>The destination user&apos;s licence contains Exchange Online but no SharePoint Online plan, so OneDrive cannot exist for them. The admin signs in fine; the user&apos;s OneDrive cannot be found. Learn which licence plans carry OneDrive and why a missing licence looks like a missing OneDrive at first.</source>
        <translation>移行先ユーザーのライセンスには Exchange Online が含まれていますが、SharePoint Online プランが含まれていないため、このユーザーの OneDrive は存在できません。管理者は問題なくサインインできますが、ユーザーの OneDrive が見つかりません。このシナリオでは、OneDrive を含むライセンス プランと、ライセンスがないことが最初は OneDrive がないように見える理由を学びます。</translation>
    </message>
    <message>
        <source>Source user&apos;s OneDrive was never set up</source>
        <translation>移行元ユーザーの OneDrive がセットアップされていない</translation>
    </message>
    <message>
        <source>The user has a licence that includes OneDrive, but has never opened OneDrive and nobody pre-provisioned it, so there is no personal site to migrate. The admin signs in fine; looking up the user&apos;s OneDrive fails. Learn how to tell a missing OneDrive from a sign-in problem, and why it takes time to appear once started.</source>
        <translation>ユーザーは OneDrive を含むライセンスを持っていますが、OneDrive を一度も開いておらず、事前プロビジョニングもされていないため、移行する個人用サイトが存在しません。管理者は問題なくサインインできますが、ユーザーの OneDrive の検索に失敗します。このシナリオでは、OneDrive が存在しない状況とサインインの問題の見分け方と、OneDrive が作成され始めてから表示されるまでに時間がかかる理由を学びます。</translation>
    </message>
    <message>
        <source>Autodiscover is not published for the source domain</source>
        <translation>移行元ドメインで自動検出が公開されていない</translation>
    </message>
    <message>
        <source>The source project has no EWS address and relies on Autodiscover, but neither fabrikam.com nor autodiscover.fabrikam.com publishes the service. Every place a client is allowed to look answers &quot;not found&quot;, so the server&apos;s address is never learned. Learn the order in which Autodiscover is searched and what to enter in the project instead.</source>
        <translation>移行元のプロジェクトには EWS アドレスが設定されておらず、自動検出に依存していますが、fabrikam.com と autodiscover.fabrikam.com のどちらもこのサービスを公開していません。クライアントが参照できるすべての場所が &quot;not found&quot; と応答するため、サーバーのアドレスがわかりません。このシナリオでは、自動検出が検索する順序と、代わりにプロジェクトに入力すべき内容を学びます。</translation>
    </message>
    <message>
        <source>Autodiscover for the source domain redirects to a stranger&apos;s server</source>
        <translation>移行元ドメインの自動検出が無関係な第三者のサーバーにリダイレクトされる</translation>
    </message>
    <message>
        <source>The source project relies on Autodiscover, and autodiscover.fabrikam.com is hosted by a web provider that redirects every request to a server in another domain over plain HTTP. Following that redirect would hand the admin&apos;s password to a third party, so a safe client refuses it. Learn which Autodiscover redirects may be followed and why this one must not be.</source>
        <translation>移行元のプロジェクトは自動検出に依存していますが、autodiscover.fabrikam.com は、すべての要求を暗号化されていない HTTP で別ドメインのサーバーにリダイレクトする Web プロバイダーでホストされています。このリダイレクトに従うと管理者のパスワードを第三者に渡すことになるため、安全なクライアントはこれを拒否します。このシナリオでは、従ってよい自動検出のリダイレクトと、このリダイレクトに従ってはいけない理由を学びます。</translation>
    </message>
    <message>
        <source>On-premises EWS does not accept Basic authentication</source>
        <translation>オンプレミスの EWS が基本認証を受け付けない</translation>
    </message>
    <message>
        <source>The source project is set to Basic authentication, but the Exchange Server&apos;s web services only offer Windows sign-in (Negotiate and NTLM). The password is right, yet the server never accepts it in the form the project sends. Learn to read which sign-in methods a server offers.</source>
        <translation>移行元のプロジェクトは基本認証に設定されていますが、Exchange Server の Web サービスは Windows サインイン (Negotiate と NTLM) しか提供していません。パスワードは正しいものの、プロジェクトが送信する形式ではサーバーに受け付けられません。このシナリオでは、サーバーが提供するサインイン方法の読み取り方を学びます。</translation>
    </message>
    <message>
        <source>The mailbox database on the source Exchange Server is offline</source>
        <translation>移行元 Exchange Server のメールボックス データベースがオフラインになっている</translation>
    </message>
    <message>
        <source>The source Exchange Server accepts the admin&apos;s sign-in, but the database that holds the mailbox being migrated is dismounted. Every attempt to open the mailbox fails on the server side, which migration tools report as a 401 or a missing database. Learn how a server-side store failure looks and why it is not a credential problem.</source>
        <translation>移行元の Exchange Server は管理者のサインインを受け付けますが、移行対象のメールボックスを格納しているデータベースがマウント解除されています。メールボックスを開こうとするとサーバー側で毎回失敗し、移行ツールはこれを 401 またはデータベースが見つからないエラーとして報告します。このシナリオでは、サーバー側のストア障害がどのように見えるか、またそれが資格情報の問題ではない理由を学びます。</translation>
    </message>
    <message>
        <source>Project&apos;s EWS address points at a web server that is not Exchange</source>
        <translation>プロジェクトの EWS アドレスが Exchange ではない Web サーバーを指している</translation>
    </message>
    <message>
        <source>The source project&apos;s EWS address uses a host name that belongs to the company&apos;s ordinary web server, not to Exchange. That server answers every request with a &quot;not found&quot; page, so no sign-in ever takes place. Learn to check the EWS address itself before suspecting the account.</source>
        <translation>移行元プロジェクトの EWS アドレスには、Exchange ではなく会社の通常の Web サーバーのホスト名が使われています。そのサーバーはすべての要求に &quot;not found&quot; ページを返すため、サインインは一度も行われません。このシナリオでは、アカウントを疑う前に EWS アドレス自体を確認する方法を学びます。</translation>
    </message>
    <message>
        <source>Project&apos;s EWS address points at Outlook on the web instead of EWS</source>
        <translation>プロジェクトの EWS アドレスが EWS ではなく Outlook on the web を指している</translation>
    </message>
    <message>
        <source>The source project was given the address of Outlook on the web (OWA) where the Exchange Web Services address belongs. The server answers, but with a redirect to a sign-in web page instead of a web service. Learn what a correct EWS address looks like and how to find it.</source>
        <translation>移行元のプロジェクトには、Exchange Web Services のアドレスを入力すべきところに Outlook on the web (OWA) のアドレスが設定されています。サーバーは応答しますが、Web サービスではなくサインイン用の Web ページへのリダイレクトを返します。このシナリオでは、正しい EWS アドレスの形式と、その調べ方を学びます。</translation>
    </message>
    <message>
        <source>Exchange 2019 CU14 with Extended Protection refuses the NTLM sign-in</source>
        <translation>拡張保護が有効な Exchange 2019 CU14 が NTLM サインインを拒否する</translation>
    </message>
    <message>
        <source>The source Exchange 2019 server was updated to CU14, which turns Extended Protection on, and the project signs in with NTLM. The full NTLM exchange takes place with the right password, and the server still answers 401 every time. Learn why a client without channel binding fails here and which other sign-in methods remain.</source>
        <translation>移行元の Exchange 2019 サーバーは、拡張保護を有効にする CU14 に更新されており、プロジェクトは NTLM でサインインします。正しいパスワードで NTLM のやり取りがすべて行われても、サーバーは毎回 401 を返します。このシナリオでは、チャネル バインドに対応していないクライアントがここで失敗する理由と、ほかに使用できるサインイン方法を学びます。</translation>
    </message>
    <message>
        <source>Healthy on-premises Exchange 2019 server as the migration source</source>
        <translation>移行元として正常なオンプレミスの Exchange 2019 サーバー</translation>
    </message>
    <message>
        <source>The source is an Exchange Server 2019 in the company&apos;s own network, reached at its public EWS address with Windows (NTLM) sign-in. The admin account may open every mailbox and the server answers quickly, so every check should pass. Use it to learn what a healthy on-premises server answers before you practise the broken ones.</source>
        <translation>移行元は社内ネットワークにある Exchange Server 2019 で、公開された EWS アドレスに Windows (NTLM) サインインで接続します。管理者アカウントはすべてのメールボックスを開くことができ、サーバーの応答も速いため、すべてのチェックが成功するはずです。問題のあるケースを練習する前に、このシナリオで正常なオンプレミス サーバーの応答を学んでください。</translation>
    </message>
    <message>
        <source>On-premises service account lacks the ApplicationImpersonation role</source>
        <translation>オンプレミスのサービス アカウントに ApplicationImpersonation ロールがない</translation>
    </message>
    <message>
        <source>The source project signs in with a dedicated migration service account that has a working password but was never given the right to act as other users. The sign-in works, but the server refuses to open the mailbox being migrated on the account&apos;s behalf. Learn how Exchange Server grants impersonation and how that differs from Exchange Online today.</source>
        <translation>移行元のプロジェクトは、パスワードは有効でも、ほかのユーザーとして操作する権限が付与されていない専用の移行サービス アカウントでサインインします。サインインは成功しますが、サーバーはこのアカウントの代わりに移行対象のメールボックスを開くことを拒否します。このシナリオでは、Exchange Server で偽装の権限を付与する方法と、現在の Exchange Online との違いを学びます。</translation>
    </message>
    <message>
        <source>Source Exchange Server cannot be reached from the internet</source>
        <translation>移行元の Exchange Server にインターネットから接続できない</translation>
    </message>
    <message>
        <source>A firewall in front of the source Exchange Server drops every connection the migration makes to it. No request gets far enough for a sign-in to happen, so nothing can be said about the credentials yet. Learn to recognise a network failure and to fix the path before suspecting the password.</source>
        <translation>移行元 Exchange Server の前にあるファイアウォールが、移行によるサーバーへの接続をすべて破棄しています。要求がサインインの段階まで届かないため、資格情報についてはまだ何も判断できません。このシナリオでは、ネットワーク障害の見分け方と、パスワードを疑う前に通信経路を修正する方法を学びます。</translation>
    </message>
    <message>
        <source>Source Exchange Server is overloaded and answers very slowly</source>
        <translation>移行元の Exchange Server が過負荷で応答が非常に遅い</translation>
    </message>
    <message>
        <source>The source Exchange Server is short of CPU, memory or disk while it serves its users and the migration at once. Credentials are fine, but every answer takes seconds, even the ones that need no sign-in. Learn how to measure a slow server instead of guessing, and what to change on the migration side.</source>
        <translation>移行元の Exchange Server は、ユーザーへのサービスと移行を同時に処理しているため、CPU、メモリ、またはディスクが不足しています。資格情報に問題はありませんが、サインインを必要としない応答も含め、すべての応答に数秒かかります。このシナリオでは、推測ではなく測定によってサーバーの遅さを確認する方法と、移行側で変更すべき点を学びます。</translation>
    </message>
    <message>
        <source>Source Exchange Server presents an expired TLS certificate</source>
        <translation>移行元の Exchange Server が期限切れの TLS 証明書を提示している</translation>
    </message>
    <message>
        <source>The certificate on the source Exchange Server expired and nobody renewed it. A careful client refuses to send any password to a server it cannot verify, so the connection stops before authentication. Learn how certificate problems look and why ignoring them is not a fix.</source>
        <translation>移行元の Exchange Server の証明書が期限切れになり、誰も更新していません。慎重なクライアントは検証できないサーバーにパスワードを送信しないため、認証の前に接続が停止します。このシナリオでは、証明書の問題がどのように見えるか、また問題を無視することが解決策にならない理由を学びます。</translation>
    </message>
    <message>
        <source>Source Exchange Server still uses its self-signed certificate</source>
        <translation>移行元の Exchange Server が自己署名証明書を使用したままになっている</translation>
    </message>
    <message>
        <source>The source Exchange Server was published on the internet with the self-signed certificate Exchange creates at installation. No outside client can verify it, so nothing is sent to the server. Learn to spot a self-signed certificate and why a migration service cannot trust it.</source>
        <translation>移行元の Exchange Server は、Exchange がインストール時に作成する自己署名証明書のままインターネットに公開されています。外部のクライアントはこの証明書を検証できないため、サーバーには何も送信されません。このシナリオでは、自己署名証明書の見分け方と、移行サービスがそれを信頼できない理由を学びます。</translation>
    </message>
    <message>
        <source>On-premises admin password in the project is wrong</source>
        <translation>プロジェクトのオンプレミス管理者パスワードが間違っている</translation>
    </message>
    <message>
        <source>The source project signs in to the company&apos;s Exchange Server with Basic authentication, and the password stored in it is not the account&apos;s current one. The server refuses the sign-in on every address it is sent to. Learn why one refused sign-in proves little, and what makes a wrong password certain.</source>
        <translation>移行元のプロジェクトは基本認証で社内の Exchange Server にサインインしますが、プロジェクトに保存されているパスワードはアカウントの現在のパスワードではありません。サーバーは、送信先のどのアドレスでもサインインを拒否します。このシナリオでは、サインインが 1 回拒否されただけではほとんど何も証明できない理由と、パスワードの誤りを確定させる条件を学びます。</translation>
    </message>
</context>
<context>
    <name>AuthDoctor::Sim::Scenario</name>
    <message>
        <source>a string</source>
        <translation>文字列</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数値</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>配列</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>値なし</translation>
    </message>
    <message>
        <source>%1: expected %2, got %3</source>
        <translation>%1: %2 が必要ですが、%3 が指定されています</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 または %2</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not supported by the simulator (supported: %3)</source>
        <translation>%1: &quot;%2&quot; はシミュレーターでサポートされていません (サポート対象: %3)</translation>
    </message>
    <message>
        <source>%1: unknown key &quot;%2&quot; (expected one of %3)</source>
        <translation>%1: 不明なキー &quot;%2&quot; です (%3 のいずれかが必要です)</translation>
    </message>
    <message>
        <source>%1: %2 may not contain control characters (U+%3 at character %4)</source>
        <translation>%1: %2 には制御文字を含めることはできません (%4 文字目に U+%3)</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>%1: %2 is out of range (%3 to %4)</source>
        <translation>%1: %2 が範囲外です (%3 ～ %4)</translation>
    </message>
    <message>
        <source>an object of name → matcher</source>
        <translation>名前 → マッチャーの対応を表すオブジェクト</translation>
    </message>
    <message>
        <source>a string such as &quot;GET&quot; or &quot;ANY&quot;</source>
        <translation>&quot;GET&quot; や &quot;ANY&quot; などの文字列</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an HTTP method</source>
        <translation>%1: &quot;%2&quot; は HTTP メソッドではありません</translation>
    </message>
    <message>
        <source>%1: only one of &quot;url&quot;, &quot;urlPath&quot;, &quot;urlPattern&quot; or &quot;urlPathPattern&quot; may be given (also has &quot;%2&quot;)</source>
        <translation>%1: &quot;url&quot;、&quot;urlPath&quot;、&quot;urlPattern&quot;、&quot;urlPathPattern&quot; のうち指定できるのは 1 つだけです (&quot;%2&quot; も指定されています)</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must start with &quot;/&quot;</source>
        <translation>%1: &quot;%2&quot; は &quot;/&quot; で始まる必要があります</translation>
    </message>
    <message>
        <source>an array of matchers</source>
        <translation>マッチャーの配列</translation>
    </message>
    <message>
        <source>an object of name → value (or list of values)</source>
        <translation>名前 → 値 (または値のリスト) の対応を表すオブジェクト</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a valid header name</source>
        <translation>%1: &quot;%2&quot; は有効なヘッダー名ではありません</translation>
    </message>
    <message>
        <source>a string (or a list of strings)</source>
        <translation>文字列 (または文字列のリスト)</translation>
    </message>
    <message>
        <source>%1: a header value may not contain line breaks</source>
        <translation>%1: ヘッダー値に改行を含めることはできません</translation>
    </message>
    <message>
        <source>a header value</source>
        <translation>ヘッダー値</translation>
    </message>
    <message>
        <source>%1: a status message may not contain line breaks</source>
        <translation>%1: ステータス メッセージに改行を含めることはできません</translation>
    </message>
    <message>
        <source>a status message</source>
        <translation>ステータス メッセージ</translation>
    </message>
    <message>
        <source>%1: only one of &quot;body&quot;, &quot;jsonBody&quot; or &quot;base64Body&quot; may be given (also has &quot;%2&quot;)</source>
        <translation>%1: &quot;body&quot;、&quot;jsonBody&quot;、&quot;base64Body&quot; のうち指定できるのは 1 つだけです (&quot;%2&quot; も指定されています)</translation>
    </message>
    <message>
        <source>%1: not valid base64</source>
        <translation>%1: 有効な base64 ではありません</translation>
    </message>
    <message>
        <source>an object {&quot;numberOfChunks&quot;: …, &quot;totalDuration&quot;: …}</source>
        <translation>オブジェクト {&quot;numberOfChunks&quot;: …, &quot;totalDuration&quot;: …}</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is missing</source>
        <translation>%1: &quot;%2&quot; がありません</translation>
    </message>
    <message>
        <source>%1: unknown fault &quot;%2&quot; (expected one of %3)</source>
        <translation>%1: 不明な障害 &quot;%2&quot; です (%3 のいずれかが必要です)</translation>
    </message>
    <message>
        <source>a fault name</source>
        <translation>障害の名前</translation>
    </message>
    <message>
        <source>a mapping object with &quot;request&quot; and &quot;response&quot;</source>
        <translation>&quot;request&quot; と &quot;response&quot; を持つマッピング オブジェクト</translation>
    </message>
    <message>
        <source>a non-empty string</source>
        <translation>空でない文字列</translation>
    </message>
    <message>
        <source>a matcher object such as {&quot;equalTo&quot;: &quot;…&quot;}</source>
        <translation>{&quot;equalTo&quot;: &quot;…&quot;} などのマッチャー オブジェクト</translation>
    </message>
    <message>
        <source>%1: a matcher takes exactly one of %2, got both &quot;%3&quot; and &quot;%4&quot;</source>
        <translation>%1: マッチャーには %2 のうち 1 つだけを指定します (&quot;%3&quot; と &quot;%4&quot; の両方が指定されています)</translation>
    </message>
    <message>
        <source>%1: a matcher needs one of %2</source>
        <translation>%1: マッチャーには %2 のいずれかが必要です</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true または false</translation>
    </message>
    <message>
        <source>%1: &quot;caseInsensitive&quot; only goes with &quot;equalTo&quot;</source>
        <translation>%1: &quot;caseInsensitive&quot; は &quot;equalTo&quot; と組み合わせてのみ使用できます</translation>
    </message>
    <message>
        <source>%1: invalid regular expression &quot;%2&quot;: %3 (at offset %4)</source>
        <translation>%1: 正規表現 &quot;%2&quot; が無効です: %3 (オフセット %4)</translation>
    </message>
    <message>
        <source>%1: invalid regular expression &quot;%2&quot;: %3</source>
        <translation>%1: 正規表現 &quot;%2&quot; が無効です: %3</translation>
    </message>
    <message>
        <source>the scenario file is larger than %1 MiB</source>
        <translation>シナリオ ファイルが %1 MiB を超えています</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>%1 行 %2 列</translation>
    </message>
    <message>
        <source>a string, number, true, false or null</source>
        <translation>文字列、数値、true、false、null のいずれか</translation>
    </message>
    <message>
        <source>%1: expected one of %2, got &quot;%3&quot;</source>
        <translation>%1: %2 のいずれかが必要ですが、&quot;%3&quot; が指定されています</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>%1 のいずれか</translation>
    </message>
    <message>
        <source>a finding id or null</source>
        <translation>診断結果 ID または null</translation>
    </message>
    <message>
        <source>an array of finding ids</source>
        <translation>診断結果 ID の配列</translation>
    </message>
    <message>
        <source>a finding id</source>
        <translation>診断結果 ID</translation>
    </message>
    <message>
        <source>an object of host name → certificate kind</source>
        <translation>ホスト名 → 証明書の種類の対応を表すオブジェクト</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a host name</source>
        <translation>%1: &quot;%2&quot; はホスト名ではありません</translation>
    </message>
    <message>
        <source>%1: unknown certificate kind &quot;%2&quot; (expected one of %3)</source>
        <translation>%1: 不明な証明書の種類 &quot;%2&quot; です (%3 のいずれかが必要です)</translation>
    </message>
    <message>
        <source>a scenario name</source>
        <translation>シナリオ名</translation>
    </message>
    <message>
        <source>a title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>a description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>%1: invalid JSON: %2</source>
        <translation>%1: 無効な JSON です: %2</translation>
    </message>
    <message>
        <source>an array of mappings</source>
        <translation>マッピングの配列</translation>
    </message>
    <message>
        <source>cannot read the scenario file: no such file</source>
        <translation>シナリオ ファイルを読み取れません: ファイルが存在しません</translation>
    </message>
    <message>
        <source>cannot read the scenario file: not a regular file</source>
        <translation>シナリオ ファイルを読み取れません: 通常のファイルではありません</translation>
    </message>
    <message>
        <source>cannot read the scenario file: %1</source>
        <translation>シナリオ ファイルを読み取れません: %1</translation>
    </message>
    <message>
        <source>%1: no embedded scenario of that name (known: %2)</source>
        <translation>%1: その名前の組み込みシナリオはありません (既知のシナリオ: %2)</translation>
    </message>
</context>
<context>
    <name>AuthDoctor::Sim::SimulatorServer</name>
    <message>
        <source>malformed request line</source>
        <translation>要求行の形式が正しくありません</translation>
    </message>
    <message>
        <source>request header fields too large</source>
        <translation>要求ヘッダー フィールドが大きすぎます</translation>
    </message>
    <message>
        <source>malformed method</source>
        <translation>メソッドの形式が正しくありません</translation>
    </message>
    <message>
        <source>malformed request target</source>
        <translation>要求ターゲットの形式が正しくありません</translation>
    </message>
    <message>
        <source>HTTP version not supported</source>
        <translation>HTTP バージョンはサポートされていません</translation>
    </message>
    <message>
        <source>malformed HTTP version</source>
        <translation>HTTP バージョンの形式が正しくありません</translation>
    </message>
    <message>
        <source>obsolete header line folding</source>
        <translation>廃止されたヘッダー行の折り返しが使われています</translation>
    </message>
    <message>
        <source>malformed header line</source>
        <translation>ヘッダー行の形式が正しくありません</translation>
    </message>
    <message>
        <source>malformed header value</source>
        <translation>ヘッダー値の形式が正しくありません</translation>
    </message>
    <message>
        <source>both Transfer-Encoding and Content-Length</source>
        <translation>Transfer-Encoding と Content-Length の両方が指定されています</translation>
    </message>
    <message>
        <source>unsupported transfer coding</source>
        <translation>サポートされていない転送コーディングです</translation>
    </message>
    <message>
        <source>conflicting Content-Length</source>
        <translation>Content-Length が矛盾しています</translation>
    </message>
    <message>
        <source>malformed Content-Length</source>
        <translation>Content-Length の形式が正しくありません</translation>
    </message>
    <message>
        <source>request body too large</source>
        <translation>要求本文が大きすぎます</translation>
    </message>
    <message>
        <source>malformed chunk size</source>
        <translation>チャンク サイズの形式が正しくありません</translation>
    </message>
    <message>
        <source>malformed chunk</source>
        <translation>チャンクの形式が正しくありません</translation>
    </message>
    <message>
        <source>request timeout</source>
        <translation>要求がタイムアウトしました</translation>
    </message>
    <message>
        <source>CONNECT inside a tunnel</source>
        <translation>トンネル内で CONNECT が使用されました</translation>
    </message>
    <message>
        <source>malformed host in the request target</source>
        <translation>要求ターゲット内のホストの形式が正しくありません</translation>
    </message>
    <message>
        <source>the simulator proxies https only through CONNECT</source>
        <translation>シミュレーターは https を CONNECT 経由でのみプロキシします</translation>
    </message>
    <message>
        <source>this is the AuthDoctor simulator, an HTTP proxy: send proxy requests (absolute URLs or CONNECT), not requests for the proxy itself</source>
        <translation>これは AuthDoctor シミュレーター (HTTP プロキシ) です。プロキシ自体への要求ではなく、プロキシ要求 (絶対 URL または CONNECT) を送信してください</translation>
    </message>
    <message>
        <source>CONNECT needs host:port</source>
        <translation>CONNECT には host:port が必要です</translation>
    </message>
    <message>
        <source>the simulator tunnels CONNECT to port 443 only</source>
        <translation>シミュレーターは CONNECT をポート 443 にのみトンネリングします</translation>
    </message>
    <message>
        <source>data after CONNECT before the tunnel was established</source>
        <translation>トンネルの確立前に、CONNECT の後にデータが送信されました</translation>
    </message>
    <message>
        <source>too many connections to the simulator at once; try again when some have closed</source>
        <translation>シミュレーターへの同時接続が多すぎます。一部の接続が閉じてから、もう一度やり直してください</translation>
    </message>
    <message>
        <source>refusing to listen on %1: the simulator listens on loopback only unless non-loopback use is explicitly allowed (--allow-non-loopback)</source>
        <translation>%1 での待ち受けを拒否しました: ループバック以外での使用が明示的に許可されていない限り (--allow-non-loopback)、シミュレーターはループバックでのみ待ち受けます</translation>
    </message>
    <message>
        <source>TLS is not available (no TLS backend), the simulator cannot terminate HTTPS</source>
        <translation>TLS を使用できない (TLS バックエンドがない) ため、シミュレーターは HTTPS を終端できません</translation>
    </message>
    <message>
        <source>the simulator&apos;s embedded certificates could not be loaded</source>
        <translation>シミュレーターに組み込まれた証明書を読み込めませんでした</translation>
    </message>
    <message>
        <source>cannot listen on %1 port %2: %3</source>
        <translation>%1 のポート %2 で待ち受けできません: %3</translation>
    </message>
</context>
<context>
    <name>TenantModel</name>
    <message>
        <source>unknown base &quot;%1&quot; (expected &quot;healthy-tenant&quot; or &quot;none&quot;)</source>
        <translation>不明なベース &quot;%1&quot; です (&quot;healthy-tenant&quot; または &quot;none&quot; が必要です)</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>ブール値</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数値</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>文字列</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>配列</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>値なし</translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation>%1 が必要ですが、%2 が指定されています</translation>
    </message>
    <message>
        <source>unknown key (expected one of %1)</source>
        <translation>不明なキーです (%1 のいずれかが必要です)</translation>
    </message>
    <message>
        <source>a boolean or null</source>
        <translation>ブール値または null</translation>
    </message>
    <message>
        <source>an integer from 0 to %1</source>
        <translation>0 ～ %1 の整数</translation>
    </message>
    <message>
        <source>expected one of %1, got %2</source>
        <translation>%1 のいずれかが必要ですが、%2 が指定されています</translation>
    </message>
    <message>
        <source>an array of strings</source>
        <translation>文字列の配列</translation>
    </message>
    <message>
        <source>missing required key &quot;upn&quot;</source>
        <translation>必須のキー &quot;upn&quot; がありません</translation>
    </message>
    <message>
        <source>a user principal name (name@domain)</source>
        <translation>ユーザー プリンシパル名 (name@domain)</translation>
    </message>
    <message>
        <source>an ISO 8601 date-time (e.g. &quot;2024-01-15T09:00:00Z&quot;) or a negative duration (e.g. &quot;-PT2H&quot;)</source>
        <translation>ISO 8601 の日時 (例: &quot;2024-01-15T09:00:00Z&quot;) または負の期間 (例: &quot;-PT2H&quot;)</translation>
    </message>
    <message>
        <source>a service-plan name (upper-case letters, digits and &quot;_&quot;)</source>
        <translation>サービス プラン名 (英大文字、数字、&quot;_&quot;)</translation>
    </message>
    <message>
        <source>missing required key &quot;client_id&quot;</source>
        <translation>必須のキー &quot;client_id&quot; がありません</translation>
    </message>
    <message>
        <source>a GUID</source>
        <translation>GUID</translation>
    </message>
    <message>
        <source>a permission name, optionally prefixed with &quot;exchange:&quot;, &quot;graph:&quot; or &quot;sharepoint:&quot;</source>
        <translation>アクセス許可の名前 (先頭に &quot;exchange:&quot;、&quot;graph:&quot;、&quot;sharepoint:&quot; を付けることもできます)</translation>
    </message>
    <message>
        <source>a string or null</source>
        <translation>文字列または null</translation>
    </message>
    <message>
        <source>an object or null</source>
        <translation>オブジェクトまたは null</translation>
    </message>
    <message>
        <source>a host name such as &quot;mail.fabrikam.com&quot;</source>
        <translation>&quot;mail.fabrikam.com&quot; などのホスト名</translation>
    </message>
    <message>
        <source>a build number such as &quot;15.2.1544.4&quot;</source>
        <translation>&quot;15.2.1544.4&quot; などのビルド番号</translation>
    </message>
    <message>
        <source>an array of objects</source>
        <translation>オブジェクトの配列</translation>
    </message>
    <message>
        <source>an application (client) id GUID</source>
        <translation>アプリケーション (クライアント) ID の GUID</translation>
    </message>
    <message>
        <source>no user with upn %1 in the tenant</source>
        <translation>テナントに UPN が %1 のユーザーはいません</translation>
    </message>
</context>
</TS>
