// The mail that goes with a round's form: a subject and body with placeholders, filled in per 課.
import { formatDate } from '../domain/fiscal-year.ts';

export const MAIL_PLACEHOLDERS = ['{課名}', '{担当者}', '{照会名}', '{締切}', '{取組数}'] as const;

export const DEFAULT_MAIL_SUBJECT = '【庁内照会】{照会名}のご回答のお願い(締切 {締切})';
export const DEFAULT_MAIL_BODY = [
  '{課名} {担当者}様',
  '',
  'お疲れさまです。デジタル推進課です。',
  '「デジタル化基本方針アクションプラン」の{照会名}をお送りします。',
  '添付の様式に、貴課が担当する取組({取組数}件)の実績と計画の見直しをご記入のうえ、',
  '{締切}までに、このメールへの返信で様式を添付してご返送ください。',
  '',
  '・様式のシートや行の追加・削除はしないでください(取り込めなくなります)。',
  '・変更がない欄は、そのままで結構です。',
  '',
  'よろしくお願いいたします。',
].join('\n');

export interface MailFields {
  department: string;
  contactName: string | null;
  roundName: string;
  deadline: string | null;
  initiatives: number;
}

/** The template with its placeholders filled in (a 課 without a contact name reads ご担当者). */
export function fillMail(template: string, f: MailFields): string {
  const values: Record<(typeof MAIL_PLACEHOLDERS)[number], string> = {
    '{課名}': f.department,
    '{担当者}': f.contactName ?? 'ご担当者',
    '{照会名}': f.roundName,
    '{締切}': f.deadline ? formatDate(f.deadline) : '別途お知らせする日',
    '{取組数}': String(f.initiatives),
  };
  return template.replace(/\{(課名|担当者|照会名|締切|取組数)\}/gu, (m) => values[m as keyof typeof values]);
}
