/**
 * JSON for a person at a terminal, laid out as Prettier lays out JSON (and as the README shows it): an object
 * or array on one line when that line fits in `width` columns, else one member a line, indented by two.
 */
export function readableJson(value: unknown, width: number): string {
  return layout(value, '', width, width);
}

/** `value` laid out from a line indented by `indent`, where `room` columns are left for it. */
function layout(value: unknown, indent: string, room: number, width: number): string {
  const flat = oneLine(value);
  if (flat.length <= room || typeof value !== 'object' || value === null) return flat;
  const inner = `${indent}  `;
  const members = Array.isArray(value)
    ? value.map((member: unknown) => ({ key: '', member }))
    : Object.entries(value)
        .filter(([, member]) => member !== undefined)
        .map(([key, member]) => ({ key: `${JSON.stringify(key)}: `, member: member as unknown }));
  const lines = members.map(({ key, member }, i) => {
    const comma = i < members.length - 1 ? ',' : '';
    const left = width - inner.length - key.length - comma.length;
    return `${inner}${key}${layout(member, inner, left, width)}${comma}`;
  });
  return Array.isArray(value) ? `[\n${lines.join('\n')}\n${indent}]` : `{\n${lines.join('\n')}\n${indent}}`;
}

/** Prettier's one-line form: `{ "a": 1, "b": [1, 2] }`. */
function oneLine(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(oneLine).join(', ')}]`;
  if (typeof value === 'object' && value !== null) {
    const members = Object.entries(value)
      .filter(([, member]) => member !== undefined)
      .map(([key, member]) => `${JSON.stringify(key)}: ${oneLine(member)}`);
    return members.length ? `{ ${members.join(', ')} }` : '{}';
  }
  return JSON.stringify(value) ?? 'null';
}
