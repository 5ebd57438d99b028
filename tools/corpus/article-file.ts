/** Writes a generated article as content files: articles/<slug>.mdx and its original, sources/<slug>.txt. */
import { stringify } from 'yaml';
import { rebuildOriginal } from '../../src/lib/original-text.ts';
import type { GeneratedArticle } from './article.ts';
import { toMdx, toPlain } from './segments.ts';

/** The MDX file, laid out as an editor writes one (see the README, "Adding an article"). */
export function articleMdx(article: GeneratedArticle): string {
  const blocks = article.paragraphs.map((paragraph, index) => {
    const n = index + 1;
    const notes = article.notes
      .filter((note) => note.paragraph === n)
      .map((note) =>
        [
          `<Annotation id="${note.id}" kind="${note.kind}" title="${note.title}">`,
          toMdx(note.body),
          '',
          note.footnotes.map(([label, definition]) => `[^${label}]: ${definition}`).join('\n\n'),
          '</Annotation>',
        ].join('\n'),
      );
    return [`<Paragraph n={${n}}>`, toMdx(paragraph), '', notes.join('\n\n'), '</Paragraph>'].join('\n');
  });
  return `---\n${stringify(article.meta, { lineWidth: 0 })}---\n\n${blocks.join('\n\n')}\n`;
}

/** The original's plain text, exactly as the build rebuilds it from the edition. */
export const articleSource = (article: GeneratedArticle): string =>
  rebuildOriginal(article.meta, article.paragraphs.map((paragraph) => ({ text: toPlain(paragraph) })));
