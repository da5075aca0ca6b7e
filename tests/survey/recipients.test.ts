// Recipients: group entries of the 課 master never get a form; a round's recipients are chosen
// at creation, a 課 can be added later (its own late form, imported like any other) or taken out
// (it leaves 未回答 and its later file is refused); real 課 can answer for a group entry.
import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { call } from '../../electron/cli/io.ts';
import { openDatabase } from '../../electron/store/open.ts';
import type { PlanDocument } from '../../shared/domain/document.ts';
import { miniPlan, tempDir } from '../helpers.ts';
import { bufferInput, FormEditor } from './helpers.ts';

/** The mini plan with a group entry 庁内各課 on t-02 and a 課 of its own, 財政課, with no initiative. */
function planWithGroup(): PlanDocument {
  const doc = miniPlan();
  doc.departments.push({ name: '庁内各課', group: true }, { name: '財政課' });
  doc.initiatives[1]!.departments.push('庁内各課');
  return doc;
}

const opened: { close: () => void }[] = [];
afterEach(() => { for (const d of opened.splice(0)) d.close(); });

function newDb(doc: PlanDocument) {
  const dir = tempDir('plan-desk-recipients-');
  const dbPath = join(dir, 'plan.db');
  const db = openDatabase(dbPath, { seed: () => doc });
  opened.push(db);
  return { dir, dbPath, db };
}

