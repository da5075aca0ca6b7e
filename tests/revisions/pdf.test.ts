// PDFs: the 新旧対照表 (valid, both wordings, a bookmark per initiative), a frozen revision printed
// from its snapshot, and a new plan period printed with its own three fiscal years and no results.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCompareDoc } from '../../electron/pdf/compare-doc.ts';
import { cli, makeDb, mini, ok, type TestDb } from './helpers.ts';

const pdftotext = (path: string) => execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
const flat = (s: string) => s.replace(/\s+/g, '');
const qpdfCheck = (path: string) => execFileSync('qpdf', ['--check', path], { encoding: 'utf8' });
const outlines = (path: string) =>
  (JSON.parse(execFileSync('qpdf', ['--json', '--json-key=outlines', path], { encoding: 'utf8' })) as { outlines: { title: string }[] }).outlines.map((o) => o.title);

describe('新旧対照表 PDF', () => {
  let t: TestDb;
  let pdfPath: string;
  beforeAll(async () => {
    t = makeDb();
    const doc = await ok(t, 'dumpPlan', {});
    doc.initiatives[0]!.activity = 'システムを全庁の窓口に導入します。';
    doc.initiatives[1]!.title = 'デジタル人材の確保と育成';
    doc.initiatives.push({ ...doc.initiatives[1]!, id: 't-03', no: 3, title: 'オープンデータの推進', results: [] });
    doc.plan.notes = ['デジタル推進課は全庁の支援を行います。'];
    // The first changed row of No.1, longer than a page: must break across pages, never be dropped.
    doc.initiatives[0]!.activity += '長い活動です。'.repeat(400);
    await ok(t, 'loadPlan', { document: doc });
    t.db.close();
    pdfPath = `${t.dir}/compare.pdf`;
    const r = await cli(['compare', '--db', t.path, '--from', '2025年度改定版', '--to', 'working', '--out', pdfPath]);
    expect(r.err).toContain('新旧対照表を');
    expect(r.code).toBe(0);
  });
  afterAll(() => t.close());

  it('passes qpdf --check and embeds BIZ UDPGothic', () => {
    expect(qpdfCheck(pdfPath)).toContain('No syntax or stream encoding errors');
    expect(execFileSync('pdffonts', [pdfPath], { encoding: 'utf8' })).toMatch(/BIZUDPGothic/);
  });

  it('holds both the old and the new wording, 改正後 before 改正前', () => {
    const text = flat(pdftotext(pdfPath));
    expect(text).toContain('新旧対照表');
    for (const s of ['システムを全庁の窓口に導入します。', 'システムを導入します。', 'デジタル人材の確保と育成', 'デジタル人材の育成',
      'オープンデータの推進', '(新設)', 'デジタル推進課は全庁の支援を行います。', 'デジタル推進課は支援を行います。']) {
      expect(text).toContain(flat(s));
    }
    expect(text.indexOf('改正後')).toBeLessThan(text.indexOf('改正前'));
    expect(text).toContain('変更2件・追加1件・削除0件(変更のない取組0件は掲載を省略)');
  });

  it('prints a field longer than a page in full, across pages', () => {
    expect(Number(execFileSync('qpdf', ['--show-npages', pdfPath], { encoding: 'utf8' }))).toBeGreaterThanOrEqual(3);
    // Count one character of the repeated sentence: page breaks and side-by-side columns may cut a
    // sentence in the extracted text, but every character is there exactly once.
    expect(pdftotext(pdfPath).split('長').length - 1).toBe(400);
  });

  it('bookmarks 計画全体 and every changed initiative once', () => {
    expect(outlines(pdfPath)).toEqual(['計画全体', 'No.1 書かない窓口の導入【変更】', 'No.2 デジタル人材の確保と育成【変更】', 'No.3 オープンデータの推進【追加】']);
  });

  it('underlines exactly the changed passages in the definition', async () => {
    const c = await (async () => {
      const d = makeDb();
      try {
        const doc = await ok(d, 'dumpPlan', {});
        doc.initiatives[0]!.purpose = '窓口の手間を削減します。';
        await ok(d, 'loadPlan', { document: doc });
        return await ok(d, 'compareRevisions', { from: '2025年度改定版', to: 'working' });
      } finally {
        d.close();
      }
    })();
    const dd = buildCompareDoc(c, { now: new Date(0) });
    const underlined: string[] = [];
    JSON.stringify(dd.content, (_k, v: { decoration?: string; text?: string }) => {
      if (v && v.decoration === 'underline') underlined.push(v.text!);
      return v;
    });
    expect(underlined).toEqual(['窓口の']); // once in 改正後; nothing on the 改正前 side (pure insertion)
  });
});

