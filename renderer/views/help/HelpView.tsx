// ヘルプ: what the help desk asks for — the version, where the data and the log files are, and a
// way to open the log folder (the app asks the shell; the browser can only show the path).
import { useEffect, useState } from 'react';
import type { AppInfo } from '../../../shared/api/contract.ts';
import { api, shell } from '../../api/client.ts';
import { showToast } from '../../components/toast.ts';

export function HelpView() {
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void api.getAppInfo({}).then((r) => (r.ok ? setInfo(r.value) : setError(r.error.message)));
  }, []);

  const openLogs = async () => {
    const r = await shell!.openLogFolder();
    if (!r.ok) showToast(r.error.message, 'error');
  };
  const copy = async (text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      showToast('フォルダーの場所をコピーしました。');
    } catch {
      showToast('コピーできませんでした。欄の文字を選んでコピーしてください。', 'error');
    }
  };

  return (
    <section aria-labelledby="help-h">
      <h1 id="help-h" style={{ fontSize: 18 }}>ヘルプ</h1>
      {error && <p role="alert" className="error">{error}</p>}
      {info && (
        <dl className="help-info">
          <dt>版</dt><dd>{info.appVersion}(データ形式 {info.schemaVersion})</dd>
          <dt>データベース</dt><dd><code>{info.dbPath}</code></dd>
          <dt>ログのフォルダー</dt>
          <dd>
            <code id="log-dir">{info.logDir}</code>{' '}
            {shell
              ? <button type="button" onClick={openLogs}>ログのフォルダーを開く</button>
              : <button type="button" onClick={() => void copy(info.logDir)}>場所をコピー</button>}
          </dd>
        </dl>
      )}
      <p className="hint">
        {shell
          ? '問い合わせの際は、エラーの表示にある「エラー番号」と、ログのフォルダーの plan-desk.log をお知らせください。'
          : 'ブラウザー版ではフォルダーを直接開けません。上の場所をエクスプローラーのアドレス欄に貼り付けて開いてください。問い合わせの際は「エラー番号」と plan-desk.log をお知らせください。'}
      </p>
    </section>
  );
}
