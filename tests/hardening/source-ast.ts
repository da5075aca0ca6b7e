// A static look at a source file (the fallback check of the Electron shell where its binary is
// missing): every call, by callee text, with its string arguments and its source text.
import { readFileSync } from 'node:fs';
import ts from 'typescript';

export interface CallSite {
  /** e.g. "contents.on", "ses.setPermissionRequestHandler", "app.requestSingleInstanceLock". */
  callee: string;
  /** Literal string arguments, in order (others are undefined). */
  strings: (string | undefined)[];
  /** The whole call as written. */
  text: string;
}

export function callsIn(file: string): CallSite[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const out: CallSite[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node)) {
      out.push({
        callee: node.expression.getText(source).replace(/\s+/g, ''),
        strings: node.arguments.map((a) => (ts.isStringLiteralLike(a) ? a.text : undefined)),
        text: node.getText(source),
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

/** The calls whose callee ends with `name` (".on", "setWindowOpenHandler", …) and whose first string argument is `event` if given. */
export function findCalls(calls: CallSite[], name: string, event?: string): CallSite[] {
  return calls.filter((c) => (c.callee === name || c.callee.endsWith(`.${name}`)) && (event === undefined || c.strings[0] === event));
}
