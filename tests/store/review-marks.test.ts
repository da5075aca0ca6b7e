// 要確認 marks through the real handlers: the seed carries them, a change of the marked text
// (editor, load) clears the mark, 「確認済みにする」 clears it without an edit, 点検 and the CLI list
// them, dumps without marks still load, and every change of a mark is in the audit trail.
import { afterEach, describe, expect, it } from 'vitest';
import { openTestApi, type TestApi } from '../editing/api-helper.ts';
import { cli, readJson, SEED_URL } from '../helpers.ts';
import type { PlanDocument } from '../../shared/domain/document.ts';
import type { CheckReport } from '../../shared/checks/types.ts';
import { markedText } from '../../shared/domain/review-marks.ts';

const seed = () => readJson<PlanDocument>(SEED_URL);
let open: TestApi[] = [];
const start = () => {
  const api = openTestApi(seed());
  open.push(api);
  return api;
};
afterEach(() => {
  for (const a of open) a.db.close();
  open = [];
});

const byNo = async (api: TestApi, no: number) => (await api.ok('listInitiatives', {})).find((i) => i.no === no)!;
const fieldsOf = (it: { reviewMarks?: { field: string }[] }) => (it.reviewMarks ?? []).map((m) => m.field);
const auditFields = (api: TestApi) =>
  api.db.prepare("SELECT e.field, b.summary FROM change_entry e JOIN change_batch b ON b.id = e.batch_id WHERE e.field = 'reviewMarks' ORDER BY e.id").all() as { field: string; summary: string }[];

