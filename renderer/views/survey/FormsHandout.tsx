// Handing out a round's forms: all of them at once (into a folder in the app, one zip in the
// browser), or one 課's form again. The page never names where they go.
import { useState } from 'react';
import { api, hostKind } from '../../api/client.ts';
import { saveFile, saveFiles } from '../../components/download.ts';
import type { SurveyFormFile } from '../../../shared/survey/api-types.ts';
import { showToast } from '../../components/toast.ts';

export const ALL_FORMS_LABEL = hostKind === 'electron' ? '全課の様式をフォルダーに保存' : '全課の様式を zip でダウンロード';

/** Saves a round's forms in one go; says what happened (a cancelled folder choice says nothing). */
export async function saveRoundForms(roundName: string, files: readonly SurveyFormFile[]): Promise<boolean> {
  const r = await saveFiles(files, roundName);
  return r.saved;
}

export function SaveAllFormsButton({ roundId, roundName }: { roundId: number; roundName: string }) {
  const [busy, setBusy] = useState(false);
  const click = async () => {
    setBusy(true);
    const r = await api.exportSurveyForms({ roundId });
    if (r.ok) await saveRoundForms(roundName, r.value.files);
    else showToast(r.error.message, 'error');
    setBusy(false);
  };
  return <button type="button" onClick={click} disabled={busy}>{busy ? '様式を作成中…' : ALL_FORMS_LABEL}</button>;
}

/** One 課's form again (to resend it). */
export async function saveDepartmentForm(roundId: number, department: string): Promise<string | null> {
  const r = await api.exportSurveyForms({ roundId, departments: [department] });
  if (!r.ok) return r.error.message;
  if (r.value.files[0]) await saveFile(r.value.files[0]);
  return null;
}
