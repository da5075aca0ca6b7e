// The revisions screens' own styles, as a <style> element (the CSP allows inline styles), so the
// shared app.css stays untouched. 改正後 | 改正前 columns; changed passages underlined, as on paper.
const CSS = `
.rev h2 { font-size: 16px; margin: 20px 0 8px; }
.rev h2:first-child { margin-top: 0; }
.rev-table { width: 100%; }
.rev-table td.actions { white-space: nowrap; }
.rev button, .rev .button { font: inherit; padding: 4px 12px; border: 1px solid var(--accent); border-radius: 4px;
  background: #fff; color: var(--accent); cursor: pointer; text-decoration: none; display: inline-block; }
.rev button.primary { background: var(--accent); color: #fff; }
.rev button:disabled { opacity: .5; cursor: default; }
.rev .actions > * + * { margin-left: 6px; }
.rev-form { display: grid; grid-template-columns: 10em minmax(0, 1fr); gap: 8px 12px; max-width: 760px;
  background: var(--panel); padding: 12px; border: 1px solid var(--line); }
.rev-form > label { align-self: start; padding-top: 4px; font-weight: 700; }
.rev-form input[type=text], .rev-form input[type=date], .rev-form input[type=number], .rev-form select, .rev-form textarea { font: inherit; padding: 3px 6px; }
.rev-form textarea { width: 100%; min-height: 5em; }
.rev-form .hint { grid-column: 2; color: var(--muted); font-size: 12px; margin-top: -4px; }
.rev-form .buttons { grid-column: 2; display: flex; gap: 8px; align-items: center; }
.rev .notice { background: #fff8e1; border: 1px solid #e9c46a; padding: 8px 12px; margin: 8px 0; max-width: 760px; }
.rev .done { color: var(--ok); }
.rev .current { font-weight: 700; color: var(--ok); }
.rev tr.damaged td { background: #fdecea; }
.rev .damaged-mark { font-weight: 700; color: var(--danger); }
.rev-checks { max-height: 320px; overflow: auto; border: 1px solid var(--line); padding: 6px 8px; background: #fff; }
.rev-checks label { display: block; padding: 1px 0; }
.cmp-summary { margin: 4px 0 12px; }
.cmp-item { margin: 14px 0; }
.cmp-item h3 { font-size: 15px; margin: 0 0 6px; }
.cmp-kind { display: inline-block; margin-left: 8px; padding: 0 6px; border-radius: 4px; font-size: 12px; border: 1px solid currentColor; }
.cmp-kind.added { color: var(--ok); } .cmp-kind.deleted { color: var(--danger); } .cmp-kind.changed { color: var(--accent); }
.cmp-table { width: 100%; table-layout: fixed; }
.cmp-table .cmp-label { width: 9em; text-align: left; vertical-align: top; }
.cmp-table .cmp-note { display: block; font-weight: 400; font-size: 12px; color: var(--muted); }
.cmp-table td { white-space: pre-wrap; word-break: break-all; }
.cmp-table u.chg { text-decoration: underline; text-decoration-thickness: 2px; text-underline-offset: 3px; background: #fff1b8; }
.cmp-table .none { color: var(--muted); }
.doc-meta { margin: 0 0 12px; }
.doc-meta dt { font-weight: 700; float: left; clear: left; width: 7em; }
.doc-meta dd { margin: 0 0 2px 7.5em; white-space: pre-wrap; }
.doc-item { margin: 6px 0; background: var(--panel); border: 1px solid var(--line); padding: 4px 8px; }
.doc-item summary { cursor: pointer; }
`;

export function RevisionStyles() {
  return <style>{CSS}</style>;
}
