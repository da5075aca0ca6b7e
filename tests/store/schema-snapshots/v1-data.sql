-- Rows of a version-1 DB (generated once from the mini plan, then kept as is).
INSERT INTO "plan" ("id", "title", "edition", "organization", "division", "first_fy", "last_fy", "established_on", "revised_on", "era_style", "is_current", "read_only", "version", "created_at") VALUES (1, 'テスト計画【アクションプラン(2024-2026)】', '2026年度改定版', '平塚市', '企画政策部 デジタル推進課', 2024, 2026, '2024-03-25', '2026-07-01', 'seireki', 1, 0, 2, '2026-12-01T10:19:56.787Z');
INSERT INTO "plan_section" ("plan_id", "pos", "heading", "body") VALUES (1, 0, '策定の目的', '本プランを策定します。');
INSERT INTO "plan_section" ("plan_id", "pos", "heading", "body") VALUES (1, 1, '見直し', '・毎年度見直します。
・追加します。');
INSERT INTO "plan_history_row" ("plan_id", "pos", "kind", "date", "summary_json") VALUES (1, 0, '初版', '2024-03-25', '["策定しました。"]');
INSERT INTO "plan_history_row" ("plan_id", "pos", "kind", "date", "summary_json") VALUES (1, 1, '改定', '2025-07-08', '["①実績を記載しました。","②計画を修正しました。"]');
INSERT INTO "plan_history_row" ("plan_id", "pos", "kind", "date", "summary_json") VALUES (1, 2, '改定', '2026-07-01', '["①実績を記載しました。"]');
INSERT INTO "plan_note" ("plan_id", "pos", "text") VALUES (1, 0, 'デジタル推進課は支援を行います。');
INSERT INTO "policy" ("plan_id", "code", "name", "pos") VALUES (1, 1, '暮らしのデジタル化', 0);
INSERT INTO "policy" ("plan_id", "code", "name", "pos") VALUES (1, 2, '行政のデジタル化', 1);
INSERT INTO "policy" ("plan_id", "code", "name", "pos") VALUES (1, 3, '情報セキュリティの確保', 2);
INSERT INTO "department" ("id", "plan_id", "pos", "name") VALUES (1, 1, 0, 'デジタル推進課');
INSERT INTO "department" ("id", "plan_id", "pos", "name") VALUES (2, 1, 1, '市民課');
INSERT INTO "department" ("id", "plan_id", "pos", "name") VALUES (3, 1, 2, '職員課');
INSERT INTO "initiative" ("id", "plan_id", "no", "priority", "policy_code", "is_new", "is_expanded", "title", "purpose", "activity", "version", "deleted_at") VALUES ('t-01', 1, 1, 1, 1, 1, 0, '書かない窓口の導入(改)', '手間を削減します。', 'システムを導入します。', 2, NULL);
INSERT INTO "initiative" ("id", "plan_id", "no", "priority", "policy_code", "is_new", "is_expanded", "title", "purpose", "activity", "version", "deleted_at") VALUES ('t-02', 1, 2, 0, 2, 0, 1, 'デジタル人材の育成', '人材を育成します。', '研修を実施します。', 1, NULL);
INSERT INTO "initiative_department" ("initiative_id", "pos", "department_id") VALUES ('t-02', 0, 3);
INSERT INTO "initiative_department" ("initiative_id", "pos", "department_id") VALUES ('t-02', 1, 1);
INSERT INTO "initiative_department" ("initiative_id", "pos", "department_id") VALUES ('t-01', 0, 1);
INSERT INTO "initiative_department" ("initiative_id", "pos", "department_id") VALUES ('t-01', 1, 2);
INSERT INTO "source_plan" ("initiative_id", "pos", "name", "ref") VALUES ('t-02', 0, '自治体DX推進計画', NULL);
INSERT INTO "source_plan" ("initiative_id", "pos", "name", "ref") VALUES ('t-01', 0, '行財政改革計画', '08-01');
INSERT INTO "source_plan" ("initiative_id", "pos", "name", "ref") VALUES ('t-01', 1, '自治体DX推進計画', NULL);
INSERT INTO "schedule_bar" ("initiative_id", "pos", "lane", "label", "from_fy", "to_fy") VALUES ('t-02', 0, 0, '研修の実施', 2024, 2024);
INSERT INTO "schedule_bar" ("initiative_id", "pos", "lane", "label", "from_fy", "to_fy") VALUES ('t-02', 1, 0, '研修の実施', 2025, 2025);
INSERT INTO "schedule_bar" ("initiative_id", "pos", "lane", "label", "from_fy", "to_fy") VALUES ('t-02', 2, 1, 'リーダー育成', 2025, 2026);
INSERT INTO "schedule_bar" ("initiative_id", "pos", "lane", "label", "from_fy", "to_fy") VALUES ('t-01', 0, 0, 'システム構築', 2024, 2024);
INSERT INTO "schedule_bar" ("initiative_id", "pos", "lane", "label", "from_fy", "to_fy") VALUES ('t-01', 1, 0, '運用', 2025, 2026);
INSERT INTO "result" ("initiative_id", "fiscal_year", "pos", "text") VALUES ('t-02', 2024, 0, '・研修を11月から開始しました。');
INSERT INTO "result" ("initiative_id", "fiscal_year", "pos", "text") VALUES ('t-01', 2024, 0, '・2月から稼働しました。
・発行総額 1,365,829,090円');
INSERT INTO "result" ("initiative_id", "fiscal_year", "pos", "text") VALUES ('t-01', 2025, 1, '・窓口で運用を開始しました。');
