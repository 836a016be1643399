// Filling the feedback's placeholders. The user's and the partner's own words go in as values and are
// never read as a template themselves.

/** Replaces {name} with values[name]; unknown names stay as written. A plain scan: this runs every turn. */
export function fill(template: string, values: Readonly<Record<string, string>>): string {
  let out = '';
  let from = 0;
  for (let open = template.indexOf('{'); open !== -1; open = template.indexOf('{', from)) {
    const close = template.indexOf('}', open);
    if (close === -1) break;
    const value = values[template.slice(open + 1, close)];
    out += template.slice(from, open) + (value ?? template.slice(open, close + 1));
    from = close + 1;
  }
  return out + template.slice(from);
}

export function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** "You waited up" -> "you waited up" after a name; "I" stays a capital. */
export function lowerFirst(s: string): string {
  return /^I\b/.test(s) ? s : s.charAt(0).toLowerCase() + s.slice(1);
}

/** "a", "a and b", "a, b and c". */
export function joinAnd(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
