// TypeScript types and enums generated from the contracts in proto/ (the one truth of the backend's data), in the
// shape the REST API speaks: proto3 JSON (lowerCamelCase names, enums by name, 64-bit integers and timestamps as
// strings, default values left out, hence every field optional). Written to src/generated/, never committed.
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import protobuf from 'protobufjs';

const here = dirname(new URL(import.meta.url).pathname);
const protoRoot = resolve(process.argv[2] ?? join(here, '../../../proto/src/main/proto'));
const outDir = resolve(process.argv[3] ?? join(here, '../src/generated'));

function protoFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? protoFiles(path) : name.endsWith('.proto') ? [path] : [];
  }).sort();
}

const root = new protobuf.Root();
for (const file of protoFiles(protoRoot)) {
  // Each file alone: imports of google/api only carry HTTP routes, which the types do not need.
  protobuf.parse(readFileSync(file, 'utf8'), root, { keepCase: false, alternateCommentMode: true });
}

const SCALARS = {
  double: 'number', float: 'number', int32: 'number', uint32: 'number', sint32: 'number', fixed32: 'number',
  sfixed32: 'number', int64: 'string', uint64: 'string', sint64: 'string', fixed64: 'string', sfixed64: 'string',
  bool: 'boolean', string: 'string', bytes: 'string',
};
const WELL_KNOWN = {
  'google.protobuf.Timestamp': 'string', 'google.protobuf.Duration': 'string', 'google.protobuf.Empty': 'Record<string, never>',
};

/** lachan.tip.v1.Indicator.Type → IndicatorType (the name within its package). */
function localName(type) {
  const names = [];
  for (let t = type; t && !(t instanceof protobuf.Namespace && !(t instanceof protobuf.Type)); t = t.parent) {
    names.unshift(t.name);
  }
  return names.join('');
}

function packageOf(type) {
  let t = type.parent;
  while (t && t instanceof protobuf.Type) {
    t = t.parent;
  }
  return t.fullName.replace(/^\./, '');
}

/** lachan.tip.v1 → tip; lachan.common.v1 → common. */
function moduleOf(pkg) {
  return pkg.split('.')[1];
}

function constName(name) {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();
}

function comment(text, indent = '') {
  if (!text) {
    return '';
  }
  const lines = text.split('\n').map((l) => l.trimEnd());
  return `${indent}/**\n${lines.map((l) => `${indent} * ${l.replace(/\*\//g, '*\\/')}`.trimEnd()).join('\n')}\n${indent} */\n`;
}

const modules = new Map();
function moduleFor(pkg) {
  const name = moduleOf(pkg);
  if (!modules.has(name)) {
    modules.set(name, { pkg, imports: new Map(), parts: [] });
  }
  return modules.get(name);
}

function tsType(field, from) {
  const resolved = field.resolvedType;
  let base;
  if (!resolved) {
    base = SCALARS[field.type];
  } else if (WELL_KNOWN[resolved.fullName.slice(1)]) {
    base = WELL_KNOWN[resolved.fullName.slice(1)];
  } else {
    base = localName(resolved);
    const pkg = packageOf(resolved);
    if (moduleOf(pkg) !== moduleOf(from.pkg)) {
      const names = from.imports.get(moduleOf(pkg)) ?? new Set();
      names.add(base);
      from.imports.set(moduleOf(pkg), names);
    }
  }
  if (!base) {
    throw new Error(`No TypeScript type for ${field.fullName} (${field.type})`);
  }
  if (field.map) {
    return `Record<string, ${field.resolvedType ? base : SCALARS[field.type]}>`;
  }
  return field.repeated ? `${base}[]` : base;
}

function visit(ns) {
  for (const nested of ns.nestedArray) {
    if (nested instanceof protobuf.Enum) {
      const mod = moduleFor(packageOf(nested));
      const name = localName(nested);
      const values = Object.keys(nested.values).filter((v) => !v.endsWith('_UNSPECIFIED'));
      mod.parts.push(`${comment(nested.comment)}export type ${name} = ${values.map((v) => `'${v}'`).join(' | ')};\n`
        + `/** Every ${nested.fullName.slice(1)} but the unspecified one, in the contract's order. */\n`
        + `export const ${constName(name)}: readonly ${name}[] = [${values.map((v) => `'${v}'`).join(', ')}];\n`);
    } else if (nested instanceof protobuf.Type) {
      const mod = moduleFor(packageOf(nested));
      const fields = nested.fieldsArray.map((f) =>
        `${comment(f.comment, '  ')}  ${f.name}?: ${tsType(f, mod)};\n`).join('');
      mod.parts.push(`${comment(nested.comment)}export interface ${localName(nested)} {\n${fields}}\n`);
      visit(nested);
    } else if (nested instanceof protobuf.Namespace && !(nested instanceof protobuf.Service)) {
      visit(nested);
    }
  }
}

// Well-known types the contracts use, so that references resolve.
root.addJSON(protobuf.common['google/protobuf/timestamp.proto'].nested);
root.addJSON(protobuf.common['google/protobuf/duration.proto'].nested);
// An RPC answering a file (a document, a workbook) returns google.api.HttpBody; over REST the portal gets the file
// itself, never this message, so only its name needs to resolve.
root.addJSON({ google: { nested: { api: { nested: { HttpBody: { fields: {
  contentType: { type: 'string', id: 1 }, data: { type: 'bytes', id: 2 } } } } } } } });
root.resolveAll();
visit(root.lookup('lachan'));

mkdirSync(outDir, { recursive: true });
for (const [name, mod] of [...modules].sort()) {
  const imports = [...mod.imports].sort().map(([other, names]) =>
    `import type { ${[...names].sort().join(', ')} } from './${other}';\n`).join('');
  writeFileSync(join(outDir, `${name}.ts`), `// Generated from ${mod.pkg} (proto/src/main/proto) by scripts/proto-types.mjs: do not edit.\n`
    + imports + (imports ? '\n' : '') + mod.parts.join('\n'));
}
console.log(`portal: types of ${[...modules.keys()].sort().join(', ')} from ${relative(process.cwd(), protoRoot)}`);
