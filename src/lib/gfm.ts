/**
 * GitHub Flavored Markdown (footnotes, tables, strikethrough, task lists, bare URLs as links) for
 * the articles: remark-gfm with one change, for speed. Bare URLs ("https://…", "www.…", e-mail
 * addresses) become links after parsing, by the find-and-replace transform that mdast-util-gfm
 * already runs, instead of during tokenizing. The tokenizer of micromark-extension-gfm-autolink-
 * literal (2.1.0) walks back over a block's events at every character that could start a link
 * ("h", "w", "@" after a space), and after an unclosed label, which every footnote reference
 * "[^p1-n1]" is, it walks back to the start of the block each time: the parse grows with the square
 * of a block's length. On the articles it made parsing several times slower (see BENCHMARKS.md).
 *
 * Used by both readers of the MDX: the build's Markdown processor (astro.config.mjs) and the corpus
 * (article-markup.ts), so they see the same tree.
 */
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import type { Processor } from 'unified';

export default function remarkGfmLinear(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmFootnote(), gfmStrikethrough(), gfmTable(), gfmTaskListItem());
  // Includes the autolink-literal transform, which links bare URLs in the finished tree.
  (data.fromMarkdownExtensions ??= []).push(gfmFromMarkdown());
  // Nothing here writes Markdown back, so no toMarkdown extensions.
}
