// core/ must run unchanged in Node, the add-in and the extension: no DOM globals, Office.js,
// chrome.*, Node globals or network. This scans every core source file's syntax tree for what the import
// rules cannot see (globals used without an import, dynamic import()); what core may import (zod only,
// no Node built-in, nothing above its layer) is .dependency-cruiser.cjs's, checked by test/layers.test.ts.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const FORBIDDEN_GLOBALS = new Set([
  'window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'chrome', 'Office', 'Excel',
  'process', 'Buffer', 'require', '__dirname', '__filename', 'fetch', 'XMLHttpRequest', 'WebSocket',
]);

/** Problems in one source text: dynamic import() and free uses of forbidden globals. */
export function purityProblems(fileName: string, text: string): string[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const problems: string[] = [];
  const where = (node: ts.Node) => `${fileName}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) problems.push(`${where(node)} uses dynamic import()`);
    if (ts.isIdentifier(node) && FORBIDDEN_GLOBALS.has(node.text)) {
      const p = node.parent;
      const isMemberName =
        (ts.isPropertyAccessExpression(p) && p.name === node) ||
        (ts.isPropertyAssignment(p) && p.name === node) ||
        (ts.isPropertySignature(p) && p.name === node) ||
        (ts.isPropertyDeclaration(p) && p.name === node) ||
        (ts.isMethodDeclaration(p) && p.name === node) ||
        ts.isQualifiedName(p) ||
        (ts.isParameter(p) && p.name === node) ||
        (ts.isVariableDeclaration(p) && p.name === node) ||
        ts.isBindingElement(p) ||
        ts.isTypeReferenceNode(p);
      if (!isMemberName) problems.push(`${where(node)} uses the global "${node.text}"`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return problems;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('core is pure', () => {
  it('uses no DOM, Office.js, chrome.*, Node or network global and no dynamic import() in any source file', () => {
    const root = join(import.meta.dirname, '..');
    const files = sourceFiles(join(root, 'core'));
    expect(files.length).toBeGreaterThan(10);
    const problems = files.flatMap((f) => purityProblems(relative(root, f), readFileSync(f, 'utf8')));
    expect(problems).toEqual([]);
  });

  it('catches each kind of violation it looks for', () => {
    const bad = [
      `export const a = document.querySelector('table');`,
      `export const b = () => chrome.storage.local.get('x');`,
      `export const c = Excel.run(async () => {});`,
      `export const d = window.location.href;`,
      `export const e = await import('./x.js');`,
      `export const f = process.env.HOME;`,
    ].join('\n');
    expect(purityProblems('bad.ts', bad)).toHaveLength(6);
  });

  it('allows DOM types on parameters, local names and property names that look like globals', () => {
    const fine = [
      `import { z } from 'zod';`,
      `import { x } from './text.js';`,
      `export function read(doc: Document, el: Element) { return doc.title + el.tagName; }`,
      `export const o = { document: 1, chrome: 2 };`,
    ].join('\n');
    expect(purityProblems('fine.ts', fine)).toEqual([]);
  });
});
