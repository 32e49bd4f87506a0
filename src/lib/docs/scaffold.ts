import type { FieldDoc } from './fields';

const placeholder: Record<FieldDoc['kind'], string> = {
  text: '""',
  image: '""',
  date: 'YYYY-MM-DD',
  boolean: 'false',
  choice: '""',
  id: '""',
  list: '[]',
  object: '',
  'object-list': '',
};

function comment(field: FieldDoc): string {
  const parts = [field.required ? '(required)' : '(optional)', field.description];
  if (field.allowed) parts.push(`${field.kind === 'list' ? 'Any of' : 'One of'}: ${field.allowed.join(', ')}.`);
  return `# ${parts.filter(Boolean).join(' ')}`;
}

/**
 * YAML lines for `fields`, each preceded by a comment. Optional fields without a value are commented out, so the
 * file stays valid until someone fills them in. `lead` replaces the indent of the first field line (the `- ` of a list item).
 */
function lines(fields: FieldDoc[], values: Record<string, string>, indent: string, lead = indent): string[] {
  const out: string[] = [];
  fields.forEach((field, i) => {
    const start = i === 0 ? lead : indent;
    const off = field.required || field.path in values ? '' : '# ';
    const value = values[field.path] ?? placeholder[field.kind];
    out.push(`${indent}${comment(field)}`);
    if (field.kind === 'object-list' || field.kind === 'object') {
      out.push(`${start}${off}${field.key}:`);
      const children =
        field.kind === 'object-list'
          ? lines(field.children, values, `${indent}    `, `${indent}  - `)
          : lines(field.children, values, `${indent}  `);
      // Inside a commented-out block, comment out the field lines; description lines already are comments.
      out.push(...children.map((l) => (off && !l.trimStart().startsWith('#') ? l.replace(/^(\s*)/, `$1${off}`) : l)));
    } else {
      out.push(`${start}${off}${field.key}: ${value}`);
    }
  });
  return out;
}

/**
 * A new entry file with every field of its type: required ones active with empty values, optional ones
 * commented out, each with its description and allowed values. `values` pre-fills fields by path.
 */
export function scaffoldEntry(fields: FieldDoc[], values: Record<string, string>, body: string): string {
  return ['---', ...lines(fields, values, ''), '---', '', body.trim(), ''].join('\n');
}