describe('recipients', () => {
  it('a round without the group entries by default; the master keeps the flag through dump and load', async () => {
    const { dir, dbPath, db } = newDb(planWithGroup());
    const r = await call(db, dbPath, 'createSurveyRound', { name: '照会', fiscalYear: 2025 });
    expect(r.files.map((f) => f.department)).toEqual(['デジタル推進課', '市民課', '職員課']);
    const status = await call(db, dbPath, 'getSurveyStatus', { roundId: r.round.id });
    expect(status.unanswered).toEqual(['デジタル推進課', '市民課', '職員課']);
    expect(status.reminderText).not.toMatch(/庁内各課/);
    expect(status.groups).toEqual([{ group: '庁内各課', initiatives: [2], answerers: [] }]);
    const dumped = await call(db, dbPath, 'dumpPlan', {});
    expect(dumped.departments.find((d) => d.name === '庁内各課')).toEqual({ name: '庁内各課', group: true });
    // An old dump (no flag at all) still loads.
    const old = structuredClone(dumped);
    old.departments = old.departments.map(({ name }) => ({ name }));
    writeFileSync(join(dir, 'old.json'), JSON.stringify(old));
    await call(db, dbPath, 'loadPlan', { document: old });
    expect((await call(db, dbPath, 'dumpPlan', {})).departments.every((d) => !d.group)).toBe(true);
  });

  it('recipients chosen at creation; a group entry is refused as a recipient; a real 課 answers for it', async () => {
    const { dbPath, db } = newDb(planWithGroup());
    await expect(call(db, dbPath, 'createSurveyRound', { name: 'A', fiscalYear: 2025, recipients: ['庁内各課'] }))
      .rejects.toThrow(/「庁内各課」は課の集まりのため照会先にできません/);
    await expect(call(db, dbPath, 'createSurveyRound', { name: 'A', fiscalYear: 2025, recipients: ['財政課'] }))
      .rejects.toThrow(/「財政課」の担当の取組がありません/);
    const r = await call(db, dbPath, 'createSurveyRound', {
      name: 'B', fiscalYear: 2025, recipients: ['市民課'], groupAnswerers: [{ group: '庁内各課', departments: ['財政課'] }],
    });
    expect(r.files.map((f) => [f.department, f.initiatives])).toEqual([['市民課', 1], ['財政課', 1]]);
    // 財政課 answers t-02 (a 庁内各課 initiative) through its own form.
    const form = await FormEditor.open(await saveTemp(r.files[1]!.base64!));
    form.resultCell('t-02', 2025).value = '財政課として回答';
    const report = await call(db, dbPath, 'importSurveyReturns', { files: [bufferInput('zaisei.xlsx', Buffer.from(await form.wb.xlsx.writeBuffer()))] });
    expect(report.files[0]).toMatchObject({ status: 'accepted', department: '財政課', changes: [expect.objectContaining({ no: 2, after: '財政課として回答' })] });
    const status = await call(db, dbPath, 'getSurveyStatus', { roundId: r.round.id });
    expect(status.groups).toEqual([{ group: '庁内各課', initiatives: [2], answerers: ['財政課'] }]);
  });

  it('a 課 added late gets its form; a removed 課 leaves 未回答 and its file is refused', async () => {
    const { dbPath, db } = newDb(planWithGroup());
    const r = await call(db, dbPath, 'createSurveyRound', { name: '照会', fiscalYear: 2025, recipients: ['市民課', '職員課'] });
    const roundId = r.round.id;
    const late = await call(db, dbPath, 'addSurveyRecipient', { roundId, department: 'デジタル推進課' });
    expect(late.form.fileName).toBe('照会_デジタル推進課.xlsx');
    await expect(call(db, dbPath, 'addSurveyRecipient', { roundId, department: 'デジタル推進課' })).rejects.toThrow(/既にこの照会の照会先です/);
    const form = await FormEditor.open(await saveTemp(late.form.base64!));
    form.resultCell('t-01', 2025).value = '遅れて回答';
    let report = await call(db, dbPath, 'importSurveyReturns', { files: [bufferInput('dx.xlsx', Buffer.from(await form.wb.xlsx.writeBuffer()))] });
    expect(report.files[0]).toMatchObject({ status: 'accepted', department: 'デジタル推進課' });

    // 職員課 answers, then is taken out: its answer leaves the review (the file stays stored).
    const shokuin = await FormEditor.open(await saveTemp(r.files.find((f) => f.department === '職員課')!.base64!));
    shokuin.resultCell('t-02', 2025).value = '職員課の実績';
    await call(db, dbPath, 'importSurveyReturns', { files: [bufferInput('shokuin-1.xlsx', Buffer.from(await shokuin.wb.xlsx.writeBuffer()))] });
    expect((await call(db, dbPath, 'getSurveyReview', { roundId })).items.map((i) => i.proposals.map((p) => p.department))).toEqual([['デジタル推進課'], ['職員課']]);
    await call(db, dbPath, 'removeSurveyRecipient', { roundId, department: '職員課' });
    const review = await call(db, dbPath, 'getSurveyReview', { roundId });
    expect(review.items.map((i) => i.proposals.map((p) => p.department))).toEqual([['デジタル推進課']]);
    expect(review.counts.items).toBe(1);
    const status = await call(db, dbPath, 'getSurveyStatus', { roundId });
    expect(status.unanswered).toEqual(['市民課']);
    expect(status.departments.find((d) => d.department === '職員課')!.returns).toHaveLength(1);
    expect(status.round.departments).toBe(2);
    expect(status.departments.find((d) => d.department === '職員課')!.state).toBe('removed');
    report = await call(db, dbPath, 'importSurveyReturns', { files: [bufferInput('shokuin.xlsx', Buffer.from(r.files.find((f) => f.department === '職員課')!.base64!, 'base64'))] });
    expect(report.files[0]).toMatchObject({ status: 'rejected', message: expect.stringMatching(/「職員課」は照会「照会」の照会先から外しています/) });
    // Added back: the same form as first sent (so its returns still match).
    const back = await call(db, dbPath, 'addSurveyRecipient', { roundId, department: '職員課' });
    expect(back.form.fileName).toBe('照会_職員課.xlsx');
    // …and its return kept meanwhile counts again.
    expect((await call(db, dbPath, 'getSurveyStatus', { roundId })).unanswered).toEqual(['市民課']);
    expect((await call(db, dbPath, 'getSurveyReview', { roundId })).items.map((i) => i.proposals.map((p) => p.department))).toEqual([['デジタル推進課'], ['職員課']]);
  });

  it('group flags and contacts are saved in the master, a mail address is checked', async () => {
    const { dbPath, db } = newDb(planWithGroup());
    const row = (name: string, over: Partial<{ group: boolean; mail: string; contactName: string }> = {}) => ({ name, group: false, mail: '', contactName: '', ...over });
    await expect(call(db, dbPath, 'saveDepartmentInfo', { departments: [row('市民課', { mail: 'shimin' })] })).rejects.toThrow(/メールアドレスの形が正しくありません\(市民課:「shimin」\)/);
    const r = await call(db, dbPath, 'saveDepartmentInfo', { departments: [row('市民課', { mail: 'shimin@example.jp', contactName: '平塚 花子' }), row('職員課', { group: true })] });
    expect(r.changed).toBe(2);
    const plan = await call(db, dbPath, 'getPlan', {});
    expect(plan.departments.filter((d) => d.name === '市民課' || d.name === '職員課')).toEqual([
      { name: '市民課', mail: 'shimin@example.jp', contactName: '平塚 花子' }, { name: '職員課', group: true },
    ]);
    // A rename carries them along.
    await call(db, dbPath, 'renameDepartment', { from: '市民課', to: '市民窓口課' });
    expect((await call(db, dbPath, 'getPlan', {})).departments.find((d) => d.name === '市民窓口課')).toEqual({ name: '市民窓口課', mail: 'shimin@example.jp', contactName: '平塚 花子' });
  });
});

