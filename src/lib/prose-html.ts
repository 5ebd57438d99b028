/**
 * HTML of the prose's hast, for the closed set of nodes renderProse makes (elements and text; the
 * checks refuse raw HTML). It writes what hast-util-to-html writes with named character references
 * (`&amp;`, `&lt;`, `&quot;`; `'` and `` ` `` in attributes as hexadecimal ones), which it
 * replaces here: that library looks up every property in property-information's schema and escapes
 * through stringify-entities' options: over the 192,323 blocks of 5,000 generated articles, both
 * run on every block in one check, it took 6.6 s where this took 3.3 s (run first, when the nodes
 * are not yet in the processor's caches), the same bytes for every block. A property it does not
 * know is an error, not a guess; tests/unit/prose-html.test.ts holds the two to the same output.
 */
import type { ElementContent, Properties } from 'hast';

/** Elements without an end tag (HTML's void elements). */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/** Properties renderProse makes whose attribute is not their name, data-* and aria-* aside. */
const ATTRIBUTES: Record<string, string> = { className: 'class', dateTime: 'datetime' };

const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;' };
const ATTRIBUTE_ESCAPES: Record<string, string> = { '&': '&amp;', '"': '&quot;', "'": '&#x27;', '`': '&#x60;', '\0': '&#x0;' };
export const escapeText = (text: string): string => text.replace(/[&<]/g, (character) => TEXT_ESCAPES[character]!);
export const escapeAttribute = (text: string): string => text.replace(/[&"'`\0]/g, (character) => ATTRIBUTE_ESCAPES[character]!);

/** The attribute a hast property is written as. */
export function attributeName(property: string): string {
  const named = ATTRIBUTES[property];
  if (named) return named;
  // As property-information names them: dataFootnoteRef is data-footnote-ref, ariaDescribedBy aria-describedby.
  if (/^data[A-Z]/.test(property)) return `data${property.slice(4).replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;
  if (/^aria[A-Z]/.test(property)) return `aria-${property.slice(4).toLowerCase()}`;
  if (/^[a-z]+$/.test(property)) return property;
  throw new Error(`proseHtml: no attribute known for the property "${property}"`);
}

function writeAttributes(properties: Properties, out: string[]): void {
  for (const [property, value] of Object.entries(properties)) {
    if (value === undefined || value === null || value === false || (typeof value === 'number' && Number.isNaN(value))) continue;
    const name = attributeName(property);
    // A list is space-separated (className): renderProse makes none of the comma-separated ones.
    out.push(value === true ? ` ${name}` : ` ${name}="${escapeAttribute(Array.isArray(value) ? value.join(' ') : String(value))}"`);
  }
}

// The parts are joined once, into a flat string: built up by `+=`, the string was a rope of many
// pieces, which writing the content cache then had to flatten (0.4 s more over 5,000 articles).
function write(nodes: readonly ElementContent[], out: string[]): void {
  for (const node of nodes) {
    if (node.type === 'text') out.push(escapeText(node.value));
    else if (node.type === 'element') {
      out.push(`<${node.tagName}`);
      writeAttributes(node.properties, out);
      out.push('>');
      if (VOID.has(node.tagName)) continue;
      write(node.children, out);
      out.push(`</${node.tagName}>`);
    } else throw new Error(`proseHtml: a ${node.type} node reached the renderer`);
  }
}

/** The HTML of a list of hast nodes. */
export function proseHtml(nodes: readonly ElementContent[]): string {
  const out: string[] = [];
  write(nodes, out);
  return out.join('');
}
