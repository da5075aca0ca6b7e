// 要確認 marks the seed gained after it first shipped, for DBs made from the earlier seed: where the
// published document's list and its sheets disagree (方針 of No.31–33 and 43, titles of No.26, 30,
// 37, 39; seeds/NOTES.md §4, §7). A mark is added only to the published initiative as the seed made
// it (same plan, same id, title and 方針 unchanged) and only where that field has no mark yet: an
// initiative whose title or 方針 was edited since is the coordinator's decision and is left alone.
export const V8_SEED_CHOICE_MARKS = /* sql */ `
WITH seed_mark (initiative_id, field, policy_code, title, reason, text) AS (VALUES
  ('seed-26', 'title', 1, 'デジタルコンテンツを活用した交通安全意識の向上',
   '取組内容は個票の「デジタルコンテンツを活用した交通安全意識の向上」としています(目的の「交通安全意識の…」と合うため)。取組一覧では「デジタルコンテンツによる交通安全に関する啓発や情報発信」です。どちらが正しいか確認してください。',
   'デジタルコンテンツを活用した交通安全意識の向上'),
  ('seed-30', 'title', 1, 'タブレット端末を活用した授業の推進に向けた教員向けのICT活用研修会の実施',
   '取組内容は個票の「タブレット端末を活用した授業の推進に向けた教員向けのICT活用研修会の実施」としています(計画の「研修会の開催」と実績の「ICT研修会」と合うため)。取組一覧では「タブレット端末を活用した授業と教員向けのICT活用研究会の実施」です。どちらが正しいか確認してください。',
   'タブレット端末を活用した授業の推進に向けた教員向けのICT活用研修会の実施'),
  ('seed-31', 'policy', 1, 'タブレット端末を利用したオンライン相談',
   '一覧では方針1(暮らしのデジタル化)、取組シートの見出しでは方針2(行政のデジタル化)で、公表版の中で食い違っています。内容(市民向けのサービス)と一覧の並びから方針1としました。どちらか確認してください。',
   '方針1'),
  ('seed-32', 'policy', 1, '電子図書館やICTを活用したサービスの充実',
   '一覧では方針1(暮らしのデジタル化)、取組シートの見出しでは方針2(行政のデジタル化)で、公表版の中で食い違っています。内容(市民向けのサービス)と一覧の並びから方針1としました。どちらか確認してください。',
   '方針1'),
  ('seed-33', 'policy', 1, '博物館の電子展示システムの充実',
   '一覧では方針1(暮らしのデジタル化)、取組シートの見出しでは方針2(行政のデジタル化)で、公表版の中で食い違っています。内容(市民向けのサービス)と一覧の並びから方針1としました。どちらか確認してください。',
   '方針1'),
  ('seed-37', 'title', 2, 'オープンデータの拡大',
   '取組内容は個票の「オープンデータの拡大」としています(活動内容の「拡大します」と計画の「提供データの拡大」と合うため)。取組一覧では「オープンデータの拡充」です。どちらが正しいか確認してください。',
   'オープンデータの拡大'),
  ('seed-39', 'title', 2, 'テレワーク環境の効率的な運用',
   '取組内容は個票の「テレワーク環境の効率的な運用」としています(目的の「テレワーク環境を効率的に運用します」と合うため)。取組一覧では「テレワーク環境の適切な管理」です。どちらが正しいか確認してください。',
   'テレワーク環境の効率的な運用'),
  ('seed-43', 'policy', 3, '情報セキュリティポリシーの適切な運用',
   '一覧では方針3(情報セキュリティの確保)、取組シートの見出しでは方針2(行政のデジタル化)で、公表版の中で食い違っています。内容(情報セキュリティポリシー)と一覧から方針3としました。どちらか確認してください。',
   '方針3')
)
INSERT INTO review_mark (initiative_id, pos, field, reason, text)
SELECT i.id, (SELECT coalesce(max(m.pos) + 1, 0) FROM review_mark m WHERE m.initiative_id = i.id), k.field, k.reason, k.text
FROM seed_mark k
JOIN initiative i ON i.id = k.initiative_id AND i.deleted_at IS NULL AND i.title = k.title AND i.policy_code = k.policy_code
JOIN plan p ON p.id = i.plan_id AND p.title = '平塚市デジタル化基本方針【アクションプラン(2024-2026)】' AND p.first_fy = 2024
WHERE NOT EXISTS (SELECT 1 FROM review_mark m WHERE m.initiative_id = i.id AND m.field = k.field);
`;
