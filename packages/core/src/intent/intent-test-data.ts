/** A small synthetic intent set for tests: four intents written from templates, deterministic. */
import type { IntentExample } from './train-intent-classifier.js';

const templates: Record<string, readonly string[]> = {
  refund: [
    'i want a refund for my {x}',
    'can i get my money back for the {x}',
    'refund the {x} please',
    'how do i return the {x} for a refund',
  ],
  delivery: ['where is my {x}', 'my {x} has not arrived yet', 'when will the {x} be delivered', 'track the delivery of my {x}'],
  password: ['i forgot my password', 'reset my password please', 'cannot log in to my account', 'how do i change my password'],
  cancel: ['cancel my order of the {x}', 'i want to cancel the {x}', 'please stop my {x} order', 'cancel the subscription for {x}'],
};
const things = ['shoes', 'jacket', 'phone', 'lamp', 'book', 'chair', 'kettle', 'bag'];

/** `perTemplate` examples of each template, filling `{x}` with a rotating product word. */
export function syntheticIntentExamples(perTemplate = 8, offset = 0): IntentExample[] {
  const examples: IntentExample[] = [];
  for (const [label, forms] of Object.entries(templates)) {
    for (const form of forms) {
      for (let i = 0; i < perTemplate; i++) {
        examples.push({ label, text: form.replace('{x}', things[(i + offset) % things.length]!) });
      }
    }
  }
  return examples;
}
