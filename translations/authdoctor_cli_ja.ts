<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AuthDoctor::Cli</name>
    <message>
        <source>Usage: authdoctor [FILE.authdiag]
       authdoctor &lt;command&gt; [options]

AuthDoctor finds out why a mailbox or OneDrive migration fails with
&quot;401 Unauthorized&quot; and says what to do about it.

Without a command the wizard opens (on FILE when given).

Commands:
  classify [--json] [TEXT|-]   read a pasted error message; no network
  simulate --scenario NAME|FILE [--listen HOST:PORT] [--log FILE] [--allow-non-loopback]
                               run the simulated tenant as a local proxy
  scenarios [--json]           list the embedded practice scenarios
  diagnose [options]           run the checks without a window and name the cause
  report FILE.authdiag (--pdf|--html|--markdown|--har) OUT
                               write a report of a saved session

Options:
  -h, --help                   show this help; &quot;authdoctor COMMAND --help&quot; for a command
  -v, --version                show the version

Exit codes: 0 done (no blocking cause), 1 a blocking cause was found,
2 usage error, 3 could not run.
</source>
        <translation>使用法: authdoctor [FILE.authdiag]
        authdoctor &lt;command&gt; [options]

AuthDoctor は、メールボックスや OneDrive の移行が &quot;401 Unauthorized&quot; で
失敗する原因を突き止め、対処方法を示します。

コマンドを指定しない場合はウィザードが開きます (FILE を指定した場合はそのファイルを開きます)。

コマンド:
  classify [--json] [TEXT|-]   貼り付けたエラー メッセージを読み取る (ネットワーク不使用)
  simulate --scenario NAME|FILE [--listen HOST:PORT] [--log FILE] [--allow-non-loopback]
                               シミュレートされたテナントをローカル プロキシとして実行する
  scenarios [--json]           組み込みの練習シナリオを一覧表示する
  diagnose [options]           ウィンドウなしでチェックを実行し、原因を特定する
  report FILE.authdiag (--pdf|--html|--markdown|--har) OUT
                               保存したセッションのレポートを書き出す

オプション:
  -h, --help                   このヘルプを表示する。コマンドのヘルプは
                               &quot;authdoctor COMMAND --help&quot;
  -v, --version                バージョンを表示する

終了コード: 0 完了 (移行を妨げる原因なし)、1 移行を妨げる原因が見つかった、
2 使用法の誤り、3 実行できなかった。
</translation>
    </message>
    <message>
        <source>authdoctor: unknown command. Try &quot;authdoctor --help&quot;.</source>
        <translation>authdoctor: 不明なコマンドです。&quot;authdoctor --help&quot; を参照してください。</translation>
    </message>
</context>
<context>
    <name>AuthDoctor::Cli::ClassifyCommand</name>
    <message>
        <source>Usage: authdoctor classify [--json] [--] [TEXT...|-]

Reads a pasted error message (no network) and prints the side that failed, the
endpoint, the host, the HTTP status, every code found and the likely causes,
most likely first, each with the reason.

Arguments:
  TEXT           the error message; several arguments are joined with spaces.
                 Everything from the first argument that is not an option on
                 is the message, also when it starts with &quot;-&quot;.
  -              read the message from standard input (as when no TEXT is given)

Options (only before the message):
  --json         print the result as JSON (schema authdoctor.classification/1)
  --help         show this help
  --             end of the options: everything after it is the message

Input larger than 1 MiB is refused (exit code 2).
</source>
        <translation>使用法: authdoctor classify [--json] [--] [TEXT...|-]

貼り付けたエラー メッセージを読み取り (ネットワークは使用しません)、失敗した側、
エンドポイント、ホスト、HTTP 状態、検出されたすべてのコード、考えられる原因を
出力します。原因は可能性の高い順に、それぞれの理由とともに表示されます。

引数:
  TEXT           エラー メッセージ。複数の引数はスペースで連結されます。
                 オプションではない最初の引数から後はすべてメッセージとして
                 扱われます。&quot;-&quot; で始まる場合も同様です。
  -              メッセージを標準入力から読み取る (TEXT を指定しない場合と同じ)

オプション (メッセージより前にのみ指定可能):
  --json         結果を JSON で出力する (スキーマ authdoctor.classification/1)
  --help         このヘルプを表示する
  --             オプションの終わり: これより後はすべてメッセージとして扱われる

