// Moves keyboard focus to an issue's target after its section is shown: the cell in the grid, or the section's text.
import type { Issue } from '../../shared/engine';

/** CSS selector of a grid cell's input by key (the grid marks each figure input with data-key). */
export function cellSelector(key: string): string {
  return `input[data-key="${CSS.escape(key)}"]`;
}

function focusable(el: Element | null): HTMLElement | null {
  if (!el) return null;
  if (
    el instanceof HTMLInputElement ||
    el instanceof HTMLTextAreaElement ||
    el.getAttribute('tabindex') !== null
  ) {
    return el as HTMLElement;
  }
  return el.querySelector<HTMLElement>('input, textarea, [tabindex]') ?? (el as HTMLElement);
}

/** Selects the words an issue is about in a text area, so the clerk lands on the paragraph concerned. */
export function selectQuote(target: HTMLElement, quote: string): boolean {
  if (!(target instanceof HTMLTextAreaElement)) return false;
  const at = target.value.indexOf(quote);
  if (at < 0) return false;
  target.setSelectionRange(at, at + quote.length);
  return true;
}

/** Tries for a few frames (the section may still be rendering); resolves whether focus landed. */
export function focusIssueTarget(issue: Issue, sectionId: string | null, tries = 10): Promise<boolean> {
  return new Promise((resolve) => {
    const attempt = (left: number) => {
      // A text issue about some words (R3-5 …) leads to them, even when it also names a cell.
      const toWords = Boolean(issue.quote && sectionId);
      let target: HTMLElement | null = toWords ? document.getElementById(`text-${sectionId}`) : null;
      for (const key of toWords ? [] : issue.cells) {
        target = focusable(document.querySelector(cellSelector(key)));
        if (target) break;
      }
      if (!target && !toWords && issue.field) target = document.getElementById(`meta-${issue.field}`);
      if (!target && sectionId) target = document.getElementById(`text-${sectionId}`);
      if (target) {
        target.scrollIntoView({ block: 'center', behavior: 'auto' });
        target.focus({ preventScroll: true });
        if (issue.quote) selectQuote(target, issue.quote);
        return resolve(true);
      }
      if (left <= 0) return resolve(false);
      requestAnimationFrame(() => attempt(left - 1));
    };
    attempt(tries);
  });
}
