/** `String(value)`, except that JSON like `{"toString": ""}` makes String() throw: then its kind, `[object Object]`. */
function printable(value: unknown): string {
  try {
    return String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}

/** A value from the file shown in a message: quoted, cut short, invisible and direction-changing characters spelled out. */
export function quote(value: unknown): string {
  const text = typeof value === 'string' ? value : printable(value);
  const short = text.length > 80 ? `${text.slice(0, 79)}…` : text;
  return JSON.stringify(short).replace(
    /[\u007f-\u009f\u00ad\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