1 MiB を超える入力は拒否されます (終了コード 2)。
</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Side:           %1</source>
        <translation>失敗した側:     %1</translation>
    </message>
    <message>
        <source>Endpoint:       %1</source>
        <translation>エンドポイント: %1</translation>
    </message>
    <message>
        <source>Host:           %1</source>
        <translation>ホスト:         %1</translation>
    </message>
    <message>
        <source>HTTP status:    %1</source>
        <translation>HTTP 状態:      %1</translation>
    </message>
    <message>
        <source>Codes:          %1</source>
        <translation>コード:         %1</translation>
    </message>
    <message>
        <source>Trace ID:       %1</source>
        <translation>Trace ID:       %1</translation>
    </message>
    <message>
        <source>Correlation ID: %1</source>
        <translation>相関 ID:        %1</translation>
    </message>
    <message>
        <source>Timestamp:      %1</source>
        <translation>タイムスタンプ: %1</translation>
    </message>
    <message>
        <source>Request ID:     %1</source>
        <translation>要求 ID:        %1</translation>
    </message>
    <message>
        <source>Error:          %1</source>
        <translation>エラー:         %1</translation>
    </message>
    <message>
        <source>Likely causes, most likely first:</source>
        <translation>考えられる原因 (可能性の高い順):</translation>
    </message>
    <message>
        <source>%1. %2 (%3, score %4)</source>
        <translation>%1. %2 (%3、スコア %4)</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>理由: %1</translation>
    </message>
    <message>
        <source>Reading the error message from standard input; end it with Ctrl+D (Ctrl+Z on Windows).</source>
        <translation>標準入力からエラー メッセージを読み取っています。入力の最後で Ctrl+D (Windows では Ctrl+Z) を押してください。</translation>
    </message>
    <message>
        <source>authdoctor classify: the input is larger than 1 MiB; paste only the error message and the lines around it.</source>
        <translation>authdoctor classify: 入力が 1 MiB を超えています。エラー メッセージとその前後の行だけを貼り付けてください。</translation>
    </message>