describe('要確認 marks', () => {
  it('init then dump gives the seed as it is, marks included', async () => {
    const api = start();
    const dump = await api.ok('dumpPlan', {});
    expect(JSON.stringify(dump.initiatives)).toBe(JSON.stringify(seed().initiatives));
    expect(dump.initiatives.flatMap((i) => i.reviewMarks ?? [])).toHaveLength(81);
  });

  it('clears the mark of a field the editor rewrites, and keeps the others', async () => {
    const api = start();
    const it4 = await byNo(api, 4);
    expect(fieldsOf(it4)).toEqual(['purpose', 'results.2024']);
    const { version: _v, ...draft } = it4;
    await api.ok('saveInitiative', { id: it4.id, version: it4.version, initiative: { ...draft, purpose: '中小企業の様々な経営課題の解決に向けたデジタル技術の活用を促進します。' } });
    const after = await byNo(api, 4);
    expect(fieldsOf(after)).toEqual(['results.2024']);
    // Restoring the old text does not bring the mark back: it was cleared by the change.
    const { version: _w, ...draft2 } = after;
    await api.ok('saveInitiative', { id: after.id, version: after.version, initiative: { ...draft2, purpose: it4.purpose } });
    expect(fieldsOf(await byNo(api, 4))).toEqual(['results.2024']);
    expect(auditFields(api)[0]?.summary).toContain('No.4');
  });

  it('keeps marks when the draft carries none or other fields change, and ignores marks the draft makes up', async () => {
    const api = start();
    const it1 = await byNo(api, 1);
    const { version: _v, reviewMarks: _m, ...bare } = it1;
    await api.ok('saveInitiative', { id: it1.id, version: it1.version, initiative: { ...bare, isNew: false, reviewMarks: [{ field: 'title', reason: '偽の要確認', text: it1.title }] } });
    const after = await byNo(api, 1);
    expect(after.isNew).toBe(false);
    expect(fieldsOf(after)).toEqual(fieldsOf(it1));
  });

  it('「確認済みにする」 clears a mark without an edit, is audited, and undo brings it back', async () => {
    const api = start();
    const it43 = await byNo(api, 43);
    const r = await api.ok('clearReviewMark', { id: it43.id, field: 'schedule[0]', version: it43.version });
    const after = await byNo(api, 43);
    expect(fieldsOf(after)).not.toContain('schedule[0]');
    expect(after.schedule).toEqual(it43.schedule);
    expect(after.version).toBe(r.version);
    expect(auditFields(api).map((a) => a.summary)).toEqual(['No.43「情報セキュリティポリシーの適切な運用」の計画「運用」を確認済みに']);
    await api.ok('undo', { batchId: r.batchId! });
    expect(fieldsOf(await byNo(api, 43))).toContain('schedule[0]');
    // A stale version is refused and changes nothing.
    const stale = await api.call('clearReviewMark', { id: it43.id, field: 'purpose', version: it43.version });
    expect(stale.ok).toBe(false);
    expect(fieldsOf(await byNo(api, 43))).toContain('purpose');
  });

  it('sets a mark on the current text; an edit of that text clears it', async () => {
    const api = start();
    const it5 = await byNo(api, 5);
    expect(fieldsOf(it5)).toEqual([]);
    await api.ok('setReviewMark', { id: it5.id, field: 'activity', reason: '課に全文を確認する' });
    const marked = await byNo(api, 5);
    expect(marked.reviewMarks).toEqual([{ field: 'activity', reason: '課に全文を確認する', text: it5.activity }]);
    const { version: _v, ...draft } = marked;
    await api.ok('saveInitiative', { id: marked.id, version: marked.version, initiative: { ...draft, activity: `${it5.activity}追記` } });
    expect(fieldsOf(await byNo(api, 5))).toEqual([]);
    const missing = await api.call('setReviewMark', { id: it5.id, field: 'results.2030', reason: 'x' });
    expect(missing.ok).toBe(false);
  });

  it('loads a dump written before marks existed; marks whose text is unchanged stay', async () => {
    const api = start();
    const old = seed();
    for (const it of old.initiatives) delete it.reviewMarks;
    const it7 = old.initiatives.find((i) => i.no === 7)!;
    it7.purpose = '情報システムの標準化に対応したシステムへの移行により、業務の効率化、経費の削減を図ります。';
    await api.ok('loadPlan', { document: old });
    const after = await api.ok('dumpPlan', {});
    const marks = after.initiatives.flatMap((i) => (i.reviewMarks ?? []).map((m) => `${i.no}:${m.field}`));
    expect(marks).toHaveLength(80);
    expect(marks).not.toContain('7:purpose');
    expect(marks).toContain('7:schedule[0]');
  });

  it('takes the marks a dump carries, and drops those set on another text', async () => {
    const api = start();
    const doc = seed();
    const it9 = doc.initiatives.find((i) => i.no === 9)!;
    it9.reviewMarks = [];
    const it10 = doc.initiatives.find((i) => i.no === 10)!;
    it10.reviewMarks = [...(it10.reviewMarks ?? []), { field: 'activity', reason: '古い文の要確認', text: '別の文' }];
    await api.ok('loadPlan', { document: doc });
    expect(fieldsOf(await byNo(api, 9))).toEqual([]);
    expect(fieldsOf(await byNo(api, 10))).toEqual(['sourcePlans', 'purpose']);
  });

  it('refuses a dump naming an unknown field or the same field twice, and changes nothing', async () => {
    const api = start();
    const before = await api.ok('dumpPlan', {});
    for (const bad of [[{ field: 'priority', reason: 'x', text: '1' }], [{ field: 'title', reason: 'a', text: 'x' }, { field: 'title', reason: 'b', text: 'x' }]]) {
      const doc = seed();
      doc.initiatives[0]!.reviewMarks = bad;
      const r = await api.call('loadPlan', { document: doc });
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.message).toMatch(/initiatives\[0\]\.reviewMarks/);
    }
    expect(await api.ok('dumpPlan', {})).toEqual(before);
  });

  it('点検 lists every mark as a needs-review warning on its field', async () => {
    const api = start();
    const report = await api.ok('runChecks', { asOfFiscalYear: 2025 });
    const review = report.findings.filter((f) => f.rule === 'needs-review');
    expect(review).toHaveLength(81);
    expect(review.every((f) => f.severity === 'warning')).toBe(true);
    expect(review.find((f) => f.no === 4 && f.field === 'purpose')?.fieldLabel).toBe('目的');
    expect(review.find((f) => f.no === 43 && f.field === 'schedule[1]')?.fieldLabel).toBe('計画「ガイドラインの改訂等情報セキュリティに関する情報収集」');
    const it4 = await byNo(api, 4);
    await api.ok('clearReviewMark', { id: it4.id, field: 'purpose' });
    const again = await api.ok('runChecks', { asOfFiscalYear: 2025 });
    expect(again.findings.filter((f) => f.rule === 'needs-review')).toHaveLength(80);
  });

  it("a 方針 the published list and its sheet disagree on is marked, and the mark goes when the 方針 is changed", async () => {
    const api = start();
    const review = (await api.ok('runChecks', { asOfFiscalYear: 2025 })).findings.filter((f) => f.rule === 'needs-review' && f.field === 'policy');
    expect(review.map((f) => [f.no, f.fieldLabel])).toEqual([[31, '方針'], [32, '方針'], [33, '方針'], [43, '方針']]);
    expect(review[3]!.message).toMatch(/一覧では方針3.*取組シートの見出しでは方針2/);
    const it43 = await byNo(api, 43);
    const { version: _v, ...draft } = it43;
    await api.ok('saveInitiative', { id: it43.id, version: it43.version, initiative: { ...draft, policy: 2 } });
    expect(fieldsOf(await byNo(api, 43))).not.toContain('policy');
  });

  it('`plan-desk check --format json` lists them with rule needs-review', async () => {
    const api = start();
    const path = api.path;
    api.db.close();
    open = [];
    const r = await cli('check', '--db', path, '--as-of', '2025', '--format', 'json');
    const report = JSON.parse(r.out) as CheckReport;
    const it3 = report.findings.filter((f) => f.rule === 'needs-review' && f.no === 3).map((f) => f.field);
    expect(it3).toEqual(['activity', 'schedule']);
    expect(r.code).toBe(0);
  });

  it('names the text of each kind of field a mark can sit on', () => {
    const it = seed().initiatives.find((i) => i.no === 43)!;
    expect(markedText(it, 'schedule[0]')).toBe('[段1] 運用 2024〜2026');
    expect(markedText(it, 'results.2024')).toMatch(/^・国が提示する/);
    expect(markedText(it, 'results.2025')).toBeNull();
    expect(markedText(it, 'schedule[9]')).toBeNull();
    expect(markedText(it, 'sourcePlans')).toBe('自治体DX推進計画');
  });
});