describe('printing stored plans', () => {
  it('a frozen revision prints its snapshot, not the edited working copy', async () => {
    const t = makeDb();
    try {
      const doc = await ok(t, 'dumpPlan', {});
      doc.initiatives[0]!.title = '窓口のデジタル化';
      await ok(t, 'loadPlan', { document: doc });
      const pdf = await ok(t, 'renderRevisionPdf', { label: '2025年度改定版' });
      const path = `${t.dir}/rev.pdf`;
      writeFileSync(path, Buffer.from(pdf.base64, 'base64'));
      expect(pdf.fileName).toMatch(/2025年度改定版\.pdf$/);
      const text = flat(pdftotext(path));
      expect(text).toContain('書かない窓口の導入');
      expect(text).not.toContain('窓口のデジタル化');
    } finally {
      t.close();
    }
  });

  it('`pdf --revision` prints the snapshot from the CLI; an unknown label is refused in Japanese', async () => {
    const t = makeDb();
    try {
      const doc = await ok(t, 'dumpPlan', {});
      doc.initiatives[0]!.title = '窓口のデジタル化';
      await ok(t, 'loadPlan', { document: doc });
      t.db.close();
      const out = `${t.dir}/rev-cli.pdf`;
      expect((await cli(['pdf', '--db', t.path, '--revision', '2025年度改定版', '--out', out])).code).toBe(0);
      const text = flat(pdftotext(out));
      expect(text).toContain('書かない窓口の導入');
      expect(text).not.toContain('窓口のデジタル化');
      const bad = await cli(['pdf', '--db', t.path, '--revision', '2019年度版', '--out', `${t.dir}/x.pdf`]);
      expect(bad.code).toBe(2);
      expect(bad.err).toContain('改定版「2019年度版」はありません');
    } finally {
      t.close();
    }
  });

  it('a new period 2027–2029 prints three year columns of its own and no results; the old plan still prints', async () => {
    const t = makeDb(mini());
    try {
      const oldId = (await ok(t, 'getPlan', {})).planId;
      const r = await ok(t, 'startPeriod', { firstFiscalYear: 2027, lastFiscalYear: 2029 });
      const write = (name: string, b64: string) => { writeFileSync(`${t.dir}/${name}`, Buffer.from(b64, 'base64')); return `${t.dir}/${name}`; };
      const newPath = write('new.pdf', (await ok(t, 'renderPlanPeriodPdf', { planId: r.planId })).base64);
      expect(qpdfCheck(newPath)).toContain('No syntax or stream encoding errors');
      const text = pdftotext(newPath);
      const details = text.slice(text.lastIndexOf('取組一覧'));
      for (const y of [2027, 2028, 2029]) expect(details).toContain(`${y}年度`);
      expect(text).not.toContain('2026年度');
      expect(text).not.toContain('2024年度');
      expect(flat(text)).toContain(flat('(2027-2029)'));
      expect(flat(text)).not.toContain('2月から稼働しました'); // results of the old period
      expect(flat(text)).not.toContain('システム構築'); // bars of the old period
      const oldText = flat(pdftotext(write('old.pdf', (await ok(t, 'renderPlanPeriodPdf', { planId: oldId })).base64)));
      expect(oldText).toContain('2月から稼働しました');
      expect(oldText).toContain('2026年度');
      expect(readFileSync(newPath).subarray(0, 5).toString()).toBe('%PDF-');
    } finally {
      t.close();
    }
  });
});