</context>
<context>
    <name>AuthDoctor::Cli::Diagnose</name>
    <message>
        <source>authdoctor diagnose: %1</source>
        <translation>authdoctor diagnose: %1</translation>
    </message>
    <message>
        <source>Try &quot;authdoctor diagnose --help&quot;.</source>
        <translation>詳しくは &quot;authdoctor diagnose --help&quot; を参照してください。</translation>
    </message>
    <message>
        <source>Run the checks without a window and name the cause.</source>
        <translation>ウィンドウを使用せずにチェックを実行し、原因を特定します。</translation>
    </message>
    <message>
        <source>exchange-online, exchange-server or onedrive</source>
        <translation>exchange-online、exchange-server、onedrive のいずれか</translation>
    </message>
    <message>
        <source>source or destination</source>
        <translation>source または destination</translation>
    </message>
    <message>
        <source>commercial, gcc, gcc-high, dod or china (default commercial)</source>
        <translation>commercial、gcc、gcc-high、dod、china のいずれか (既定値は commercial)</translation>
    </message>
    <message>
        <source>delegated, app-only, basic or ntlm</source>
        <translation>delegated、app-only、basic、ntlm のいずれか</translation>
    </message>
    <message>
        <source>the account the migration tool uses</source>
        <translation>移行ツールが使用するアカウント</translation>
    </message>
    <message>
        <source>the mailbox being migrated</source>
        <translation>移行対象のメールボックス</translation>
    </message>
    <message>
        <source>read the password from the first line of standard input</source>
        <translation>パスワードを標準入力の 1 行目から読み取る</translation>
    </message>
    <message>
        <source>read the password from this environment variable</source>
        <translation>パスワードをこの環境変数から読み取る</translation>
    </message>
    <message>
        <source>tenant domain or id</source>
        <translation>テナントのドメインまたは ID</translation>
    </message>
    <message>
        <source>application (client) id</source>
        <translation>アプリケーション (クライアント) ID</translation>
    </message>
    <message>
        <source>read the client secret from this environment variable</source>
        <translation>クライアント シークレットをこの環境変数から読み取る</translation>
    </message>
    <message>
        <source>the EWS URL</source>
        <translation>EWS URL</translation>
    </message>
    <message>
        <source>the error message the tool showed</source>
        <translation>ツールに表示されたエラー メッセージ</translation>
    </message>
    <message>
        <source>read the error message from a file</source>
        <translation>エラー メッセージをファイルから読み取る</translation>
    </message>
    <message>
        <source>HTTP proxy (default: the system&apos;s)</source>
        <translation>HTTP プロキシ (既定値: システムの設定)</translation>
    </message>
    <message>
        <source>extra trusted CA certificates (PEM)</source>
        <translation>追加で信頼する CA 証明書 (PEM)</translation>
    </message>
    <message>
        <source>per-request limit in seconds (default 20)</source>
        <translation>要求ごとの制限時間 (秒、既定値 20)</translation>
    </message>
    <message>
        <source>run against the embedded simulated tenant</source>
        <translation>組み込みのシミュレートされたテナントに対して実行する</translation>
    </message>
    <message>
        <source>answer a question of the diagnosis (repeatable)</source>
        <translation>診断の質問に回答する (複数回指定可能)</translation>
    </message>
    <message>
        <source>print the result as JSON</source>
        <translation>結果を JSON で出力する</translation>
    </message>
    <message>
        <source>save the session to FILE</source>
        <translation>セッションを FILE に保存する</translation>
    </message>
    <message>
        <source>write a PDF report to FILE</source>
        <translation>PDF レポートを FILE に書き出す</translation>
    </message>
    <message>
        <source>write an HTML report to FILE</source>
        <translation>HTML レポートを FILE に書き出す</translation>
    </message>
    <message>
        <source>write a Markdown report to FILE (for a ticket)</source>
        <translation>Markdown レポートを FILE に書き出す (チケット用)</translation>
    </message>
    <message>
        <source>write the evidence as HAR 1.2 to FILE</source>
        <translation>根拠を HAR 1.2 形式で FILE に書き出す</translation>
    </message>
    <message>
        <source>unexpected argument; secrets are accepted only through --password-stdin, --password-env and --client-secret-env</source>
        <translation>予期しない引数です。シークレットは --password-stdin、--password-env、--client-secret-env でのみ受け付けます</translation>
    </message>
    <message>
        <source>--endpoint must be one of: %1</source>
        <translation>--endpoint には次のいずれかを指定してください: %1</translation>
    </message>
    <message>
        <source>--side must be one of: %1</source>
        <translation>--side には次のいずれかを指定してください: %1</translation>
    </message>
    <message>
        <source>--cloud must be one of: %1</source>
        <translation>--cloud には次のいずれかを指定してください: %1</translation>
    </message>
    <message>
        <source>--auth must be one of: %1</source>
        <translation>--auth には次のいずれかを指定してください: %1</translation>
    </message>
    <message>
        <source>cannot read the error file %1</source>
        <translation>エラー ファイル %1 を読み取れません</translation>
    </message>
    <message>
        <source>the environment variable %1 is not set</source>
        <translation>環境変数 %1 が設定されていません</translation>
    </message>
    <message>
        <source>an Exchange Server diagnosis needs --ews-url or an address to discover it from</source>
        <translation>Exchange Server の診断には、--ews-url または EWS URL の検出に使用するアドレスが必要です</translation>
    </message>
    <message>
        <source>--ews-url is not an http(s) URL</source>
        <translation>--ews-url が http(s) の URL ではありません</translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds between 0 and 600</source>
        <translation>--timeout には 0 ～ 600 の秒数を指定してください</translation>
    </message>
    <message>
        <source>--proxy is not a URL</source>
        <translation>--proxy が URL ではありません</translation>
    </message>
    <message>
        <source>cannot read the CA file %1</source>
        <translation>CA ファイル %1 を読み取れません</translation>
    </message>
    <message>
        <source>no PEM certificate in %1</source>
        <translation>%1 に PEM 証明書がありません</translation>
    </message>
    <message>
        <source>--answer expects ID=VALUE with a question id and value of the JSON &quot;questions&quot;</source>
        <translation>--answer には ID=VALUE の形式で、JSON の &quot;questions&quot; にある質問 ID と値を指定してください</translation>
    </message>
    <message>
        <source>--%1 may be given once</source>
        <translation>--%1 は 1 回だけ指定できます</translation>
    </message>
    <message>
        <source>--%1 needs a file name</source>
        <translation>--%1 にはファイル名が必要です</translation>
    </message>
    <message>
        <source>--%1 and --%2 name the same file</source>
        <translation>--%1 と --%2 に同じファイルが指定されています</translation>
    </message>
    <message>
        <source>[start] %1</source>
        <translation>[開始] %1</translation>
    </message>
    <message>
        <source>[%1] %2 (%3 ms): %4</source>
        <translation>[%1] %2 (%3 ms): %4</translation>
    </message>
    <message>
        <source>PRACTICE: simulated tenant, scenario %1</source>
        <translation>練習: シミュレートされたテナント、シナリオ %1</translation>
    </message>
    <message>
        <source>Cause: %1 (%2)</source>
        <translation>原因: %1 (%2)</translation>
    </message>
    <message>
        <source>Confidence: %1</source>
        <translation>信頼度: %1</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>理由: %1</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>根拠: %1</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>対処方法:</translation>
    </message>
    <message>
        <source>Who: %1</source>
        <translation>担当者: %1</translation>
    </message>
    <message>
        <source>Time to apply: %1</source>
        <translation>反映までの時間: %1</translation>
    </message>
    <message>
        <source>Cause: not determined</source>
        <translation>原因: 特定できませんでした</translation>
    </message>
    <message>
        <source>Other findings: %1</source>
        <translation>その他の診断結果: %1</translation>
    </message>
    <message>
        <source>Ruled out: %1</source>
        <translation>除外: %1</translation>
    </message>
    <message>
        <source>Question (--answer %1=yes|no): %2</source>
        <translation>質問 (--answer %1=yes|no): %2</translation>
    </message>
    <message>
        <source>Checks:</source>
        <translation>チェック:</translation>
    </message>
