// Every step of a round on the command line: round review (JSON and text), round decide, round
// apply, round undo; import --apply accept-all on a whole round of 36 returns at once.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/store/open.ts';
import type { PlanDocument } from '../../shared/domain/document.ts';
import { cli, miniPlan, readJson, SEED_URL, tempDir } from '../helpers.ts';
import { FormEditor } from './helpers.ts';

function newDb(doc: PlanDocument = miniPlan()): { dir: string; db: string } {
  const dir = tempDir('plan-desk-survey-steps-');
  const db = join(dir, 'plan.db');
  openDatabase(db, { seed: () => doc }).close();
  return { dir, db };
}

interface ReviewJson {
  items: { no: number; field: string; state: string; conflict: boolean; answers: { department: string; value: string }[]; current: string | null; base: string; reopened: string[] | null }[];
  counts: { open: number; applied: number; decided: number; openConflicts: number };
}
const review = async (db: string, name: string) => {
  const r = await cli('round', 'review', '--db', db, '--name', name, '--format', 'json');
  expect(r.code).toBe(0);
  return JSON.parse(r.out) as ReviewJson;
};

describe('round review / decide / apply / undo', () => {
  it('two 課 disagree → take 市民課 → apply → stays applied → a newer answer reopens → undo', async () => {
    const { dir, db } = newDb();
    const out = join(dir, 'forms');
    expect((await cli('round', 'create', '--db', db, '--name', '照会', '--fiscal-year', '2025', '--out', out)).code).toBe(0);
    const answer = async (dept: string, text: string, file: string) => {
      const form = await FormEditor.open(join(out, `照会_${dept}.xlsx`));
      form.resultCell('t-01', 2025).value = text;
      return form.save(join(dir, file));
    };
    const files = [await answer('デジタル推進課', '案A', 'dx.xlsx'), await answer('市民課', '案B\n二行目', 'shimin.xlsx')];
    expect((await cli('import', '--db', db, ...files)).code).toBe(0);

    let r = await review(db, '照会');
    expect(r.items).toEqual([expect.objectContaining({
      no: 1, field: 'result', state: 'open', conflict: true, current: '', base: '',
      answers: [expect.objectContaining({ department: 'デジタル推進課', value: '案A' }), expect.objectContaining({ department: '市民課', value: '案B\n二行目' })],
    })]);
    const text = await cli('round', 'review', '--db', db, '--name', '照会');
    expect(text.out).toMatch(/No\.1 実績 \[--field result\] 未決定 !! 競合\(課によって回答が違う\)[\s\S]*市民課: 案B\n {6}二行目/);

    expect((await cli('round', 'decide', '--db', db, '--name', '照会', '--no', '1', '--field', 'result')).err).toMatch(/どれか1つを指定してください/);
    expect((await cli('round', 'decide', '--db', db, '--name', '照会', '--no', '1', '--field', 'result', '--take', '職員課')).err).toMatch(/「職員課」からの回答はありません/);
    const decided = await cli('round', 'decide', '--db', db, '--name', '照会', '--no', '1', '--field', 'result', '--take', '市民課');
    expect(decided.code).toBe(0);
    expect(decided.err).toMatch(/No\.1 実績: 判断済\(未反映\)。未決定 0件/);
    const applied = await cli('round', 'apply', '--db', db, '--name', '照会');
    expect(applied.code).toBe(0);
    expect(applied.err).toMatch(/1 件の取組の 1 項目を反映しました.*反映済 1件/);
    r = await review(db, '照会');
    expect(r.items[0]).toMatchObject({ state: 'applied', current: '案B\n二行目', reopened: null });
    expect(r.counts).toMatchObject({ open: 0, applied: 1 });
    // Settled: the disagreement is said as history, without the !! of an open conflict.
    const settled = (await cli('round', 'review', '--db', db, '--name', '照会')).out;
    expect(settled).toMatch(/No\.1 実績 \[--field result\] 反映済\(課によって回答が違う・判断済み\) — /);
    expect(settled).not.toMatch(/!!/);

    // A newer, different answer of デジタル推進課 reopens the item and says why.
    const newer = await answer('デジタル推進課', '案C', 'dx2.xlsx');
    const imported = await cli('import', '--db', db, newer);
    expect(imported.out).toMatch(/未決定 1件\(うち競合 1件\)・判断済\(未反映\) 0件・反映済 0件/);
    r = await review(db, '照会');
    expect(r.items[0]).toMatchObject({ state: 'open', reopened: ['デジタル推進課の新しい回答(dx2.xlsx)で内容が変わりました。'] });

    // An edited text, applied; then undo takes the ledger back and the edit waits again.
    await cli('round', 'decide', '--db', db, '--name', '照会', '--no', '1', '--field', '実績', '--text', '案B と 案C をまとめた実績');
    expect((await cli('round', 'apply', '--db', db, '--name', '照会')).code).toBe(0);
    expect((await review(db, '照会')).items[0]).toMatchObject({ state: 'applied', current: '案B と 案C をまとめた実績' });
    const undone = await cli('round', 'undo', '--db', db, '--name', '照会');
    expect(undone.code).toBe(0);
    expect(undone.err).toMatch(/を取り消しました\(1 項目を元に戻しました\)/);
    expect((await review(db, '照会')).items[0]).toMatchObject({ state: 'decided', current: '案B\n二行目' });
    // Nothing decided left to apply is a refusal of `round apply`, with the reason.
    await cli('round', 'decide', '--db', db, '--name', '照会', '--no', '1', '--field', 'result', '--keep-current');
    const nothing = await cli('round', 'apply', '--db', db, '--name', '照会');
    expect(nothing.code).not.toBe(0);
    expect(nothing.err).toMatch(/反映する判断がありません/);
  });

  it('import --apply accept-all: 0 when no file is refused even with nothing to apply; 36 returns at once end with nothing open', async () => {
    // The published plan with every entry answering as a 課 of its own: 36 forms.
    const seed = readJson<PlanDocument>(SEED_URL);
    seed.departments = seed.departments.map(({ name }) => ({ name }));
    const { dir, db } = newDb(seed);
    const out = join(dir, 'forms');
    const created = await cli('round', 'create', '--db', db, '--name', '実績照会', '--fiscal-year', '2025', '--out', out);
    expect(created.err).toMatch(/\(36課\)/);
    const files: string[] = [];
    for (const d of seed.departments) {
      const form = await FormEditor.open(join(out, `実績照会_${d.name.replace(/[\\/:*?"<>|]/gu, '_')}.xlsx`));
      // 課 sharing an initiative write the same 実績 (no conflict); every block answers.
      for (const it of seed.initiatives.filter((i) => i.departments.includes(d.name))) form.resultCell(it.id, 2025).value = `No.${it.no}の2025年度実績`;
      files.push(await form.save(join(dir, `回答_${files.length}.xlsx`)));
    }
    const r = await cli('import', '--db', db, '--apply', 'accept-all', ...files);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/取込 36 \/ 拒否 0 \/ 重複 0/);
    expect(r.err).toMatch(/43 件の取組の 43 項目を反映しました/);
    const after = await review(db, '実績照会');
    expect(after.counts).toMatchObject({ open: 0, decided: 0, applied: 43 });
    expect(after.items.every((i) => i.state === 'applied')).toBe(true);
    // Again: every file a duplicate, nothing to apply — still 0.
    const again = await cli('import', '--db', db, '--apply', 'accept-all', files[0]!);
    expect(again.code).toBe(0);
    expect(again.err).toMatch(/反映する変更はありません/);
  });

  it('the change list shows whole new values: a long text uncut, a schedule as its new bars', async () => {
    const { dir, db } = newDb();
    const out = join(dir, 'forms');
    await cli('round', 'create', '--db', db, '--name', '照会', '--fiscal-year', '2025', '--out', out);
    const form = await FormEditor.open(join(out, '照会_職員課.xlsx'));
    const long = `${'長い実績の文章です。'.repeat(30)}最後の一文。`;
    form.resultCell('t-02', 2025).value = long;
    form.setBar('t-02', 2, ['効果検証', '2026年度', '2026年度', null]);
    const file = await form.save(join(dir, 'r.xlsx'));
    const r = await cli('import', '--db', db, file);
    expect(r.out).toContain(`      ${long}\n`);
    expect(r.out).toMatch(/変更 No\.2 計画\(回答![A-Z]+\d+:[A-Z]+\d+\):\n {6}段1 .*\n {6}段1 .*\n {6}段1 効果検証\(2026年度\)\n/);
  });

  it('round decide --text sets 計画 from bar lines as round review prints them; an unreadable line changes nothing', async () => {
    const { dir, db } = newDb();
    const out = join(dir, 'forms');
    await cli('round', 'create', '--db', db, '--name', '照会', '--fiscal-year', '2025', '--out', out);
    const form = await FormEditor.open(join(out, '照会_職員課.xlsx'));
    form.setBar('t-02', 2, ['効果検証', '2026年度', '2026年度', null]);
    expect((await cli('import', '--db', db, await form.save(join(dir, 'r.xlsx')))).code).toBe(0);
    const item = (await review(db, '照会')).items.find((i) => i.no === 2 && i.field === 'schedule')!;
    expect(item.state).toBe('open');

    const bad = await cli('round', 'decide', '--db', db, '--name', '照会', '--no', '2', '--field', 'schedule', '--text', '段1 効果検証 2026年度');
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/1行目「段1 効果検証 2026年度」は「段1 項目名\(2024年度〜2025年度\)」の形で/);
    expect((await review(db, '照会')).items.find((i) => i.no === 2 && i.field === 'schedule')!.state).toBe('open');

    // The coordinator's own merge: the answer's last bar, one more, typed as review prints them (full-width digits too).
    const text = `${item.answers[0]!.value}\n段２ 報告書の作成(2026年度〜２０２６年度)`;
    const ok = await cli('round', 'decide', '--db', db, '--name', '照会', '--no', '2', '--field', 'schedule', '--text', text);
    expect(ok.code, ok.err).toBe(0);
    expect((await cli('round', 'apply', '--db', db, '--name', '照会')).code).toBe(0);
    const plan = JSON.parse((await cli('dump', '--db', db)).out) as PlanDocument;
    const bars = plan.initiatives.find((i) => i.no === 2)!.schedule;
    expect(bars).toContainEqual({ lane: 0, label: '効果検証', from: 2026, to: 2026 });
    expect(bars).toContainEqual({ lane: 1, label: '報告書の作成', from: 2026, to: 2026 });
    expect(bars).toHaveLength(item.answers[0]!.value.split('\n').length + 1);
  });

  it('round recipient --remove / --add (late form into a folder) and round mail', async () => {
    const { dir, db } = newDb();
    await cli('round', 'create', '--db', db, '--name', '照会', '--fiscal-year', '2025', '--out', join(dir, 'forms'));
    expect((await cli('round', 'recipient', '--db', db, '--name', '照会', '--remove', '職員課')).code).toBe(0);
    const status = await cli('round', 'status', '--db', db, '--name', '照会');
    expect(status.out).toMatch(/2課中 0課が回答済/);
    expect(status.out).toMatch(/除外\t職員課/);
    expect(status.out).not.toMatch(/・職員課/);
    const late = await cli('round', 'recipient', '--db', db, '--name', '照会', '--add', '職員課', '--out', join(dir, 'late'));
    expect(late.code).toBe(0);
    expect(late.out.trim()).toBe(join(dir, 'late', '照会_職員課.xlsx'));
    const mail = await cli('round', 'mail', '--db', db, '--name', '照会', '--out', join(dir, 'mail'), '--unanswered');
    expect(mail.code).toBe(0);
    expect(mail.out.trim().split('\n').map((p) => p.split('/').at(-1))).toEqual(['照会_デジタル推進課.eml', '照会_市民課.eml', '照会_職員課.eml']);
    expect(mail.err).toMatch(/メールアドレスがない課\(宛先は空\): デジタル推進課、市民課、職員課/);
    expect((await cli('round', 'mail', '--db', db, '--name', '照会', '--out', join(dir, 'mail'))).err).toMatch(/同じ名前のファイルが既にあります/);
  });

  it('round create --recipients / --group-answerer', async () => {
    const doc = miniPlan();
    doc.departments.push({ name: '庁内各課', group: true }, { name: '財政課' });
    doc.initiatives[1]!.departments.push('庁内各課');
    const { dir, db } = newDb(doc);
    const bad = await cli('round', 'create', '--db', db, '--name', 'A', '--fiscal-year', '2025', '--out', join(dir, 'a'), '--recipients', '庁内各課');
    expect(bad.err).toMatch(/「庁内各課」は課の集まりのため照会先にできません/);
    const r = await cli('round', 'create', '--db', db, '--name', 'B', '--fiscal-year', '2025', '--out', join(dir, 'b'), '--recipients', '市民課、職員課', '--group-answerer', '庁内各課=財政課');
    expect(r.code).toBe(0);
    expect(r.out.split('\n').filter(Boolean).map((l) => l.split('\t').slice(0, 2).join(' '))).toEqual(['市民課 取組 1 件', '職員課 取組 1 件', '財政課 取組 1 件']);
  });
});
