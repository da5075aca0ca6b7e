// The survey screens' own styles, as a <style> element (the CSP allows inline styles), so the
// shared app.css stays untouched. Changed passages: additions green underlined, removals red struck.
const CSS = `
.survey h2 { font-size: 16px; margin: 18px 0 8px; }
.survey h2:first-child { margin-top: 0; }
.survey button { font: inherit; padding: 3px 12px; border: 1px solid var(--accent); border-radius: 4px; background: #fff; color: var(--accent); cursor: pointer; }
.survey button.primary { background: var(--accent); color: #fff; }
.survey button.danger { border-color: var(--danger); color: var(--danger); }
.survey button:disabled { opacity: .5; cursor: default; }
.survey button[aria-pressed='true'] { background: var(--accent-weak); font-weight: 700; }
.survey .row { display: flex; gap: 8px; align-items: center; flex-wrap: wrap; margin: 8px 0; }
.survey table { width: 100%; }
.survey td.actions { white-space: nowrap; }
.survey td.actions button + button { margin-left: 6px; }
.survey-form { display: grid; grid-template-columns: 10em minmax(0, 1fr); gap: 8px 12px; max-width: 760px; background: var(--panel); padding: 12px; border: 1px solid var(--line); }
.survey-form > label { font-weight: 700; padding-top: 4px; }
.survey-form input, .survey-form select { font: inherit; padding: 3px 6px; }
.survey-form .hint { grid-column: 2; color: var(--muted); font-size: 12px; margin-top: -4px; }
.survey-form .buttons { grid-column: 2; display: flex; gap: 8px; align-items: center; }
.survey .tabs { display: flex; gap: 4px; border-bottom: 1px solid var(--line); margin: 12px 0; }
.survey .tabs button { border: 1px solid var(--line); border-bottom: none; border-radius: 6px 6px 0 0; color: var(--fg); }
.survey .tabs button[aria-selected='true'] { background: var(--accent-weak); color: var(--accent); font-weight: 700; }
/* A state word is read at a glance: never broken over two lines (回答 / 済). */
.survey [class^='state-'] { white-space: nowrap; }
.survey .state-answered { color: var(--ok); font-weight: 700; }
.survey .state-unanswered { color: var(--muted); }
.survey .state-rejected { color: var(--danger); font-weight: 700; }
.survey .dropzone { border: 2px dashed var(--line); border-radius: 8px; padding: 24px; text-align: center; background: #fff; max-width: 760px; }
.survey .dropzone.over { border-color: var(--accent); background: var(--accent-weak); }
.survey .file-report { background: var(--panel); border: 1px solid var(--line); padding: 6px 10px; margin: 6px 0; max-width: 1000px; }
.survey .file-report[data-status='rejected'] { border-color: var(--danger); }
.survey .file-report .problems { margin: 4px 0 0 1em; color: var(--danger); }
.survey .badge-status { display: inline-block; padding: 0 6px; border-radius: 4px; font-size: 12px; border: 1px solid currentColor; margin-right: 6px; }
.survey .badge-status.change { color: var(--accent); }
.survey .badge-status.conflict { color: #fff; background: var(--danger); border-color: var(--danger); }
.survey .badge-status.applied { color: var(--ok); }
.survey .review-group { margin: 14px 0; }
.survey .review-group h3 { font-size: 15px; margin: 0 0 6px; }
.survey .review-item { background: var(--panel); border: 1px solid var(--line); padding: 8px 10px; margin: 6px 0; max-width: 1100px; }
.survey .review-item[data-status='conflict'] { border-left: 5px solid var(--danger); }
.survey .review-item[data-state='open'][data-conflict='true'] { border-left: 5px solid var(--danger); }
.survey .review-item[data-state='decided'] { border-left: 5px solid var(--accent); }
.survey .review-item[data-state='applied'] { border-left: 5px solid var(--ok); }
.survey .review-item[data-state='rejected'] { border-left: 5px solid var(--muted); }
.survey .item-head { display: flex; gap: 6px; align-items: center; flex-wrap: wrap; }
.survey .item-head .why { color: var(--danger); font-size: 13px; }
.survey .item-head .why.settled { color: var(--muted); }
.survey .item-head .diff-toggle { margin-left: auto; font-size: 12px; color: var(--muted); }
.survey .badge-state { display: inline-block; padding: 0 6px; border-radius: 4px; font-size: 12px; border: 1px solid currentColor; }
.survey .badge-state.open { color: var(--fg); }
.survey .badge-state.decided { color: #fff; background: var(--accent); border-color: var(--accent); }
.survey .badge-state.applied { color: #fff; background: var(--ok); border-color: var(--ok); }
.survey .badge-state.rejected { color: var(--muted); }
.survey .badge-conflict { display: inline-block; padding: 0 6px; border-radius: 4px; font-size: 12px; color: #fff; background: var(--danger); }
.survey .reopened { background: #fff8e1; border: 1px solid #e9c46a; padding: 4px 10px; margin: 6px 0; font-size: 13px; }
.survey .reopened ul { margin: 2px 0 0 1.2em; padding: 0; }
.survey .decision-line { margin: 6px 0; padding: 4px 8px; background: var(--accent-weak); border-radius: 4px; }
.survey .answers { display: grid; grid-template-columns: repeat(auto-fill, minmax(230px, 1fr)); gap: 8px; margin: 6px 0; }
.survey .answer { border: 1px solid var(--line); border-radius: 6px; padding: 6px 8px; background: #fff; display: flex; flex-direction: column; min-width: 0; }
.survey .answer.chosen { border: 2px solid var(--accent); background: #f3f8ff; box-shadow: 0 0 0 2px var(--accent-weak); }
.survey .answer-head { display: flex; gap: 6px; align-items: baseline; flex-wrap: wrap; margin-bottom: 4px; }
.survey .answer-head .sub { color: var(--muted); font-size: 11px; }
.survey .answer .chosen-mark { font-size: 11px; color: #fff; background: var(--accent); padding: 0 5px; border-radius: 3px; }
.survey .answer .value { white-space: pre-wrap; word-break: break-all; flex: 1; user-select: text; font-size: 13px; }
.survey .answer .value .empty { color: var(--muted); }
.survey .answer .row { margin: 6px 0 0; }
.survey .answer .diff { flex: 1; font-size: 13px; }
.survey .editor { margin: 6px 0; }
.survey .counts { font-weight: 700; }
.survey .hint { color: var(--muted); font-size: 12px; }
.survey .recipient-picker { border: 1px solid var(--line); background: #fff; padding: 6px 8px; }
.survey .picker-list { display: grid; grid-template-columns: repeat(auto-fill, minmax(210px, 1fr)); gap: 2px 10px; max-height: 220px; overflow: auto; }
.survey .picker-list .hint { margin-left: 4px; }
.survey .groups { margin-top: 6px; border-top: 1px dashed var(--line); padding-top: 4px; }
.survey .chip { display: inline-flex; gap: 2px; align-items: center; border: 1px solid var(--line); border-radius: 10px; padding: 0 2px 0 8px; font-size: 12px; }
.survey .chip button { border: none; padding: 0 4px; }
.survey .dept-info-box { margin: 14px 0; max-width: 1000px; }
.survey .dept-info-box summary { cursor: pointer; font-weight: 700; }
.survey .dept-info input[type=email], .survey .dept-info input[type=text] { font: inherit; width: 100%; }
.survey .proposal { margin: 6px 0; }
.survey .proposal .who { color: var(--muted); font-size: 12px; }
.survey .diff { white-space: pre-wrap; word-break: break-all; border: 1px solid var(--line); padding: 4px 8px; background: #fcfcfd; }
.survey .diff ins { background: #d7f5dd; text-decoration: underline; text-decoration-thickness: 2px; }
.survey .diff del { background: #fde2e1; color: #8a1c16; }
.survey .values { display: grid; grid-template-columns: 8em minmax(0, 1fr); gap: 4px 8px; margin: 4px 0; }
.survey .values .plain { white-space: pre-wrap; color: var(--muted); }
.survey textarea { font: inherit; width: 100%; min-height: 6em; }
.survey .bars-editor td { padding: 2px 4px; }
.survey .bars-editor input[type=text] { width: 100%; font: inherit; }
.survey .notice { background: #fff8e1; border: 1px solid #e9c46a; padding: 8px 12px; margin: 8px 0; max-width: 1000px; white-space: pre-wrap; }
.survey .reminder { width: 100%; max-width: 760px; min-height: 8em; }
`;

export function SurveyStyles() {
  return <style>{CSS}</style>;
}