</context>
<context>
    <name>AuthDoctor::Cli::Report</name>
    <message>
        <source>authdoctor report: %1</source>
        <translation>authdoctor report: %1</translation>
    </message>
    <message>
        <source>Try &quot;authdoctor report --help&quot;.</source>
        <translation>詳しくは &quot;authdoctor report --help&quot; を参照してください。</translation>
    </message>
    <message>
        <source>Write a report of a saved session (FILE.authdiag) in the current language.
Exit codes: 0 written, 2 usage error, 3 the session cannot be read or OUT cannot be written.</source>
        <translation>保存したセッション (FILE.authdiag) のレポートを現在の言語で書き出します。
終了コード: 0 書き出し完了、2 使用法の誤り、3 セッションを読み取れないか OUT に書き込めない。</translation>
    </message>
    <message>
        <source>the saved session</source>
        <translation>保存したセッション</translation>
    </message>
    <message>
        <source>write a PDF report to OUT</source>
        <translation>PDF レポートを OUT に書き出す</translation>
    </message>
    <message>
        <source>write an HTML report to OUT</source>
        <translation>HTML レポートを OUT に書き出す</translation>
    </message>
    <message>
        <source>write a Markdown report to OUT (for a ticket)</source>
        <translation>Markdown レポートを OUT に書き出す (チケット用)</translation>
    </message>
    <message>
        <source>write the evidence as HAR 1.2 to OUT</source>
        <translation>根拠を HAR 1.2 形式で OUT に書き出す</translation>
    </message>
    <message>
        <source>name the session file (FILE.authdiag)</source>
        <translation>セッション ファイル (FILE.authdiag) を指定してください</translation>
    </message>
    <message>
        <source>one session file at a time; OUT follows the format option</source>
        <translation>セッション ファイルは 1 つずつ指定してください。OUT は形式オプションの後に指定します</translation>
    </message>
    <message>
        <source>choose a format: --pdf, --html, --markdown or --har, followed by OUT</source>
        <translation>形式を選択してください: --pdf、--html、--markdown、--har のいずれかに続けて OUT を指定します</translation>
    </message>
    <message>
        <source>one format at a time</source>
        <translation>形式は 1 つずつ指定してください</translation>
    </message>
    <message>
        <source>--%1 needs the file to write (OUT)</source>
        <translation>--%1 には書き出し先のファイル (OUT) が必要です</translation>
    </message>
    <message>
        <source>OUT is the session file itself</source>
        <translation>OUT にセッション ファイル自体が指定されています</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>cannot write %1: it is a folder</source>
        <translation>%1 に書き込めません: フォルダーです</translation>
    </message>
    <message>
        <source>cannot write %1: the folder %2 does not exist</source>
        <translation>%1 に書き込めません: フォルダー %2 が存在しません</translation>
    </message>
</context>
<context>
    <name>AuthDoctor::Cli::Scenarios</name>
    <message>
        <source>NAME</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>EXPECTED FINDING</source>
        <translation>想定される診断結果</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <source>%1 practice scenarios. Run one as a local proxy with
&quot;authdoctor simulate --scenario NAME&quot;.</source>
        <translation>練習シナリオは %1 件です。ローカル プロキシとして実行するには次のコマンドを使用します:
