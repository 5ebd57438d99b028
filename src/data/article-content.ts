/**
 * An article's body as a component, compiled from its MDX when its page is built and dropped after.
 *
 * Astro's content collections compile every MDX file into a module of the build's bundle: the
 * bundler holds all of them at once, then the prerenderer imports all of them and keeps them (an
 * ES module is never unloaded), so memory grows with the archive (6.2 GB at 1,000 articles; see
 * BENCHMARKS.md). Here each body is compiled by @mdx-js/mdx with the same settings as @astrojs/mdx
 * uses for the build (src/lib/gfm.ts, no smart punctuation, rehype-raw), into a function that the garbage collector can free
 * once the page is written. The components and the HTML they produce are the same.
 */
import { evaluate, nodeTypes } from '@mdx-js/mdx';
import * as runtime from 'astro/jsx-runtime';
import rehypeRaw from 'rehype-raw';
import { readArticleFile } from '../lib/content-files';
import remarkGfmLinear from '../lib/gfm';

type Props = { components?: Record<string, unknown> } & Record<string, unknown>;
type Component = ((props: Props) => unknown) & Record<symbol, unknown>;

/** The rendered body of the article in `file` (the front matter is read by the corpus). */
export async function articleContent(file: string): Promise<Component> {
  const { body } = readArticleFile(file);
  const { default: MDXContent } = await evaluate(body, {
    Fragment: runtime.Fragment,
    jsx: runtime.jsx,
    jsxs: runtime.jsxs,
    remarkPlugins: [remarkGfmLinear],
    // As @astrojs/mdx does: raw HTML re-parsed, MDX nodes passed through (it also sets boolean
    // attributes such as the footnotes' data-footnote-ref the way browsers write them).
    rehypePlugins: [[rehypeRaw, { passThrough: nodeTypes }]],
    elementAttributeNameCase: 'html',
  } as unknown as Parameters<typeof evaluate>[1]);
  const Content = ((props: Props = {}) => MDXContent({ ...props, components: { Fragment: runtime.Fragment, ...props.components } } as never)) as Component;
  // What @astrojs/mdx marks its compiled MDX with, so Astro renders it with its JSX renderer.
  Content[Symbol.for('mdx-component')] = true;
  return Content;
}
