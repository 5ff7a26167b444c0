/** Thumbs up and down under one answer: toggle buttons (aria-pressed); a vote the server refused is taken back. */
import { element } from './dom.js';
import { icon } from './icons.js';
import type { Labels } from './labels.js';

export type Thumbs = 'up' | 'down';

export function answerFeedback(labels: Labels, rate: (thumbs: Thumbs) => Promise<boolean>): HTMLElement {
  const button = (thumbs: Thumbs, label: string): HTMLButtonElement =>
    element(
      'button',
      { type: 'button', class: `sb-thumb sb-thumb-${thumbs}`, 'aria-pressed': 'false', 'aria-label': label, title: label },
      icon('thumb'),
    );
  const buttons = { up: button('up', labels.helpful), down: button('down', labels.notHelpful) };
  let chosen: Thumbs | null = null;
  const show = (thumbs: Thumbs | null): void => {
    chosen = thumbs;
    buttons.up.setAttribute('aria-pressed', String(thumbs === 'up'));
    buttons.down.setAttribute('aria-pressed', String(thumbs === 'down'));
  };
  for (const thumbs of ['up', 'down'] as const) {
    buttons[thumbs].addEventListener('click', () => {
      if (chosen === thumbs) return;
      const before = chosen;
      show(thumbs);
      void rate(thumbs).then((stored) => {
        if (!stored && chosen === thumbs) show(before);
      });
    });
  }
  return element('div', { class: 'sb-feedback' }, buttons.up, buttons.down);
}
