// @vitest-environment jsdom
// 点検 grouped by rule and by 課 with counts, narrowed to one 課, each group collapsible.
import { describe, expect, it } from 'vitest';
import { waitFor, within } from '@testing-library/react';
import { renderApp } from './render-app.tsx';
import { seedPlan } from './fake-client.ts';
import { runChecks } from '../../shared/checks/run-checks.ts';

const doc = seedPlan();
const expected = runChecks(doc, { asOfFiscalYear: 2026 }).findings.filter((f) => f.rule === 'result-missing');
const deptsOf = (id: string | null) => doc.initiatives.find((i) => i.id === id)?.departments ?? [];

describe('点検', () => {
  it('reads as one counted group per rule, 課 inside it, the rows one click away', async () => {
    const { screen, user } = await renderApp('#/checks', doc);
    await user.selectOptions(screen.getByLabelText(/基準の年度/), '2026');
    const group = await waitFor(() => {
      const g = document.querySelector<HTMLDetailsElement>('details.rule-group[data-rule="result-missing"]');
      expect(g).not.toBeNull();
      return g!;
    });
    expect(expected.length).toBeGreaterThan(12);
    expect(group.querySelector('summary')!.textContent).toContain(`実績の未記入${expected.length}件`);
    const depts = [...group.querySelectorAll<HTMLDetailsElement>('details.dept-group')];
    // Every 課 of a shared initiative lists its finding; the rule counts it once.
    const digital = expected.filter((f) => deptsOf(f.initiativeId).includes('デジタル推進課')).length;
    const row = depts.find((d) => d.dataset.department === 'デジタル推進課')!;
    expect(row.querySelector('summary')!.textContent).toBe(`デジタル推進課${digital}件`);
    const listed = expected.reduce((n, f) => n + new Set(deptsOf(f.initiativeId)).size, 0);
    expect(listed).toBeGreaterThan(expected.length);
    expect(depts.reduce((n, d) => n + d.querySelectorAll('tr.finding').length, 0)).toBe(listed);
    // A large group starts with its 課 closed; one click opens a 課.
    expect(row.open).toBe(false);
    await user.click(within(row).getByText('デジタル推進課'));
    expect(row.open).toBe(true);
    await user.click(group.querySelector('summary')!);
    expect(group.open).toBe(false);
  });

  it('narrows to the initiatives that name a 課', async () => {
    const { screen, user } = await renderApp('#/checks', doc);
    await user.selectOptions(screen.getByLabelText(/基準の年度/), '2026');
    await screen.findByText(/実績の未記入/);
    const option = [...screen.getByLabelText<HTMLSelectElement>('課で絞り込む').options].find((o) => o.value === '保育課')!;
    await user.selectOptions(screen.getByLabelText('課で絞り込む'), '保育課');
    const rows = [...document.querySelectorAll('tr.finding')];
    const mine = runChecks(doc, { asOfFiscalYear: 2026 }).findings
      .filter((f) => doc.initiatives.find((i) => i.id === f.initiativeId)?.departments.includes('保育課'));
    expect(rows.length).toBe(mine.length);
    expect(option.textContent).toBe(`保育課(${mine.length}件)`);
    expect(rows.every((r) => r.textContent!.includes('保育所等におけるICTの活用') || mine.some((f) => r.textContent!.includes(f.title!)))).toBe(true);
  });

  it('gives every 課 the same 要確認 count as the dashboard', async () => {
    const { screen, user } = await renderApp('#/dashboard', doc);
    const table = (await screen.findByText('課別の要確認')).closest('section')!.querySelector('table')!;
    const dashboard = new Map([...table.querySelectorAll('tbody tr')].map((tr) => [tr.querySelector('th')!.textContent!, Number(/\d+/.exec(tr.querySelector('td')!.textContent!)![0])]));
    expect(dashboard.get('デジタル推進課')).toBeGreaterThan(0);
    expect(dashboard.has('市民課')).toBe(true); // No.1's marks count for its second 課 as well
    await user.click(screen.getByRole('link', { name: '点検' }));
    const review = await waitFor(() => {
      const g = document.querySelector<HTMLDetailsElement>('details.rule-group[data-rule="needs-review"]');
      expect(g).not.toBeNull();
      return g!;
    });
    const checks = new Map([...review.querySelectorAll<HTMLDetailsElement>('details.dept-group')].map((d) => [d.dataset.department!, d.querySelectorAll('tr.finding').length]));
    expect(checks).toEqual(dashboard);
    // Listed under 市民課, No.1 says whose it is too.
    const citizen = review.querySelector('details.dept-group[data-department="市民課"]')!;
    expect(citizen.querySelector('tr.finding')!.textContent).toContain('(共同: デジタル推進課・こども家庭課・保険年金課・介護保険課)');
  });

  it("a 課 of the dashboard's 課別の要確認 opens 点検 narrowed to that 課, with the same count", async () => {
    const { screen, user } = await renderApp('#/dashboard', doc);
    const table = (await screen.findByText('課別の要確認')).closest('section')!.querySelector('table')!;
    const row = [...table.querySelectorAll('tbody tr')].find((tr) => tr.querySelector('th')!.textContent === '市民課')!;
    const count = Number(/\d+/.exec(row.querySelector('td')!.textContent!)![0]);
    await user.click(within(row as HTMLElement).getByRole('link', { name: '市民課' }));
    await waitFor(() => expect(screen.getByLabelText<HTMLSelectElement>('課で絞り込む').value).toBe('市民課'));
    const review = await waitFor(() => {
      const g = document.querySelector<HTMLDetailsElement>('details.rule-group[data-rule="needs-review"]');
      expect(g).not.toBeNull();
      return g!;
    });
    expect([...review.querySelectorAll<HTMLElement>('details.dept-group')].map((d) => d.dataset.department)).toEqual(['市民課']);
    expect(review.querySelectorAll('tr.finding')).toHaveLength(count);
    // Another choice in the list is what the address keeps (a reload shows the same 課).
    await user.selectOptions(screen.getByLabelText('課で絞り込む'), 'デジタル推進課');
    expect(decodeURIComponent(location.hash)).toBe('#/checks/デジタル推進課');
    await user.selectOptions(screen.getByLabelText('課で絞り込む'), '');
    expect(location.hash).toBe('#/checks');
  });

  it('a hand-typed address with a broken %-escape opens 点検, not an error page', async () => {
    const { screen } = await renderApp('#/checks/%E5%B8', doc);
    expect(await screen.findByRole('heading', { name: '点検' })).toBeTruthy();
  });

  it('names every group in Japanese, the 要確認 marks of the seed included', async () => {
    const { screen } = await renderApp('#/checks', doc);
    await screen.findByText(/実績の未記入/);
    const review = document.querySelector<HTMLDetailsElement>('details.rule-group[data-rule="needs-review"]')!;
    const marks = runChecks(doc, { asOfFiscalYear: 2026 }).findings.filter((f) => f.rule === 'needs-review').length;
    expect(marks).toBeGreaterThan(0);
    expect(review.querySelector('summary')!.textContent).toContain(`要確認${marks}件`);
    const titles = [...document.querySelectorAll('details.rule-group > summary')].map((s) => s.textContent ?? '');
    expect(titles.filter((t) => /[a-z]+-[a-z]+/.test(t))).toEqual([]);
  });
});
