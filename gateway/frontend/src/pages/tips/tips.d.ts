import type { PageContext } from '../../shared/page';

/** The tip pages (tips.js, not yet TypeScript): draws #/tips/<path…> into target. */
export declare function render(target: HTMLElement, path: string[], context: PageContext): void;
