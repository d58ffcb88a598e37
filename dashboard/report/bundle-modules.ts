// Turns the browser modules of dashboard/client into one inline script for the self-contained
// report: each module becomes a block whose exports are stored in a table, and each import reads
// from that table. This only understands the plain forms the client code uses (one-line
// `import { a, b } from './x.js';` and `export function|const|class name`), and fails loudly on
// anything else rather than producing a broken report.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../pipeline/db/sql-file.js';

const clientRoot = path.join(projectRoot, 'dashboard', 'client');
const importLine = /^import\s*\{([^}]*)\}\s*from\s*'([^']+)';?[ \t]*$/gm;
const exportDecl = /^export\s+(?:async\s+)?(?:function\*?|const|let|class)\s+([A-Za-z_$][\w$]*)/gm;

export function bundleModules(entry: string): string {
  const order: string[] = [];
  const bodies = new Map<string, string>();
  const visit = (file: string, trail: string[]) => {
    if (bodies.has(file)) return;
    if (trail.includes(file)) throw new Error(`import cycle: ${[...trail, file].join(' -> ')}`);
    const source = readFileSync(path.join(clientRoot, file), 'utf8');
    const imports: string[] = [];
    const body = source.replace(importLine, (_, names: string, from: string) => {
      const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), from));
      visit(target, [...trail, file]);
      const bindings = names.split(',').map((n) => n.trim()).filter(Boolean).map((n) => n.replace(/\s+as\s+/, ': '));
      imports.push(`const { ${bindings.join(', ')} } = modules[${JSON.stringify(target)}];`);
      return '';
    });
    const exported = [...body.matchAll(exportDecl)].map((m) => m[1]);
    const stripped = body.replace(/^export\s+/gm, '');
    if (/^\s*(import|export)\b/m.test(stripped)) throw new Error(`${file}: an import or export form the report bundler does not know`);
    bodies.set(file, `{ // ${file}\n${imports.join('\n')}\n${stripped}\nmodules[${JSON.stringify(file)}] = { ${exported.join(', ')} };\n}`);
    order.push(file);
  };
  visit(entry, []);
  return `const modules = {};\n${order.map((file) => bodies.get(file)).join('\n')}`;
}