&quot;authdoctor simulate --scenario NAME&quot;</translation>
    </message>
    <message>
        <source>List the practice scenarios built into AuthDoctor: a simulated Microsoft 365 tenant or Exchange Server with one problem each.</source>
        <translation>AuthDoctor に組み込まれた練習シナリオを一覧表示します。各シナリオは、問題を 1 つずつ抱えたシミュレートされた Microsoft 365 テナントまたは Exchange Server です。</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>このヘルプを表示します。</translation>
    </message>
    <message>
        <source>Print the list as JSON (schema authdoctor.scenarios/1).</source>
        <translation>一覧を JSON で出力します (スキーマ authdoctor.scenarios/1)。</translation>
    </message>
    <message>
        <source>authdoctor scenarios: %1</source>
        <translation>authdoctor scenarios: %1</translation>
    </message>
    <message>
        <source>Usage: authdoctor scenarios [--json]</source>
        <translation>使用法: authdoctor scenarios [--json]</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>オプション:</translation>
    </message>
    <message>
        <source>authdoctor scenarios: unexpected argument &quot;%1&quot;.</source>
        <translation>authdoctor scenarios: 予期しない引数 &quot;%1&quot; です。</translation>
    </message>
    <message>
        <source>authdoctor scenarios: the embedded scenario &quot;%1&quot; is damaged: %2</source>
        <translation>authdoctor scenarios: 組み込みのシナリオ &quot;%1&quot; が破損しています: %2</translation>
    </message>
    <message>
        <source>authdoctor scenarios: this build contains no practice scenarios.</source>
        <translation>authdoctor scenarios: このビルドには練習シナリオが含まれていません。</translation>
    </message>
</context>
<context>
    <name>AuthDoctor::Cli::Simulate</name>
    <message>
        <source>Runs the simulated Microsoft 365 tenant and Exchange Server of a practice scenario as an HTTP proxy on this computer. Point a client at the proxy and trust the printed CA file for that client only.</source>
        <translation>練習シナリオのシミュレートされた Microsoft 365 テナントと Exchange Server を、このコンピューター上の HTTP プロキシとして実行します。クライアントの接続先をこのプロキシに設定し、出力された CA ファイルはそのクライアントでのみ信頼してください。</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>このヘルプを表示します。</translation>
    </message>
    <message>
        <source>The scenario: an embedded scenario&apos;s name or a scenario file.</source>
        <translation>シナリオ: 組み込みシナリオの名前またはシナリオ ファイル。</translation>
    </message>
    <message>
        <source>NAME|FILE</source>
        <translation>NAME|FILE</translation>
    </message>
    <message>
        <source>Where the proxy listens (default 127.0.0.1:0, any free port).</source>
        <translation>プロキシが待ち受けるアドレス (既定値は 127.0.0.1:0、空いている任意のポート)。</translation>
    </message>
    <message>
        <source>HOST:PORT</source>
        <translation>HOST:PORT</translation>
    </message>
    <message>
        <source>Append one JSON line per request received to FILE (never a credential).</source>
        <translation>受信した要求ごとに JSON を 1 行ずつ FILE に追記します (資格情報は記録されません)。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Allow listening on an address other than loopback. The simulator&apos;s keys are public: only for isolated lab networks.</source>
        <translation>ループバック以外のアドレスでの待ち受けを許可します。シミュレーターのキーは公開されているため、隔離されたラボ ネットワークでのみ使用してください。</translation>
    </message>
    <message>
        <source>authdoctor simulate: %1</source>
        <translation>authdoctor simulate: %1</translation>
    </message>
    <message>
        <source>authdoctor simulate: unexpected argument &quot;%1&quot;</source>
        <translation>authdoctor simulate: 予期しない引数 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>authdoctor simulate: --scenario NAME|FILE is required (&quot;authdoctor scenarios&quot; lists the names)</source>
        <translation>authdoctor simulate: --scenario NAME|FILE は必須です (名前の一覧は &quot;authdoctor scenarios&quot; で表示できます)</translation>
    </message>
    <message>
        <source>authdoctor simulate: --listen expects HOST:PORT, such as 127.0.0.1:8080, got &quot;%1&quot;</source>
        <translation>authdoctor simulate: --listen には HOST:PORT (例: 127.0.0.1:8080) を指定してください。指定された値: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>authdoctor simulate: %1 is not a loopback address; the simulator only listens on loopback unless --allow-non-loopback is given</source>
        <translation>authdoctor simulate: %1 はループバック アドレスではありません。--allow-non-loopback を指定しない限り、シミュレーターはループバックでのみ待ち受けます</translation>
    </message>
    <message>
        <source>authdoctor simulate: cannot open the log file %1: %2</source>
        <translation>authdoctor simulate: ログ ファイル %1 を開けません: %2</translation>
    </message>
    <message>
        <source>authdoctor simulate: cannot write the CA certificate to a temporary folder</source>
        <translation>authdoctor simulate: CA 証明書を一時フォルダーに書き込めません</translation>
    </message>
    <message>
        <source>Simulating &quot;%1&quot;. Stop with Ctrl+C.</source>
        <translation>&quot;%1&quot; をシミュレートしています。Ctrl+C で停止します。</translation>
    </message>
</context>
</TS>
