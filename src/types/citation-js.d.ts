// The slice of Citation.js, and of the MLA style package, that src/lib/cite.ts uses (the packages ship no types).
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown);
    static async(data: unknown): Promise<Cite>;
    data: Record<string, unknown>[];
    format(format: string, options?: Record<string, unknown>): string;
  }
  /** citeproc-js's engine, as the CSL plugin prepares it for a style and its items. */
  export interface CslEngine {
    updateItems(ids: string[]): void;
    makeBibliography(): [unknown, string[]];
    makeCitationCluster(items: { id: string; locator?: string; label?: string }[]): string;
  }
  export const plugins: {
    config: {
      get(name: '@csl'): {
        styles: { add(name: string, style: unknown): void; has(name: string): boolean; get(name: string): unknown };
        engine(data: Record<string, unknown>[], style: string, lang: string, format: string): CslEngine;
      };
    };
  };
}
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
declare module 'style-mla' {
  const style: Record<string, unknown>;
  export default style;
}
/** citeproc-js, the CSL engine of @citation-js/plugin-csl: only what cite.ts wraps. */
declare module 'citeproc' {
  const CSL: {
    getAmbiguousCite: (this: { sys?: object }, ...args: unknown[]) => string;
    Disambiguation: { prototype: { run: (this: { sys?: object; ambigcites: Record<string, unknown[]> }, akey: string) => void } };
  };
  export default CSL;
}
