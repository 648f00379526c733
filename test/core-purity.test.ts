// core/ must run unchanged in Node, the add-in and the extension: no DOM globals, Office.js,
// chrome.*, Node built-ins or network. This scans every core source file's syntax tree.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const FORBIDDEN_GLOBALS = new Set([
  'window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'chrome', 'Office', 'Excel',
  'process', 'Buffer', 'require', '__dirname', '__filename', 'fetch', 'XMLHttpRequest', 'WebSocket',
]);
const ALLOWED_PACKAGES = new Set(['zod']);

/** Problems in one source text: forbidden imports and free uses of forbidden globals. */
export function purityProblems(fileName: string, text: string): string[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const problems: string[] = [];
  const where = (node: ts.Node) => `${fileName}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      const spec = node.moduleSpecifier.text;
      if (!spec.startsWith('.') && !ALLOWED_PACKAGES.has(spec)) problems.push(`${where(node)} imports "${spec}"`);
    }
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
  it('has no DOM, Office.js, chrome.*, Node built-ins or network in any source file', () => {
    const root = join(import.meta.dirname, '..');
    const files = sourceFiles(join(root, 'core'));
    expect(files.length).toBeGreaterThan(10);
    const problems = files.flatMap((f) => purityProblems(relative(root, f), readFileSync(f, 'utf8')));
    expect(problems).toEqual([]);
  });

  it('catches each kind of violation it looks for', () => {
    const bad = [
      `import { readFileSync } from 'node:fs';`,
      `import ExcelJS from 'exceljs';`,
      `export const a = document.querySelector('table');`,
      `export const b = () => chrome.storage.local.get('x');`,
      `export const c = Excel.run(async () => {});`,
      `export const d = window.location.href;`,
      `export const e = await import('./x.js');`,
      `export const f = process.env.HOME;`,
    ].join('\n');
    expect(purityProblems('bad.ts', bad)).toHaveLength(8);
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