async function saveTemp(base64: string): Promise<string> {
  const p = join(tempDir(), 'form.xlsx');
  writeFileSync(p, Buffer.from(base64, 'base64'));
  return p;
}

// Mail drafts read back by Python's email package (another program than the one that wrote them).
const PYTHON = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
describe('mail drafts', () => {
  it('one .eml per recipient: To, Japanese subject and attachment name, the form attached, X-Unsent', async () => {
    const { dir, dbPath, db } = newDb(planWithGroup());
    await call(db, dbPath, 'saveDepartmentInfo', { departments: [{ name: '市民課', group: false, mail: 'shimin@example.jp', contactName: '平塚 花子' }] });
    const r = await call(db, dbPath, 'createSurveyRound', { name: '2025年度実績照会', fiscalYear: 2025, deadline: '2026-05-15' });
    const drafts = await call(db, dbPath, 'makeSurveyMailDrafts', { roundId: r.round.id, body: '{課名} {担当者}様\n{照会名}を{締切}までに。取組{取組数}件。' });
    expect(drafts.files.map((f) => f.fileName)).toEqual(['2025年度実績照会_デジタル推進課.eml', '2025年度実績照会_市民課.eml', '2025年度実績照会_職員課.eml']);
    expect(drafts.withoutAddress).toEqual(['デジタル推進課', '職員課']);
    const eml = join(dir, 'shimin.eml');
    writeFileSync(eml, Buffer.from(drafts.files[1]!.base64!, 'base64'));
    const read = JSON.parse(execFileSync(PYTHON, ['-c', `
import email, email.policy, json, sys
m = email.message_from_binary_file(open(sys.argv[1], 'rb'), policy=email.policy.default)
att = [p for p in m.iter_attachments()]
print(json.dumps({'to': str(m['To']), 'subject': str(m['Subject']), 'unsent': m['X-Unsent'], 'body': m.get_body(('plain',)).get_content(),
  'files': [a.get_filename() for a in att], 'type': att[0].get_content_type(),
  'sheets': __import__('openpyxl').load_workbook(__import__('io').BytesIO(att[0].get_content())).sheetnames}, ensure_ascii=False))`, eml], { encoding: 'utf8' }));
    expect(read).toMatchObject({
      to: '市民課 平塚 花子 <shimin@example.jp>', subject: '【庁内照会】2025年度実績照会のご回答のお願い(締切 2026年5月15日)', unsent: '1',
      body: '市民課 平塚 花子様\n2025年度実績照会を2026年5月15日までに。取組1件。', files: ['2025年度実績照会_市民課.xlsx'],
    });
    // The attachment is the 課's form, as openpyxl reads it.
    expect(read).toMatchObject({ type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', sheets: expect.arrayContaining(['回答']) });
    // The template used stays with the round.
    expect((await call(db, dbPath, 'getSurveyStatus', { roundId: r.round.id })).mail.body).toMatch(/^\{課名\} \{担当者\}様/);
  });
});
