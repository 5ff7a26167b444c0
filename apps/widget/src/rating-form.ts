/**
 * The end-of-chat form: a 1–5 rating (a radio group of five buttons: one Tab stop, arrow keys move the choice) and an
 * optional comment.
 */
import { fillLabel } from './choose-labels.js';
import { element } from './dom.js';
import type { Labels } from './labels.js';

const arrowSteps: Readonly<Record<string, number>> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };

export interface RatingForm {
  readonly element: HTMLFormElement;
  /** Clears the choice and comment and focuses the first rating. */
  start(): void;
}

export function createRatingForm(
  labels: Labels,
  handlers: { submit(csat: number, comment: string): Promise<boolean>; cancel(): void },
): RatingForm {
  const question = element('p', { class: 'sb-rate-question', id: 'sb-rate-question' }, labels.rateQuestion);
  const rates = [1, 2, 3, 4, 5].map((value) =>
    element(
      'button',
      {
        type: 'button',
        class: 'sb-rate',
        role: 'radio',
        'aria-checked': 'false',
        'data-value': String(value),
        'aria-label': fillLabel(labels.rating, { n: value }),
      },
      String(value),
    ),
  );
  const comment = element('textarea', { id: 'sb-rate-comment', class: 'sb-comment', rows: '2' });
  const submit = element('button', { type: 'submit', class: 'sb-primary sb-rate-submit', disabled: true }, labels.submitRating);
  const cancel = element('button', { type: 'button', class: 'sb-secondary sb-rate-cancel' }, labels.cancel);
  const problem = element('p', { class: 'sb-form-error', role: 'alert' });
  const form = element(
    'form',
    { class: 'sb-rating', 'aria-labelledby': 'sb-rate-question', hidden: true },
    question,
    element('div', { class: 'sb-rates', role: 'radiogroup', 'aria-labelledby': 'sb-rate-question' }, ...rates),
    element('label', { class: 'sb-comment-label', for: 'sb-rate-comment' }, labels.commentLabel),
    comment,
    problem,
    element('div', { class: 'sb-form-actions' }, cancel, submit),
  );

  let chosen = 0;
  const choose = (value: number, focus: boolean): void => {
    chosen = value;
    rates.forEach((rate, at) => {
      rate.setAttribute('aria-checked', String(at + 1 === value));
      // Roving tabindex: the group is one Tab stop, on the choice (or the first button before there is one).
      rate.tabIndex = at + 1 === (value || 1) ? 0 : -1;
    });
    submit.disabled = value === 0;
    if (focus && value > 0) rates[value - 1]!.focus();
  };
  rates.forEach((rate, at) => {
    rate.addEventListener('click', () => choose(at + 1, false));
    rate.addEventListener('keydown', (event) => {
      const step = arrowSteps[event.key];
      const target = step ? ((at + step + 5) % 5) + 1 : event.key === 'Home' ? 1 : event.key === 'End' ? 5 : 0;
      if (target === 0) return;
      event.preventDefault();
      choose(target, true);
    });
  });
  cancel.addEventListener('click', () => handlers.cancel());
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (chosen === 0 || submit.disabled) return;
    submit.disabled = true;
    problem.textContent = '';
    void handlers.submit(chosen, comment.value).then((stored) => {
      submit.disabled = false;
      if (!stored) problem.textContent = labels.error;
    });
  });

  return {
    element: form,
    start() {
      comment.value = '';
      problem.textContent = '';
      choose(0, false);
      rates[0]!.focus();
    },
  };
}
